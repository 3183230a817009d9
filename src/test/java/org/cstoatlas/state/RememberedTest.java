package org.cstoatlas.state;

import org.cstoatlas.record.Language;


import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RememberedTest {

    @Test
    void settingsReadBackAsSaved(@TempDir Path home) throws Exception {
        AtlasState state = AtlasState.initial(LocalDate.of(2026, 1, 1), Language.RU).withDate(LocalDate.of(2004, 3, 3))
                .withTheme(Theme.DARK).withTextScale(1.25).withMap(new MapFrame(5, 45, 68)).withPlaySpeed(PlaySpeed.EVENTS)
                .withSelection(new SelectionRef(SelectionRef.Kind.COUNTRY, "UZB")).withCompareDate(LocalDate.of(2001, 1, 1));
        Remembered r = Remembered.of(state, 10, 20, 1000, 700);
        r.save(home.resolve("sub"));
        Remembered back = Remembered.load(home.resolve("sub"));
        assertEquals(r, back);
        // A new start opens on the overview: the selection and the comparison are not brought back.
        AtlasState reopened = back.over(AtlasState.initial(LocalDate.of(2026, 1, 1), Language.EN));
        assertEquals(state.withSelection(null).withCompareDate(null), reopened);
        try (var files = Files.list(home.resolve("sub"))) {
            assertEquals(1, files.count(), "no temporary file left beside the settings");
        }
    }

    @Test
    void noFileOrABadOneIsNothingRemembered(@TempDir Path home) throws Exception {
        assertEquals(Remembered.NOTHING, Remembered.load(home));
        Files.writeString(home.resolve(Remembered.FILE), "{\"theme\": \"purple\"}");
        assertEquals(Remembered.NOTHING, Remembered.load(home));
        Files.write(home.resolve(Remembered.FILE), new byte[] {(byte) 0xff, 0, 1});
        assertEquals(Remembered.NOTHING, Remembered.load(home));
        // A window remembered far larger than any screen is implausible: dropped, not opened 100000 pixels wide.
        Files.writeString(home.resolve(Remembered.FILE), "{\"width\": 100000, \"height\": 100000}");
        assertEquals(Remembered.NOTHING, Remembered.load(home));
    }

    @Test
    void theSystemPropertyNamesTheFolder() {
        String before = System.getProperty("csto.atlas.home");
        try {
            System.setProperty("csto.atlas.home", "/somewhere/atlas");
            assertEquals(Path.of("/somewhere/atlas"), Remembered.home());
        } finally {
            if (before == null) System.clearProperty("csto.atlas.home");
            else System.setProperty("csto.atlas.home", before);
        }
    }
}

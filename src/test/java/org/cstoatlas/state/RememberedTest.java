package org.cstoatlas.state;

import org.cstoatlas.record.Language;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

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

    @Test
    void aSettingsFileThatIsALinkIsNeitherReadNorWrittenThrough(@TempDir Path dir) throws Exception {
        Path home = Files.createDirectory(dir.resolve("csto-atlas"));
        Path elsewhere = Files.writeString(dir.resolve("notes.txt"), "{\"theme\": \"dark\"}");
        Files.createSymbolicLink(home.resolve(Remembered.FILE), elsewhere);
        assertEquals(Remembered.NOTHING, Remembered.load(home), "not read through the link");
        Remembered.of(AtlasState.initial(LocalDate.of(2026, 1, 1), Language.EN), 0, 0, 800, 600).save(home);
        assertEquals("{\"theme\": \"dark\"}", Files.readString(elsewhere), "the link's target is never overwritten");
        assertTrue(Files.isRegularFile(home.resolve(Remembered.FILE), java.nio.file.LinkOption.NOFOLLOW_LINKS), "the link was replaced by the settings");
        assertEquals(800.0, Remembered.load(home).width());
    }

    @Test
    void aSettingsFileBeyondJacksonsLimitsIsIgnoredNotFatal(@TempDir Path home) throws Exception {
        Files.writeString(home.resolve(Remembered.FILE), "{\"width\": " + "1".repeat(1200) + "}");
        assertEquals(Remembered.NOTHING, Remembered.load(home));
        Files.writeString(home.resolve(Remembered.FILE), "{\"" + "w".repeat(50_001) + "\": 1}");
        assertEquals(Remembered.NOTHING, Remembered.load(home));
    }

    @Test
    void onLinuxTheSettingsFollowXdgAndHomeNotJavasUserHome() {
        java.util.Properties props = new java.util.Properties();
        props.setProperty("os.name", "Linux");
        props.setProperty("user.home", "/root");
        assertEquals(Path.of("/scratch/.config/csto-atlas"), Remembered.home(Map.of("HOME", "/scratch"), props));
        assertEquals(Path.of("/xdg/csto-atlas"), Remembered.home(Map.of("HOME", "/scratch", "XDG_CONFIG_HOME", "/xdg"), props));
        // A relative XDG_CONFIG_HOME is ignored, as the XDG rules say.
        assertEquals(Path.of("/scratch/.config/csto-atlas"), Remembered.home(Map.of("HOME", "/scratch", "XDG_CONFIG_HOME", "xdg"), props));
        assertEquals(Path.of("/root/.config/csto-atlas"), Remembered.home(Map.of(), props));
        assertEquals(Path.of("/root/.config/csto-atlas"), Remembered.formerHome(Map.of("HOME", "/scratch"), props));
        assertEquals(null, Remembered.formerHome(Map.of("HOME", "/root"), props), "no former place when it is the same");
    }

    @Test
    void theFormerPlaceIsReadUntilTheNewOneHoldsSettings(@TempDir Path dir) throws Exception {
        Path former = dir.resolve("old");
        Path home = dir.resolve("new");
        Remembered.of(AtlasState.initial(LocalDate.of(2026, 1, 1), Language.EN), 0, 0, 900, 600).save(former);
        assertEquals(900.0, Remembered.load(home, former).width(), "read from the former place");
        Remembered.of(AtlasState.initial(LocalDate.of(2026, 1, 1), Language.EN), 0, 0, 1000, 600).save(home);
        assertEquals(1000.0, Remembered.load(home, former).width(), "the new place wins once it holds settings");
    }
}

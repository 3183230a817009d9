package org.cstoatlas.ui.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RememberedTest {

    @Test
    void settingsReadBackAsSaved(@TempDir Path home) {
        Remembered r = new Remembered(10.0, 20.0, 1000.0, 700.0, LocalDate.of(2004, 3, 3), "dark", 1.25, 5.0, "ru");
        r.save(home.resolve("sub"));
        assertEquals(r, Remembered.load(home.resolve("sub")));
    }

    @Test
    void noFileOrABadOneIsNothingRemembered(@TempDir Path home) throws Exception {
        assertEquals(Remembered.NOTHING, Remembered.load(home));
        Files.writeString(home.resolve(Remembered.FILE), "{\"theme\": \"purple\"}");
        assertEquals(Remembered.NOTHING, Remembered.load(home));
        Files.write(home.resolve(Remembered.FILE), new byte[] {(byte) 0xff, 0, 1});
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

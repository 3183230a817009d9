package org.cstoatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.cstoatlas.state.AtlasState;
import org.cstoatlas.state.WindowOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the window side throws decides the exit code: a refusal of what was asked is the user's (2), a
 * file not written is the disk's (4), anything else is a defect of the atlas (3) and is said to be one.
 */
class ExitCodesTest {

    @TempDir
    Path dir;

    /** A desktop whose snapshot throws what it is given. */
    private static Desktop throwing(Exception e) {
        return new Desktop() {
            @Override
            public void open(WindowOptions options) {
            }

            @Override
            public void snapshot(AtlasState state, int width, int height, boolean presenting, Path out) throws Exception {
                throw e;
            }

            @Override
            public void bench(PrintStream out, int stepDays, boolean startupOnly) {
            }
        };
    }

    private int[] code = new int[1];

    private String run(Desktop desktop) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        code[0] = new CommandLine(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), desktop)
                .run("snapshot", "--date", "2008-06-01", "--out", dir.resolve("x.png").toString());
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aRefusalIsAUsageError() {
        String err = run(throwing(new Desktop.Refused("no country 'XXX' in the dataset")));
        assertEquals(2, code[0]);
        assertTrue(err.contains("no country 'XXX'"), err);
    }

    @Test
    void aFileNotWrittenIsExitFour() {
        String err = run(throwing(new IOException("No space left on device")));
        assertEquals(4, code[0]);
        assertTrue(err.contains("could not be written") && err.contains("No space left"), err);
    }

    @Test
    void aDefectIsExitThreeAndSaysSo() {
        for (Exception bug : new Exception[] {new IllegalArgumentException("bad index"), new NullPointerException("x"), new IllegalStateException("tiles")}) {
            String err = run(throwing(bug));
            assertEquals(3, code[0], bug + " is the atlas's defect, not the user's input or the disk");
            assertTrue(err.contains("failed unexpectedly") && err.contains("report"), err);
            assertFalse(err.contains("\tat "), "no stack trace: " + err);
        }
    }
}

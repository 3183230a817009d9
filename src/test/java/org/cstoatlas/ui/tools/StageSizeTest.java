package org.cstoatlas.ui.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** The window's first size comes from the screen it opens on (no toolkit needed to decide it). */
class StageSizeTest {

    static StageSize.Wanted on(double w, double h) {
        return StageSize.opening(new Rectangle2D(0, 0, w, h), null, null, 1600, 1000, 900, 600);
    }

    @Test
    void aProjectorIsFilled() {
        for (double[] screen : new double[][] {{1024, 768}, {1280, 800}, {1366, 768}}) {
            StageSize.Wanted s = on(screen[0], screen[1]);
            assertTrue(s.maximized(), screen[0] + "×" + screen[1] + " is filled");
            assertEquals(screen[0], s.width(), "as wide as the screen");
            assertEquals(screen[1], s.height(), "as tall as the screen");
        }
    }

    @Test
    void aLargeScreenGetsTheFullWindowNotAllOfTheScreen() {
        StageSize.Wanted s = on(1920, 1080);
        assertFalse(s.maximized());
        assertEquals(1600, s.width());
        assertEquals(1000, s.height());
    }

    @Test
    void aRememberedSizeIsKeptWithinTheScreen() {
        StageSize.Wanted s = StageSize.opening(new Rectangle2D(0, 0, 1280, 800), 1500.0, 700.0, 1600, 1000, 900, 600);
        assertFalse(s.maximized(), "the teacher's own size is not overridden");
        assertEquals(1280, s.width(), "never wider than the screen");
        assertEquals(700, s.height());
        StageSize.Wanted tiny = StageSize.opening(new Rectangle2D(0, 0, 1280, 800), 300.0, 200.0, 1600, 1000, 900, 600);
        assertEquals(900, tiny.width(), "never below the window's smallest");
        assertEquals(600, tiny.height());
    }
}

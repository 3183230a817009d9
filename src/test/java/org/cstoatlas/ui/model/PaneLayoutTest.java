package org.cstoatlas.ui.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** How the window shares its room at the classroom's sizes. */
class PaneLayoutTest {

    @Test
    void aProjectorsWindowWithLargeTextMakesTheDetailPaneADrawer() {
        assertTrue(PaneLayout.narrow(1024, 1.75));
        assertTrue(PaneLayout.narrow(1280, 1.5));
        assertFalse(PaneLayout.narrow(1920, 1.0));
        assertFalse(PaneLayout.narrow(1280, 1.0));
        assertFalse(PaneLayout.narrow(0, 1.0), "a window not laid out yet is not narrow");
    }

    @Test
    void theDrawerLeavesTheMapMostOfTheWidthYetHoldsItsText() {
        for (double width : new double[] {800, 1024, 1280, 1920}) {
            for (double text : new double[] {1.0, 1.5, 1.75, 2.0}) {
                double drawer = PaneLayout.drawerWidth(width, text);
                assertTrue(drawer >= 300, "never narrower than its text needs: " + drawer);
                assertTrue(drawer <= Math.max(300, width * 0.4), "at most two fifths of a wide window: " + drawer + " of " + width);
            }
        }
        assertTrue(PaneLayout.drawerWidth(1920, 2.0) > PaneLayout.drawerWidth(1920, 1.0), "larger text, wider drawer");
    }

    @Test
    void aLegendCoveringMuchOfTheMapFoldsToAStrip() {
        assertFalse(PaneLayout.legendCompact(250, 200, 1200, 800));
        assertTrue(PaneLayout.legendCompact(250, 300, 1200, 800), "over a third of the height");
        assertTrue(PaneLayout.legendCompact(500, 200, 1000, 800), "nearly half the width");
        assertTrue(PaneLayout.stripWidth(1000, 60) <= 1000 - 60, "the strip keeps clear of the buttons");
        assertTrue(PaneLayout.stripWidth(100, 60) >= 120, "the strip always holds a few colours");
    }

    @Test
    void theMapKeepsAtLeastHalfTheWidthBesideThePanes() {
        double[] both = PaneLayout.dividers(true, true);
        assertTrue(both[1] - both[0] >= 0.45);
        assertTrue(PaneLayout.dividers(false, true)[0] >= 0.6);
        assertTrue(1 - PaneLayout.dividers(true, false)[0] >= 0.7);
        assertArrayEquals(new double[0], PaneLayout.dividers(false, false));
    }
}

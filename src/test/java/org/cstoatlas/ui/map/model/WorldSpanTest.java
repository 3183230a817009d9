package org.cstoatlas.ui.map.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cstoatlas.state.MapFrame;
import org.junit.jupiter.api.Test;

class WorldSpanTest {

    /** The world's width in the map's pixels at a zoom: a tile of 256 at zoom 0, doubling per level. */
    private static double world(double zoom) {
        return 256 * Math.pow(2, zoom);
    }

    @Test
    void anEdgeWellOutsideTheMapStaysWhereItWasAsked() {
        assertEquals(-700, WorldSpan.westEdge(-700, 1280, 3));
    }

    @Test
    void lookingPastTheEastEdgeStopsWithTheWorldsEastEdgeOnTheMapsRightEdge() {
        double west = WorldSpan.westEdge(-5000, 1280, 3);
        double east = west + world(3);
        assertTrue(east >= 1280 && east < 1281, "the east edge meets the map's right edge: " + east);
    }

    @Test
    void lookingPastTheWestEdgeStopsWithTheWorldsWestEdgeOnTheMapsLeftEdge() {
        assertEquals(0, WorldSpan.westEdge(300, 1280, 3));
    }

    @Test
    void besideADrawerTheEastEdgeMayLieUnderItButNotLeftOfIt() {
        // A map of 1024 with a drawer over its right 411 pixels: the free part is 613 wide.
        assertEquals(-800, WorldSpan.westEdge(-800, 613, 2.79), "Chukotka ends under the drawer: nothing blank shows");
        double west = WorldSpan.westEdge(-1400, 613, 2.79);
        assertTrue(west + world(2.79) >= 613 && west + world(2.79) < 614, "the east edge meets the drawer's left side");
    }

    @Test
    void theEdgeStandsAtAWholePixelSoThePanStaysACopy() {
        double west = WorldSpan.westEdge(-1e9, 1001.5, 2.3);
        assertEquals(Math.rint(west), west);
    }

    @Test
    void aWorldNarrowerThanTheMapStandsInItsMiddle() {
        double west = WorldSpan.westEdge(-100, 1600, 1);
        assertEquals(1600 - (west + world(1)), west, 1, "as much room east as west");
    }

    @Test
    void theLeastZoomFillsTheMapsWidthAndNeverGoesBelowTheAtlasOwnLeast() {
        for (double width : new double[] {1024, 1280, 1600, 2560}) {
            double z = WorldSpan.minZoom(width);
            assertEquals(width, world(z), 1e-6, "at " + width);
        }
        assertEquals(MapFrame.MIN_ZOOM, WorldSpan.minZoom(300));
    }
}

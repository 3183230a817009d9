package org.cstoatlas.ui.model;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cstoatlas.ui.model.CardPlace.Box;
import org.cstoatlas.ui.model.CardPlace.View;
import org.junit.jupiter.api.Test;

/** Where the map looks while a quiz card stands over its right half: the question's places beside the card, nothing past the world's edge where that can be. */
class CardPlaceTest {

    /** A 1000 × 600 map; the card over its right half; names half 50 wide and 10 high. World pixels: the world is 256 wide. */
    private static final double W = 1000, H = 600, WORLD = 256;
    private static final Box CARD = new Box(500, 50, 980, 550);
    private static final double[] LABEL = {50, 10};

    private static double eastEdge(View v) {
        return v.screenX(WORLD, W);
    }

    private static void assertBesideTheCard(View v, List<double[]> anchors) {
        for (double[] a : anchors) {
            double x = v.screenX(a[0], W), y = v.screenY(a[1], H);
            assertTrue(x >= LABEL[0] && x <= CARD.minX() - LABEL[0], "the place at " + x + " stands left of the card with room for its name");
            assertTrue(y >= LABEL[1] && y <= H - LABEL[1], "and in the map at " + y);
        }
    }

    @Test
    void aViewThatAlreadyFitsIsKept() {
        View now = new View(128, 100, 4);
        List<double[]> anchors = List.of(new double[] {100, 100});
        assertSame(now, CardPlace.clear(now, W, H, CARD, List.of(), List.of(), anchors, LABEL, 1));
    }

    @Test
    void placesNearTheDateLineAreShownBesideTheCardByZoomingInRatherThanPastTheEdge() {
        // Looking at the world's east end at scale 6: the place stands under the card, and moving it left
        // at this scale would bring the world's east edge into the map.
        View now = new View(200, 100, 6);
        List<double[]> anchors = List.of(new double[] {200, 100});
        View v = CardPlace.clear(now, W, H, CARD, List.of(), List.of(), anchors, LABEL, 1);
        assertNotNull(v, "a view was found");
        assertBesideTheCard(v, anchors);
        assertTrue(eastEdge(v) >= W, "the world's east edge at " + eastEdge(v) + " lies at or beyond the map's right edge");
        assertTrue(v.screenX(0, W) <= 0, "and its west edge at or beyond the left");
        assertTrue(v.scale() > now.scale(), "zoomed in, from " + now.scale() + " to " + v.scale());
    }

    @Test
    void placesSpreadOverTheWholeWorldStillStandBesideTheCardWhereTheWorldMustEndBeforeIt() {
        // From the Atlantic to the Pacific: beside a card over half the map, only the whole world, small, fits.
        View now = new View(128, 100, 4);
        List<double[]> anchors = List.of(new double[] {60, 100}, new double[] {236, 100});
        View v = CardPlace.clear(now, W, H, CARD, List.of(), List.of(), anchors, LABEL, 0.5);
        assertNotNull(v, "a view was found");
        assertBesideTheCard(v, anchors);
        assertTrue(eastEdge(v) <= CARD.minX(), "the world ends left of the card, at " + eastEdge(v));
        assertTrue(v.screenX(0, W) <= 0, "and its west edge stays at or beyond the map's left edge");
    }
}

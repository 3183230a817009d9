package org.cstoatlas.geo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PlaneRingTest {

    @Test
    void aSquaresAreaAndCentre() {
        double[] square = {0, 0, 2, 0, 2, 2, 0, 2, 0, 0};
        assertEquals(4.0, PlaneRing.area(square), 1e-12);
        assertArrayEquals(new double[] {1, 1}, PlaneRing.centroid(square), 1e-12);
    }

    @Test
    void clockwiseRingsHaveNegativeArea() {
        assertEquals(-4.0, PlaneRing.area(new double[] {0, 0, 0, 2, 2, 2, 2, 0, 0, 0}), 1e-12);
    }

    @Test
    void anLShapesCentreIsWeightedByArea() {
        // Two unit squares side by side and one on top of the left one: centre at (5/6, 5/6).
        double[] l = {0, 0, 2, 0, 2, 1, 1, 1, 1, 2, 0, 2, 0, 0};
        assertArrayEquals(new double[] {5.0 / 6, 5.0 / 6}, PlaneRing.centroid(l), 1e-12);
    }
}

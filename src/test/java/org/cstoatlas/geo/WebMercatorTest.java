package org.cstoatlas.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WebMercatorTest {

    @Test
    void theOriginIsTheWorldsCentre() {
        assertEquals(128.0, WebMercator.x(0), 1e-9);
        assertEquals(128.0, WebMercator.y(0), 1e-9);
        assertEquals(0.0, WebMercator.x(-180), 1e-9);
        assertEquals(256.0, WebMercator.x(180), 1e-9);
    }

    @Test
    void theCutOffLatitudesAreTheWorldsEdges() {
        assertEquals(0.0, WebMercator.y(WebMercator.MAX_LAT), 1e-6);
        assertEquals(256.0, WebMercator.y(-WebMercator.MAX_LAT), 1e-6);
        assertEquals(0.0, WebMercator.y(89.9), 1e-6, "clamped");
    }

    @Test
    void projectionAndInverseRoundTrip() {
        // Almaty
        double x = WebMercator.x(76.89), y = WebMercator.y(43.24);
        assertEquals(76.89, WebMercator.lon(x), 1e-9);
        assertEquals(43.24, WebMercator.lat(y), 1e-9);
    }
}

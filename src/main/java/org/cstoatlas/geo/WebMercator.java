package org.cstoatlas.geo;

/**
 * The projection of Gluon Maps' (and OpenStreetMap's) tiles: Web Mercator in "world pixels" at zoom 0,
 * where the whole world is 256 × 256 and y grows southwards. At zoom z multiply by 2^z.
 */
public final class WebMercator {

    /** The world's width and height at zoom 0, in pixels. */
    public static final double WORLD = 256.0;
    /** Web Mercator's cut-off latitude, beyond which the plane is infinite. */
    public static final double MAX_LAT = 85.05112878;

    private WebMercator() {
    }

    public static double x(double lon) {
        return (lon + 180.0) / 360.0 * WORLD;
    }

    public static double y(double lat) {
        double clamped = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
        double r = Math.toRadians(clamped);
        return (1.0 - Math.log(Math.tan(r) + 1.0 / Math.cos(r)) / Math.PI) / 2.0 * WORLD;
    }

    public static double lon(double x) {
        return x / WORLD * 360.0 - 180.0;
    }

    public static double lat(double y) {
        double n = Math.PI * (1.0 - 2.0 * y / WORLD);
        return Math.toDegrees(Math.atan(Math.sinh(n)));
    }
}

package org.cstoatlas.geo;

/** Area and centroid of a ring {@code lon0, lat0, lon1, lat1, ...} on the flat lon/lat plane (shoelace formula). */
public final class PlaneRing {

    private PlaneRing() {
    }

    /** Signed area in square degrees: positive for counter-clockwise rings. */
    public static double area(double[] ring) {
        double a = 0;
        int n = ring.length / 2;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            a += ring[2 * i] * ring[2 * j + 1] - ring[2 * j] * ring[2 * i + 1];
        }
        return a / 2;
    }

    /** The area-weighted centre {@code {lon, lat}}; the mean of the points for a degenerate ring. */
    public static double[] centroid(double[] ring) {
        double a = area(ring);
        int n = ring.length / 2;
        if (Math.abs(a) < 1e-12) {
            double x = 0, y = 0;
            for (int i = 0; i < n; i++) {
                x += ring[2 * i];
                y += ring[2 * i + 1];
            }
            return new double[] {x / n, y / n};
        }
        double cx = 0, cy = 0;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            double cross = ring[2 * i] * ring[2 * j + 1] - ring[2 * j] * ring[2 * i + 1];
            cx += (ring[2 * i] + ring[2 * j]) * cross;
            cy += (ring[2 * i + 1] + ring[2 * j + 1]) * cross;
        }
        return new double[] {cx / (6 * a), cy / (6 * a)};
    }
}

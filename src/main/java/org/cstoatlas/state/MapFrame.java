package org.cstoatlas.state;

/** Where the map looks: its zoom (Web-Mercator levels) and the centre. */
public record MapFrame(double zoom, double lat, double lon) {

    public static final double MIN_ZOOM = 1;
    public static final double MAX_ZOOM = 8;

    public MapFrame {
        if (!(zoom >= MIN_ZOOM && zoom <= MAX_ZOOM)) throw new IllegalArgumentException("zoom must be from 1 to 8, not " + zoom);
        if (!(lat >= -85 && lat <= 85)) throw new IllegalArgumentException("latitude must be from -85 to 85, not " + lat);
        if (!(lon >= -180 && lon <= 180)) throw new IllegalArgumentException("longitude must be from -180 to 180, not " + lon);
    }
}

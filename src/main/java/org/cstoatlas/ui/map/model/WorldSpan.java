package org.cstoatlas.ui.map.model;

import org.cstoatlas.geo.WebMercator;
import org.cstoatlas.state.MapFrame;

/**
 * The map never shows past the world's edges. Gluon's map does not wrap: east of 180° it drew a blank
 * band (about 290 pixels past Chukotka when presenting at 1600). So the world's west edge stands at
 * the map's left edge or further left, its east edge at the right edge of the map's free part (left of
 * a drawer, which hides what is behind it) or further right, and the map zooms out no further than
 * the world's width.
 */
public final class WorldSpan {

    private WorldSpan() {
    }

    /** The least zoom at which the world is as wide as a map this wide. */
    public static double fillZoom(double mapWidth) {
        return mapWidth <= WebMercator.WORLD ? 0 : Math.log(mapWidth / WebMercator.WORLD) / Math.log(2);
    }

    /** The least zoom a user may zoom out to on a map this wide. */
    public static double minZoom(double mapWidth) {
        return Math.max(MapFrame.MIN_ZOOM, fillZoom(mapWidth));
    }

    /**
     * Where the world's west edge may stand, in the map's pixels, for one asked: as asked while both
     * edges of the world lie outside the map's free part (its width left of a drawer); else moved, in
     * whole pixels, until one edge meets the free part's. A world narrower than that (a frame saved in
     * a smaller window) stands in its middle.
     */
    public static double westEdge(double asked, double freeWidth, double zoom) {
        double world = WebMercator.WORLD * Math.pow(2, zoom);
        if (world <= freeWidth) return Math.rint((freeWidth - world) / 2);
        return Math.max(Math.ceil(freeWidth - world), Math.min(0, asked));
    }
}

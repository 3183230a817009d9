package org.cstoatlas.ui.model;

import java.util.List;
import org.cstoatlas.geo.WebMercator;
import org.cstoatlas.ui.model.CardPlace.Box;
import org.cstoatlas.ui.model.CardPlace.View;

/**
 * Where the map looks when something is selected or a lesson's pin is set: every place the selection
 * must show stands in the free part of the map (what the legend, the map's buttons and a drawer or a
 * presenter's note leave), the map zooming out only as far as it must. Plain Java, in world pixels
 * (Web Mercator at zoom 0) and the map pane's pixels, like {@link CardPlace}.
 */
public final class Framing {

    /** Room kept between a place and the free part's edge, in pixels. */
    static final double MARGIN = 40;
    /** How near a place may come to the legend or the map's buttons before the map moves, in pixels. */
    static final double CLEARANCE = 24;
    /** The widest room kept right of a deployment's target for its box, in pixels. */
    static final double BOX_ROOM = 310;

    /** Where the map opens: Eurasia, from the Caucasus to the Pacific. */
    public static final double EURASIA_LAT = 48;
    public static final double EURASIA_LON = 70;
    /** Degrees of longitude the opening view spans: from the Black Sea to the Sea of Okhotsk. */
    static final double OPENING_SPAN = 125;

    private Framing() {
    }

    /** The zoom that fits the opening span of Eurasia to a map this wide. */
    public static double eurasiaZoom(double mapWidth) {
        double width = Math.max(400, mapWidth);
        double zoom = Math.log(width * 360.0 / OPENING_SPAN / 256.0) / Math.log(2);
        return Math.max(2, Math.min(5, zoom));
    }

    /**
     * The longitude to centre a {@code width} map on so that the opening span of Eurasia stands in its
     * free part (the {@code free} pixels from the left that a drawer leaves), at {@code zoom}: the map's
     * own centre lies right of Eurasia's by half of what the drawer covers.
     */
    public static double eurasiaCentreLon(double width, double free, double zoom) {
        double covered = Math.max(0, width - Math.max(0, Math.min(width, free)));
        return WebMercator.lon(WebMercator.x(EURASIA_LON) + covered / 2 / Math.pow(2, zoom));
    }

    /**
     * The view that shows every place ({@code {lat, lon}}, the first being the one a box stands beside
     * when {@code boxed}) in the free part of a {@code width} × {@code height} map, or null when they all
     * stand there already, clear of the legend and the buttons (nothing moves).
     *
     * @param free     how much of the width, from the left, is free of the buttons, a drawer and a note
     * @param legend   the legend's box, null when hidden
     * @param buttons  the map's buttons' box
     * @param minScale the smallest scale the map may zoom out to
     */
    public static View show(List<double[]> places, boolean boxed, View now, double width, double height, double free, Box legend, Box buttons,
                            double minScale) {
        if (places.isEmpty() || width <= 0 || height <= 0 || !(now.scale() > 0)) return null;
        Box over = legend == null ? new Box(0, 0, 0, 0) : legend;
        // The free part: below the legend, or right of it, whichever is larger.
        double belowArea = free * (height - over.maxY());
        double rightArea = (free - over.maxX()) * height;
        Box region = belowArea >= rightArea
                ? new Box(MARGIN, over.maxY() + MARGIN, free - MARGIN, height - MARGIN)
                : new Box(over.maxX() + MARGIN, MARGIN, free - MARGIN, height - MARGIN);
        double regionWidth = region.maxX() - region.minX(), regionHeight = region.maxY() - region.minY();
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (double[] p : places) {
            double x = WebMercator.x(p[1]), y = WebMercator.y(p[0]);
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
        }
        double boxRoom = boxed ? Math.min(BOX_ROOM, regionWidth / 2) : 0;
        double targetX = WebMercator.x(places.get(0)[1]);
        if (clear(places, now, width, height, free, legend, buttons)
                && !(boxed && now.screenX(targetX, width) > free - boxRoom)) return null;
        // Zoomed out until the places fit the region (a deployment's box beside its target).
        double needed = Math.min((regionWidth - boxRoom) / Math.max(1e-9, Math.max(targetX, maxX) - minX),
                regionHeight / Math.max(1e-9, maxY - minY));
        double scale = needed < now.scale() ? Math.max(minScale, needed) : now.scale();
        // The places' middle at the region's middle (left of it by half the box's room).
        double screenX = region.minX() + (regionWidth - boxRoom) / 2, screenY = region.minY() + regionHeight / 2;
        return new View((minX + maxX) / 2 + (width / 2 - screenX) / scale, (minY + maxY) / 2 + (height / 2 - screenY) / scale, scale);
    }

    /** True when every place stands inside the free part, clear of the legend and the buttons. */
    static boolean clear(List<double[]> places, View now, double width, double height, double free, Box legend, Box buttons) {
        for (double[] p : places) {
            double x = now.screenX(WebMercator.x(p[1]), width), y = now.screenY(WebMercator.y(p[0]), height);
            boolean inside = x > MARGIN && x < free - MARGIN && y > MARGIN && y < height - MARGIN;
            if (!inside || near(legend, x, y) || near(buttons, x, y)) return false;
        }
        return true;
    }

    private static boolean near(Box b, double x, double y) {
        return b != null && x >= b.minX() - CLEARANCE && x <= b.maxX() + CLEARANCE && y >= b.minY() - CLEARANCE && y <= b.maxY() + CLEARANCE;
    }
}

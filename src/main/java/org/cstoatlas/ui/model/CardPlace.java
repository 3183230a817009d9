package org.cstoatlas.ui.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the map looks while a quiz card stands over it: the card may cover none of the countries the
 * question is about (their outlines), and each of them must stay in sight beside it. Plain Java, in
 * the map's world pixels (Web Mercator at zoom 0) and the map pane's pixels.
 */
public final class CardPlace {

    /** How far each step zooms out when the card still covers a country: a quarter of a zoom level. */
    private static final double STEP = Math.pow(2, -0.25);
    /** The world's width in world pixels (Web Mercator at zoom 0). */
    private static final double WORLD = 256;
    /** How far the card may zoom the map in to keep a question's countries beside it: one zoom level. */
    private static final double MAX_ZOOM_IN = 2;
    /** Centres tried on each side, per zoom. */
    private static final int GRID = 9;

    private CardPlace() {
    }

    /** A country's outlines in world pixels, each {@code x0, y0, x1, y1, ...}, for {@link #clear}. */
    public static List<double[]> worldRings(List<org.cstoatlas.geo.CountryShape> shapes) {
        List<double[]> rings = new ArrayList<>();
        for (org.cstoatlas.geo.CountryShape shape : shapes) {
            for (double[] ring : shape.rings()) {
                double[] world = new double[ring.length];
                for (int i = 0; i + 1 < ring.length; i += 2) {
                    world[i] = org.cstoatlas.geo.WebMercator.x(ring[i]);
                    world[i + 1] = org.cstoatlas.geo.WebMercator.y(ring[i + 1]);
                }
                rings.add(world);
            }
        }
        return rings;
    }

    /** A rectangle in the map pane's pixels. */
    public record Box(double minX, double minY, double maxX, double maxY) {
        boolean contains(double x, double y) {
            return x >= minX && x <= maxX && y >= minY && y <= maxY;
        }
    }

    /** A view of the map: its centre in world pixels and how many screen pixels a world pixel takes. */
    public record View(double centreX, double centreY, double scale) {
        double screenX(double worldX, double width) {
            return width / 2 + (worldX - centreX) * scale;
        }

        double screenY(double worldY, double height) {
            return height / 2 + (worldY - centreY) * scale;
        }
    }

    /**
     * The least zoomed-out view in which the card covers no ring and every anchor stands in the pane with
     * room for its name ({@code label}: half its width and height, as {@code {w, h}}) and clear of the
     * card and of what else lies over the map
     * ({@code over}: the legend, the map's buttons); of those, the one whose nearest anchor stands
     * furthest from all of them. {@code now} itself when it already fits; null when no view down to
     * {@code minScale} (or a zoom level in) does. Left of the card, the view shows past the world's edges only where nothing else fits.
     *
     * @param rings   the countries' outlines, each {@code x0, y0, x1, y1, ...} in world pixels
     * @param anchors where each country's name stands, {@code {x, y}} in world pixels
     */
    public static View clear(View now, double width, double height, Box card, List<Box> over, List<double[]> rings, List<double[]> anchors,
                             double[] label, double minScale) {
        double margin = label[0];
        List<Box> keepOut = new ArrayList<>(over);
        keepOut.add(card);
        if (fits(now, width, height, card, keepOut, rings, anchors, label)) return now;
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (double[] a : anchors) {
            minX = Math.min(minX, a[0]);
            maxX = Math.max(maxX, a[0]);
            minY = Math.min(minY, a[1]);
            maxY = Math.max(maxY, a[1]);
        }
        if (anchors.isEmpty()) return null;
        // The map shows nothing past the date line (WorldSpan): first with the world's east edge at or
        // beyond the map's right edge, zoomed out as little as needed, else zoomed in as little as needed
        // (at 1024 and 175 % the card leaves the map's left half, where Central Asia stands only with the
        // Pacific's edge further right); else with that edge at or beyond the card's left side, so that
        // past the date line stands only beside the card (as the map's edge allows, see WorldEdge); else
        // with the world ending where it must.
        List<Double> out = new ArrayList<>(), in = new ArrayList<>();
        for (double scale = now.scale(); scale >= minScale * 0.999; scale *= STEP) out.add(scale);
        for (double scale = now.scale() / STEP; scale <= now.scale() * MAX_ZOOM_IN * 1.0001; scale /= STEP) in.add(scale);
        View v = search(out, width, height, card, keepOut, rings, anchors, label, minX, maxX, minY, maxY, width);
        if (v == null) v = search(in, width, height, card, keepOut, rings, anchors, label, minX, maxX, minY, maxY, width);
        if (v == null) v = search(out, width, height, card, keepOut, rings, anchors, label, minX, maxX, minY, maxY, card.minX());
        // Russia with its neighbours beside a card over half the map: the whole world, ending left of the card.
        return v != null ? v : search(out, width, height, card, keepOut, rings, anchors, label, minX, maxX, minY, maxY, Double.NEGATIVE_INFINITY);
    }

    /** The first of these scales with a view that fits; {@code eastEdge}: where in the pane the world's east edge must stand or beyond. */
    private static View search(List<Double> scales, double width, double height, Box card, List<Box> keepOut, List<double[]> rings, List<double[]> anchors,
                               double[] label, double minX, double maxX, double minY, double maxY, double eastEdge) {
        double margin = label[0];
        for (double scale : scales) {
            // The centres that keep every anchor in the pane: a grid over them, the nearest to now first.
            double loX = maxX - (width / 2 - margin) / scale, hiX = minX + (width / 2 - margin) / scale;
            double loY = maxY - (height / 2 - margin) / scale, hiY = minY + (height / 2 - margin) / scale;
            if (loX > hiX || loY > hiY) continue;
            List<View> tries = new ArrayList<>();
            for (int i = 0; i < GRID; i++) {
                for (int j = 0; j < GRID; j++) {
                    tries.add(new View(loX + (hiX - loX) * i / (GRID - 1), loY + (hiY - loY) * j / (GRID - 1), scale));
                }
            }
            View best = null;
            double room = -1;
            for (View v : tries) {
                if (v.centreX() - width / 2 / scale < 0 || v.centreX() + (eastEdge - width / 2) / scale > WORLD) continue;
                if (!fits(v, width, height, card, keepOut, rings, anchors, label)) continue;
                double r = room(v, width, height, keepOut, anchors);
                if (r > room) {
                    room = r;
                    best = v;
                }
            }
            if (best != null) return best;
        }
        return null;
    }

    /** True when, in view {@code v}, every anchor is in sight and clear of what lies over the map, and the card covers no ring. */
    static boolean fits(View v, double width, double height, Box card, List<Box> keepOut, List<double[]> rings, List<double[]> anchors, double[] label) {
        double lw = label[0], lh = label[1];
        for (double[] a : anchors) {
            double x = v.screenX(a[0], width), y = v.screenY(a[1], height);
            // The name stands round its anchor: all of it on the map, none of it under the card, the legend or the buttons.
            if (x < lw || x > width - lw || y < lh || y > height - lh) return false;
            for (Box b : keepOut) {
                if (x > b.minX() - lw && x < b.maxX() + lw && y > b.minY() - lh && y < b.maxY() + lh) return false;
            }
        }
        for (double[] ring : rings) {
            if (covers(card, ring, v, width, height)) return false;
        }
        return true;
    }

    /** How far the anchor nearest an edge or a box over the map stands from it, in pixels: the room the countries have. */
    private static double room(View v, double width, double height, List<Box> keepOut, List<double[]> anchors) {
        double room = Double.MAX_VALUE;
        for (double[] a : anchors) {
            double x = v.screenX(a[0], width), y = v.screenY(a[1], height);
            room = Math.min(room, Math.min(Math.min(x, width - x), Math.min(y, height - y)));
            for (Box b : keepOut) {
                double dx = Math.max(0, Math.max(b.minX() - x, x - b.maxX())), dy = Math.max(0, Math.max(b.minY() - y, y - b.maxY()));
                room = Math.min(room, Math.hypot(dx, dy));
            }
        }
        return room;
    }

    /** True when the card covers any part of the ring: a corner in it, an edge across it, or the card inside it. */
    public static boolean covers(Box card, double[] ring, View v, double width, double height) {
        int n = ring.length / 2;
        if (n < 3) return false;
        double[] xs = new double[n], ys = new double[n];
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            xs[i] = v.screenX(ring[2 * i], width);
            ys[i] = v.screenY(ring[2 * i + 1], height);
            minX = Math.min(minX, xs[i]);
            maxX = Math.max(maxX, xs[i]);
            minY = Math.min(minY, ys[i]);
            maxY = Math.max(maxY, ys[i]);
        }
        if (maxX < card.minX() || minX > card.maxX() || maxY < card.minY() || minY > card.maxY()) return false;
        for (int i = 0; i < n; i++) {
            if (card.contains(xs[i], ys[i])) return true;
            int k = (i + 1) % n;
            if (crosses(xs[i], ys[i], xs[k], ys[k], card)) return true;
        }
        return inside((card.minX() + card.maxX()) / 2, (card.minY() + card.maxY()) / 2, xs, ys);
    }

    /** True when the segment crosses one of the box's edges. */
    private static boolean crosses(double x1, double y1, double x2, double y2, Box b) {
        return meets(x1, y1, x2, y2, b.minX(), b.minY(), b.maxX(), b.minY()) || meets(x1, y1, x2, y2, b.maxX(), b.minY(), b.maxX(), b.maxY())
                || meets(x1, y1, x2, y2, b.maxX(), b.maxY(), b.minX(), b.maxY()) || meets(x1, y1, x2, y2, b.minX(), b.maxY(), b.minX(), b.minY());
    }

    private static boolean meets(double ax, double ay, double bx, double by, double cx, double cy, double dx, double dy) {
        double d1 = side(cx, cy, dx, dy, ax, ay), d2 = side(cx, cy, dx, dy, bx, by);
        double d3 = side(ax, ay, bx, by, cx, cy), d4 = side(ax, ay, bx, by, dx, dy);
        return ((d1 > 0) != (d2 > 0)) && ((d3 > 0) != (d4 > 0));
    }

    private static double side(double ax, double ay, double bx, double by, double px, double py) {
        return (bx - ax) * (py - ay) - (by - ay) * (px - ax);
    }

    /** Even-odd: true when the point lies inside the ring. */
    private static boolean inside(double x, double y, double[] xs, double[] ys) {
        boolean in = false;
        for (int i = 0, j = xs.length - 1; i < xs.length; j = i++) {
            if ((ys[i] > y) != (ys[j] > y) && x < (xs[j] - xs[i]) * (y - ys[i]) / (ys[j] - ys[i]) + xs[i]) in = !in;
        }
        return in;
    }
}

package org.cstoatlas.ui.map.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import org.cstoatlas.ui.model.Selection;

/**
 * Where the operations' marks and words go on the map, in the layer's pixels and plain numbers: the
 * arrows' curves and heads, the places tried for each label in turn, how a base steps off the marks
 * placed before it, how a deployment's box folds and which corner of its target it takes, and the
 * order the words are placed in. The layer measures its nodes and asks; the rules are here.
 */
public final class OperationsPlaces {

    private OperationsPlaces() {
    }

    /** A rectangle in pixels. */
    public record Box(double x, double y, double width, double height) {
        public double maxX() {
            return x + width;
        }

        public double maxY() {
            return y + height;
        }

        /** Whether the two share a point (touching counts, as the toolkit's bounds count it). */
        public boolean intersects(Box o) {
            if (width < 0 || height < 0 || o.width < 0 || o.height < 0) return false;
            return !(o.maxX() < x || o.maxY() < y || o.x > maxX() || o.y > maxY());
        }

        public Box moved(double dx, double dy) {
            return new Box(x + dx, y + dy, width, height);
        }
    }

    /** A point in pixels. */
    public record Point(double x, double y) {
    }

    /**
     * A contingent's arrow: a cubic curve from the capital (bowed to one side) ending a little short of
     * the target, and the head's three corners, pointing along the curve's last tangent.
     */
    public record Curve(Point from, Point control1, Point control2, Point end, List<Double> head) {

        /** The point a fraction {@code t} of the way along the curve. */
        public Point at(double t) {
            double u = 1 - t;
            return new Point(u * u * u * from.x() + 3 * u * u * t * control1.x() + 3 * u * t * t * control2.x() + t * t * t * end.x(),
                    u * u * u * from.y() + 3 * u * u * t * control1.y() + 3 * u * t * t * control2.y() + t * t * t * end.y());
        }
    }

    /** The arrow from one point to another for a shaft this wide; null where the two are less than a pixel apart. */
    public static Curve arrow(double fromX, double fromY, double toX, double toY, double strokeWidth) {
        double dx = toX - fromX, dy = toY - fromY;
        double length = Math.hypot(dx, dy);
        if (length < 1) return null;
        double ux = dx / length, uy = dy / length;
        double nx = -uy, ny = ux;
        double headLength = Math.max(12, strokeWidth * 2.2);
        double tipX = toX - ux * 8, tipY = toY - uy * 8;
        double endX = tipX - ux * headLength * 0.8, endY = tipY - uy * headLength * 0.8;
        Point c1 = new Point(fromX + dx * 0.33 + nx * length * 0.12, fromY + dy * 0.33 + ny * length * 0.12);
        Point c2 = new Point(fromX + dx * 0.66 + nx * length * 0.12, fromY + dy * 0.66 + ny * length * 0.12);
        double ex = endX - c2.x(), ey = endY - c2.y(), e = Math.hypot(ex, ey);
        double dirX = e == 0 ? 0 : ex / e, dirY = e == 0 ? 0 : ey / e;
        double sideX = -dirY, sideY = dirX;
        double half = Math.max(7, strokeWidth * 1.1);
        double baseX = tipX - dirX * headLength, baseY = tipY - dirY * headLength;
        return new Curve(new Point(fromX, fromY), c1, c2, new Point(endX, endY),
                List.of(tipX, tipY, baseX + sideX * half, baseY + sideY * half, baseX - sideX * half, baseY - sideY * half));
    }

    /** Where a contingent's label is tried, centred: at the arrow's middle, else a little towards either end. */
    public static List<Point> alongArrow(Curve c) {
        List<Point> spots = new ArrayList<>();
        for (double t : new double[] {0.5, 0.38, 0.62, 0.27, 0.73}) spots.add(c.at(t));
        return spots;
    }

    /**
     * Where a symbol's label ({@code width} by {@code height}) is tried, its top left corner from the
     * symbol's centre, round a mark of radius {@code r}: right, left, above, below, then at a corner
     * (a symbol in a cluster, a base stepped aside, may have room only there).
     */
    public static List<Point> besideMark(double r, double width, double height) {
        double w = width, h = height;
        return List.of(new Point(r + 3, -h / 2), new Point(-r - 3 - w, -h / 2), new Point(-w / 2, -r - 3 - h), new Point(-w / 2, r + 3),
                new Point(r + 1, -r - 1 - h), new Point(r + 1, r + 1), new Point(-r - 1 - w, -r - 1 - h), new Point(-r - 1 - w, r + 1));
    }

    /**
     * How far a base's mark moves off the marks placed before it (forces, exercises, other bases): the
     * least of a few steps in eight directions (east first); where none is free it stays. Places a few
     * kilometres apart (the Kant air base and the rapid deployment forces at Bishkek, the Sary-Shagan
     * and Balkhash facilities) would otherwise hide one symbol under another; the tooltip and the
     * detail pane give the place itself. A base stands for years and is found again in the table; an
     * exercise's days are short, so it is the one left where it was held.
     */
    public static Point stepAside(Box mark, List<Box> placed) {
        double step = Math.max(4, mark.width() / 3);
        for (int k = 0; k <= 6; k++) {
            for (int a = 0; a < (k == 0 ? 1 : 8); a++) {
                double dx = k * step * Math.cos(a * Math.PI / 4), dy = k * step * Math.sin(a * Math.PI / 4);
                Box at = mark.moved(dx, dy);
                if (placed.stream().noneMatch(at::intersects)) return new Point(dx, dy);
            }
        }
        return new Point(0, 0);
    }

    /** A deployment's box as shown: its first {@code lines} lines, its top left corner from the target. */
    public record Fold(int lines, double dx, double dy) {
    }

    /**
     * Where a deployment's box goes and how much of it shows. {@code sizeOf} measures the box showing
     * its first n lines ({width, height}); {@code target} is where the target stands, {@code avoid}
     * where the selected country's name stands (null for none), {@code freeWidth} the map's width short
     * of a drawer, and {@code clear} whether a rectangle stays clear of what lies over the map.
     * <p>
     * Where the map is small for it (a projector's text size in a small window), the box folds to its
     * title and phase where whole it would take over two fifths of the map's height, and to its title
     * alone where even that takes over a third; the contributors and totals stay in its tooltip and in
     * the detail pane. Where no corner is free, it folds a step further and tries again; nowhere free
     * even as its title, it is left out (null): the less important gives way, as every word on the map.
     */
    public static Fold fold(int lines, IntFunction<double[]> sizeOf, Point target, Point avoid, double freeWidth, double mapHeight, Predicate<Box> clear) {
        int keep = lines;
        if (sizeOf.apply(keep)[1] > mapHeight * 0.4) {
            keep = Math.min(2, lines);
            if (sizeOf.apply(keep)[1] > mapHeight * 0.33) keep = 1;
        }
        for (int k = keep; k >= 1; k--) {
            double[] size = sizeOf.apply(k);
            Point at = corner(size[0], size[1], target, avoid, freeWidth, mapHeight, clear);
            if (at != null) return new Fold(k, at.x(), at.y());
        }
        return null;
    }

    /**
     * Below right of the target, else above right, below left, above left: the first corner where the box
     * stays on the free map, clear of what lies over it, and leaves the selected country's capital
     * uncovered (with room round it for the country's name); null where none does.
     */
    static Point corner(double w, double h, Point p, Point avoid, double free, double height, Predicate<Box> clear) {
        for (Point at : List.of(new Point(16, 14), new Point(16, -14 - h), new Point(-w - 4, 14), new Point(-w - 4, -14 - h))) {
            double left = p.x() + at.x(), top = p.y() + at.y();
            boolean fits = left >= 0 && left + w <= free && top >= 0 && top + h <= height && clear.test(new Box(left, top, w, h));
            boolean covers = avoid != null && avoid.x() >= left - 70 && avoid.x() <= left + w + 70 && avoid.y() >= top - 20 && avoid.y() <= top + h + 20;
            if (fits && !covers) return at;
        }
        return null;
    }

    /** The symbols' labels in the order they are placed: those before the countries' names, and those after. */
    public record LabelOrder(List<OperationsMarks.Symbol> beforeNames, List<OperationsMarks.Symbol> afterNames) {
    }

    /**
     * The selected symbol's label first: the one the class is looking at keeps its name. The bases'
     * labels (but the selected one's) go after the countries' names: a base stands for years in a member
     * state, and "Belarus" matters more to the map than "Vileyka naval centre". The others keep the
     * order they are drawn in.
     */
    public static LabelOrder labelOrder(List<OperationsMarks.Symbol> symbols, Selection selected) {
        List<OperationsMarks.Symbol> before = new ArrayList<>(), after = new ArrayList<>();
        for (OperationsMarks.Symbol s : symbols) {
            boolean isSelected = s.selection().equals(selected);
            if (isSelected) before.add(0, s);
            else if (s.kind() == OperationsMarks.Kind.BASE) after.add(s);
            else before.add(s);
        }
        return new LabelOrder(List.copyOf(before), List.copyOf(after));
    }
}

package org.cstoatlas.state;

import java.util.List;
import java.util.stream.IntStream;

/** Text and symbol size, for projectors: the bounds and steps live here and nowhere else. */
public final class TextScale {

    public static final double MIN = 1.0;
    public static final double MAX = 2.0;
    /** What Ctrl+Plus and Ctrl+Minus add and take away, and the menu's steps. */
    public static final double STEP = 0.25;
    /** Presenting raises the text to at least this, so the back row can read it. */
    public static final double PRESENTING = 1.5;

    private TextScale() {
    }

    public static double clamp(double scale) {
        return Double.isNaN(scale) ? MIN : Math.max(MIN, Math.min(MAX, scale));
    }

    public static boolean allowed(double scale) {
        return scale >= MIN && scale <= MAX;
    }

    public static int minPercent() {
        return (int) Math.round(MIN * 100);
    }

    public static int maxPercent() {
        return (int) Math.round(MAX * 100);
    }

    /** The sizes the View menu offers: 100, 125, ... 200 per cent. */
    public static List<Integer> menuPercents() {
        int step = (int) Math.round(STEP * 100);
        return IntStream.iterate(minPercent(), p -> p <= maxPercent(), p -> p + step).boxed().toList();
    }

    /** What the command line says of a size out of range, in one wording wherever it is checked. */
    public static String outOfRange(String given) {
        return "must be a whole number from " + minPercent() + " to " + maxPercent() + " (per cent), not '" + given + "'";
    }
}

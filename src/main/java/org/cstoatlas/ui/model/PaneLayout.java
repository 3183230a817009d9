package org.cstoatlas.ui.model;

/**
 * How the window shares its room for a window size and a text size: when the detail pane becomes a
 * drawer over the map, how wide that drawer is, when the legend folds to a strip, and where the
 * dividers between the panes stand. Plain Java; the window only places what these rules decide.
 */
public final class PaneLayout {

    /** Below this many pixels of width per unit of text scale the window is narrow: the detail pane becomes a drawer. */
    static final double NARROW = 1000;

    private PaneLayout() {
    }

    /** True where the window is narrow for its text (a projector's 1024 or 1280 pixels at 150 % and more). */
    public static boolean narrow(double windowWidth, double textScale) {
        return windowWidth > 0 && windowWidth / textScale < NARROW;
    }

    /** The detail drawer's width: room for its text, at most two fifths of the window, never under 300 pixels. */
    public static double drawerWidth(double windowWidth, double textScale) {
        return Math.max(300, Math.min(windowWidth * 0.4, 260 * textScale));
    }

    /**
     * True when the whole legend would cover more than a small part of the map (over a third of its
     * height or nearly half its width): the legend then shows as the compact strip of the colours shown.
     */
    public static boolean legendCompact(double legendWidth, double legendHeight, double mapWidth, double mapHeight) {
        return legendHeight > mapHeight / 3 || legendWidth > mapWidth * 0.45;
    }

    /** The widest the compact strip may be: it keeps clear of the map's buttons at the right. */
    public static double stripWidth(double mapWidth, double buttonsWidth) {
        return Math.max(120, mapWidth - buttonsWidth - 40);
    }

    /** Where the dividers stand: the map keeps about two thirds of the width beside the detail pane, half beside both panes. */
    public static double[] dividers(boolean browse, boolean detail) {
        if (browse && detail) return new double[] {0.22, 0.70};
        if (browse) return new double[] {0.25};
        if (detail) return new double[] {0.68};
        return new double[0];
    }
}

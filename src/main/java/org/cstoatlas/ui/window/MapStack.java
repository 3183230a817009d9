package org.cstoatlas.ui.window;

import java.util.function.DoubleSupplier;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.cstoatlas.ui.map.Legend;
import org.cstoatlas.ui.model.PaneLayout;

/**
 * The map and what stands over it (the legend, the round buttons, the alliance chooser, the lesson's
 * note, the quiz card, the export notice), each kept clear of the others and of a detail drawer.
 * Where the pieces go is {@link PaneLayout}'s rule; this only places them.
 */
final class MapStack extends StackPane {

    private final Legend legend;
    private final Region controls;
    private final Region alliances;
    private final Region lessonNote;
    private final Region notice;
    private final DoubleSupplier drawerWidth;
    /** The quiz card once a quiz has been shown; null before (see {@link #holdCard(int)}). */
    private Region card;
    /** What stands over the map, in its order; outside the stack until {@link #showOver()} for a window opening map first. */
    private final java.util.List<Node> over;

    MapStack(Node map, Legend legend, Region controls, Region alliances, Region lessonNote, Region notice, DoubleSupplier drawerWidth, boolean mapFirst) {
        super(map);
        over = java.util.List.of(legend, controls, alliances, lessonNote, notice);
        this.legend = legend;
        this.controls = controls;
        this.alliances = alliances;
        this.lessonNote = lessonNote;
        this.notice = notice;
        this.drawerWidth = drawerWidth;
        if (!mapFirst) showOver();
        getStyleClass().add("map-pane");
        controls.widthProperty().addListener((obs, o, n) -> place());
        alliances.heightProperty().addListener((obs, o, n) -> place());
        // A narrower map (the browse pane shown) can bring the quiz card over the chooser.
        widthProperty().addListener((obs, o, n) -> place());
    }

    /**
     * Puts what stands over the map over it, in its order, under the presenting hint and a drawer. A
     * window opening map first does this after its first map is painted: none of it moves the map, and
     * styling and laying it out took about a third of the time to that map.
     */
    void showOver() {
        if (overShown()) return;
        // Under the presenting hint, as in a window that had it all from the start (the map's focus frame came between since).
        int at = hint == null ? getChildren().size() : getChildren().indexOf(hint);
        getChildren().addAll(at, over);
    }

    /** The presenting hint, over what stands over the map: see {@link #addHint}. */
    private Node hint;

    /** Puts the hint shown while presenting over everything on the map so far. */
    void addHint(Node hint) {
        this.hint = hint;
        getChildren().add(hint);
    }

    /** Whether what stands over the map stands there yet (see {@link #showOver()}). */
    boolean overShown() {
        return legend.getParent() == this;
    }

    /**
     * What lies over the map (the legend, its buttons, the alliance chooser, a drawer, the lesson's
     * note, the quiz card), in scene pixels: the map's words keep clear of it.
     */
    java.util.List<javafx.geometry.Bounds> overTheMap(Region drawer) {
        java.util.List<javafx.geometry.Bounds> bounds = new java.util.ArrayList<>();
        for (Node n : java.util.List.of(legend, controls, alliances, drawer, lessonNote)) {
            if (n.getParent() == this && (n == controls || n.isVisible())) bounds.add(n.localToScene(n.getLayoutBounds()));
        }
        if (cardInScene() != null) bounds.add(cardInScene());
        return bounds;
    }

    /**
     * Takes the quiz card just added at {@code at}: read back as a region, since naming the card's own
     * class here would load it with the window (FirstFrameIT), though it is built only for a quiz.
     */
    Node holdCard(int at) {
        card = (Region) getChildren().get(at);
        for (Runnable moved : coverMoved) watch(card, moved);
        // Placed again once styled: built here unstyled, its width (and whether it reaches over the chooser) comes with its first pass.
        card.widthProperty().addListener((obs, o, n) -> place());
        place();
        return card;
    }

    /** Where the quiz card goes: over the lesson's note and under the export notice. */
    int cardIndex() {
        return getChildren().indexOf(lessonNote) + 1;
    }

    @Override
    protected void layoutChildren() {
        fitLegend(getWidth() - drawerWidth.getAsDouble(), getHeight());
        super.layoutChildren();
    }

    @Override
    protected double computeMinHeight(double width) {
        // The map's least height is what always stands over it; the quiz card fits in what is left (its
        // evidence scrolls). Counted, the card pushed the timeline off the window.
        double least = 0;
        for (Node n : getManagedChildren()) {
            if (n == card) continue;
            Insets m = StackPane.getMargin(n);
            least = Math.max(least, n.minHeight(-1) + (m == null ? 0 : m.getTop() + m.getBottom()));
        }
        return least + snappedTopInset() + snappedBottomInset();
    }

    /**
     * The legend's part of the map: the whole legend where it covers at most a small part of the map
     * (a third of its height and under half its width), else the compact strip of the colours shown.
     */
    private void fitLegend(double width, double height) {
        if (width <= 0 || height <= 0 || !overShown()) return;
        javafx.geometry.Dimension2D full = legend.fullSize();
        boolean compact = PaneLayout.legendCompact(full.getWidth(), full.getHeight(), width, height);
        double widest = PaneLayout.stripWidth(width, controls.prefWidth(-1));
        // Beside a quiz card or the lesson's note the legend ends at its left: the card stood over its last
        // colours, and presenting a lesson at 1024 the note over "Former" and "Not a party".
        for (Region beside : new Region[] {card, lessonNote}) {
            if (beside == null || !beside.isVisible() || beside.getWidth() <= 0) continue;
            double left = beside.getBoundsInParent().getMinX() - 26;
            compact |= full.getWidth() > left;
            widest = Math.max(120, Math.min(widest, left));
        }
        legend.compact(compact);
        legend.setMaxWidth(compact ? widest : Region.USE_PREF_SIZE);
    }

    /**
     * Keeps what stands over the map clear of the round buttons and of a drawer (the buttons themselves
     * stand left of the drawer): the quiz card and the
     * lesson's note (as tall as the map at large text, they covered the buttons), the export notice
     * (its "Show in folder" stood under the drawer, the notice over the chooser) and the chooser
     * ("— what changed between the two dates" ran under the drawer).
     */
    void place() {
        double drawer = drawerWidth.getAsDouble(), beside = 16 + drawer + controls.getWidth() + 10;
        margin(controls, new Insets(10, 10 + drawer, 10, 10));
        // The card stands above the chooser's row where it reaches left over the chooser (at 1024 and 175 %
        // it covered the second chooser's arrow); both keep their preferred widths.
        boolean overChooser = card != null && getWidth() - beside - card.prefWidth(-1) < 10 + alliances.prefWidth(-1);
        margin(card, new Insets(16, beside, overChooser ? 20 + alliances.getHeight() : 16, 16));
        margin(lessonNote, new Insets(16, beside, 24, 16));
        margin(notice, new Insets(10, 10 + drawer, 20 + alliances.getHeight(), 10));
        margin(alliances, new Insets(10, 10 + drawer, 10, 10));
    }

    /**
     * How much of the map's right side is covered, in pixels: a drawer, or the lesson's note or the quiz
     * card while it shows (a deployment's box stood under the note when presenting a lesson at 1024 × 768).
     */
    double rightCovered() {
        double note = lessonNote.isVisible() && lessonNote.getWidth() > 0 ? getWidth() - lessonNote.getBoundsInParent().getMinX() : 0;
        double quiz = card != null && card.isVisible() && card.getWidth() > 0 ? getWidth() - card.getBoundsInParent().getMinX() : 0;
        return Math.max(drawerWidth.getAsDouble(), Math.max(note, quiz));
    }

    /** What runs when the lesson's note or the quiz card appears, moves or hides (see {@link #whenCoverMoves}). */
    private final java.util.List<Runnable> coverMoved = new java.util.ArrayList<>();

    /**
     * Runs {@code moved} whenever the lesson's note or the quiz card appears, moves or hides: the
     * deployment's box and the map's words keep clear of them (presenting a lesson at 1024, bases'
     * names ran under the note; answering a quiz, under the card).
     */
    void whenCoverMoves(Runnable moved) {
        coverMoved.add(moved);
        watch(lessonNote, moved);
        if (card != null) watch(card, moved);
    }

    private static void watch(Node cover, Runnable moved) {
        cover.boundsInParentProperty().addListener((obs, o, n) -> moved.run());
        cover.visibleProperty().addListener((obs, o, n) -> moved.run());
    }

    /** The quiz card in the scene's pixels while it stands over the map; null otherwise. */
    javafx.geometry.Bounds cardInScene() {
        return card != null && card.isVisible() && card.getWidth() > 0 ? card.localToScene(card.getLayoutBounds()) : null;
    }

    /** Sets a margin only when it changes: a new one asks for a layout, and this runs from layouts. */
    private static void margin(Node n, Insets m) {
        if (n != null && !m.equals(StackPane.getMargin(n))) StackPane.setMargin(n, m);
    }
}

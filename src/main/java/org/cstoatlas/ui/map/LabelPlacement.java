package org.cstoatlas.ui.map;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;

/**
 * Where the map's words stand, shared by its layers so that no two overlap, in scene pixels. Each
 * layout pass places them in a stated order of importance, and a label that would overlap one
 * placed before it tries its other places and is otherwise dropped (its tooltip and the detail pane
 * still tell all):
 * <ol>
 * <li>the operation's box and its target (never moved for a label);</li>
 * <li>the contingents' labels, along their arrows;</li>
 * <li>the forces' and exercises' labels (and the selected base's), beside their symbols;</li>
 * <li>the countries' names: the selected country's first, then larger countries before smaller;</li>
 * <li>the other bases' labels, around the names.</li>
 * </ol>
 * The operations layer places the first three, asks the country layer to place the names around them,
 * then places the bases' labels around both.
 */
public final class LabelPlacement {

    /** Room left around every label, so that halos and boxes do not touch. */
    static final double GAP = 2;

    private final List<Bounds> operations = new ArrayList<>();
    private Runnable afterOperations = () -> { };
    /** What lies over the map (the legend, its buttons, a drawer), asked at the start of each pass. */
    private java.util.function.Supplier<List<Bounds>> over = List::of;
    private List<Bounds> obstacles = List.of();
    /** The map's own bounds: a word partly outside it would be cut off. */
    private Bounds within;

    /** Where the selected country stands: no word but its own name covers it. */
    private java.util.function.Supplier<Bounds> selected = () -> null;
    private Bounds selectedArea;

    /**
     * Words keep clear of what lies over the map (the legend, the map's buttons, a drawer) and of the
     * selected country (null for none), which only its own name may cover.
     */
    public void keepClearOf(java.util.function.Supplier<List<Bounds>> over, java.util.function.Supplier<Bounds> selected) {
        this.over = over;
        this.selected = selected;
    }

    /** A new pass over a map with these bounds (in scene pixels): what lies over it is asked again. */
    void start(Bounds map) {
        within = map;
        obstacles = over.get();
        selectedArea = selected.get();
    }


    /** A new pass of the operations layer: its earlier claims are forgotten. */
    void startOperations(Bounds map) {
        operations.clear();
        start(map);
    }

    /** Claims room for an operation's label if it overlaps nothing claimed; true when it did. */
    boolean claimOperation(Bounds b) {
        if (!free(b, List.of())) return false;
        operations.add(b);
        return true;
    }

    /** Claims room whatever it overlaps (the operation's box and its target, placed first). */
    void claimAlways(Bounds b) {
        operations.add(b);
    }

    /** The countries' names shown now, in scene pixels: asked when the bases' labels are placed after them. */
    private java.util.function.Supplier<List<Bounds>> names = List::of;

    /** Where the countries' names stand once placed (the country layer's visible names). */
    public void namesFrom(java.util.function.Supplier<List<Bounds>> names) {
        this.names = names;
    }

    /**
     * Claims room for a label placed after the countries' names if it overlaps neither what the
     * operations claimed nor a name; true when it did. The claim holds for names placed again later.
     */
    boolean claimAfterNames(Bounds b) {
        if (!free(b, names.get())) return false;
        operations.add(b);
        return true;
    }

    /** The operations layer has placed everything: the names go around it now. */
    void operationsPlaced() {
        afterOperations.run();
    }

    void afterOperations(Runnable r) {
        afterOperations = r;
    }

    /** True when the box overlaps neither the operations' labels nor any of {@code placed}. */
    boolean free(Bounds b, List<Bounds> placed) {
        return free(b, placed, false);
    }

    /** As {@link #free(Bounds, List)}; the selected country's own name may stand over the selected country. */
    boolean free(Bounds b, List<Bounds> placed, boolean selectedName) {
        Bounds grown = grown(b);
        if (within != null && !within.contains(b)) return false;
        if (!clearOfWhatLiesOver(b)) return false;
        if (!selectedName && selectedArea != null && grown.intersects(selectedArea)) return false;
        for (Bounds o : operations) if (grown.intersects(o)) return false;
        for (Bounds o : placed) if (grown.intersects(o)) return false;
        return true;
    }

    /** True when the box stays clear of what lies over the map (the legend, its buttons, the chooser, a drawer). */
    boolean clearOfWhatLiesOver(Bounds b) {
        Bounds grown = grown(b);
        for (Bounds o : obstacles) if (grown.intersects(o)) return false;
        return true;
    }

    static Bounds grown(Bounds b) {
        return new BoundingBox(b.getMinX() - GAP, b.getMinY() - GAP, b.getWidth() + 2 * GAP, b.getHeight() + 2 * GAP);
    }
}

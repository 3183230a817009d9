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
 * <li>the forces' labels, beside their symbols;</li>
 * <li>the countries' names: the selected country's first, then larger countries before smaller.</li>
 * </ol>
 * The operations layer places the first three, then asks the country layer to place the names around them.
 */
public final class LabelPlacement {

    /** Room left around every label, so that halos and boxes do not touch. */
    static final double GAP = 2;

    private final List<Bounds> operations = new ArrayList<>();
    private Runnable afterOperations = () -> { };

    /** A new pass of the operations layer: its earlier claims are forgotten. */
    void startOperations() {
        operations.clear();
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

    /** The operations layer has placed everything: the names go around it now. */
    void operationsPlaced() {
        afterOperations.run();
    }

    void afterOperations(Runnable r) {
        afterOperations = r;
    }

    /** True when the box overlaps neither the operations' labels nor any of {@code placed}. */
    boolean free(Bounds b, List<Bounds> placed) {
        Bounds grown = grown(b);
        for (Bounds o : operations) if (grown.intersects(o)) return false;
        for (Bounds o : placed) if (grown.intersects(o)) return false;
        return true;
    }

    static Bounds grown(Bounds b) {
        return new BoundingBox(b.getMinX() - GAP, b.getMinY() - GAP, b.getWidth() + 2 * GAP, b.getHeight() + 2 * GAP);
    }
}

package org.cstoatlas.ui.map;

import javafx.css.PseudoClass;
import org.cstoatlas.record.time.Change;

/** The classes of the map while two dates are compared, each with its CSS pseudo-class ({@code :compare-joined}, ...). */
public enum CompareStyle {
    JOINED("Joined"), LEFT("Left"), CHANGED("Changed status"), SAME("Stayed the same");

    private final String label;
    private final PseudoClass pseudoClass;

    CompareStyle(String label) {
        this.label = label;
        this.pseudoClass = PseudoClass.getPseudoClass("compare-" + name().toLowerCase(java.util.Locale.ROOT));
    }

    public String label() {
        return label;
    }

    public PseudoClass pseudoClass() {
        return pseudoClass;
    }

    public static CompareStyle of(Change.Kind kind) {
        return switch (kind) {
            case JOINED -> JOINED;
            case LEFT -> LEFT;
            case CHANGED -> CHANGED;
            case SAME -> SAME;
        };
    }
}

package org.cstoatlas.ui.look;

import javafx.css.PseudoClass;
import org.cstoatlas.record.time.Change;

/** The classes of the map while two dates are compared, each with its CSS pseudo-class ({@code :compare-joined}, ...). */
public enum CompareStyle {
    JOINED("joined"), LEFT("left"), CHANGED("changed"), SAME("same");

    /** The texts' key: {@code compare.KEY}. */
    private final String key;
    private final PseudoClass pseudoClass;

    CompareStyle(String key) {
        this.key = key;
        this.pseudoClass = PseudoClass.getPseudoClass("compare-" + name().toLowerCase(java.util.Locale.ROOT));
    }

    public String label() {
        return label(Texts.words());
    }

    public String label(org.cstoatlas.words.Words words) {
        return words.get("compare." + key);
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

package org.cstoatlas.ui.look;

import javafx.css.PseudoClass;
import org.cstoatlas.record.Status;
import org.cstoatlas.record.time.StatusAt;

/**
 * The classes of the map while two alliances are compared: in the first only, in the second only, in
 * both, in neither. A country is "in" an alliance while it has a standing there (member, associate,
 * observer, partner or suspended); a standing short of full membership is {@link #partial} and drawn
 * lighter with a dotted outline. Each class has a CSS pseudo-class ({@code :pair-first}, ...).
 */
public enum PairStyle {
    FIRST("first"), SECOND("second"), BOTH("both"), NEITHER("neither");

    public static final PseudoClass PARTIAL = PseudoClass.getPseudoClass("partial");

    /** The texts' key: {@code pair.KEY}, with the alliances' short names. */
    private final String key;
    private final PseudoClass pseudoClass;

    PairStyle(String key) {
        this.key = key;
        this.pseudoClass = PseudoClass.getPseudoClass("pair-" + key);
    }

    /** The legend's words, e.g. "CSTO only", "Both", with the two alliances' short names. */
    public String label(String first, String second) {
        return Texts.format("pair." + key, first, second);
    }

    /** The compact strip's words: "CSTO only", "Both", "Neither". */
    public String shortLabel(String first, String second) {
        return Texts.format(this == BOTH ? "pair.both.short" : "pair." + key, first, second);
    }

    public PseudoClass pseudoClass() {
        return pseudoClass;
    }

    /** A standing in an alliance: any status but none and former. Null (a country the alliance never names) is none. */
    public static boolean in(StatusAt s) {
        return s != null && s.status() != Status.NONE && s.status() != Status.FORMER;
    }

    public static PairStyle of(StatusAt first, StatusAt second) {
        boolean a = in(first), b = in(second);
        return a && b ? BOTH : a ? FIRST : b ? SECOND : NEITHER;
    }

    /** True when a standing that puts the country in its class is short of full membership. */
    public static boolean partial(StatusAt first, StatusAt second) {
        return (in(first) && first.status() != Status.MEMBER) || (in(second) && second.status() != Status.MEMBER);
    }
}

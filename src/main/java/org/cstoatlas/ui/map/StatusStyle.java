package org.cstoatlas.ui.map;

import javafx.css.PseudoClass;
import org.cstoatlas.record.Body;
import org.cstoatlas.record.time.StatusAt;

/**
 * The classes of the map's legend: a status, with members of the treaty and of the organization told
 * apart. Each has a CSS pseudo-class ({@code :member-organization}, ...) so that colours live in CSS.
 */
public enum StatusStyle {
    MEMBER_ORGANIZATION("Member of the Organization (CSTO)", "Member of the CSTO"),
    MEMBER_TREATY("Member of the 1992 Treaty", "Member of the Collective Security Treaty"),
    OBSERVER("Observer (Parliamentary Assembly)", "Observer at the CSTO Parliamentary Assembly"),
    SUSPENDED("Suspended / participation frozen", "Membership suspended or participation frozen"),
    FORMER("Former member", "Former member"),
    NONE("Not a party", "Not a party");

    private final String label;
    private final String phrase;
    private final PseudoClass pseudoClass;

    StatusStyle(String label, String phrase) {
        this.label = label;
        this.phrase = phrase;
        this.pseudoClass = PseudoClass.getPseudoClass(name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    }

    public String label() {
        return label;
    }

    public PseudoClass pseudoClass() {
        return pseudoClass;
    }

    /** The CSS name, e.g. "member-organization". */
    public String cssName() {
        return pseudoClass.getPseudoClassName();
    }

    public static StatusStyle of(StatusAt s) {
        if (s == null) return NONE;
        return switch (s.status()) {
            case MEMBER -> s.body() == Body.TREATY ? MEMBER_TREATY : MEMBER_ORGANIZATION;
            case OBSERVER -> OBSERVER;
            case SUSPENDED -> SUSPENDED;
            case FORMER -> FORMER;
            case NONE -> NONE;
        };
    }

    /** The words for one country's status on a date: "Member of the CSTO since 7 October 2002". */
    public static String describe(StatusAt s) {
        String text = of(s).phrase;
        if (s.since() != null) text += " since " + s.since().display();
        if (s.uncertain()) text += " (the exact day is not known)";
        return text;
    }
}

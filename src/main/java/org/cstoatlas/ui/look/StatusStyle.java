package org.cstoatlas.ui.look;

import javafx.css.PseudoClass;
import org.cstoatlas.record.Body;
import org.cstoatlas.record.time.StatusAt;

/**
 * The classes of the map's legend: a status, with members of the treaty and of the organization told
 * apart. Each has a CSS pseudo-class ({@code :member-organization}, ...) so that colours live in CSS.
 */
public enum StatusStyle {
    MEMBER_ORGANIZATION("memberOrganization"),
    MEMBER_TREATY("memberTreaty"),
    OBSERVER("observer"),
    SUSPENDED("suspended"),
    FORMER("former"),
    NONE("none");

    /** The texts' key: {@code legend.KEY} names the colour, {@code legend.KEY.tip} explains it, {@code status.KEY} is the phrase. */
    private final String key;
    private final PseudoClass pseudoClass;

    StatusStyle(String key) {
        this.key = key;
        this.pseudoClass = PseudoClass.getPseudoClass(name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    }

    /** The legend's name for the colour, e.g. "Member of the Organization (CSTO)". */
    /** The colour's short name, for the legend's compact strip. */
    public String shortLabel() {
        return Texts.get("legend.short." + key);
    }

    public String label() {
        return Texts.get("legend." + key);
    }

    /** What the colour means, for the legend's tooltip. */
    public String explanation() {
        return Texts.get("legend." + key + ".tip");
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
            // The CSTO has neither; until the redesign gives them legend entries, they read as observers.
            case ASSOCIATE, PARTNER -> OBSERVER;
            case SUSPENDED -> SUSPENDED;
            case FORMER -> FORMER;
            case NONE -> NONE;
        };
    }

    /** The words for one country's status on a date: "Member of the CSTO since 7 October 2002". */
    public static String describe(StatusAt s) {
        String text = Texts.get("status." + of(s).key);
        if (s.since() != null) text = Texts.format("status.since", text, Formats.date(s.since()));
        if (s.uncertain()) text = Texts.format("status.uncertain", text);
        return text;
    }
}

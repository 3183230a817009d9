package org.cstoatlas.ui.look;

import org.cstoatlas.words.Words;
import javafx.css.PseudoClass;
import org.cstoatlas.record.Alliance;
import org.cstoatlas.record.Body;
import org.cstoatlas.record.time.StatusAt;

/**
 * The classes of the map's legend: a status, with members of the treaty and of the organization told
 * apart. Each has a CSS pseudo-class ({@code :member-organization}, ...) so that colours live in CSS.
 */
public enum StatusStyle {
    MEMBER_ORGANIZATION("memberOrganization"),
    MEMBER_TREATY("memberTreaty"),
    ASSOCIATE("associate"),
    PARTICIPANT("participant"),
    OBSERVER("observer"),
    PARTNER("partner"),
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

    /** The colour's short name, for the legend's compact strip. */
    public String shortLabel() {
        return shortLabel(Texts.words());
    }

    public String shortLabel(org.cstoatlas.words.Words words) {
        return words.get("legend.short." + key);
    }

    /** The legend's name for the colour, e.g. "Member of the Organization (CSTO)". */
    public String label() {
        return label(Texts.words());
    }

    public String label(org.cstoatlas.words.Words words) {
        return words.get("legend." + key);
    }

    /** What the colour means, for the legend's tooltip. */
    public String explanation() {
        return explanation(Texts.words());
    }

    public String explanation(org.cstoatlas.words.Words words) {
        return words.get("legend." + key + ".tip");
    }

    public PseudoClass pseudoClass() {
        return pseudoClass;
    }

    /** The CSS name, e.g. "member-organization". */
    public String cssName() {
        return pseudoClass.getPseudoClassName();
    }

    /** The CSTO's class of a status (a view of the subject alone). */
    public static StatusStyle of(StatusAt s) {
        return of(s, null);
    }

    /**
     * The class of a status in an alliance: a member of a body below the alliance's highest (the
     * CSTO's 1992 treaty, below its organization) is told apart. A null alliance stands for the CSTO.
     */
    public static StatusStyle of(StatusAt s, Alliance a) {
        if (s == null) return NONE;
        return switch (s.status()) {
            // The lower body of an alliance with two (the CSTO's 1992 treaty) gets the lighter colour.
            case MEMBER -> lowerBody(s, a) ? MEMBER_TREATY : MEMBER_ORGANIZATION;
            case ASSOCIATE -> ASSOCIATE;
            case PARTICIPANT -> PARTICIPANT;
            case OBSERVER -> OBSERVER;
            case PARTNER -> PARTNER;
            case SUSPENDED -> SUSPENDED;
            case FORMER -> FORMER;
            case NONE -> NONE;
        };
    }

    /** The CSTO's organization's precedence, for a view that names no alliance (the bundled dataset's). */
    private static final int SUBJECT_TOP = 2;

    private static boolean lowerBody(StatusAt s, Alliance a) {
        Body b = s.body();
        if (b == null) return false;
        if (a != null) return b.precedence() < a.bodies().get(0).precedence();
        return b.alliance().equals(org.cstoatlas.state.AllianceChoice.SUBJECT) && b.precedence() < SUBJECT_TOP;
    }

    /** The legend's name for the colour in an alliance: the CSTO's own words, or "Member of NATO". */
    public String label(Alliance a) {
        return label(a, Texts.words());
    }

    /** The same in a language's words. */
    public String label(Alliance a, Words w) {
        return a == null || a.subject() ? w.get("legend." + key) : w.format("legend.of." + key, w.shortName(a));
    }

    /** What a period of the CSTO's record made its country, in these words: "Member of the CSTO", "Член ОДКБ". */
    public static StatusStyle ofPeriod(org.cstoatlas.record.StatusPeriod p) {
        return of(new StatusAt(p.country(), p.status(), p.body(), p.start(), false, p));
    }

    /** The phrase for a period's status (the CSTO's words), in a language's words. */
    public static String phrase(org.cstoatlas.record.StatusPeriod p, Words w) {
        return w.get("status." + ofPeriod(p).key);
    }

    /** The words for one country's status on a date: "Member of the CSTO since 7 October 2002". */
    public static String describe(StatusAt s) {
        return describe(s, null);
    }

    /** The same in an alliance: the CSTO's own words, or "Member of NATO since 4 April 2023". */
    public static String describe(StatusAt s, Alliance a) {
        return describe(s, a, Texts.words());
    }

    /** The same in a language's words. */
    public static String describe(StatusAt s, Alliance a, Words w) {
        String text = a == null || a.subject() ? w.get("status." + of(s).key) : w.format("legend.of." + of(s, a).key, w.shortName(a));
        if (s.since() != null) {
            // "about" goes before the preposition: «примерно с 22 февраля 2024», not «с около 22 февраля 2024».
            org.cstoatlas.record.FuzzyDate since = s.since();
            text = since.approximate()
                    ? w.format("status.sinceAbout", text, w.dateAfterPreposition(new org.cstoatlas.record.FuzzyDate(since.first(), since.precision(), false)))
                    : w.format("status.since", text, w.dateAfterPreposition(since));
        }
        if (s.uncertain()) text = w.format("status.uncertain", text);
        return text;
    }
}

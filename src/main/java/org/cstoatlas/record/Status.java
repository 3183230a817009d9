package org.cstoatlas.record;

/**
 * A country's standing towards an alliance on a date; each alliance has only some of these (its
 * {@link Alliance#statuses()}). {@code NONE}: no period covers the date.
 */
public enum Status implements Word {
    MEMBER("member"),
    /** A standing short of full membership: Turkmenistan in the CIS since 2005. */
    ASSOCIATE("associate member"),
    /**
     * A founding state that takes part without being a member: Ukraine in the CIS, which ratified the
     * Creation Agreement but never the Charter that defines membership.
     */
    PARTICIPANT("participating state"),
    OBSERVER("observer"),
    /** A formal partner short of observer status: the SCO's dialogue partners. */
    PARTNER("partner"),
    SUSPENDED("suspended"),
    FORMER("former member"),
    NONE("not a party");

    private final String label;

    Status(String label) {
        this.label = label;
    }

    /** A reader's words: "former member", "not a party". */
    public String label() {
        return label;
    }

    /** The statuses a dataset period may carry ({@code none} is what no period means). */
    public static Status ofPeriod(String id) {
        for (Status s : values()) {
            if (s != NONE && s.id().equals(id)) return s;
        }
        throw new IllegalArgumentException("'" + id + "' is not a status a period can have (member, associate, participant, observer, partner, suspended, former)");
    }
}

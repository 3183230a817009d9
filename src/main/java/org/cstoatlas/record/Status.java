package org.cstoatlas.record;

/** A country's standing towards the alliance on a date. {@code NONE}: no period covers the date. */
public enum Status implements Word {
    MEMBER("member"), OBSERVER("observer"), SUSPENDED("suspended"), FORMER("former member"), NONE("not a party");

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
        throw new IllegalArgumentException("'" + id + "' is not a status a period can have (member, observer, suspended, former)");
    }
}

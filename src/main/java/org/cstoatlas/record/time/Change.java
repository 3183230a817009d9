package org.cstoatlas.record.time;

import org.cstoatlas.record.Status;

/** A country's status on two dates, and what kind of change lies between them. */
public record Change(StatusAt before, StatusAt after) {

    public enum Kind { JOINED, LEFT, CHANGED, SAME }

    public Kind kind() {
        boolean was = before.status() == Status.MEMBER;
        boolean is = after.status() == Status.MEMBER;
        if (!was && is) return Kind.JOINED;
        if (was && !is) return Kind.LEFT;
        if (before.status() != after.status() || !java.util.Objects.equals(before.body(), after.body())) return Kind.CHANGED;
        return Kind.SAME;
    }
}

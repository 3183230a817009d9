package org.cstoatlas.record.time;

import org.cstoatlas.record.Status;

/** A country's status on two dates, and what kind of change lies between them. */
public record Change(StatusAt before, StatusAt after) {

    public enum Kind { JOINED, LEFT, CHANGED, SAME }

    /**
     * Joined: a member now, not one before (a suspended member taking part again has changed, not joined).
     * Left: a member before, out now (no standing, or a former member). A member whose participation is
     * frozen has not left: Armenia from 2010 to 2026 was listed as "left" beside Uzbekistan.
     */
    public Kind kind() {
        boolean was = before.status() == Status.MEMBER;
        boolean is = after.status() == Status.MEMBER;
        boolean out = after.status() == Status.NONE || after.status() == Status.FORMER;
        if (!was && is && before.status() != Status.SUSPENDED) return Kind.JOINED;
        if (was && out) return Kind.LEFT;
        if (before.status() != after.status() || !java.util.Objects.equals(before.body(), after.body())) return Kind.CHANGED;
        return Kind.SAME;
    }
}

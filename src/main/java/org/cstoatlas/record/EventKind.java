package org.cstoatlas.record;

/**
 * What an event is. {@code CONTEXT}: a happening outside the alliance that its record needs.
 * {@code SUSPENSION}: a member suspends or freezes its part in the alliance without leaving it.
 */
public enum EventKind implements Word {
    TREATY, ACCESSION, WITHDRAWAL, SUSPENSION, SUMMIT, APPEAL, OPERATION, FORCE, INSTITUTION, CONTEXT;

    public static EventKind of(String id) {
        return Word.parse(EventKind.class, id, "an event kind");
    }
}

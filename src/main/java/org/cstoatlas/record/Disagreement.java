package org.cstoatlas.record;

import java.util.List;

/**
 * A fact on which the evidence gives several versions. Every version keeps its evidence; {@code shown}
 * says what the atlas puts on the map and {@code why}.
 */
public record Disagreement(String id, String topic, Subject subject, List<Version> versions, String shown, String why) {

    /** What the disagreement is about: a kind of record entry and its id. */
    public record Subject(Kind kind, String id) {
    }

    public enum Kind implements Word {
        COUNTRY, PERIOD, EVENT, DEPLOYMENT, FORCE;

        public static Kind of(String id) {
            return Word.parse(Kind.class, id, "a subject kind");
        }
    }

    /** One version of the fact and what supports it. */
    public record Version(String says, List<Evidence> evidence) {
    }
}

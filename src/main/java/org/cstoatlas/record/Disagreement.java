package org.cstoatlas.record;

import java.util.List;

/**
 * A fact on which the evidence gives several versions. Every version keeps its evidence; {@code shown}
 * says what the atlas puts on the map and {@code why}. The Russian texts may be null.
 */
public record Disagreement(String id, String topic, Subject subject, List<Version> versions, String shown, String why,
                           String topicRu, String shownRu, String whyRu) implements java.io.Serializable {

    public String topic(Language language) {
        return language.pick(topic, topicRu);
    }

    public String shown(Language language) {
        return language.pick(shown, shownRu);
    }

    public String why(Language language) {
        return language.pick(why, whyRu);
    }

    /** What the disagreement is about: a kind of record entry and its id. */
    public record Subject(Kind kind, String id) implements java.io.Serializable {
    }

    public enum Kind implements Word {
        COUNTRY, PERIOD, EVENT, DEPLOYMENT, FORCE;

        public static Kind of(String id) {
            return Word.parse(Kind.class, id, "a subject kind");
        }
    }

    /**
     * One version of the fact and what supports it. A version of a period's disagreement may say when, by
     * its account, the period began ({@code start}) or ended ({@code end}); null where it does not say.
     */
    public record Version(String says, List<Evidence> evidence, String saysRu, FuzzyDate start, FuzzyDate end) implements java.io.Serializable {

        public Version(String says, List<Evidence> evidence, String saysRu) {
            this(says, evidence, saysRu, null, null);
        }

        /** True when the version puts a date on the period it is about. */
        public boolean dated() {
            return start != null || end != null;
        }

        public String says(Language language) {
            return language.pick(says, saysRu);
        }
    }
}

package org.cstoatlas.record;

/** How sure the editors are of a reference's facts. */
public enum Confidence implements Word {
    HIGH, MEDIUM, LOW;

    public static Confidence of(String id) {
        return Word.parse(Confidence.class, id, "a confidence");
    }
}

package org.cstoatlas.record;

import java.util.List;

/**
 * A dated event of the record; {@code place}, {@code response} and {@code note} may be null, and so may
 * the Russian texts ({@code titleRu}, {@code noteRu}): {@link #title(Language)} falls back to English.
 * {@code alliance} is the alliance whose story it belongs to (the subject's when the dataset names none).
 */
public record Event(String id, FuzzyDate date, EventKind kind, String title, List<Country> countries, Place place,
                    Response response, String note, List<Evidence> evidence, String titleRu, String noteRu, Alliance alliance) implements java.io.Serializable {

    public String title(Language language) {
        return language.pick(title, titleRu);
    }

    /** The editor's note in the language, or null when the event has none. */
    public String note(Language language) {
        return language.pick(note, noteRu);
    }
}

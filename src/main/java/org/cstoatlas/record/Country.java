package org.cstoatlas.record;

import java.time.LocalDate;
import java.util.List;

/**
 * A country by its ISO 3166-1 alpha-3 code (ISO 3166-3 for a state that no longer exists: SUN, DDR,
 * CSK, YUG, SCG), with its English and Russian names, and where its capital stands on the map (null
 * when the dataset does not say): arrows from the country start there.
 *
 * <p>A past state carries the day it ended (the first day it no longer existed), who succeeded it and
 * the evidence. Where the map draws it, {@code drawn} says as the union of which of today's shapes
 * and between which days; {@code within} names the shape that stands for its area too where no shape
 * of its own can be drawn. {@code disputed} is the day from which its own shape is drawn as disputed
 * (Kosovo, whose independence Serbia does not recognise), or null.
 */
public record Country(String iso, String name, String nameRu, Capital capital, FuzzyDate ended, List<String> successors,
        String within, List<Drawn> drawn, String note, String noteRu, List<Evidence> evidence, FuzzyDate disputed) implements java.io.Serializable {

    public Country {
        successors = successors == null ? List.of() : List.copyOf(successors);
        drawn = drawn == null ? List.of() : List.copyOf(drawn);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    public Country(String iso, String name, String nameRu, Capital capital) {
        this(iso, name, nameRu, capital, null, List.of(), null, List.of(), null, null, List.of(), null);
    }

    /** Whether its shape is drawn as disputed on the day (Kosovo from its declaration of 17 February 2008). */
    public boolean disputedOn(LocalDate day) {
        return disputed != null && !day.isBefore(disputed.first());
    }

    /** Its name in a language. */
    public String name(Language language) {
        return language == Language.RU ? nameRu : name;
    }

    /** A capital's name and map position (WGS 84 degrees). */
    public record Capital(String name, double lat, double lon) implements java.io.Serializable {
    }

    /**
     * A span of days on which the map draws the country as the union of today's shapes {@code parts}:
     * from {@code from} (null: from the record's first day) until the day before {@code until}.
     */
    public record Drawn(List<String> parts, FuzzyDate from, FuzzyDate until, List<Evidence> evidence) implements java.io.Serializable {

        public Drawn {
            parts = List.copyOf(parts);
            evidence = List.copyOf(evidence);
        }

        public boolean holds(LocalDate day) {
            return (from == null || !day.isBefore(from.first())) && day.isBefore(until.first());
        }
    }

    /** True for a state that no longer exists. */
    public boolean past() {
        return ended != null;
    }

    /** Whether the country existed on the day (a past state until its end; every other always). */
    public boolean existsOn(LocalDate day) {
        return ended == null || day.isBefore(ended.first());
    }

    /** Whether {@link #within} stands for this state's area on the day. */
    public boolean withinOn(LocalDate day) {
        return within != null && existsOn(day);
    }

    /** The country's note in a language, falling back to English. */
    public String note(Language language) {
        return language.pick(note, noteRu);
    }
}

package org.cstoatlas.record;

import java.time.LocalDate;
import java.util.List;

/**
 * An operation that sent troops to {@code target}, from {@code start} to {@code end}, the day the last
 * troops left (the deployment counts as present on that day).
 */
public record Deployment(String id, String name, Country target, FuzzyDate start, FuzzyDate end, List<Place> places,
                         List<Phase> phases, List<Contingent> contingents, List<Total> totals, List<Evidence> evidence,
                         String nameRu) implements java.io.Serializable {

    public boolean activeOn(LocalDate day) {
        return !day.isBefore(start.first()) && !day.isAfter(end.last());
    }

    public String name(Language language) {
        return language.pick(name, nameRu);
    }

    /** A dated step of the operation: request, decision, deployment, withdrawal. */
    public record Phase(FuzzyDate date, String label, List<Evidence> evidence, String labelRu) implements java.io.Serializable {

        public String label(Language language) {
            return language.pick(label, labelRu);
        }
    }

    /** One country's part; {@code size} is null when no evidence gives it. */
    /** A country's contingent; {@code unitsRu} names the same units in Russian, one for one, or is empty. */
    public record Contingent(Country country, Size size, List<String> units, List<Evidence> evidence, List<String> unitsRu) implements java.io.Serializable {

        public Contingent(Country country, Size size, List<String> units, List<Evidence> evidence) {
            this(country, size, units, evidence, List.of());
        }

        /** The units in a language: the Russian names where the dataset gives them, else the English. */
        public List<String> units(Language language) {
            return language == Language.RU && !unitsRu.isEmpty() ? unitsRu : units;
        }
    }

    /** A figure for the whole operation, e.g. "planned" or "reported". */
    public record Total(String label, Size size, List<Evidence> evidence, String labelRu) implements java.io.Serializable {

        public String label(Language language) {
            return language.pick(label, labelRu);
        }
    }
}

package org.cstoatlas.record;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * A military base or facility that {@code operator} keeps in another country, at {@code place}. It is on
 * the map from {@code opened} (or, when the record does not know when it opened, from its first
 * attestation) until {@code closed} (null: still there). Each attestation is a date on which a source
 * says the facility was there, with the head count it gives, if any: the record claims no more than that.
 */
public record Base(String id, String name, String shortName, BaseKind kind, Country operator, Place place,
                   FuzzyDate opened, FuzzyDate closed, List<Attestation> attested, String note, List<Evidence> evidence,
                   String nameRu, String shortNameRu, String noteRu) implements java.io.Serializable {

    /** A date on which a source places the facility, with the size it gives (null when none). */
    public record Attestation(FuzzyDate date, Size size, String note, List<Evidence> evidence, String noteRu) implements java.io.Serializable {

        public String note(Language language) {
            return language.pick(note, noteRu);
        }
    }

    /** The first day the record has the facility: its opening, or its earliest attestation. */
    public FuzzyDate from() {
        if (opened != null) return opened;
        return attested.stream().map(Attestation::date).min(Comparator.naturalOrder()).orElseThrow();
    }

    public boolean activeOn(LocalDate day) {
        return !day.isBefore(from().first()) && (closed == null || day.isBefore(closed.first()));
    }

    /**
     * The head count of the latest attestation on or before the day that gives one; null when none does
     * yet (a size is never carried back before a source gives it).
     */
    public Size sizeOn(LocalDate day) {
        Attestation sized = sizedOn(day);
        return sized == null ? null : sized.size();
    }

    /** The attestation whose head count {@link #sizeOn(LocalDate)} gives on the day; null when none gives one yet. */
    public Attestation sizedOn(LocalDate day) {
        Attestation best = null;
        for (Attestation a : attested) {
            if (a.size() == null || a.date().first().isAfter(day)) continue;
            if (best == null || a.date().compareTo(best.date()) > 0) best = a;
        }
        return best;
    }

    /** The country the facility stands in. */
    public Country host() {
        return place.country();
    }

    public String name(Language language) {
        return language.pick(name, nameRu);
    }

    public String shortName(Language language) {
        return language.pick(shortName, shortNameRu);
    }

    public String note(Language language) {
        return language.pick(note, noteRu);
    }
}

package org.cstoatlas.record;

import java.time.LocalDate;
import java.util.List;

/**
 * A standing force or stationed troops, active from {@code created} until {@code ended} (null: still).
 * {@code shortName} is its name on the map's symbol (the full name when the dataset gives none). The
 * Russian texts may be null; the accessors taking a {@link Language} fall back to English.
 */
public record Force(String id, String name, String shortName, ForceKind kind, FuzzyDate created, FuzzyDate ended, Place base,
                    List<Country> countries, Size size, String note, List<Evidence> evidence,
                    String nameRu, String shortNameRu, String noteRu) implements java.io.Serializable {

    public boolean activeOn(LocalDate day) {
        return !day.isBefore(created.first()) && (ended == null || day.isBefore(ended.first()));
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

package org.cstoatlas.record;

import java.time.LocalDate;
import java.util.List;

/**
 * A named joint exercise of the alliance's forces, held at {@code place} from {@code start} to
 * {@code end} (both days included). {@code size} is the head count the evidence gives, or null;
 * {@code participants} are the countries whose contingents took part, as far as the evidence names them.
 */
public record Exercise(String id, String name, FuzzyDate start, FuzzyDate end, Place place, List<Country> participants,
                       Size size, String note, List<Evidence> evidence, String nameRu, String noteRu) implements java.io.Serializable {

    public boolean activeOn(LocalDate day) {
        return !day.isBefore(start.first()) && !day.isAfter(end.last());
    }

    /** The country the exercise was held in. */
    public Country host() {
        return place.country();
    }

    public String name(Language language) {
        return language.pick(name, nameRu);
    }

    /**
     * The name as short as a map symbol needs: without what its parenthesis adds ("Combat Brotherhood
     * 2021", not the three drills it joined).
     */
    public String shortName(Language language) {
        String full = name(language);
        int cut = full.indexOf(" (");
        return cut > 0 ? full.substring(0, cut) : full;
    }

    public String note(Language language) {
        return language.pick(note, noteRu);
    }
}

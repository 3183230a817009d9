package org.cstoatlas.record;

import java.time.LocalDate;
import java.util.List;

/**
 * A country's status in one body (so in one alliance) from {@code start} until {@code end}, the first day it no longer held
 * ({@code null}: it still holds). A boundary known to the month or year takes effect on its first day.
 */
public record StatusPeriod(String id, Country country, Body body, Status status, FuzzyDate start, FuzzyDate end,
                           String note, List<Evidence> evidence, String noteRu) implements java.io.Serializable {

    /** The id of the alliance whose body this is ("csto"). */
    public String alliance() {
        return body.alliance();
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(start.first()) && (end == null || day.isBefore(end.first()));
    }

    public String note(Language language) {
        return language.pick(note, noteRu);
    }
}

package org.cstoatlas.record;

import java.util.List;

/**
 * A dated event of the record; {@code place}, {@code response} and {@code note} may be null.
 * {@code alliance} is the alliance whose story it belongs to (the subject's when the dataset names none).
 */
public record Event(String id, FuzzyDate date, EventKind kind, String title, List<Country> countries, Place place,
                    Response response, String note, List<Evidence> evidence, Alliance alliance) {
}

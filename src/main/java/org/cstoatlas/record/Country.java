package org.cstoatlas.record;

/**
 * A country by its ISO 3166-1 alpha-3 code, with its English and Russian names, and where its capital
 * stands on the map (null when the dataset does not say): arrows from the country start there.
 */
public record Country(String iso, String name, String nameRu, Capital capital) {

    /** Its name in a language. */
    public String name(Language language) {
        return language == Language.RU ? nameRu : name;
    }

    /** A capital's name and map position (WGS 84 degrees). */
    public record Capital(String name, double lat, double lon) {
    }
}

package org.cstoatlas.record;

/**
 * A named place with its map position (WGS 84 degrees), and its name in Russian where the dataset
 * gives it ({@code nameRu}, optional).
 */
public record Place(String name, Country country, double lat, double lon, String nameRu) implements java.io.Serializable {

    public Place(String name, Country country, double lat, double lon) {
        this(name, country, lat, lon, null);
    }

    /** The name in a language: the Russian one where the dataset gives it, else the English. */
    public String name(Language language) {
        return language == Language.RU && nameRu != null ? nameRu : name;
    }
}

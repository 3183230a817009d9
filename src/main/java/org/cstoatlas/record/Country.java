package org.cstoatlas.record;

/** A country by its ISO 3166-1 alpha-3 code, with its English and Russian names. */
public record Country(String iso, String name, String nameRu) {
}

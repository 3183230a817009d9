package org.cstoatlas.record;

/** A named place with its map position (WGS 84 degrees). */
public record Place(String name, Country country, double lat, double lon) {
}

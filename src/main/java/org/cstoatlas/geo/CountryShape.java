package org.cstoatlas.geo;

import java.util.List;

/**
 * One feature of the country polygons: its ISO code, its name and its rings, each ring a flat array
 * {@code lon0, lat0, lon1, lat1, ...} in degrees. Exteriors and holes come together; they are filled
 * with the even-odd rule. Several features may share a code (Crimea is its own feature coded UKR).
 */
public record CountryShape(String iso, String name, List<double[]> rings, double minLon, double minLat, double maxLon, double maxLat) {
}

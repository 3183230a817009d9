package org.cstoatlas.geo;

/**
 * The colours of the basemap tiles, each an opaque or translucent {@code 0xAARRGGBB} int so that both the
 * Java2D renderer and the JavaFX side can use them. The palette is deliberately quiet: the status fills
 * of the vector layer are drawn on top of it and must stand out.
 *
 * @param name      a short name ("light", "dark")
 * @param sea       the sea, opaque
 * @param land      every country's fill, opaque
 * @param border    the land borders between countries
 * @param coast     the coastlines (land against sea)
 * @param graticule the 10° grid, usually translucent; drawn over the sea only, under the land
 */
public record BasemapStyle(String name, int sea, int land, int border, int coast, int graticule) {

    /** Print-friendly: soft blue-grey sea, light warm grey land, mid grey borders. */
    public static final BasemapStyle LIGHT = new BasemapStyle("light",
            0xFFD6E2EA, 0xFFF1EFE9, 0xFFA9A59C, 0xFF8E9AA3, 0x2E5E7A8C);

    /** For a dark window: slate sea, dark grey land, borders a step lighter than the land. */
    public static final BasemapStyle DARK = new BasemapStyle("dark",
            0xFF1D2630, 0xFF2E343B, 0xFF5B636C, 0xFF64707C, 0x26A0B4C8);

    public BasemapStyle {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("a basemap style needs a name");
        if ((sea >>> 24) != 0xFF || (land >>> 24) != 0xFF) {
            throw new IllegalArgumentException("the sea and land colours must be opaque");
        }
    }

    /** {@link #LIGHT} or {@link #DARK} by name, ignoring case. */
    public static BasemapStyle named(String name) {
        if (LIGHT.name.equalsIgnoreCase(name)) return LIGHT;
        if (DARK.name.equalsIgnoreCase(name)) return DARK;
        throw new IllegalArgumentException("unknown basemap style: " + name + " (light or dark)");
    }
}

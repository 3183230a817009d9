package org.cstoatlas;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.cstoatlas.files.AtomicWrite;
import org.cstoatlas.geo.BasemapStyle;
import org.cstoatlas.geo.TileRenderer;

/**
 * The basemap's tiles as far in as every first map goes (zoom 0 to {@link #MAX_ZOOM}, each style), drawn
 * once by the build (Maven's process-classes phase, like {@link BundledCheck}) with the very renderer
 * the atlas uses, and shipped as lossless PNGs: the land and seas never change, so the first map reads
 * its tiles instead of drawing them while the window is being built. Tiles further in, or missing (the
 * classes compiled without the build's phase), are drawn as before. Never committed, so never stale; a
 * test holds each to the renderer's pixels.
 */
public final class BundledTiles {

    /** The deepest zoom drawn at build time: every window size's first map asks for tiles of zoom 2 or 3. */
    public static final int MAX_ZOOM = TileRenderer.COARSE_MAX_ZOOM;

    private static final String ROOT = "/tiles/";

    private BundledTiles() {
    }

    /**
     * The tile's PNG as the build wrote it, or null where it did not (a zoom further in, a row outside the
     * world, a build without its tiles). The column wraps round the world, as the renderer's does.
     */
    public static InputStream open(int zoom, long x, long y, BasemapStyle style) {
        if (zoom < 0 || zoom > MAX_ZOOM || !(style.equals(BasemapStyle.LIGHT) || style.equals(BasemapStyle.DARK))) return null;
        long n = 1L << zoom;
        if (y < 0 || y >= n) return null;
        return BundledTiles.class.getResourceAsStream(ROOT + path(zoom, Math.floorMod(x, n), y, style));
    }

    /** Whether the build drew the tiles (not where the classes were compiled without its phase). */
    public static boolean drawn() {
        return BundledTiles.class.getResource(ROOT + path(0, 0, 0, BasemapStyle.LIGHT)) != null;
    }

    /** Where a tile lies under the tiles' folder: style/zoom/x/y.png. */
    static String path(int zoom, long x, long y, BasemapStyle style) {
        return style.name() + "/" + zoom + "/" + x + "/" + y + ".png";
    }

    /** @param args the folder to write into (the build's classes folder, tiles) */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) throw new IllegalArgumentException("usage: BundledTiles OUTPUT_FOLDER");
        Path out = Path.of(args[0]);
        TileRenderer renderer = Bundled.basemap();
        for (BasemapStyle style : new BasemapStyle[] {BasemapStyle.LIGHT, BasemapStyle.DARK}) {
            for (int zoom = 0; zoom <= MAX_ZOOM; zoom++) {
                for (long x = 0; x < 1L << zoom; x++) {
                    for (long y = 0; y < 1L << zoom; y++) write(renderer.renderImage(zoom, x, y, style), out.resolve(path(zoom, x, y, style)));
                }
            }
        }
    }

    private static void write(BufferedImage drawn, Path file) throws IOException {
        // The renderer's pixels are opaque: written without alpha, and read back as the same colours.
        BufferedImage rgb = new BufferedImage(drawn.getWidth(), drawn.getHeight(), BufferedImage.TYPE_INT_RGB);
        int w = drawn.getWidth(), h = drawn.getHeight();
        rgb.setRGB(0, 0, w, h, drawn.getRGB(0, 0, w, h, null, 0, w), 0, w);
        Files.createDirectories(file.getParent());
        AtomicWrite.bytes(file, out -> {
            if (!ImageIO.write(rgb, "png", out)) throw new IOException("no PNG writer");
        });
    }
}

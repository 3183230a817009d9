package org.cstoatlas;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.cstoatlas.geo.BasemapStyle;
import org.cstoatlas.geo.TileRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tiles the build drew are the renderer's, pixel for pixel, for every zoom of a first map and each style. */
class BundledTilesTest {

    static final TileRenderer RENDERER = Bundled.basemap();

    static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    @Test
    void everyTileTheBuildDrewIsTheRenderersOwn() throws IOException {
        assertTrue(BundledTiles.drawn(), "the build's process-classes phase draws the tiles");
        int tiles = 0;
        for (BasemapStyle style : new BasemapStyle[] {BasemapStyle.LIGHT, BasemapStyle.DARK}) {
            for (int zoom = 0; zoom <= BundledTiles.MAX_ZOOM; zoom++) {
                for (long x = 0; x < 1L << zoom; x++) {
                    for (long y = 0; y < 1L << zoom; y++) {
                        try (InputStream png = BundledTiles.open(zoom, x, y, style)) {
                            assertNotNull(png, style.name() + " " + zoom + "/" + x + "/" + y);
                            String where = style.name() + " " + zoom + "/" + x + "/" + y;
                            assertArrayEquals(pixels(RENDERER.renderImage(zoom, x, y, style)), pixels(ImageIO.read(png)), where);
                            tiles++;
                        }
                    }
                }
            }
        }
        // Each style: 1 + 4 + 16 + 64 tiles for zooms 0 to 3.
        assertEquals(2 * (1 + 4 + 16 + 64), tiles);
    }

    @Test
    void aColumnPastTheWorldsEdgeIsTheTileItWrapsTo() throws IOException {
        try (InputStream east = BundledTiles.open(2, 5, 1, BasemapStyle.LIGHT); InputStream same = BundledTiles.open(2, 1, 1, BasemapStyle.LIGHT)) {
            assertArrayEquals(same.readAllBytes(), east.readAllBytes());
        }
    }

    @Test
    void nothingIsBundledPastTheFirstMapsZoomsOrOutsideTheWorld() {
        assertNull(BundledTiles.open(BundledTiles.MAX_ZOOM + 1, 0, 0, BasemapStyle.LIGHT));
        assertNull(BundledTiles.open(-1, 0, 0, BasemapStyle.LIGHT));
        assertNull(BundledTiles.open(2, 0, 4, BasemapStyle.LIGHT));
        assertNull(BundledTiles.open(2, 0, -1, BasemapStyle.DARK));
        // A style of another palette under the same name is drawn, not read.
        assertNull(BundledTiles.open(2, 1, 1, new BasemapStyle("light", 0xFF000000, 0xFFFFFFFF, 0xFF808080, 0xFF808080, 0x20000000)));
    }

    @Test
    void theBuildsStepWritesEveryTileAsAPngAndNothingElse(@TempDir Path out) throws IOException {
        BundledTiles.main(new String[] {out.toString()});
        try (var files = Files.walk(out)) {
            var written = files.filter(Files::isRegularFile).toList();
            assertEquals(2 * (1 + 4 + 16 + 64), written.size());
            assertTrue(written.stream().allMatch(f -> f.getFileName().toString().endsWith(".png")), "no part files left");
        }
        BufferedImage kazakhstan = ImageIO.read(out.resolve("light/3/5/2.png").toFile());
        assertArrayEquals(pixels(RENDERER.renderImage(3, 5, 2, BasemapStyle.LIGHT)), pixels(kazakhstan));
    }
}

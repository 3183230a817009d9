package org.cstoatlas.geo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.cstoatlas.Bundled;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Real pixels of real tiles, drawn from the bundled polygons. */
class TileRendererTest {

    static final BasemapStyle LIGHT = BasemapStyle.LIGHT;
    static Path coarse;
    static Path fine;
    static TileRenderer renderer;

    @BeforeAll
    static void load() {
        coarse = Bundled.countries("110m");
        fine = Bundled.countries("50m");
        renderer = new TileRenderer(coarse, fine);
    }

    /** The pixel of a place on the tile of a zoom level that holds it. */
    static int pixelAt(TileRenderer r, BasemapStyle style, int zoom, double lat, double lon) {
        double scale = Math.scalb(1.0, zoom);
        double wx = WebMercator.x(lon) * scale, wy = WebMercator.y(lat) * scale;
        long tx = (long) Math.floor(wx / 256), ty = (long) Math.floor(wy / 256);
        int px = (int) Math.floor(wx - tx * 256), py = (int) Math.floor(wy - ty * 256);
        return r.render(zoom, tx, ty, style)[py * 256 + px];
    }

    static String hex(int argb) {
        return String.format("#%08X", argb);
    }

    @Test
    void aTileIs256By256OpaquePixels() {
        int[] pixels = renderer.render(2, 2, 1, LIGHT);
        assertEquals(256 * 256, pixels.length);
        assertTrue(Arrays.stream(pixels).allMatch(p -> (p >>> 24) == 0xFF), "every pixel opaque");
    }

    @Test
    void theWorldTileHasSeaInTheOceansAndLandInCentralAsia() {
        assertEquals(hex(LIGHT.sea()), hex(pixelAt(renderer, LIGHT, 0, 15, -140)), "mid-Pacific");
        assertEquals(hex(LIGHT.sea()), hex(pixelAt(renderer, LIGHT, 0, 20, -40)), "mid-Atlantic");
        assertEquals(hex(LIGHT.land()), hex(pixelAt(renderer, LIGHT, 0, 48, 68)), "central Kazakhstan");
        assertEquals(hex(LIGHT.land()), hex(pixelAt(renderer, LIGHT, 0, 62, 100)), "Siberia");
    }

    @Test
    void theDarkStyleUsesItsOwnColours() {
        BasemapStyle dark = BasemapStyle.DARK;
        assertEquals(hex(dark.sea()), hex(pixelAt(renderer, dark, 0, 15, -140)));
        assertEquals(hex(dark.land()), hex(pixelAt(renderer, dark, 0, 48, 68)));
    }

    @Test
    void closerInKazakhstanIsStillLandAndTheCaspianStillSea() {
        assertEquals(hex(LIGHT.land()), hex(pixelAt(renderer, LIGHT, 5, 48, 68)), "central Kazakhstan at zoom 5");
        assertEquals(hex(LIGHT.land()), hex(pixelAt(renderer, LIGHT, 7, 51.17, 71.45)), "Astana at zoom 7");
        assertEquals(hex(LIGHT.sea()), hex(pixelAt(renderer, LIGHT, 5, 42, 51)), "the middle of the Caspian Sea");
    }

    @Test
    void zoomFourAndAboveUseThe50mPolygonsAndBelowThe110m() {
        TileRenderer coarseOnly = new TileRenderer(coarse, coarse);
        // Zoom 3 and zoom 5 tiles over Kazakhstan and the Caspian.
        assertArrayEquals(coarseOnly.render(3, 5, 2, LIGHT), renderer.render(3, 5, 2, LIGHT), "zoom 3 is drawn from 110m");
        assertFalse(Arrays.equals(coarseOnly.render(5, 20, 11, LIGHT), renderer.render(5, 20, 11, LIGHT)), "zoom 5 is drawn from 50m");
    }

    @Test
    void theFinePolygonsAreOnlyReadWhenAZoomNeedsThem() {
        TileRenderer noFine = new TileRenderer(coarse, coarse.resolveSibling("no-such-file.geojson"));
        noFine.render(3, 5, 2, LIGHT);
        assertThrows(UncheckedIOException.class, () -> noFine.render(4, 11, 5, LIGHT));
    }

    @Test
    void theFineTileHasMoreCoastAndBorderDetail() {
        TileRenderer coarseOnly = new TileRenderer(coarse, coarse);
        // The Caspian's Kazakh shore and the Kazakh-Uzbek border at zoom 5.
        long fineLines = lineLikePixels(renderer.render(5, 20, 11, LIGHT));
        long coarseLines = lineLikePixels(coarseOnly.render(5, 20, 11, LIGHT));
        assertTrue(fineLines > coarseLines, "50m " + fineLines + " line pixels, 110m " + coarseLines);
    }

    /** Pixels that are neither plain sea nor plain land: lines and their antialiased edges. */
    static long lineLikePixels(int[] pixels) {
        return Arrays.stream(pixels).filter(p -> p != LIGHT.sea() && p != LIGHT.land()).count();
    }

    @Test
    void tilesNorthAndSouthOfTheWorldAreAllSea() {
        for (long y : new long[] {-1, 4, 1000}) {
            int[] pixels = renderer.render(2, 1, y, LIGHT);
            assertTrue(Arrays.stream(pixels).allMatch(p -> p == LIGHT.sea()), "y " + y);
        }
    }

    @Test
    void tileXWrapsAroundTheWorld() {
        assertArrayEquals(renderer.render(2, 3, 1, LIGHT), renderer.render(2, -1, 1, LIGHT));
        assertArrayEquals(renderer.render(2, 0, 1, LIGHT), renderer.render(2, 4, 1, LIGHT));
        assertArrayEquals(renderer.render(5, 22, 11, LIGHT), renderer.render(5, 22 + 32 * 3, 11, LIGHT));
    }

    @Test
    void noLineIsStrokedAlongTheAntimeridian() {
        // Chukotka is cut at ±180°: its land must reach both edges of the world plain, without a stroke.
        for (int zoom : new int[] {3, 5}) {
            long last = (1L << zoom) - 1;
            long ty = (long) Math.floor(WebMercator.y(67) * Math.scalb(1.0, zoom) / 256);
            for (long y = ty - 1; y <= ty + 1; y++) {
                int[] east = renderer.render(zoom, last, y, LIGHT);
                int[] west = renderer.render(zoom, 0, y, LIGHT);
                int landRows = 0;
                // Rows inland (plain land in a box next to the edge: a coast reaching the edge leaves its
                // antialiased end there): the edge pixel itself must be plain land.
                for (int row = 3; row < 253; row++) {
                    if (inland(east, row, 250)) {
                        landRows++;
                        assertEquals(hex(LIGHT.land()), hex(east[row * 256 + 255]), "zoom " + zoom + " tile y " + y + " row " + row + " east edge");
                    }
                    if (inland(west, row, 1)) {
                        landRows++;
                        assertEquals(hex(LIGHT.land()), hex(west[row * 256]), "zoom " + zoom + " tile y " + y + " row " + row + " west edge");
                    }
                }
                if (y == ty) assertTrue(landRows > 10, "Chukotka reaches the antimeridian at zoom " + zoom);
            }
        }
    }

    /** Whether rows row-3..row+3, columns from..from+4 are all plain land. */
    static boolean inland(int[] pixels, int row, int from) {
        for (int r = row - 3; r <= row + 3; r++) {
            for (int c = from; c < from + 5; c++) {
                if (pixels[r * 256 + c] != LIGHT.land()) return false;
            }
        }
        return true;
    }

    @Test
    void noLineIsStrokedAlongTheSouthernEdgeOfTheWorld() {
        // Antarctica is closed along -90°, beyond the projection's cut-off: its bottom row is plain land.
        int[] world = renderer.render(0, 0, 0, LIGHT);
        for (int x = 0; x < 256; x++) {
            if (world[254 * 256 + x] == LIGHT.land()) assertEquals(hex(LIGHT.land()), hex(world[255 * 256 + x]), "column " + x);
        }
    }

    @Test
    void zoomBeyondTheRangeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> renderer.render(-1, 0, 0, LIGHT));
        assertThrows(IllegalArgumentException.class, () -> renderer.render(TileRenderer.MAX_ZOOM + 1, 0, 0, LIGHT));
    }

    @Test
    void severalThreadsDrawTheSameTiles() throws Exception {
        TileRenderer fresh = new TileRenderer(coarse, fine);
        int[] expected = renderer.render(4, 11, 5, LIGHT);
        Thread[] threads = new Thread[4];
        int[][] results = new int[threads.length][];
        for (int i = 0; i < threads.length; i++) {
            int n = i;
            threads[i] = new Thread(() -> results[n] = fresh.render(4, 11, 5, LIGHT));
            threads[i].start();
        }
        for (Thread t : threads) t.join();
        for (int[] r : results) assertArrayEquals(expected, r);
    }
}

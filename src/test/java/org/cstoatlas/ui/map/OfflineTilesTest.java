package org.cstoatlas.ui.map;

import org.junit.jupiter.api.extension.ExtendWith;
import org.cstoatlas.CleanToolkit;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gluonhq.maps.tile.TileRetriever;
import com.gluonhq.maps.tile.TileRetrieverProvider;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.image.Image;
import org.cstoatlas.geo.BasemapStyle;
import org.cstoatlas.geo.WebMercator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Under the headless Monocle toolkit that the build configures. */
@Tag("toolkit")
@ExtendWith(CleanToolkit.class)
class OfflineTilesTest {

    final OfflineTiles tiles = new OfflineTiles();

    @AfterEach
    void backToLight() {
        OfflineTiles.setStyle(BasemapStyle.LIGHT);
    }

    static Image await(CompletableFuture<Image> future) throws Exception {
        Image image = future.get(30, TimeUnit.SECONDS);
        assertFalse(future.isCompletedExceptionally());
        return image;
    }

    static int argbAt(Image image, int x, int y) {
        return image.getPixelReader().getArgb(x, y);
    }

    @Test
    void gluonMapsLoadsTheOfflineTilesInsteadOfOpenStreetMap() {
        assertInstanceOf(OfflineTiles.class, ServiceLoader.load(TileRetriever.class).findFirst().orElseThrow());
        assertInstanceOf(OfflineTiles.class, TileRetrieverProvider.getInstance().load());
    }

    @Test
    void aTileIsA256PixelImageOfTheBasemap() throws Exception {
        CompletableFuture<Image> future = tiles.loadTile(3, 5, 2);
        Image image = await(future);
        assertNotNull(image);
        assertEquals(256, image.getWidth());
        assertEquals(256, image.getHeight());
        // Central Kazakhstan (48° N, 68° E) lies on tile 3/5/2.
        int x = (int) (WebMercator.x(68) * 8 - 5 * 256), y = (int) (WebMercator.y(48) * 8 - 2 * 256);
        assertEquals(BasemapStyle.LIGHT.land(), argbAt(image, x, y));
    }

    @Test
    void aTileOfTheFirstMapShowsExactlyWhatTheRendererDraws() throws Exception {
        // Zoom 3 is read from the tiles the build drew, zoom 4 drawn here: both are the renderer's pixels.
        var renderer = org.cstoatlas.Bundled.basemap();
        for (BasemapStyle style : new BasemapStyle[] {BasemapStyle.LIGHT, BasemapStyle.DARK}) {
            OfflineTiles.setStyle(style);
            for (int[] t : new int[][] {{3, 5, 2}, {4, 11, 5}}) {
                Image shown = await(tiles.loadTile(t[0], t[1], t[2]));
                int[] drawn = renderer.render(t[0], t[1], t[2], style);
                int[] seen = new int[256 * 256];
                shown.getPixelReader().getPixels(0, 0, 256, 256, javafx.scene.image.PixelFormat.getIntArgbInstance(), seen, 0, 256);
                org.junit.jupiter.api.Assertions.assertArrayEquals(drawn, seen, style.name() + " " + t[0] + "/" + t[1] + "/" + t[2]);
            }
        }
    }

    @Test
    void theSameTileASecondTimeComesFromTheCache() throws Exception {
        Image first = await(tiles.loadTile(4, 11, 5));
        CompletableFuture<Image> again = tiles.loadTile(4, 11, 5);
        assertTrue(again.isDone(), "a cached tile is an already completed future");
        assertSame(first, again.getNow(null));
        assertTrue(OfflineTiles.cachedTiles() >= 1);
    }

    @Test
    void aTileIsHandedOverOnTheJavaFxThread() throws Exception {
        // Asked for on the JavaFX thread, as Gluon Maps does, the future cannot complete before the
        // dependant is attached: the completion itself waits for the JavaFX thread.
        AtomicReference<CompletableFuture<Boolean>> onFxThread = new AtomicReference<>();
        CompletableFuture<Void> asked = new CompletableFuture<>();
        Platform.runLater(() -> {
            onFxThread.set(tiles.loadTile(6, 44, 22).thenApply(image -> Platform.isFxApplicationThread()));
            asked.complete(null);
        });
        asked.get(30, TimeUnit.SECONDS);
        assertTrue(onFxThread.get().get(30, TimeUnit.SECONDS));
    }

    /**
     * A tile the build drew, asked for where the map lays out (the JavaFX thread), is there at once: the
     * first layout has its basemap, and the first map does not wait for a second pulse.
     */
    @Test
    void aTileTheBuildDrewIsThereAtOnceWhenTheMapLaysOut() throws Exception {
        OfflineTiles.clearCache();
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            CompletableFuture<Image> zoom3 = tiles.loadTile(3, 4, 2);
            done.complete(zoom3.isDone() && zoom3.getNow(null) != null && zoom3.getNow(null).getWidth() == 256);
        });
        assertTrue(done.get(30, TimeUnit.SECONDS), "tile 3/4/2 is in when asked");
        // One the build did not draw is drawn on a worker, as before.
        CompletableFuture<Boolean> later = new CompletableFuture<>();
        Platform.runLater(() -> later.complete(tiles.loadTile(7, 90, 40).isDone()));
        assertFalse(later.get(30, TimeUnit.SECONDS), "tile 7/90/40 is drawn on a worker");
    }

    @Test
    void anAbsurdRequestStillCompletesNormallyWithPlainSea() throws Exception {
        for (int zoom : new int[] {40, -3}) {
            CompletableFuture<Image> future = tiles.loadTile(zoom, 123, 456);
            Image image = await(future);
            assertNotNull(image, "zoom " + zoom);
            assertEquals(256, image.getWidth());
            for (int[] p : new int[][] {{0, 0}, {128, 128}, {255, 255}}) {
                assertEquals(BasemapStyle.LIGHT.sea(), argbAt(image, p[0], p[1]), "zoom " + zoom);
            }
        }
    }

    @Test
    void thePlaceholderIsPlainSeaOfTheCurrentStyle() {
        Image light = OfflineTiles.placeholder();
        assertEquals(256, light.getWidth());
        assertEquals(BasemapStyle.LIGHT.sea(), argbAt(light, 17, 201));
        assertSame(light, OfflineTiles.placeholder());
        OfflineTiles.setStyle(BasemapStyle.DARK);
        assertEquals(BasemapStyle.DARK.sea(), argbAt(OfflineTiles.placeholder(), 17, 201));
    }

    @Test
    void switchingTheStyleDropsTheCachedTiles() throws Exception {
        Image light = await(tiles.loadTile(2, 1, 1));
        OfflineTiles.setStyle(BasemapStyle.DARK);
        assertEquals(BasemapStyle.DARK, OfflineTiles.style());
        Image dark = await(tiles.loadTile(2, 1, 1));
        assertNotSame(light, dark);
        // The open Atlantic (16° N, 35° W) lies on tile 2/1/1.
        int x = (int) (WebMercator.x(-35) * 4 - 256), y = (int) (WebMercator.y(16) * 4 - 256);
        assertEquals(BasemapStyle.LIGHT.sea(), argbAt(light, x, y));
        assertEquals(BasemapStyle.DARK.sea(), argbAt(dark, x, y));
    }
}

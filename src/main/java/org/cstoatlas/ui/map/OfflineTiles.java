package org.cstoatlas.ui.map;

import com.gluonhq.maps.tile.TileRetriever;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.cstoatlas.Bundled;
import org.cstoatlas.BundledTiles;
import org.cstoatlas.geo.BasemapStyle;
import org.cstoatlas.geo.TileRenderer;

/**
 * Gluon Maps' tile source for the atlas: the basemap drawn from the bundled country polygons by
 * {@link TileRenderer}, by the build for the zooms of every first map ({@link BundledTiles}) and on this
 * machine for the rest. Nothing goes to the network and no cache folder is created.
 *
 * <p>Gluon Maps finds it through {@code META-INF/services/com.gluonhq.maps.tile.TileRetriever} and loads
 * it once per JVM (in the static initialiser of its tile view), so the state that can change, the style
 * and the cache, is static here and {@link #setStyle} switches it for every map.
 *
 * <p>Tiles are drawn on two daemon threads and handed over on the JavaFX thread, because Gluon Maps sets
 * the image in the tile view from whichever thread completes the future; a tile the build drew is read
 * on the JavaFX thread when asked there. A tile already drawn comes back
 * as an already completed future holding the same {@link Image}. The returned future never fails: Gluon
 * calls {@code getNow()} on a completed future during layout, and an exception there escapes
 * {@code Application.start}; on any error the tile is plain sea, and the first error is logged.
 */
public final class OfflineTiles implements TileRetriever {

    /** How many tiles the memory cache keeps (each 256 × 256 × 4 bytes, so about 64 MB at most). */
    public static final int CACHE_TILES = 256;

    private static final Logger LOG = Logger.getLogger(OfflineTiles.class.getName());
    private static final int SIZE = TileRenderer.SIZE;

    private record Key(int zoom, long x, long y) {
    }

    private static final Object LOCK = new Object();
    /** Guarded by LOCK. Access order: the least recently asked-for tile goes first. */
    private static final Map<Key, CompletableFuture<Image>> CACHE = new LinkedHashMap<>(CACHE_TILES * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, CompletableFuture<Image>> eldest) {
            return size() > CACHE_TILES;
        }
    };
    /** Guarded by LOCK. */
    private static BasemapStyle style = BasemapStyle.LIGHT;

    private static final Map<BasemapStyle, Image> FALLBACKS = new ConcurrentHashMap<>();
    private static final AtomicBoolean ERROR_LOGGED = new AtomicBoolean();
    private static final ExecutorService WORKERS = Executors.newFixedThreadPool(2, new DaemonThreads());
    private static volatile TileRenderer renderer;

    /** For the service loader; every instance shares the same cache, style and threads. */
    public OfflineTiles() {
    }

    @Override
    public CompletableFuture<Image> loadTile(int zoom, long x, long y) {
        BasemapStyle s = BasemapStyle.LIGHT;
        try {
            Key key = new Key(zoom, x, y);
            CompletableFuture<Image> future;
            boolean fresh = false;
            synchronized (LOCK) {
                s = style;
                future = CACHE.get(key);
                if (future == null) {
                    future = new CompletableFuture<>();
                    CACHE.put(key, future);
                    fresh = true;
                }
            }
            if (fresh) draw(key, s, future);
            // A copy, so that nobody outside can complete or cancel the cached future.
            return future.copy();
        } catch (Throwable t) {
            report(t, zoom, x, y);
            return CompletableFuture.completedFuture(fallback(s));
        }
    }

    /** Switches every map's basemap to a style; the tiles drawn so far are dropped. */
    public static void setStyle(BasemapStyle newStyle) {
        Objects.requireNonNull(newStyle, "style");
        synchronized (LOCK) {
            if (newStyle.equals(style)) return;
            style = newStyle;
            CACHE.clear();
        }
    }

    public static BasemapStyle style() {
        synchronized (LOCK) {
            return style;
        }
    }

    /** Drops every tile drawn so far. */
    public static void clearCache() {
        synchronized (LOCK) {
            CACHE.clear();
        }
    }

    /** How many tiles the cache holds now, pending ones included. */
    public static int cachedTiles() {
        synchronized (LOCK) {
            return CACHE.size();
        }
    }

    /**
     * Reads the coarse country polygons on a worker thread now, so the first tiles do not wait for them;
     * nothing to read where the build drew those tiles.
     * The fine ones are left for {@link #warmUpDetail()}: at start-up they would only compete for the
     * two cores with building the window. Optional.
     */
    public static void warmUp() {
        // The first map's tiles were drawn by the build: nothing to read for them.
        if (BundledTiles.drawn()) return;
        onWorker(() -> renderer().preloadCoarse());
    }

    /** Reads the fine country polygons on a worker thread, once the window is up: the first zoom-in is then instant. */
    public static void warmUpDetail() {
        onWorker(() -> renderer().preloadFine());
    }

    private static void onWorker(Runnable work) {
        WORKERS.execute(() -> {
            try {
                work.run();
            } catch (Throwable t) {
                report(t, -1, 0, 0);
            }
        });
    }

    /**
     * A plain sea tile in the current style, for {@code MapView.setPlaceholderImageSupplier(OfflineTiles::placeholder)}:
     * Gluon Maps shows it while a tile is being drawn. The same instance every time for a style.
     */
    public static Image placeholder() {
        return fallback(style());
    }

    /** The plain sea tile shown when a tile cannot be drawn, or null if not even that can be made. */
    static Image fallback(BasemapStyle s) {
        try {
            return FALLBACKS.computeIfAbsent(s, st -> {
                int[] sea = new int[SIZE * SIZE];
                Arrays.fill(sea, st.sea());
                return image(sea);
            });
        } catch (Throwable t) {
            return null;
        }
    }

    private static void draw(Key key, BasemapStyle s, CompletableFuture<Image> future) {
        // A tile the build drew is read at once where the map lays out (about a millisecond): the map's
        // first layout has its basemap. Handed over later, a tile came after the first pulse, and the
        // first map waited for a second one behind the first frame's painting (190 ms, one start in two).
        if (Platform.isFxApplicationThread()) {
            try {
                Image image = bundled(key, s);
                if (image != null) {
                    future.complete(image);
                    return;
                }
            } catch (Throwable t) {
                // Drawn on a worker below, which reports what goes wrong.
            }
        }
        Runnable task = () -> {
            Image image;
            try {
                image = bundled(key, s);
                if (image == null) image = image(renderer().render(key.zoom(), key.x(), key.y(), s));
            } catch (Throwable t) {
                report(t, key.zoom(), key.x(), key.y());
                forget(key, future);
                image = fallback(s);
            }
            deliver(future, image);
        };
        try {
            WORKERS.execute(task);
        } catch (Throwable t) {
            task.run();
        }
    }

    /** Completes on the JavaFX thread when it runs: Gluon Maps sets the image from the completing thread. */
    private static void deliver(CompletableFuture<Image> future, Image image) {
        try {
            Platform.runLater(() -> future.complete(image));
        } catch (IllegalStateException toolkitNotRunning) {
            future.complete(image);
        }
    }

    /** A failed tile is not kept: the next request tries again. */
    private static void forget(Key key, CompletableFuture<Image> future) {
        synchronized (LOCK) {
            CACHE.remove(key, future);
        }
    }

    /** The tile as the build drew it (see {@link BundledTiles}), or null where it has none. */
    private static Image bundled(Key key, BasemapStyle s) throws java.io.IOException {
        try (java.io.InputStream png = BundledTiles.open(key.zoom(), key.x(), key.y(), s)) {
            if (png == null) return null;
            Image image = new Image(png);
            return image.isError() || image.getWidth() != SIZE || image.getHeight() != SIZE ? null : image;
        }
    }

    private static Image image(int[] argb) {
        WritableImage image = new WritableImage(SIZE, SIZE);
        // The renderer's pixels are opaque, so they are the same in premultiplied form.
        image.getPixelWriter().setPixels(0, 0, SIZE, SIZE, PixelFormat.getIntArgbPreInstance(), argb, 0, SIZE);
        return image;
    }

    private static TileRenderer renderer() {
        TileRenderer r = renderer;
        if (r == null) {
            synchronized (OfflineTiles.class) {
                r = renderer;
                if (r == null) {
                    r = Bundled.basemap();
                    renderer = r;
                }
            }
        }
        return r;
    }

    private static void report(Throwable t, int zoom, long x, long y) {
        String what = zoom < 0 ? "the basemap polygons could not be read" : "basemap tile " + zoom + "/" + x + "/" + y + " could not be drawn";
        if (ERROR_LOGGED.compareAndSet(false, true)) {
            LOG.log(Level.WARNING, what + "; plain sea is shown instead (further errors are logged at FINE)", t);
        } else {
            LOG.log(Level.FINE, what, t);
        }
    }

    private static final class DaemonThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "basemap-tiles-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}

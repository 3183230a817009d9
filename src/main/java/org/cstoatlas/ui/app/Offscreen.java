package org.cstoatlas.ui.app;

import com.gluonhq.impl.maps.TileImageView;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * Runs the real window with no display: JavaFX on Monocle's headless platform with the software
 * renderer. Used by the snapshot command and the benchmark; must be started before anything else
 * touches JavaFX.
 */
public final class Offscreen {

    private Offscreen() {
    }

    /** Starts the toolkit headless (once per process). */
    static void start() throws InterruptedException {
        setIfAbsent("glass.platform", "Monocle");
        setIfAbsent("monocle.platform", "Headless");
        setIfAbsent("prism.order", "sw");
        setIfAbsent("prism.text", "t2k");
        setIfAbsent("java.awt.headless", "true");
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        Platform.setImplicitExit(false);
        if (!started.await(30, TimeUnit.SECONDS)) throw new IllegalStateException("the JavaFX toolkit did not start");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) System.setProperty(key, value);
    }

    /** Runs on the FX thread and waits for the answer. */
    static <T> T onFx(Supplier<T> work) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.get());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        return f.get(60, TimeUnit.SECONDS);
    }

    /**
     * Waits until every map tile under {@code root} has its image; after {@code timeoutMs} it fails,
     * saying how many tiles were missing, rather than hand back a picture with holes in its basemap.
     */
    static void awaitTiles(Parent root, long timeoutMs) throws Exception {
        long deadline = System.nanoTime() + timeoutMs * 1_000_000;
        int[] missing = onFx(() -> tilesMissing(root));
        while (System.nanoTime() < deadline) {
            if (missing[0] == 0) {
                // One more round trip, so the last tiles' images are in a rendered pulse.
                Thread.sleep(100);
                missing = onFx(() -> tilesMissing(root));
                if (missing[0] == 0) return;
            }
            Thread.sleep(50);
            missing = onFx(() -> tilesMissing(root));
        }
        throw new IllegalStateException(missing[0] + " of the map's " + missing[1] + " tiles were still being drawn after "
                + timeoutMs / 1000 + " s");
    }

    public static boolean anyTileLoading(Parent root) {
        return tilesMissing(root)[0] > 0;
    }

    /** How many of the map's tiles under {@code root} have no image yet, and how many there are. */
    private static int[] tilesMissing(Parent root) {
        int missing = 0, all = 0;
        for (Node n : root.lookupAll("*")) {
            if (n instanceof TileImageView t) {
                all++;
                if (t.isDownloading() || t.getImage() == null) missing++;
            }
        }
        return new int[] {missing, all};
    }
}

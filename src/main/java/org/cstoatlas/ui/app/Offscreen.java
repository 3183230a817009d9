package org.cstoatlas.ui.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
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
     * Waits until every map tile under {@code root} has its image (told by the tiles themselves, see
     * {@link TilesDrawn}); after {@code timeoutMs} it fails, saying how many tiles were missing, rather
     * than hand back a picture with holes in its basemap.
     */
    static void awaitTiles(Parent root, long timeoutMs) throws Exception {
        CompletableFuture<Void> drawn = onFx(() -> TilesDrawn.under(root, timeoutMs));
        try {
            // The deadline is kept on the FX thread; this one only guards against a thread that no longer answers.
            drawn.get(timeoutMs + 30_000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IllegalStateException missing) throw new IllegalStateException(missing.getMessage(), missing);
            throw e;
        }
    }

    public static boolean anyTileLoading(Parent root) {
        return TilesDrawn.count(root, new java.util.ArrayList<>())[0] > 0;
    }
}

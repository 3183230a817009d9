package org.cstoatlas.ui.app;

import com.gluonhq.impl.maps.TileImageView;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.util.Duration;

/**
 * The moment every basemap tile under a root has its image. Each tile still being drawn is listened
 * to, and the root is laid out again when one arrives: a scene with no window gets no pulses, and a
 * layout can ask for tiles it did not have. Past the deadline it fails, saying how many tiles were
 * missing, rather than hand back a picture with holes in its basemap. FX thread only.
 */
final class TilesDrawn implements InvalidationListener {

    private final Parent root;
    private final CompletableFuture<Void> drawn = new CompletableFuture<>();
    private final Set<TileImageView> listened = new HashSet<>();
    /** Set when a check found nothing missing: the next check, a turn of the FX thread later, settles it. */
    private boolean quiet;
    private boolean checkWaiting;

    private TilesDrawn(Parent root) {
        this.root = root;
    }

    /** Completes once every tile under {@code root} has its image, or fails after {@code deadlineMs}. */
    static CompletableFuture<Void> under(Parent root, long deadlineMs) {
        TilesDrawn watch = new TilesDrawn(root);
        PauseTransition deadline = new PauseTransition(Duration.millis(deadlineMs));
        deadline.setOnFinished(e -> {
            int[] m = count(root, new ArrayList<>());
            watch.drawn.completeExceptionally(new IllegalStateException(m[0] + " of the map's " + m[1]
                    + " tiles were still being drawn after " + (deadlineMs % 1000 == 0 ? deadlineMs / 1000 + " s" : deadlineMs + " ms")));
        });
        watch.drawn.whenComplete((v, t) -> {
            deadline.stop();
            watch.listened.forEach(tile -> {
                tile.imageProperty().removeListener(watch);
                tile.downloadingProperty().removeListener(watch);
            });
        });
        deadline.play();
        watch.check();
        return watch.drawn;
    }

    /** A tile changed: look again once it has finished changing (its image and its state are set one after the other). */
    @Override
    public void invalidated(Observable changed) {
        quiet = false;
        later();
    }

    private void later() {
        if (checkWaiting) return;
        checkWaiting = true;
        Platform.runLater(() -> {
            checkWaiting = false;
            check();
        });
    }

    private void check() {
        if (drawn.isDone()) return;
        // Twice: the first layout gives the map its size, which asks for its tiles in the second.
        for (int i = 0; i < 2; i++) {
            root.applyCss();
            root.layout();
        }
        List<TileImageView> missing = new ArrayList<>();
        count(root, missing);
        if (missing.isEmpty()) {
            if (quiet) {
                drawn.complete(null);
            } else {
                quiet = true;
                later();
            }
            return;
        }
        quiet = false;
        for (TileImageView tile : missing) {
            if (listened.add(tile)) {
                tile.imageProperty().addListener(this);
                tile.downloadingProperty().addListener(this);
            }
        }
    }

    /** How many of the tiles under {@code root} have no image yet (added to {@code missing}), and how many there are. */
    static int[] count(Parent root, List<TileImageView> missing) {
        int all = 0;
        for (Node n : root.lookupAll("*")) {
            if (n instanceof TileImageView t) {
                all++;
                if (t.isDownloading() || t.getImage() == null) missing.add(t);
            }
        }
        return new int[] {missing.size(), all};
    }
}

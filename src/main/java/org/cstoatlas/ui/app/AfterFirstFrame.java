package org.cstoatlas.ui.app;

import javafx.application.Platform;
import javafx.scene.Scene;
import org.cstoatlas.AtlasData;
import org.cstoatlas.ui.map.OfflineTiles;
import org.cstoatlas.ui.window.AtlasWindow;

/** What the window does once its first map is painted; the application and the bench alike. */
final class AfterFirstFrame {

    private AfterFirstFrame() {
    }

    /**
     * Once the first map is painted with its tiles, fills the window in (what stands over the map, the
     * timeline's ticks: {@link AtlasWindow#fillIn()}) and reads on other threads what only zooming in
     * needs (the fine tiles' polygons, the 50 m shapes): before it they would compete with the first map
     * for the cores. A map zoomed in sooner reads them when it needs them.
     */
    static void start(AtlasWindow window, AtlasData data) {
        Scene scene = window.root().getScene();
        Runnable[] once = new Runnable[1];
        boolean[] done = new boolean[1], timed = new boolean[1];
        // A map opening where the build drew no tiles (zoomed in far, in high contrast) waits for tiles drawn
        // here, up to seconds: its window fills in a quarter of a second after its first pulse all the same.
        javafx.animation.PauseTransition atTheLatest = new javafx.animation.PauseTransition(javafx.util.Duration.millis(250));
        atTheLatest.setOnFinished(e -> window.fillIn());
        once[0] = () -> {
            if (!timed[0]) {
                timed[0] = true;
                atTheLatest.play();
            }
            if (done[0] || Offscreen.anyTileLoading(scene.getRoot())) return;
            done[0] = true;
            atTheLatest.stop();
            // After this pulse, which paints the first map: added now, the new nodes would be painted unstyled.
            // The listener is not removed while the scene runs its listeners (that would break its loop over them).
            Platform.runLater(() -> {
                scene.removePostLayoutPulseListener(once[0]);
                window.fillIn();
            });
            OfflineTiles.warmUpDetail();
            if (data.detailedShapes() != null) data.detailedShapes().start();
        };
        scene.addPostLayoutPulseListener(once[0]);
        // Heard at the next pulse: one is asked for, in case the window has nothing left to lay out.
        Platform.requestNextPulse();
    }
}

package org.cstoatlas.startup;

import java.lang.management.ManagementFactory;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The start-up baseline: the least a JavaFX program does before a user sees something, a window with
 * one label. Prints {@code bare_first_frame_ms N ms}, the time from the JVM's start to the first
 * pulse that laid the window out after it was shown, and exits. The atlas's start-up is measured
 * against it on the same runtime (see packaging/startup-race.sh).
 *
 * <p>With {@code --offscreen} it renders as the atlas's {@code bench} does: Monocle's headless
 * platform and the software renderer, so the two figures are taken the same way.
 *
 * <p>The start is the JVM's, as the atlas's {@code bench} counts it ({@code RuntimeMXBean.getStartTime()}).
 */
public final class BareWindow {

    private BareWindow() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length == 1 && args[0].equals("--offscreen")) {
            // The same properties the atlas's off-screen rendering sets before the toolkit starts.
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("prism.text", "t2k");
            System.setProperty("java.awt.headless", "true");
        } else if (args.length > 0) {
            System.err.println("usage: BareWindow [--offscreen]");
            System.exit(2);
        }
        CountDownLatch painted = new CountDownLatch(1);
        long[] firstFrameAt = new long[1];
        Platform.startup(() -> {
            Stage stage = new Stage();
            Scene scene = new Scene(new StackPane(new Label("CSTO Atlas")), 1280, 800);
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                if (painted.getCount() == 0) return;
                firstFrameAt[0] = System.currentTimeMillis();
                painted.countDown();
                Platform.runLater(() -> scene.removePostLayoutPulseListener(listener[0]));
            };
            scene.addPostLayoutPulseListener(listener[0]);
            stage.setScene(scene);
            stage.show();
        });
        if (!painted.await(60, TimeUnit.SECONDS)) {
            System.err.println("no frame within 60 s");
            System.exit(1);
        }
        // Asked only now: loading the management classes must not slow the start being measured.
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.printf("bare_first_frame_ms %d ms%n", firstFrameAt[0] - jvmStart);
        System.out.flush();
        // Halt rather than exit: the toolkit is mid-frame, and an orderly shutdown would race its renderer.
        Runtime.getRuntime().halt(0);
    }
}

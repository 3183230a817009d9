package org.cstoatlas;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Window;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window tests' way to let the toolkit catch up: on its events, never on a clock. TestFX's
 * {@code interact} and {@code waitForFxEvents} sleep 10 ms five times after every step whatever happened
 * (over a minute of each test JVM's time); here a step waits for what it started: the events it posted,
 * then a pulse that has styled and laid out every shown window, again while a window asks for more layout.
 * What runs on a timer of its own (a tooltip's delay, a search's suggestions, a file written off the
 * thread) is waited for by the test itself, on the condition it expects.
 */
public final class Fx {

    /** Long enough for a pulse of a window test on a loaded two-core machine; reaching it is a failure, not a pass. */
    private static final long PATIENCE_SECONDS = 60;

    private Fx() {
    }

    /** Runs on the FX thread, fails with what it threw, and returns once the toolkit has settled after it. */
    public static void act(Runnable step) {
        try {
            WaitForAsyncUtils.asyncFx(step).get(PATIENCE_SECONDS, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw new AssertionError(e.getCause());
        } catch (Exception e) {
            throw new AssertionError("the FX thread did not run the step within " + PATIENCE_SECONDS + " s", e);
        }
        settle();
    }

    /**
     * Returns once the events posted so far have run and a pulse has styled and laid out every shown
     * window (a second and a third pulse while a window still needs layout), and what that pulse posted has run.
     */
    public static void settle() {
        drain();
        for (int pulse = 0; pulse < 3; pulse++) {
            if (!pulse()) break;
            drain();
            if (!onFx(Fx::needsLayout)) break;
        }
    }

    /** Every event posted to the FX thread before this call has run. */
    private static void drain() {
        if (Platform.isFxApplicationThread()) throw new IllegalStateException("a test waits off the FX thread");
        for (int round = 0; round < 2; round++) {
            CountDownLatch ran = new CountDownLatch(1);
            Platform.runLater(ran::countDown);
            await(ran, "the FX thread's events");
        }
    }

    /**
     * Waits for a whole pulse (styles, layout, the frame handed to the renderer); false when no window is
     * shown. An animation timer is called at the start of a pulse, whichever windows come or go during it,
     * and what it posts runs once that pulse is over.
     */
    private static boolean pulse() {
        CountDownLatch over = onFx(() -> {
            if (shownScenes().isEmpty()) return null;
            CountDownLatch latch = new CountDownLatch(1);
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    stop();
                    Platform.runLater(latch::countDown);
                }
            }.start();
            return latch;
        });
        if (over == null) return false;
        await(over, "a pulse");
        return true;
    }

    private static List<Scene> shownScenes() {
        return Window.getWindows().stream().filter(Window::isShowing).map(Window::getScene).filter(s -> s != null).toList();
    }

    private static boolean needsLayout() {
        return shownScenes().stream().map(Scene::getRoot).anyMatch(Parent::isNeedsLayout);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) {
        return WaitForAsyncUtils.waitForAsyncFx(TimeUnit.SECONDS.toMillis(PATIENCE_SECONDS), work);
    }

    private static void await(CountDownLatch latch, String what) {
        try {
            if (!latch.await(PATIENCE_SECONDS, TimeUnit.SECONDS)) {
                throw new AssertionError("waited " + PATIENCE_SECONDS + " s for " + what + " in vain");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for " + what, e);
        }
    }
}

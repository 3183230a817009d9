package org.cstoatlas.ui.app;

import org.cstoatlas.ui.window.AtlasWindow;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.cstoatlas.AtlasData;
import org.cstoatlas.Bundled;
import org.cstoatlas.ui.model.AtlasViewModel;

/**
 * The atlas's speed, measured on the real window off-screen with the software renderer. Prints one
 * figure a line as {@code name value unit}. Not a test: figures go into the README.
 */
public final class Bench {

    private Bench() {
    }

    public static void run(PrintStream out, int stepDays, boolean startupOnly) throws Exception {
        // Pulses as fast as frames can be made, so a frame's time is its cost, not the 60 Hz clock.
        System.setProperty("javafx.animation.fullspeed", "true");
        // Start as the application does: loading overlaps the toolkit's start.
        long loadingFrom = System.currentTimeMillis();
        var loading = AtlasApp.beginLoading();
        // When the data itself is in (the data ready phase below also waits for the toolkit).
        CompletableFuture<Long> loadedAt = loading.handle((d, e) -> System.currentTimeMillis());
        long t0 = System.nanoTime();
        Offscreen.start();
        long toolkitAt = System.currentTimeMillis();
        long toolkitNs = System.nanoTime() - t0;
        AtlasApp.readControlsStylesheet();
        AtlasData data = AtlasData.await(loading);
        long dataReadyAt = System.currentTimeMillis();
        AtlasViewModel vm = new AtlasViewModel(data.index(), LocalDate.now());
        CompletableFuture<Long> firstFrame = new CompletableFuture<>();
        long[] phases = new long[4];
        Stage stage = Offscreen.onFx(() -> {
            phases[0] = System.currentTimeMillis();
            // The panes the application opens a window of this width with (Session.opening), set before it is built.
            vm.browseShownProperty().set(AtlasViewModel.roomForBrowse(1280));
            // Map first, as the application opens with nothing selected.
            AtlasWindow window = new AtlasWindow(vm, data, org.cstoatlas.ui.window.WindowActions.NONE, true);
            phases[1] = System.currentTimeMillis();
            Stage s = new Stage();
            Scene scene = window.scene(1280, 800);
            // The first pulse that laid the window out (what the bare window counts), then the first
            // pulse after the map's tiles are all in: the first painted map.
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                if (phases[3] == 0) phases[3] = System.currentTimeMillis();
                if (!Offscreen.anyTileLoading(scene.getRoot()) && !firstFrame.isDone()) {
                    firstFrame.complete(System.currentTimeMillis());
                    Platform.runLater(() -> scene.removePostLayoutPulseListener(listener[0]));
                }
            };
            scene.addPostLayoutPulseListener(listener[0]);
            s.setScene(scene);
            s.show();
            phases[2] = System.currentTimeMillis();
            return s;
        });
        long firstFrameAt = firstFrame.get(60, TimeUnit.SECONDS);
        // Asked only now, as the bare window does: the management classes load after the measured start.
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long mainAt = org.cstoatlas.startup.Phases.mainAt();
        // The phases in the order they end, each from the JVM's start; the first frame last (the
        // start-up race reads up to that line).
        if (mainAt > 0) out.printf("startup_main_ms %d ms%n", mainAt - jvmStart);
        out.printf("startup_command_read_ms %d ms%n", loadingFrom - jvmStart);
        out.printf("startup_toolkit_ready_ms %d ms%n", toolkitAt - jvmStart);
        out.printf("startup_toolkit_ms %.1f ms%n", toolkitNs / 1e6);
        out.printf("startup_data_loaded_ms %d ms%n", loadedAt.join() - jvmStart);
        out.printf("startup_data_ms %d ms%n", loadedAt.join() - loadingFrom);
        out.printf("startup_data_ready_ms %d ms%n", dataReadyAt - jvmStart);
        out.printf("startup_window_built_ms %d ms%n", phases[1] - jvmStart);
        out.printf("startup_window_shown_ms %d ms%n", phases[2] - jvmStart);
        out.printf("startup_first_pulse_ms %d ms%n", phases[3] - jvmStart);
        out.printf("startup_first_frame_ms %d ms%n", firstFrameAt - jvmStart);
        if (startupOnly) {
            Platform.runLater(stage::close);
            return;
        }
        // What the application does after its first map, started once the figures above are out: a
        // listing of the classes loaded up to the first frame's line (FirstFrameIT) sees none of it.
        Platform.runLater(() -> AfterFirstFrame.start((AtlasWindow) stage.getScene().getRoot().getProperties().get(AtlasWindow.class), data));
        // Loaded again now that classes are loaded: the time a dataset takes to read and check.
        long t1 = System.nanoTime();
        var reloaded = Bundled.loader().load(Bundled.dataset());
        long datasetNs = System.nanoTime() - t1;
        if (!reloaded.ok()) throw new IllegalStateException("the bundled dataset has problems");
        out.printf("dataset_load_ms %.1f ms%n", datasetNs / 1e6);
        System.gc();
        Thread.sleep(200);
        Runtime rt = Runtime.getRuntime();
        out.printf("heap_used_mb %.1f MB%n", (rt.totalMemory() - rt.freeMemory()) / 1048576.0);
        out.printf("status_query_us %.2f us%n", statusQueryMicros(data));

        // Scrub: one day per frame across the whole timeline.
        long days = (vm.lastDay().toEpochDay() - vm.firstDay().toEpochDay()) / stepDays;
        Frames scrub = frames((int) days, i -> vm.setDate(vm.firstDay().plusDays((long) i * stepDays)), vm::goToFirst);
        report(out, "scrub_frame", scrub);
        out.printf("scrub_frames %d frames%n", scrub.count());

        // Pan: drag the map east by a few pixels a frame.
        var map = ((AtlasWindow) stage.getScene().getRoot().getProperties().get(AtlasWindow.class)).map();
        Frames pan = frames(300, i -> map.setCenter(org.cstoatlas.ui.model.Framing.EURASIA_LAT, org.cstoatlas.ui.model.Framing.EURASIA_LON + i * 0.15),
                () -> map.setCenter(org.cstoatlas.ui.model.Framing.EURASIA_LAT, org.cstoatlas.ui.model.Framing.EURASIA_LON));
        report(out, "pan_frame", pan);
        // The same pan with the country layer hidden: what the basemap's tiles alone cost.
        var layer = ((AtlasWindow) stage.getScene().getRoot().getProperties().get(AtlasWindow.class)).countries();
        Offscreen.onFx(() -> {
            layer.setVisible(false);
            return null;
        });
        Frames basemap = frames(300, i -> map.setCenter(org.cstoatlas.ui.model.Framing.EURASIA_LAT, org.cstoatlas.ui.model.Framing.EURASIA_LON + i * 0.15),
                () -> map.setCenter(org.cstoatlas.ui.model.Framing.EURASIA_LAT, org.cstoatlas.ui.model.Framing.EURASIA_LON));
        report(out, "pan_frame_basemap_only", basemap);
        Platform.runLater(stage::close);
    }

    /** Times {@code n} frames, each making one change at the start of its pulse; the time of a frame is the time to the next. */
    private static Frames frames(int n, java.util.function.IntConsumer change, Runnable reset) throws Exception {
        Offscreen.onFx(() -> {
            reset.run();
            return null;
        });
        Thread.sleep(300);
        double[] ms = new double[n];
        CompletableFuture<Void> done = new CompletableFuture<>();
        long cpuBefore = processCpuNanos();
        long renderBefore = rendererCpuNanos();
        Platform.runLater(() -> new AnimationTimer() {
            int i = -1;
            long last;

            @Override
            public void handle(long now) {
                long t = System.nanoTime();
                if (i >= 0) ms[i] = (t - last) / 1e6;
                i++;
                if (i >= n) {
                    stop();
                    done.complete(null);
                    return;
                }
                last = t;
                change.accept(i);
            }
        }.start());
        done.get(30, TimeUnit.MINUTES);
        return new Frames(ms, (processCpuNanos() - cpuBefore) / 1e6 / n, (rendererCpuNanos() - renderBefore) / 1e6 / n);
    }

    /** Keeps the measured loop's result alive, so the JIT cannot drop the loop. */
    private static volatile long blackhole;

    private static double statusQueryMicros(AtlasData data) {
        var index = data.index();
        LocalDate first = LocalDate.of(1992, 1, 1);
        int n = 1_000_000;
        long sink = 0;
        for (int i = 0; i < n; i++) sink += index.statusOn(first.plusDays(i % 12_000)).all().size(); // warm-up
        long t = System.nanoTime();
        for (int i = 0; i < n; i++) sink += index.statusOn(first.plusDays(i % 12_000)).all().size();
        double micros = (System.nanoTime() - t) / 1e3 / n;
        blackhole = sink;
        return micros;
    }

    /**
     * The frames' times, and the processor time the whole process spent per frame (every thread: the
     * FX thread, the renderer, the tiles). Wall times grow with whatever else runs on the machine; the
     * processor time much less, so it is the figure to compare builds by on a shared machine.
     */
    private record Frames(double[] ms, double cpuMsPerFrame, double renderCpuMsPerFrame) {
        int count() {
            return ms.length;
        }
    }

    /** The processor time the renderer (the thread that paints) has used so far. */
    private static long rendererCpuNanos() {
        return threadCpuNanos(true);
    }

    /** The processor time every live thread has used so far (java.management only: the linked runtime lacks jdk.management). */
    private static long processCpuNanos() {
        return threadCpuNanos(false);
    }

    private static long threadCpuNanos(boolean rendererOnly) {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null || rendererOnly && !info.getThreadName().startsWith("QuantumRenderer")) continue;
            sum += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
        }
        return sum;
    }

    private static void report(PrintStream out, String name, Frames frames) {
        double[] ms = frames.ms();
        out.printf("%s_cpu_ms %.2f ms%n", name, frames.cpuMsPerFrame());
        out.printf("%s_render_cpu_ms %.2f ms%n", name, frames.renderCpuMsPerFrame());
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        out.printf("%s_p50_ms %.2f ms%n", name, percentile(sorted, 50));
        out.printf("%s_p95_ms %.2f ms%n", name, percentile(sorted, 95));
        out.printf("%s_max_ms %.2f ms%n", name, sorted[sorted.length - 1]);
    }

    private static double percentile(double[] sorted, double p) {
        int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}

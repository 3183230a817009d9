package org.cstoatlas.ui.app;

import org.cstoatlas.ui.look.Look;
import org.cstoatlas.ui.look.Texts;
import org.cstoatlas.ui.window.AtlasWindow;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.cstoatlas.AtlasData;
import org.cstoatlas.files.AtomicWrite;
import org.cstoatlas.record.Language;
import org.cstoatlas.state.Animation;
import org.cstoatlas.state.AtlasState;
import org.cstoatlas.state.Lesson;
import org.cstoatlas.state.SelectionRef;
import org.cstoatlas.ui.model.Selection;
import org.cstoatlas.ui.model.AtlasViewModel;

/** Renders the real window off-screen at a date (and a selection) and writes it as a PNG. */
public final class Snapshot {

    private Snapshot() {
    }

    /**
     * Writes the window showing the state to {@code out}.
     *
     * @throws org.cstoatlas.cli.Desktop.Refused when the state selects what the record lacks
     * @throws IOException when the PNG cannot be written
     */
    public static void write(AtlasState state, int width, int height, boolean presenting, Path out) throws Exception {
        Rendered r = render(state, width, height, presenting);
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) java.nio.file.Files.createDirectories(parent);
        AtomicWrite.bytes(out, stream -> {
            if (!ImageIO.write(r.image(), "png", stream)) throw new IOException("no PNG writer");
        });
    }

    /** Films an animation of the bundled record off-screen (no window: the map picture only); the answer is its frames. */
    static int animate(Animation animation, AtlasState base, Path out) throws Exception {
        Offscreen.start();
        AtlasData data = AtlasData.loadBundled();
        Texts.use(base.language());
        java.util.List<Animation.Frame> frames = animation.frames(base, data.index());
        String why = Animation.tooFewOrMany(frames);
        if (why != null) throw new org.cstoatlas.cli.Desktop.Refused(why);
        Filming.film(animation, frames, data, animation.width(), out, () -> false, (i, n) -> { });
        return frames.size();
    }

    /**
     * One PNG of the window per stop of the lesson, numbered in order ({@code stop-01.png}, ...); in
     * presentation mode the stop's note is shown as in class. All or nothing: each picture waits in a
     * temporary file of its own until every stop is rendered, so a stop that fails leaves the folder as it
     * was; a link already standing under a stop's name is replaced, never written through.
     */
    static java.util.List<Path> lesson(Lesson lesson, int width, int height, boolean presenting, Path dir) throws Exception {
        java.nio.file.Files.createDirectories(dir);
        java.util.List<Path> written = new java.util.ArrayList<>();
        java.util.List<AtomicWrite.Streaming> waiting = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < lesson.size(); i++) {
                Lesson.Stop stop = lesson.stop(i);
                Path out = dir.resolve(String.format("stop-%02d.png", i + 1));
                int at = i;
                Rendered r = render(stop.state(), width, height, presenting, vm -> vm.lesson().open(lesson, at));
                AtomicWrite.Streaming file = AtomicWrite.streaming(out, AtomicWrite.Links.REPLACE);
                waiting.add(file);
                if (!ImageIO.write(r.image(), "png", file.out())) throw new IOException("no PNG writer");
                written.add(out);
            }
            for (AtomicWrite.Streaming file : waiting) file.commit();
        } finally {
            // Uncommitted temporaries are removed; committed ones are already in place.
            waiting.forEach(AtomicWrite.Streaming::close);
        }
        return written;
    }

    /** A rendered window: its pixels (none when only {@link #shown}), and the window itself (closed) to ask where things were. */
    record Rendered(BufferedImage image, AtlasWindow window) {
    }

    static Rendered render(LocalDate date, String selectIso, int width, int height) throws Exception {
        AtlasState state = AtlasState.initial(LocalDate.now(), Language.EN).withDate(date)
                .withSelection(selectIso == null ? null : new SelectionRef(SelectionRef.Kind.COUNTRY, selectIso));
        return render(state, width, height, false);
    }

    static Rendered render(AtlasState state, int width, int height, boolean presenting) throws Exception {
        return render(state, width, height, presenting, vm -> { });
    }

    /** The window showing the state; {@code prepare} is run on its view model once the window is shown. */
    static Rendered render(AtlasState state, int width, int height, boolean presenting, java.util.function.Consumer<AtlasViewModel> prepare) throws Exception {
        return open(state, width, height, presenting, prepare, true);
    }

    /**
     * The window showing the state as {@link #render} shows it, tiles and all, to ask where things are
     * (closed); no picture is taken, which at 1920 × 1080 costs more than the rest.
     */
    static AtlasWindow shown(AtlasState state, int width, int height, boolean presenting) throws Exception {
        return open(state, width, height, presenting, vm -> { }, false).window();
    }

    private static Rendered open(AtlasState state, int width, int height, boolean presenting, java.util.function.Consumer<AtlasViewModel> prepare,
                                 boolean picture) throws Exception {
        try (Showing showing = Showing.first(state, width, height, presenting, prepare)) {
            if (!picture) return new Rendered(null, showing.window());
            BufferedImage image = Offscreen.onFx(() -> {
                WritableImage shot = showing.stage().getScene().snapshot(null);
                return SwingFXUtils.fromFXImage(shot, null);
            });
            return new Rendered(image, showing.window());
        }
    }

    /**
     * The window off-screen at one size, tiles and all, showing one state and then, through the view
     * model's one restore path ({@code apply}), any other: a test asking where things stand in many
     * states builds one window a size, not one a state.
     */
    record Showing(AtlasWindow window, Stage stage, int width) implements AutoCloseable {

        static Showing first(AtlasState state, int width, int height, boolean presenting) throws Exception {
            return first(state, width, height, presenting, vm -> { });
        }

        private static Showing first(AtlasState state, int width, int height, boolean presenting, java.util.function.Consumer<AtlasViewModel> prepare)
                throws Exception {
            // Monocle's headless screen is 1280x800 unless told; a larger window overflows its frame buffer.
            if (System.getProperty("headless.geometry") == null) {
                System.setProperty("headless.geometry", Math.max(1280, width) + "x" + Math.max(800, height) + "-32");
            }
            Offscreen.start();
            AtlasData data = AtlasData.loadBundled();
            refuseMissing(data.index().record(), state);
            AtlasViewModel vm = new AtlasViewModel(data.index(), LocalDate.now());
            vm.apply(asOpened(state, width));
            // Presenting before the window is built: it is laid out once, at the presentation's size, with the
            // panes closed (the stage is the picture's size, so it needs no full screen).
            if (presenting) vm.presentingProperty().set(true);
            AtlasWindow window = Offscreen.onFx(() -> new AtlasWindow(vm, data));
            Stage stage = Offscreen.onFx(() -> {
                Stage s = new Stage();
                Scene scene = window.scene(width, height);
                s.setScene(scene);
                s.show();
                prepare.accept(vm);
                return s;
            });
            Showing showing = new Showing(window, stage, width);
            try {
                Offscreen.awaitTiles(stage.getScene().getRoot(), 60_000);
            } catch (Exception | Error e) {
                showing.close();
                throw e;
            }
            return showing;
        }

        /**
         * The window showing the next state, as a view file opened in it would, tiles and all, with its
         * words placed for the map at rest (they are placed anew a moment after a move, on the toolkit's
         * clock; here at once).
         */
        AtlasWindow show(AtlasState state) throws Exception {
            refuseMissing(window.viewModel().record(), state);
            Offscreen.onFx(() -> window.viewModel().apply(asOpened(state, width)));
            Offscreen.awaitTiles(stage.getScene().getRoot(), 60_000);
            Offscreen.onFx(() -> {
                window.placeWordsAgain();
                stage.getScene().getRoot().applyCss();
                stage.getScene().getRoot().layout();
                return null;
            });
            return window;
        }

        @Override
        public void close() {
            Platform.runLater(stage::close);
        }
    }

    /** As the application opens: the browse pane only where the window leaves the map room. */
    private static AtlasState asOpened(AtlasState state, int width) {
        return state.withPanes(state.panes().withBrowse(AtlasViewModel.roomForBrowse(width)));
    }

    private static void refuseMissing(org.cstoatlas.record.AllianceRecord record, AtlasState state) throws org.cstoatlas.cli.Desktop.Refused {
        if (state.selection() != null && Selection.find(record, state.selection()).isEmpty()) {
            throw new org.cstoatlas.cli.Desktop.Refused("no " + state.selection().kind().id() + " '" + state.selection().id() + "' in the dataset");
        }
    }
}

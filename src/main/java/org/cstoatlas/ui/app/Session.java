package org.cstoatlas.ui.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.cstoatlas.AtlasData;
import org.cstoatlas.Bundled;
import org.cstoatlas.record.Language;
import org.cstoatlas.state.Animation;
import org.cstoatlas.state.AtlasState;
import org.cstoatlas.state.Lesson;
import org.cstoatlas.state.Remembered;
import org.cstoatlas.state.SavedView;
import org.cstoatlas.state.SelectionRef;
import org.cstoatlas.state.WindowOptions;
import org.cstoatlas.ui.look.Look;
import org.cstoatlas.ui.model.AtlasViewModel;
import org.cstoatlas.ui.model.Selection;
import org.cstoatlas.ui.tools.Dialogs;
import org.cstoatlas.ui.tools.StageSize;
import org.cstoatlas.ui.window.AtlasWindow;
import org.cstoatlas.ui.window.WindowActions;

/**
 * The atlas's session: it owns the stage and builds the window on it; switches language or dataset
 * keeping the state (one {@link AtlasState} carried over); opens and saves views; exports; remembers
 * the settings when the window closes. Every dialog goes through its {@link Dialogs}.
 */
public final class Session implements WindowActions {

    /** The window's smallest size: below it the map has no room. */
    static final double MIN_WIDTH = 900;
    static final double MIN_HEIGHT = 600;

    private final Stage stage;
    private final Path home;
    private final AtlasData bundled;
    private final Dialogs dialogs = new Dialogs(this::words);
    private final LocalDate today;
    private AtlasData data;
    private AtlasWindow window;
    private Stage lessonStage;

    private Session(Stage stage, AtlasData data, Path home, LocalDate today) {
        this.stage = stage;
        this.bundled = data;
        this.data = data;
        this.home = home;
        this.today = today;
    }

    /**
     * Checks that the record holds what the options select, before any window opens.
     *
     * @throws IllegalArgumentException saying what is missing
     */
    public static void check(AtlasData data, WindowOptions options) {
        if (options.select() != null && Selection.findCountryOrEvent(data.index().record(), options.select()).isEmpty()) {
            throw new IllegalArgumentException("--select: no country or event '" + options.select()
                    + "' in the dataset (use an ISO3 code such as UZB, or an event id)");
        }
    }

    /** The state the window opens on: as it was left, then a {@code --view} file, then the other options. */
    static AtlasState opening(AtlasData data, Remembered remembered, WindowOptions options, LocalDate today, boolean roomForBrowse) {
        AtlasState s = AtlasState.initial(today, Language.ofSystem());
        s = s.withPanes(s.panes().withBrowse(roomForBrowse));
        s = remembered.over(s);
        if (options.view() != null) s = options.view().over(s);
        if (options.date() != null) s = s.withDate(options.date());
        if (options.select() != null) {
            Selection sel = Selection.findCountryOrEvent(data.index().record(), options.select()).orElseThrow();
            s = s.withSelection(sel.ref());
            // An event chosen without a date brings its day with it (a country keeps the date), as selecting it in the window does.
            if (options.date() == null) s = s.withDate(sel.dateFor(s.date()));
        }
        if (options.compare() != null) s = s.withCompareDate(options.compare());
        return s;
    }

    /** Builds the window on the stage, as the options and the remembered settings in {@code home} ask, and shows it. */
    public static Session open(Stage stage, AtlasData data, WindowOptions options, Path home) {
        check(data, options);
        Session session = new Session(stage, data, home, LocalDate.now());
        Remembered r = Remembered.load(home);
        // Unless remembered: as large as the screen allows, up to 1600 × 1000; never larger than the screen,
        // and filling a smaller one (a projector) maximized.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        StageSize.Wanted size = StageSize.opening(screen, r.width(), r.height(), 1600, 1000, MIN_WIDTH, MIN_HEIGHT);
        double width = size.width();
        double height = size.height();
        AtlasState state = opening(data, r, options, session.today, AtlasViewModel.roomForBrowse(width));
        // The first frame is the map where nothing else decides where it looks (a selection, a lesson's pin).
        Optional<String> warning = session.show(state, width, height, state.selection() == null && options.lesson() == null);
        // A lesson given to the window opens on its first stop, ready to present (F11, then Page Down).
        if (options.lesson() != null) {
            Optional<String> missing = session.vm().lesson().open(options.lesson(), 0);
            if (missing.isPresent()) warning = missing;
        }
        stage.setTitle(session.words().get("app.title"));
        stage.getIcons().setAll(Look.icons());
        stage.setMinWidth(Math.min(MIN_WIDTH, screen.getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, screen.getHeight()));
        if (r.x() != null && r.y() != null && onSomeScreen(r.x(), r.y(), width)) {
            stage.setX(r.x());
            stage.setY(r.y());
        }
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> session.remember());
        StageSize.hold(stage, width, height);
        StageSize.keepAcrossFullScreen(stage);
        stage.setMaximized(size.maximized());
        stage.show();
        // A view file naming what this dataset lacks still opens; the teacher is told what is missing.
        warning.ifPresent(w -> session.dialogs().error(stage, session.words().get("error.view"), w));
        AfterFirstFrame.start(session.window, data);
        return session;
    }

    /** A window left on a screen since unplugged would open out of sight: only a place on a screen is used. */
    private static boolean onSomeScreen(double x, double y, double width) {
        return !Screen.getScreensForRectangle(new Rectangle2D(x, y, Math.min(width, 200), 50)).isEmpty();
    }

    /** A new window on the stage showing the state; what it could not show (a selection the data lacks) is the answer. */
    private Optional<String> show(AtlasState state, double width, double height, boolean mapFirst) {
        boolean presenting = window != null && window.viewModel().presentingProperty().get();
        // A lesson open stays open in the new window, on the same stop; its editor belonged to the old one.
        Lesson lesson = window == null ? Lesson.empty() : window.viewModel().lesson().lesson();
        int stop = window == null ? -1 : window.viewModel().lesson().currentProperty().get();
        if (lessonStage != null) {
            lessonStage.close();
            lessonStage = null;
        }
        // A quiz running goes on in the new window (a dataset switch ends it: its questions are another record's).
        org.cstoatlas.ui.quiz.QuizViewModel quiz = window == null ? null : window.quiz();
        if (window != null) window.viewModel().playingProperty().set(false); // no timer moving a view model no one sees
        AtlasViewModel vm = new AtlasViewModel(data.index(), today);
        Optional<String> warning = vm.apply(state);
        window = new AtlasWindow(vm, data, this, mapFirst);
        stage.setScene(window.scene(width, height));
        stage.setTitle(words().get("app.title"));
        // Still presenting after a language or dataset switch: the stage stays full screen, and so does the rule.
        if (presenting) vm.presentingProperty().set(true);
        if (!lesson.isEmpty()) vm.lesson().open(lesson, stop);
        if (quiz != null) {
            window.quiz().resume(quiz);
            if (window.quiz().runningProperty().get()) showQuiz();
        }
        return warning;
    }

    /** The same state in a new window (another language or dataset); a selection the new data lacks is dropped. */
    private void showHere(AtlasState state) {
        Scene scene = stage.getScene();
        show(state, scene.getWidth(), scene.getHeight(), false);
    }

    public AtlasWindow window() {
        return window;
    }

    public Dialogs dialogs() {
        return dialogs;
    }

    private AtlasViewModel vm() {
        return window.viewModel();
    }

    /** The words of the window shown: its view model's language, which its dialogs and files speak too. */
    private org.cstoatlas.words.Words words() {
        return vm().words();
    }

    /** What the window would open with next time, written to the settings folder. */
    void remember() {
        Scene scene = stage.getScene();
        Remembered.of(vm().state(), stage.getX(), stage.getY(), scene.getWidth(), scene.getHeight()).save(home);
    }

    // ---- language and data ----

    @Override
    public void speak(Language language) {
        if (language == vm().languageProperty().get()) return;
        showHere(vm().state().withLanguage(language));
    }

    @Override
    public void reloadBundled() {
        data = bundled;
        showHere(vm().state());
    }

    @Override
    public void openDataset() {
        Path folder = dialogs.choosers().folder(stage, words().get("dataset.open.title"));
        if (folder != null) openDataset(folder);
    }

    /**
     * Loads a dataset folder and builds its time index off the FX thread, with progress and Cancel;
     * switches to it if valid, lists its problems if not. The current dataset stays until the new one is
     * wholly ready, and stays for good if the user cancels.
     */
    public void openDataset(Path folder) {
        AtlasData current = data;
        javafx.concurrent.Task<Loaded> task = new javafx.concurrent.Task<>() {
            @Override
            protected Loaded call() {
                updateProgress(0.05, 1);
                var result = Bundled.loader().load(folder);
                if (!result.ok() || isCancelled()) return new Loaded(result, null);
                updateProgress(0.5, 1);
                return new Loaded(result, current.withRecord(result.record(), p -> updateProgress(0.5 + p / 2, 1), this::isCancelled));
            }
        };
        task.setOnSucceeded(e -> {
            Loaded loaded = task.getValue();
            if (loaded.data() == null) {
                if (!loaded.result().ok()) dialogs.problems(stage, folder, loaded.result().problems());
            } else {
                data = loaded.data();
                showHere(vm().state());
            }
        });
        task.setOnFailed(e -> dialogs.error(stage, words().get("error.dataset"), folder + ": " + Exports.describe(task.getException(), words())));
        Thread worker = new Thread(task, "open-dataset");
        worker.setDaemon(true);
        worker.start();
        dialogs.taskProgress(stage, words().format("dataset.opening", folder.getFileName()), task);
    }

    private record Loaded(org.cstoatlas.dataset.LoadResult result, AtlasData data) {
    }

    // ---- views ----

    @Override
    public void saveView() {
        Path out = dialogs.choosers().saveFile(stage, words().get("view.save.title"), "csto-view-" + vm().getDate() + "." + SavedView.EXTENSION,
                words().get("view.type"), SavedView.EXTENSION);
        if (out != null) saveView(out);
    }

    public void saveView(Path out) {
        Exports.write(out, SavedView.of(vm().state()).toJson(), this::failed);
    }

    @Override
    public void openView() {
        Path in = dialogs.choosers().openFile(stage, words().get("view.open.title"), words().get("view.type"), SavedView.EXTENSION, SavedView.OLD_EXTENSION);
        if (in != null) openView(in);
    }

    /** Opens a view file; a bad one changes nothing and is explained. */
    public void openView(Path in) {
        try {
            SavedView view = SavedView.read(in);
            vm().apply(view.over(vm().state())).ifPresent(w -> dialogs.error(stage, words().get("error.view"), in.getFileName() + ": " + w));
        } catch (SavedView.Unreadable e) {
            dialogs.error(stage, words().get("error.view"), words().unreadable(e));
        }
    }

    // ---- exports ----

    @Override
    public void exportMap() {
        dialogs.pictureSize(stage).ifPresent(size -> {
            Path out = dialogs.choosers().saveFile(stage, words().get("export.png.title"), "csto-atlas-" + vm().getDate() + ".png", words().get("export.png.type"), "png");
            if (out != null) exportMap(size[0], size[1], out);
        });
    }

    /** Renders the map at the size and writes it; an error dialog says what went wrong. */
    public void exportMap(int width, int height, Path out) {
        MapPicture.render(vm().state(), data, window.map().getWidth(), width, height)
                .thenCompose(image -> CompletableFuture.runAsync(() -> Exports.writePng(image, out)))
                .whenComplete((v, e) -> Platform.runLater(() -> {
                    if (e != null) failed(words().get("error.mapExport"), out, e.getCause() != null ? e.getCause() : e);
                    else written(out);
                }));
    }

    @Override
    public void exportChart() {
        Path out = dialogs.choosers().saveFile(stage, words().get("export.chart.title"), "csto-members-" + vm().getDate() + ".png", words().get("export.png.type"), "png");
        if (out != null) exportChart(out);
    }

    /** Draws the membership chart whole (every row, no scrolling) at 1200 pixels wide and writes it. */
    public void exportChart(Path out) {
        var model = new org.cstoatlas.ui.chart.MembershipChartViewModel(vm());
        var chart = new org.cstoatlas.ui.chart.MembershipChart(model);
        javafx.scene.layout.StackPane root = new javafx.scene.layout.StackPane(chart);
        root.getStyleClass().setAll(stage.getScene().getRoot().getStyleClass());
        // Laid out once to measure (the rows are as tall as their names at the text size), then at that height.
        javafx.scene.Scene measuring = new javafx.scene.Scene(root, 1200, 800);
        measuring.getStylesheets().setAll(stage.getScene().getStylesheets());
        root.applyCss();
        root.layout();
        // The first layout gave the chart its width and so its rows: they take their CSS now.
        root.applyCss();
        root.layout();
        double height = chart.wholeHeight(1200);
        measuring.setRoot(new javafx.scene.Group());
        javafx.scene.Scene scene = new javafx.scene.Scene(root, 1200, height);
        scene.getStylesheets().setAll(stage.getScene().getStylesheets());
        root.applyCss();
        root.layout();
        root.layout();
        javafx.scene.image.WritableImage image = scene.snapshot(null);
        CompletableFuture.runAsync(() -> Exports.writePng(image, out)).whenComplete((v, e) -> Platform.runLater(() -> {
            if (e != null) failed(words().get("error.chartExport"), out, e.getCause() != null ? e.getCause() : e);
            else written(out);
        }));
    }

    @Override
    public void exportStatus() {
        Path out = dialogs.choosers().saveFile(stage, words().get("export.csv.title"), "csto-status-" + vm().getDate() + ".csv", words().get("export.csv.type"), "csv");
        if (out != null && Exports.write(out, Exports.statusCsv(vm()), this::failed)) written(out);
    }

    @Override
    public void exportEvidence() {
        Selection s = vm().getSelection();
        // Nothing selected: the evidence of what the map shows (each side, while two are compared).
        String subject = s != null ? s.title(vm().languageProperty().get())
                : vm().sides().stream().map(side -> side.alliance() + "-" + side.date()).distinct().collect(java.util.stream.Collectors.joining("-"));
        String name = "csto-evidence-" + subject.replaceAll("[^\\p{L}\\p{N}]+", "-").toLowerCase(java.util.Locale.ROOT) + ".md";
        Path out = dialogs.choosers().saveFile(stage, words().get("export.evidence.title"), name, words().get("export.evidence.type"), "md");
        if (out != null) exportEvidence(out);
    }

    /** Writes the evidence of the selection, or with nothing selected of what the map shows; the window says where it went. */
    public void exportEvidence(Path out) {
        if (Exports.write(out, Exports.evidenceMarkdown(vm()), this::failed)) written(out);
    }

    /** An export is written: the window says so, with a way to its folder. */
    private void written(Path out) {
        if (window != null) window.notice().written(out);
    }

    private void failed(Path file, Throwable e) {
        failed(words().get("error.save"), file, e);
    }

    private void failed(String header, Path file, Throwable e) {
        dialogs.error(stage, header, file + ": " + Exports.describe(e, words()));
    }

    // ---- the classroom ----

    @Override
    public void exportAnimation() {
        dialogs.animation(stage, vm().playStart(), vm().lastDay(), vm().getDate()).ifPresent(choice -> {
            Animation a = choice.animation();
            AtlasState base = framedFor(vm().state(), choice.alliancesFrame());
            Path out;
            if (a.form() == Animation.Form.GIF) {
                out = dialogs.choosers().saveFile(stage, words().get("animation.title"), "csto-atlas-" + a.from() + "-" + a.to() + ".gif",
                        words().get("animation.gifType"), "gif");
            } else {
                Path folder = dialogs.choosers().folder(stage, words().get("animation.framesFolder"));
                out = folder == null ? null : folder.resolve("csto-atlas-frames-" + a.from() + "-" + a.to());
            }
            if (out != null) exportAnimation(a, base, out);
        });
    }

    /**
     * The state an animation films from: the map as it is now, or (the dialog's default, and the command
     * line's) looking where the shown alliance's countries are, at the picture's own size.
     */
    static AtlasState framedFor(AtlasState now, boolean alliancesFrame) {
        // Framed for the alliance, the film is its own picture as the command line's `animate` makes it:
        // at the window's 175 % its legend covered Belarus and Armenia in a 1280 × 720 frame.
        return alliancesFrame ? now.withMap(null).withTextScale(1.0) : now;
    }

    /** Films from the state as it is now (see {@link #exportAnimation(Animation, AtlasState, Path)}). */
    public CompletableFuture<Boolean> exportAnimation(Animation a, Path out) {
        return exportAnimation(a, vm().state(), out);
    }

    /**
     * Films the animation off the FX thread with a progress bar and Cancel; the answer ends when it is
     * written (true), cancelled or failed (false; a failure is explained).
     */
    public CompletableFuture<Boolean> exportAnimation(Animation a, AtlasState base, Path out) {
        java.util.List<Animation.Frame> frames = a.frames(base, data.index());
        Animation.Refusal why = Animation.refusal(frames);
        if (why != null) {
            dialogs.error(stage, words().get("error.animation"), words().format("animation.refused." + why.id(), words().number(Animation.MAX_FRAMES)));
            return CompletableFuture.completedFuture(false);
        }
        java.util.concurrent.atomic.AtomicBoolean cancelled = new java.util.concurrent.atomic.AtomicBoolean();
        var progress = dialogs.progress(stage, words().get("animation.progress"), () -> cancelled.set(true));
        progress.set(0, frames.size());
        double liveWidth = window.map().getWidth();
        AtlasData filmed = data;
        return inBackground("animation-export", words().get("error.animation"), out, progress,
                () -> Filming.film(a, frames, filmed, liveWidth, out, cancelled::get, progress::set));
    }

    /** A long export's work, run off the FX thread; it ends by returning (written), by a cancel, or by failing. */
    private interface Job {
        void run() throws Exception;
    }

    /**
     * Runs an export off the FX thread behind its progress panel (which closes when it ends, whichever
     * way); the answer ends true when written, false when cancelled or failed (a failure is explained).
     */
    private CompletableFuture<Boolean> inBackground(String thread, String failedHeader, Path out, org.cstoatlas.ui.tools.ProgressPanel progress, Job job) {
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            boolean written = false;
            Throwable failure = null;
            try {
                job.run();
                written = true;
            } catch (java.util.concurrent.CancellationException | org.cstoatlas.share.WebAtlas.Cancelled e) {
                // Cancelled: nothing was written under the chosen name, and nothing needs saying.
            } catch (Throwable e) {
                failure = e;
            }
            boolean ok = written;
            Throwable failed = failure;
            Platform.runLater(() -> {
                progress.close();
                if (failed != null) failed(failedHeader, out, failed);
                else if (ok) written(out);
                done.complete(ok);
            });
        }, thread);
        t.setDaemon(true);
        t.start();
        return done;
    }

    @Override
    public void shareWebPage() {
        Path out = dialogs.choosers().saveFile(stage, words().get("share.web.title"), "csto-atlas.html", words().get("share.web.type"), "html");
        if (out != null) shareWebPage(out);
    }

    /**
     * Writes the atlas, with the open lesson if there is one, as one offline web page off the FX thread,
     * with a progress bar and Cancel (the page is moved in whole at the end: a cancelled one leaves
     * nothing); the answer ends true when it is written.
     */
    public CompletableFuture<Boolean> shareWebPage(Path out) {
        java.util.concurrent.atomic.AtomicBoolean cancelled = new java.util.concurrent.atomic.AtomicBoolean();
        var progress = dialogs.progress(stage, words().get("share.web.progress"), () -> cancelled.set(true));
        progress.set(0, 100);
        Lesson lesson = vm().lesson().isOpen() ? vm().lesson().lesson() : null;
        Language language = vm().state().language();
        var index = vm().index();
        LocalDate first = vm().firstDay(), last = vm().lastDay();
        return inBackground("web-page-export", words().get("share.web.failed"), out, progress, () -> org.cstoatlas.share.WebAtlas.bundled(index, first, last)
                .write(lesson, language, out, f -> Platform.runLater(() -> progress.set((int) Math.round(f * 100), 100)), cancelled::get));
    }

    @Override
    public void editLesson() {
        if (lessonStage == null) {
            lessonStage = new Stage();
            lessonStage.initOwner(stage);
            lessonStage.setTitle(words().get("lesson.title"));
            var pane = new org.cstoatlas.ui.lesson.LessonPane(vm().lesson(), this::saveLesson, this::openLesson);
            // At the window's text size; tall enough for the list, the note and every button.
            org.cstoatlas.ui.look.Look.follow(stage, pane);
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            // Wide enough for its buttons at the window's text size, and as tall as the screen allows.
            double width = Math.min(460 * Math.max(1, vm().textScaleProperty().get()), screen.getWidth() * 0.6);
            double height = Math.min(640 * Math.max(1, vm().textScaleProperty().get()), screen.getHeight());
            Scene scene = new Scene(pane, width, height);
            lessonStage.setScene(scene);
            lessonStage.setOnHidden(e -> lessonStage = null);
            // Over the window's right side (the detail pane), not over the map the stops are taken from.
            lessonStage.setX(Math.max(screen.getMinX(), Math.min(stage.getX() + stage.getWidth() - width - 12, screen.getMaxX() - width)));
            lessonStage.setY(Math.max(screen.getMinY(), Math.min(stage.getY() + 48, screen.getMaxY() - height)));
            StageSize.hold(lessonStage, width, height);
        }
        lessonStage.show();
        lessonStage.toFront();
    }

    @Override
    public void openLesson() {
        Path in = dialogs.choosers().openFile(lessonOwner(), words().get("lesson.open.title"), words().get("lesson.type"), SavedView.EXTENSION);
        if (in != null) openLesson(in);
    }

    /** Opens a lesson (or an old view file, as a lesson of one stop) on its first stop; a bad file changes nothing. */
    @Override
    public void openLesson(Path in) {
        try {
            Lesson lesson = Lesson.read(in, vm().state());
            vm().lesson().open(lesson, 0).ifPresent(w -> dialogs.error(stage, words().get("error.view"), in.getFileName() + ": " + w));
        } catch (SavedView.Unreadable e) {
            dialogs.error(stage, words().get("error.view"), words().unreadable(e));
        }
    }

    @Override
    public void saveLesson() {
        Path out = dialogs.choosers().saveFile(lessonOwner(), words().get("lesson.save.title"), "csto-lesson." + SavedView.EXTENSION, words().get("lesson.type"), SavedView.EXTENSION);
        if (out != null) saveLesson(out);
    }

    /** The lesson editor while it is open, else the window: a chooser owned by the window opened under the editor. */
    private javafx.stage.Window lessonOwner() {
        return lessonStage != null && lessonStage.isShowing() ? lessonStage : stage;
    }

    public void saveLesson(Path out) {
        Exports.write(out, vm().lesson().lesson().toJson(), this::failed);
    }

    @Override
    public void startQuiz() {
        dialogs.quizSetup(stage, vm().firstDay(), vm().lastDay()).ifPresent(s -> startQuiz(s.from(), s.to(), s.count(), s.seed()));
    }

    /** Starts a quiz over the map; the answer is how many questions the record could settle. */
    public int startQuiz(LocalDate from, LocalDate to, int count, long seed) {
        int n = window.quiz().start(from, to, count, seed);
        showQuiz();
        return n;
    }

    private void showQuiz() {
        // The map takes the answers: it gets the room of the browse pane.
        vm().browseShownProperty().set(false);
        window.quizPane().setVisible(true);
    }

    // ---- the rest of the menus ----

    @Override
    public void inform(String title, String text) {
        dialogs.inform(stage, title, text);
    }

    @Override
    public void quit() {
        stage.hide();
    }

    /** Selects by reference, as a test or a lesson would. */
    public Optional<String> select(SelectionRef ref) {
        return vm().apply(vm().state().withSelection(ref));
    }
}

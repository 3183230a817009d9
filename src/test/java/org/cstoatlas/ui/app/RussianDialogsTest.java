package org.cstoatlas.ui.app;

import org.cstoatlas.Fx;
import org.cstoatlas.CleanToolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.cstoatlas.AtlasData;
import org.cstoatlas.TestDatasets;
import org.cstoatlas.record.Language;
import org.cstoatlas.state.Animation;
import org.cstoatlas.state.SavedView;
import org.cstoatlas.state.SelectionRef;
import org.cstoatlas.state.WindowOptions;
import org.cstoatlas.ui.ShownTexts;
import org.cstoatlas.ui.tools.Choosers;
import org.cstoatlas.ui.window.AtlasWindow;
import org.cstoatlas.words.Words;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Russian window's dialogs and second windows, each opened as a user opens it and walked whole:
 * no English word anywhere (the names every language writes in Latin aside, see {@link ShownTexts}),
 * and the file choosers asked in Russian. The animation's captions and its picture are read too.
 */
@Tag("toolkit")
@ExtendWith(CleanToolkit.class)
@ExtendWith(ApplicationExtension.class)
class RussianDialogsTest {

    static AtlasData data;
    @TempDir
    static Path dir;
    Stage stage;
    Session session;
    /** What the file choosers were asked: their titles and the kinds of file they offer. */
    final List<String> asked = new ArrayList<>();
    /** What the next chooser answers (null: the user cancelled). */
    Path answer;

    @BeforeAll
    static void load() throws Exception {
        data = AtlasData.loadBundled();
    }

    @Start
    void start(Stage primary) {
        stage = new Stage();
        session = Session.open(stage, data, WindowOptions.NONE, dir.resolve("home"));
        session.speak(Language.RU);
        session.window().viewModel().setDate(LocalDate.of(2008, 6, 1));
        session.dialogs().useChoosers(new Choosers() {
            public Path saveFile(Window owner, String title, String suggested, String description, String extension) {
                asked.add(title);
                asked.add(description);
                return answer;
            }

            public Path openFile(Window owner, String title, String description, String... extensions) {
                asked.add(title);
                asked.add(description);
                return answer;
            }

            public Path folder(Window owner, String title) {
                asked.add(title);
                return answer;
            }
        });
    }

    @AfterEach
    void closeTheRest(FxRobot robot) {
        Fx.act(() -> {
            for (Window w : new ArrayList<>(Window.getWindows())) if (w instanceof Stage s && s != stage && s.isShowing() && s.getOwner() != null) s.hide();
        });
    }

    private AtlasWindow window() {
        return session.window();
    }

    private static void assertRussian(String where, List<String> texts) {
        List<String> latin = ShownTexts.latin(texts);
        assertTrue(latin.isEmpty(), where + ": English in the Russian window:\n" + String.join("\n", latin));
    }

    /** The first window showing over the atlas that {@code which} picks, waited for. */
    private Window shown(Predicate<Window> which) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> Window.getWindows().stream().anyMatch(w -> w != stage && w.isShowing() && which.test(w)));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the window did not show; showing: " + Window.getWindows().stream().filter(Window::isShowing)
                    .map(w -> w.getClass().getSimpleName() + (w instanceof javafx.scene.control.PopupControl p ? p.getStyleClass().toString() : "")
                            + (w.getScene() != null && w.getScene().getRoot() != null ? " " + w.getScene().getRoot().getId() : ""))
                    .toList());
        }
        Fx.settle();
        return Window.getWindows().stream().filter(w -> w != stage && w.isShowing() && which.test(w)).findFirst().orElseThrow();
    }

    private static Predicate<Window> dialog(String id) {
        return w -> w.getScene() != null && w.getScene().getRoot() != null && id.equals(w.getScene().getRoot().getId());
    }

    private static Predicate<Window> anyDialog() {
        return w -> w.getScene() != null && w.getScene().getRoot() instanceof DialogPane;
    }

    private static List<String> texts(FxRobot robot, Window w) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> ShownTexts.of(w)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Presses the dialog's button of that kind (OK, Cancel), as a user would. */
    private static void press(FxRobot robot, Window w, ButtonBar.ButtonData kind) {
        DialogPane pane = (DialogPane) w.getScene().getRoot();
        ButtonType type = pane.getButtonTypes().stream().filter(b -> b.getButtonData() == kind).findFirst().orElseThrow();
        Fx.act(() -> ((Button) pane.lookupButton(type)).fire());
    }

    /** Opens a message as a menu action would (later, so the dialog's own wait does not hold the test) and reads it. */
    private List<String> message(FxRobot robot, Runnable action) throws Exception {
        Platform.runLater(action);
        Window w = shown(anyDialog());
        List<String> texts = texts(robot, w);
        press(robot, w, ButtonBar.ButtonData.OK_DONE);
        return texts;
    }

    /**
     * Asks for a node's right-click menu as the desktop does (the headless toolkit turns no click into
     * that request): the request goes from the window down to the node, through every filter on the way.
     */
    private static void rightClick(FxRobot robot, javafx.scene.Node n) {
        Fx.act(() -> {
            javafx.geometry.Bounds b = n.localToScreen(n.getBoundsInLocal());
            javafx.geometry.Point2D local = n.screenToLocal(b.getCenterX(), b.getCenterY());
            javafx.event.Event.fireEvent(n, new javafx.scene.input.ContextMenuEvent(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                    local.getX(), local.getY(), b.getCenterX(), b.getCenterY(), false, null));
        });
    }

    private MenuItem menuItem(String key) {
        MenuBar bar = (MenuBar) window().root().lookup("#menu-bar");
        String text = Words.of(Language.RU).get(key);
        List<MenuItem> all = new ArrayList<>();
        for (Menu m : bar.getMenus()) collect(m, all);
        return all.stream().filter(i -> text.equals(i.getText())).findFirst().orElseThrow(() -> new AssertionError("no menu item " + key));
    }

    private static void collect(MenuItem item, List<MenuItem> out) {
        out.add(item);
        if (item instanceof Menu m) for (MenuItem i : m.getItems()) collect(i, out);
    }

    @Test
    void exportingAnAnimationAsksInRussian(FxRobot robot) throws Exception {
        Platform.runLater(session::exportAnimation);
        Window w = shown(dialog("animation-dialog"));
        List<String> texts = texts(robot, w);
        assertTrue(texts.contains(Words.of(Language.RU).get("animation.step.event")), "the steps as the dialog offers them: " + texts);
        assertRussian("File ▸ Export animation", texts);
        // OK asks where to write the GIF; then, for numbered pictures, the folder.
        press(robot, w, ButtonBar.ButtonData.OK_DONE);
        Fx.settle();
        Platform.runLater(session::exportAnimation);
        Window again = shown(dialog("animation-dialog"));
        Fx.act(() -> {
            @SuppressWarnings("unchecked")
            ChoiceBox<Animation.Form> form = (ChoiceBox<Animation.Form>) again.getScene().getRoot().lookup("#animation-form");
            form.setValue(Animation.Form.PNG_FRAMES);
        });
        press(robot, again, ButtonBar.ButtonData.OK_DONE);
        Fx.settle();
        assertEquals(3, asked.size(), "the GIF's title and kind, then the folder's title: " + asked);
        assertRussian("the choosers of an animation", asked);
    }

    @Test
    void theFilmsCaptionsAndPicturesAreRussian(FxRobot robot) throws Exception {
        // Event by event through 2002, the year of the Charter: each frame's caption is the event's Russian title.
        Animation a = new Animation(LocalDate.of(2002, 1, 1), LocalDate.of(2003, 1, 1), Animation.Step.EVENT, 500, 800, 600, Animation.Form.GIF);
        var frames = a.frames(window().viewModel().state(), data.index());
        assertFalse(frames.isEmpty(), "events in 2002");
        Words ru = Words.of(Language.RU);
        List<String> captions = frames.stream().filter(f -> f.event() != null).map(f -> Filming.caption(f.event(), ru)).toList();
        assertFalse(captions.isEmpty());
        assertTrue(captions.stream().allMatch(c -> c.matches("(?s).*[А-Яа-яЁё]{4,}.*")), captions.toString());
        assertRussian("the animation's captions", captions);
        // A frame's picture: its title with the date, the legend, the caption, the credits.
        CompletableFuture<List<String>> picture = new CompletableFuture<>();
        Platform.runLater(() -> {
            MapPicture.Slide slide = new MapPicture.Slide(frames.get(0).state(), data, 800, 800, 600);
            slide.render(frames.get(0).state(), captions.get(0)).whenComplete((image, failed) -> {
                if (failed != null) picture.completeExceptionally(failed);
                else picture.complete(ShownTexts.of(slide.picture()));
            });
        });
        List<String> shown = picture.get(60, TimeUnit.SECONDS);
        assertTrue(shown.contains(captions.get(0)), shown.toString());
        // The sources' own titles in the credits stay as their publishers wrote them.
        assertRussian("a frame of the animation", shown.stream().filter(t -> t == null || !t.startsWith(ru.get("export.picture.credits").substring(0, ru.get("export.picture.credits").indexOf("{0}")))).toList());
        // While it is filmed, the progress panel.
        Animation days = new Animation(LocalDate.of(2002, 1, 1), LocalDate.of(2002, 6, 1), Animation.Step.DAY, 100, 640, 480, Animation.Form.GIF);
        Path out = dir.resolve("long.gif");
        CompletableFuture<CompletableFuture<Boolean>> filming = new CompletableFuture<>();
        Platform.runLater(() -> filming.complete(session.exportAnimation(days, out)));
        Window progress = shown(dialog("progress-panel"));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !((javafx.scene.control.Label) progress.getScene().getRoot().lookup("#progress-text")).getText().isEmpty());
        assertRussian("the filming's progress", texts(robot, progress));
        Fx.act(() -> ((Button) progress.getScene().getRoot().lookup("#progress-cancel")).fire());
        assertFalse(filming.get(10, TimeUnit.SECONDS).get(60, TimeUnit.SECONDS), "cancelled");
        // Too short a film is refused in Russian.
        Animation none = new Animation(LocalDate.of(1994, 3, 1), LocalDate.of(1994, 3, 5), Animation.Step.EVENT, 500, 640, 480, Animation.Form.GIF);
        List<String> refused = message(robot, () -> session.exportAnimation(none, dir.resolve("none.gif")));
        assertTrue(refused.contains(ru.get("animation.refused.no-frame")), refused.toString());
        assertRussian("an animation with no event", refused);
    }

    @Test
    void thePictureAndTheFilesAskInRussian(FxRobot robot) throws Exception {
        Platform.runLater(session::exportMap);
        Window w = shown(anyDialog());
        assertRussian("File ▸ Export map", texts(robot, w));
        press(robot, w, ButtonBar.ButtonData.OK_DONE);
        Fx.settle();
        // Every chooser, cancelled.
        Fx.act(() -> {
            session.exportChart();
            session.exportStatus();
            session.exportEvidence();
            session.shareWebPage();
            session.saveView();
            session.openView();
            session.openLesson();
            session.saveLesson();
            session.openDataset();
        });
        assertEquals(2 + 2 * 8 + 1, asked.size(), asked.toString());
        assertRussian("the file choosers", asked);
        // The evidence written: the notice says where.
        answer = dir.resolve("evidence.md");
        Fx.act(() -> session.exportEvidence());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(answer) && window().notice().isVisible());
        List<String> notice = ShownTexts.of(window().notice());
        assertTrue(notice.stream().anyMatch(t -> t != null && t.contains("evidence.md")), notice.toString());
        assertRussian("the export's notice", notice);
    }

    @Test
    void theErrorsSayInRussianWhatWentWrong(FxRobot robot) throws Exception {
        Path garbage = dir.resolve("garbage.cstoview");
        Files.writeString(garbage, "{ \"date\": 12 }");
        List<String> said = message(robot, () -> session.openView(garbage));
        assertTrue(said.contains("garbage.cstoview, строка 1, столбец 11, поле «date»: должно быть текстом в кавычках"), said.toString());
        assertRussian("a view file that is not a view", said);
        Path notJson = dir.resolve("not-json.cstoview");
        Files.writeString(notJson, "hello");
        assertRussian("a view file that is not JSON", message(robot, () -> session.openView(notJson)));
        assertRussian("a view file not there", message(robot, () -> session.openView(dir.resolve("missing.cstoview"))));
        Path lacking = dir.resolve("lacking.cstoview");
        Files.writeString(lacking, SavedView.of(window().viewModel().state().withSelection(new SelectionRef(SelectionRef.Kind.EVENT, "no-such-event"))).toJson());
        said = message(robot, () -> session.openView(lacking));
        assertTrue(said.contains("lacking.cstoview: в этом наборе данных нет события «no-such-event»; ничего не выбрано"), said.toString());
        assertRussian("a view naming what the dataset lacks", said);
        assertRussian("a lesson file that is not a lesson", message(robot, () -> session.openLesson(garbage)));
        assertRussian("a view saved into no folder", message(robot, () -> session.saveView(dir.resolve("no-folder").resolve("v.cstoview"))));
        // Frames filmed into a folder with files in it.
        Path full = Files.createDirectories(dir.resolve("full"));
        Files.writeString(full.resolve("notes.txt"), "mine");
        Animation two = new Animation(LocalDate.of(2000, 1, 1), LocalDate.of(2001, 1, 1), Animation.Step.YEAR, 500, 320, 240, Animation.Form.PNG_FRAMES);
        List<String> inTheWay = message(robot, () -> session.exportAnimation(two, full));
        assertTrue(inTheWay.stream().anyMatch(t -> t != null && t.contains(Words.of(Language.RU).get("error.folderNotEmpty"))), inTheWay.toString());
        assertRussian("frames filmed into a full folder", inTheWay);
        // A refused dataset: its panel, every problem listed in Russian.
        Path broken = Files.createDirectories(dir.resolve("broken"));
        TestDatasets.copy(TestDatasets.folder("minimal"), broken);
        Files.copy(TestDatasets.folder("broken").resolve("end-before-start").resolve("periods.json"), broken.resolve("periods.json"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Fx.act(() -> session.openDataset(broken));
        Window problems = shown(w -> w.getScene() != null && w.getScene().getRoot().lookup("#problems-table") != null);
        assertRussian("a refused dataset", texts(robot, problems));
    }

    @Test
    void theMenusMessagesTheLessonAndTheQuizAreRussian(FxRobot robot) throws Exception {
        assertRussian("About", message(robot, () -> menuItem("menu.help.about").fire()).stream()
                // The sources as their publishers name them ("• “Title”, Publisher"), as the detail pane shows them.
                .map(t -> t == null ? null : t.replaceAll("(?m)^• .*$", "")).toList());
        assertRussian("the keys", message(robot, () -> menuItem("menu.help.keys").fire()));
        // The lesson's editor.
        Fx.act(session::editLesson);
        Window lesson = shown(w -> w instanceof Stage s && Words.of(Language.RU).get("lesson.title").equals(s.getTitle()));
        assertRussian("the lesson's editor", texts(robot, lesson));
        Fx.act(lesson::hide);
        // The quiz's setup.
        Platform.runLater(session::startQuiz);
        Window quiz = shown(dialog("quiz-setup"));
        assertRussian("the quiz's setup", texts(robot, quiz));
        press(robot, quiz, ButtonBar.ButtonData.CANCEL_CLOSE);
        // Go to date (Ctrl+G): the date field, then a wrong date typed.
        Fx.act(() -> {
            stage.requestFocus();
        });
        robot.press(KeyCode.CONTROL, KeyCode.G).release(KeyCode.G, KeyCode.CONTROL);
        Fx.settle();
        assertTrue(window().root().lookup("#go-to-date").isVisible(), "Ctrl+G shows the date field");
        assertRussian("Go to date", ShownTexts.of(window().root().lookup("#go-to-date").getParent()));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        // A text field's right-click menu (JavaFX's own has no Russian): the search's, and a dialog's date field's.
        rightClick(robot, window().root().lookup("#search"));
        Window edit = shown(w -> w instanceof javafx.scene.control.ContextMenu m && m.getStyleClass().contains("edit-menu"));
        List<String> items = texts(robot, edit);
        assertTrue(items.contains(Words.of(Language.RU).get("edit.paste")), items.toString());
        assertRussian("the search field's menu", items);
        Fx.act(edit::hide);
        Platform.runLater(session::startQuiz);
        Window setup = shown(dialog("quiz-setup"));
        rightClick(robot, setup.getScene().getRoot().lookup("#quiz-seed"));
        Window seedMenu = shown(w -> w instanceof javafx.scene.control.ContextMenu m && m.getStyleClass().contains("edit-menu") && m != edit);
        assertRussian("a dialog's field's menu", texts(robot, seedMenu));
        Fx.act(seedMenu::hide);
        press(robot, setup, ButtonBar.ButtonData.CANCEL_CLOSE);
    }
}

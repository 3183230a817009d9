package org.cstoatlas.ui.app;

import org.cstoatlas.Fx;
import org.cstoatlas.CleanToolkit;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.cstoatlas.AtlasData;
import org.cstoatlas.state.Animation;
import org.cstoatlas.state.Lesson;
import org.cstoatlas.state.WindowOptions;
import org.cstoatlas.ui.model.AtlasViewModel;
import org.cstoatlas.ui.quiz.Question;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The classroom in the real window: a lesson prepared, saved, opened and walked with Page Down; a quiz; an animation. */
@Tag("toolkit")
@ExtendWith(CleanToolkit.class)
@ExtendWith(ApplicationExtension.class)
class ClassroomTest {

    static AtlasData data;

    @BeforeAll
    static void load() throws Exception {
        data = AtlasData.loadBundled();
    }

    private Session open(FxRobot robot, Path home) {
        Session[] s = new Session[1];
        Fx.act(() -> s[0] = Session.open(new Stage(), data, WindowOptions.NONE, home));
        Fx.settle();
        return s[0];
    }

    /** The teacher back in the main window, the map holding the keys (as a clicker needs). */
    private static void keysToTheMap(FxRobot robot, Session s) {
        javafx.stage.Window main = s.window().root().getScene().getWindow();
        Fx.act(() -> {
            main.requestFocus();
            s.window().map().requestFocus();
        });
        robot.targetWindow(main);
    }

    private static void close(FxRobot robot, Session s) {
        Fx.act(() -> s.window().root().getScene().getWindow().hide());
    }

    @Test
    void theLessonEditorAtLargeTextFitsTheScreenAndSaysWhatEachFieldIs(FxRobot robot, @TempDir Path home) {
        Session s = open(robot, home);
        AtlasViewModel vm = s.window().viewModel();
        Fx.act(() -> vm.textScaleProperty().set(1.75));
        Fx.act(s::editLesson);
        Fx.settle();
        javafx.scene.Node pane = robot.lookup("#lesson-pane").query();
        javafx.stage.Window editor = pane.getScene().getWindow();
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        assertTrue(editor.getHeight() <= screen.getHeight() + 0.5 && editor.getWidth() <= screen.getWidth() + 0.5, "the editor fits the screen: " + editor.getWidth() + " × " + editor.getHeight());
        assertTrue(editor.getWidth() >= 400 && editor.getHeight() >= 400, "not a 200-pixel window: " + editor.getWidth() + " × " + editor.getHeight());
        // Every part can be reached: what the screen is short for scrolls (Save and Open stayed off-screen before).
        // The test's screen is 1200 high: the editor is made as short as a 768-pixel screen leaves it.
        Fx.act(() -> editor.setHeight(Math.min(editor.getHeight(), 560)));
        Fx.settle();
        // Save and Open stand in sight without scrolling; the form above them scrolls to its last line.
        for (String id : new String[] {"#lesson-save", "#lesson-open"}) {
            javafx.scene.Node b = robot.lookup(id).query();
            javafx.geometry.Bounds in = b.localToScene(b.getLayoutBounds());
            assertTrue(in.getMinY() >= 0 && in.getMaxY() <= pane.getScene().getHeight() + 0.5, id + " is in sight: " + in);
        }
        javafx.scene.control.ScrollPane scroll = robot.lookup(".lesson-form").queryAs(javafx.scene.control.ScrollPane.class);
        Fx.act(() -> scroll.setVvalue(1));
        Fx.settle();
        javafx.scene.Node hint = robot.lookup(".lesson-hint").queryAll().stream().filter(n -> n.getScene() == pane.getScene() && n.getParent() != null
                && !(n.getParent() instanceof javafx.scene.control.ListView)).reduce((a, b) -> b).orElseThrow();
        javafx.geometry.Bounds last = hint.localToScene(hint.getLayoutBounds());
        javafx.geometry.Bounds view = scroll.localToScene(scroll.getLayoutBounds());
        assertTrue(last.getMaxY() <= view.getMaxY() + 0.5, "the form's last line is in sight once scrolled: " + last + " in " + view);
        // Each field says what it is, and the empty list what to do.
        java.util.Set<String> labels = robot.lookup(".label").queryAll().stream().filter(n -> n.getScene() == pane.getScene())
                .map(n -> ((Label) n).getText()).collect(java.util.stream.Collectors.toSet());
        assertTrue(labels.contains(vm.words().get("lesson.titleLabel")) && labels.contains(vm.words().get("lesson.stops")), labels.toString());
        assertTrue(labels.contains(vm.words().get("lesson.noStops")), "the empty list says how to add a stop: " + labels);
        // Save and Open ask over the editor: a chooser owned by the main window opened under it.
        java.util.List<javafx.stage.Window> owners = new java.util.ArrayList<>();
        s.dialogs().useChoosers(new org.cstoatlas.ui.tools.Choosers() {
            public Path saveFile(javafx.stage.Window owner, String title, String suggested, String description, String extension) {
                owners.add(owner);
                return null;
            }

            public Path openFile(javafx.stage.Window owner, String title, String description, String... extensions) {
                owners.add(owner);
                return null;
            }

            public Path folder(javafx.stage.Window owner, String title) {
                owners.add(owner);
                return null;
            }
        });
        robot.clickOn("#lesson-save");
        robot.clickOn("#lesson-open");
        Fx.settle();
        assertEquals(java.util.List.of(editor, editor), owners, "the choosers belong to the editor");
        Fx.act(editor::hide);
        close(robot, s);
    }

    @Test
    void aLessonPreparedInTheEditorIsWalkedWithPageDownWhilePresenting(FxRobot robot, @TempDir Path home) throws Exception {
        Session s = open(robot, home);
        AtlasViewModel vm = s.window().viewModel();
        Fx.act(s::editLesson);
        String[] notes = {"The treaty is signed in Tashkent", "The Organization is founded", "Uzbekistan is suspended"};
        LocalDate[] days = {LocalDate.of(1992, 5, 15), LocalDate.of(2002, 10, 7), LocalDate.of(2012, 12, 20)};
        for (int i = 0; i < 3; i++) {
            LocalDate d = days[i];
            Fx.act(() -> vm.setDate(d));
            robot.clickOn("#lesson-add");
            robot.clickOn("#lesson-note-editor").write(notes[i]);
        }
        assertEquals(3, vm.lesson().lesson().size());
        assertEquals(notes[1], vm.lesson().lesson().stop(1).note());
        Path file = home.resolve("lesson.json");
        Fx.act(() -> s.saveLesson(file));
        Fx.act(() -> vm.lesson().close());
        Fx.act(() -> vm.setDate(LocalDate.of(2020, 1, 1)));
        Fx.act(() -> s.openLesson(file));
        assertEquals(days[0], vm.getDate(), "a lesson opens on its first stop");

        // In class: F11, then the clicker's Page Down walks the stops, the note large beside the map.
        // The editor put away, the teacher is back in the main window.
        javafx.stage.Window editor = robot.lookup("#lesson-pane").query().getScene().getWindow();
        Fx.act(editor::hide);
        keysToTheMap(robot, s);
        robot.type(KeyCode.F11);
        Fx.settle();
        assertTrue(vm.presentingProperty().get());
        robot.type(KeyCode.PAGE_DOWN);
        Fx.settle();
        assertEquals(days[1], vm.getDate());
        Label note = robot.lookup("#lesson-note-text").queryAs(Label.class);
        assertEquals(notes[1], note.getText());
        assertTrue(note.isVisible() && note.getParent().isVisible(), "the note is shown");
        // Nothing of the map's own stands under the note: the legend ends left of it, and no word runs under it
        // (seen at 1024 × 768 in the real window; the test's screen is 1920 wide, so the largest text is asked for).
        Fx.act(() -> vm.textScaleProperty().set(2.0));
        Fx.settle();
        javafx.scene.Node noteBox = robot.lookup("#lesson-note").query();
        javafx.geometry.Bounds noteBounds = noteBox.localToScene(noteBox.getLayoutBounds());
        javafx.geometry.Bounds legend = s.window().legend().localToScene(s.window().legend().getLayoutBounds());
        assertFalse(legend.intersects(noteBounds), "the legend " + legend + " runs under the note " + noteBounds);
        java.util.List<javafx.geometry.Bounds> words = new java.util.ArrayList<>(s.window().countries().visibleLabelBounds());
        words.addAll(s.window().operations().visibleLabelBounds());
        for (javafx.geometry.Bounds w : words) assertFalse(w.intersects(noteBounds), "a word " + w + " runs under the note " + noteBounds);
        robot.type(KeyCode.PAGE_DOWN);
        Fx.settle();
        assertEquals(days[2], vm.getDate());
        robot.type(KeyCode.PAGE_UP);
        Fx.settle();
        assertEquals(days[1], vm.getDate());
        // Out of presentation mode, Page Down steps through events again and the note goes.
        robot.type(KeyCode.ESCAPE);
        Fx.settle();
        assertFalse(robot.lookup("#lesson-note").query().isVisible());
        robot.type(KeyCode.PAGE_DOWN);
        Fx.settle();
        assertTrue(vm.getSelection() instanceof org.cstoatlas.ui.model.Selection.OfEvent);
        close(robot, s);
    }

    @Test
    void aStopSavedWithTwoAlliancesIsPresentedWithBoth(FxRobot robot, @TempDir Path home) throws Exception {
        Session s = open(robot, home);
        AtlasViewModel vm = s.window().viewModel();
        org.cstoatlas.state.AtlasState stop = vm.state().withDate(LocalDate.of(2024, 6, 1))
                .withAlliances(new org.cstoatlas.state.AllianceChoice("csto", "nato"));
        Path file = home.resolve("two-alliances.cstoview");
        Files.writeString(file, new Lesson("Two alliances", java.util.List.of(new Lesson.Stop(vm.state(), "first", null),
                new Lesson.Stop(stop, "CSTO and NATO", null))).toJson());
        Fx.act(() -> s.openLesson(file));
        keysToTheMap(robot, s);
        robot.type(KeyCode.F11);
        robot.type(KeyCode.PAGE_DOWN);
        Fx.settle();
        assertEquals(LocalDate.of(2024, 6, 1), vm.getDate());
        assertEquals("nato", vm.alliancesProperty().get().second(), "the stop's second alliance is shown");
        // What the class sees: the legend speaks of NATO.
        boolean natoInLegend = robot.lookup(".legend").queryAll().stream().flatMap(n -> n instanceof javafx.scene.Parent p
                ? p.lookupAll(".label").stream() : java.util.stream.Stream.<javafx.scene.Node>empty())
                .anyMatch(n -> n instanceof javafx.scene.control.Labeled l && l.isVisible() && l.getText() != null && l.getText().contains("NATO"));
        assertTrue(natoInLegend, "the legend names NATO");
        robot.type(KeyCode.ESCAPE);
        close(robot, s);
    }

    @Test
    void aPinnedNoteIsDrawnAtItsPlaceInAndOutOfPresentationAndSurvivesTheFile(FxRobot robot, @TempDir Path home) throws Exception {
        Session s = open(robot, home);
        AtlasViewModel vm = s.window().viewModel();
        Fx.act(s::editLesson);
        // The teacher selects Kazakhstan on the map, adds a stop with a note and pins the note to it.
        Fx.act(() -> {
            vm.setDate(LocalDate.of(2022, 1, 7));
            vm.selectCountry(vm.record().countries().stream().filter(c -> c.iso().equals("KAZ")).findFirst().orElseThrow());
        });
        robot.clickOn("#lesson-add");
        robot.clickOn("#lesson-note-editor").write("The CSTO's first mission: Kazakhstan");
        robot.clickOn("#lesson-pin");
        Lesson.Pin pin = vm.lesson().lesson().stop(0).pin();
        assertEquals(new Lesson.Pin(51.1694, 71.4491).lat(), pin.lat(), 0.5, "pinned at Astana");
        assertEquals(71.45, pin.lon(), 0.5);
        Fx.act(() -> vm.setDate(LocalDate.of(1992, 5, 15)));
        Fx.act(() -> vm.clearSelection());
        robot.clickOn("#lesson-add");
        robot.clickOn("#lesson-note-editor").write("Signed in Tashkent");
        // Saved and opened again: the pin comes back where it was, the unpinned stop without one.
        Path file = home.resolve("pinned.cstoview");
        Fx.act(() -> s.saveLesson(file));
        Fx.act(() -> vm.lesson().close());
        Fx.act(() -> s.openLesson(file));
        assertEquals(pin, vm.lesson().lesson().stop(0).pin());
        assertNull(vm.lesson().lesson().stop(1).pin());
        javafx.stage.Window editor = robot.lookup("#lesson-pane").query().getScene().getWindow();
        Fx.act(editor::hide);
        Fx.settle();

        // Out of presentation: the marker stands on Astana, the note's first line beside it.
        javafx.scene.Node marker = robot.lookup("#lesson-pin-marker").query();
        assertTrue(marker.isVisible(), "the pin is drawn");
        javafx.geometry.Point2D where = s.window().countries().scenePoint(pin.lat(), pin.lon());
        assertEquals(where.getX(), s.window().pins().markerInScene().getX(), 1.5);
        assertEquals(where.getY(), s.window().pins().markerInScene().getY(), 1.5);
        javafx.geometry.Bounds map = s.window().map().localToScene(s.window().map().getLayoutBounds());
        assertTrue(map.contains(where), "the map frames the pin");
        Label tag = robot.lookup("#lesson-pin-tag").queryAs(Label.class);
        assertTrue(tag.isVisible());
        assertEquals("The CSTO's first mission: Kazakhstan", tag.getText());
        assertTrue(map.contains(tag.localToScene(tag.getLayoutBounds())), "the note's first line stands on the map");
        // Narrower windows, the browse pane beside the map: the line stands whole on the map (it ran off its right edge).
        javafx.stage.Stage stage = (javafx.stage.Stage) s.window().root().getScene().getWindow();
        double wide = stage.getWidth();
        int checked = 0;
        for (double width : new double[] {1280, 1100, 1000}) {
            Fx.act(() -> {
                stage.setWidth(width);
                vm.browseShownProperty().set(true);
            });
            Fx.settle();
            Fx.settle();
            javafx.geometry.Bounds narrower = s.window().map().localToScene(s.window().map().getLayoutBounds());
            javafx.geometry.Bounds line = tag.localToScene(tag.getLayoutBounds());
            if (!tag.isVisible() || !narrower.contains(s.window().pins().markerInScene())) continue;
            assertTrue(narrower.contains(line), "at " + width + " px the note's first line stands on the map: " + line + " in " + narrower);
            // What the label draws is its whole text, wrapped: no words replaced by an ellipsis.
            assertEquals(tag.getText(), ((javafx.scene.text.Text) tag.lookup(".text")).getText(), "at " + width + " px its words wrap, none cut");
            checked++;
        }
        assertTrue(checked > 0, "the pin stood on the map at some width");
        Fx.act(() -> stage.setWidth(wide));
        Fx.settle();

        // Presenting: the note large at the right, a line from the pin to it; the pin clear of the note.
        Fx.act(() -> vm.presentingProperty().set(true));
        Fx.settle();
        Fx.settle();
        javafx.scene.Node note = robot.lookup("#lesson-note").query();
        assertTrue(note.isVisible());
        Label noteText = robot.lookup("#lesson-note-text").queryAs(Label.class);
        assertTrue(noteText.getHeight() >= noteText.prefHeight(noteText.getWidth()) - 0.5, "the whole note is shown, none of it cut");
        javafx.geometry.Bounds noteBox = note.localToScene(note.getLayoutBounds());
        javafx.scene.Node buttons = robot.lookup(".map-controls").query();
        assertFalse(noteBox.intersects(buttons.localToScene(buttons.getLayoutBounds())), "the note leaves the map's buttons clear: " + noteBox);
        javafx.geometry.Point2D now = s.window().countries().scenePoint(pin.lat(), pin.lon());
        assertEquals(now.getX(), s.window().pins().markerInScene().getX(), 1.5);
        assertFalse(noteBox.contains(now), "the note does not cover the pin");
        assertTrue(s.window().map().localToScene(s.window().map().getLayoutBounds()).contains(now));
        javafx.scene.shape.Line leader = robot.lookup("#lesson-pin-leader").queryAs(javafx.scene.shape.Line.class);
        assertTrue(leader.isVisible(), "a line ties the pin to the note");
        javafx.geometry.Point2D end = leader.localToScene(leader.getEndX(), leader.getEndY());
        assertTrue(end.getX() >= noteBox.getMinX() - 1.5 && end.getX() <= noteBox.getMaxX() + 1.5
                && end.getY() >= noteBox.getMinY() - 1.5 && end.getY() <= noteBox.getMaxY() + 1.5, "the line ends on the note's box");
        assertFalse(tag.isVisible(), "no second copy of the note");
        // The next stop has no pin: none is drawn.
        Fx.act(() -> vm.lesson().next());
        Fx.settle();
        assertFalse(marker.isVisible());
        assertFalse(leader.isVisible());
        Fx.act(() -> vm.presentingProperty().set(false));
        close(robot, s);
    }

    @Test
    void aQuizOverTheMapMarksAndScores(FxRobot robot, @TempDir Path home) {
        Session s = open(robot, home);
        AtlasViewModel vm = s.window().viewModel();
        int[] n = {0};
        Fx.act(() -> n[0] = s.startQuiz(LocalDate.of(1992, 1, 1), LocalDate.of(2026, 1, 1), 6, 7));
        assertEquals(6, n[0]);
        assertTrue(robot.lookup("#quiz-pane").query().isVisible());
        var quiz = s.window().quiz();
        while (!(quiz.questionProperty().get() instanceof Question.Members)) {
            robot.clickOn("#quiz-answer");
            robot.clickOn("#quiz-next");
        }
        Question.Members q = (Question.Members) quiz.questionProperty().get();
        assertTrue(robot.lookup("#quiz-question").queryAs(Label.class).getText().startsWith("Click every member of the CSTO"));
        int before = quiz.scoreProperty().get();
        // The map takes the answer: a click on a country (as the map's layer makes it) picks it.
        Fx.act(() -> q.answer().forEach(vm::selectCountry));
        // The map outlines what is picked, then what was right.
        String one = q.answer().iterator().next().iso();
        var layer = s.window().countries();
        assertEquals(org.cstoatlas.ui.model.Outline.PICKED, layer.outlineOf(one));
        assertTrue(layer.pathsOf(one).get(0).getPseudoClassStates().contains(org.cstoatlas.ui.model.Outline.PICKED.pseudoClass()));
        robot.clickOn("#quiz-answer");
        assertEquals(org.cstoatlas.ui.model.Outline.RIGHT, layer.outlineOf(one));
        assertTrue(layer.pathsOf(one).get(0).getPseudoClassStates().contains(org.cstoatlas.ui.model.Outline.RIGHT.pseudoClass()));
        assertEquals("Right!", robot.lookup("#quiz-verdict").queryAs(Label.class).getText().lines().findFirst().orElse(""));
        assertEquals(before + 1, quiz.scoreProperty().get());
        assertTrue(robot.lookup("#quiz-evidence").queryAs(Label.class).getText().toLowerCase(java.util.Locale.ROOT).contains("member of"));
        close(robot, s);
    }

    @Test
    void theAnimationDialogFramesTheAllianceUnlessAskedForTheMapAsItIs(FxRobot robot, @TempDir Path home) {
        Session s = open(robot, home);
        AtlasViewModel vm = s.window().viewModel();
        // The teacher has wandered off to Siberia and the Pacific.
        Fx.act(() -> s.window().map().setCenter(62, 150));
        org.cstoatlas.ui.tools.AnimationDialog[] d = new org.cstoatlas.ui.tools.AnimationDialog[1];
        Fx.act(() -> {
            d[0] = new org.cstoatlas.ui.tools.AnimationDialog(s.window().root().getScene().getWindow(), vm.words(), vm.firstDay(), vm.lastDay(), vm.getDate());
            d[0].show();
        });
        @SuppressWarnings("unchecked")
        javafx.scene.control.ChoiceBox<Boolean> framing = robot.lookup("#animation-framing").queryAs(javafx.scene.control.ChoiceBox.class);
        assertEquals(Boolean.TRUE, framing.getValue(), "the alliance's countries are framed unless the teacher asks otherwise");
        robot.clickOn(robot.lookup(".dialog-pane .button").match(n -> n instanceof javafx.scene.control.Button b && b.isDefaultButton())
                .queryAs(javafx.scene.control.Button.class));
        Fx.settle();
        org.cstoatlas.ui.tools.AnimationDialog.Choice choice = d[0].getResult();
        assertTrue(choice.alliancesFrame());
        org.cstoatlas.state.AtlasState filmed = Session.framedFor(vm.state(), choice.alliancesFrame());
        assertNull(filmed.map(), "the frames look where the alliance is, as the command line's do");
        assertEquals(vm.state().map(), Session.framedFor(vm.state(), false).map(), "or, when asked, where the window looks");
        close(robot, s);
    }

    @Test
    void anAnimationIsFilmedWithAProgressBarAndTheWindowKeepsWorking(FxRobot robot, @TempDir Path home) throws Exception {
        Session s = open(robot, home);
        Path out = home.resolve("a.gif");
        @SuppressWarnings("unchecked")
        java.util.concurrent.CompletableFuture<Boolean>[] done = new java.util.concurrent.CompletableFuture[1];
        Fx.act(() -> done[0] = s.exportAnimation(new Animation(LocalDate.of(2000, 1, 1), LocalDate.of(2003, 1, 1), Animation.Step.YEAR, 400, 320, 200,
                Animation.Form.GIF), out));
        assertTrue(robot.lookup("#progress-bar").tryQuery().isPresent(), "a progress bar shows");
        // The FX thread is free while frames are filmed: the date still moves.
        Fx.act(() -> s.window().viewModel().setDate(LocalDate.of(2010, 1, 1)));
        assertTrue(done[0].get(120, TimeUnit.SECONDS));
        assertTrue(Files.size(out) > 0);
        assertEquals(4, AnimationTest.Gif.read(out).frames().size());
        close(robot, s);
    }
}

package org.cstoatlas.ui.app;

import org.cstoatlas.Fx;
import org.cstoatlas.CleanToolkit;

import org.junit.jupiter.api.Tag;
import org.cstoatlas.ui.tools.Choosers;
import org.cstoatlas.ui.tools.PictureSizeDialog;

import org.cstoatlas.state.SavedView;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.cstoatlas.AtlasData;
import org.cstoatlas.TestDatasets;
import org.cstoatlas.cli.CommandLine;
import org.cstoatlas.state.WindowOptions;
import org.cstoatlas.dataset.Problem;
import org.cstoatlas.record.AllianceRecord;
import org.cstoatlas.ui.window.AtlasWindow;
import org.cstoatlas.ui.model.Selection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The File menu's tools on the real window, headless, with the file choosers answered by the test. */
@Tag("toolkit")
@ExtendWith(CleanToolkit.class)
@ExtendWith(ApplicationExtension.class)
class FileToolsTest {

    static AtlasData data;
    @TempDir
    static Path dir;
    Stage stage;
    Session session;
    AtlasWindow window;
    /** What the next chooser answers. */
    Path answer;

    @BeforeAll
    static void load() throws Exception {
        data = AtlasData.loadBundled();
    }

    @Start
    void start(Stage primary) {
        // A stage of the test's own: TestFX keeps its primary stage for the whole JVM, and the session's
        // handler on it would keep every test's window alive.
        this.stage = new Stage();
        session = Session.open(stage, data, WindowOptions.NONE, dir.resolve("home"));
        window = session.window();
        session.dialogs().useChoosers(new Choosers() {
            public Path saveFile(Window owner, String title, String suggested, String description, String extension) {
                return answer;
            }

            public Path openFile(Window owner, String title, String description, String... extensions) {
                return answer;
            }

            public Path folder(Window owner, String title) {
                return answer;
            }
        });
    }

    private AtlasWindow current() {
        return (AtlasWindow) stage.getScene().getRoot().getProperties().get(AtlasWindow.class);
    }

    private void choose(FxRobot robot, Path file, String menuItemId) {
        answer = file;
        robot.clickOn("File");
        robot.clickOn("#" + menuItemId);
        Fx.settle();
    }

    @Test
    void theMapExportsAsAPngOfTheAskedSizeWithAPicture(FxRobot robot) throws Exception {
        Fx.act(() -> window.viewModel().setDate(LocalDate.of(2008, 6, 1)));
        Path out = dir.resolve("slide.png");
        Fx.act(() -> session.exportMap(1280, 720, out));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Files.exists(out));
        BufferedImage image = ImageIO.read(out.toFile());
        assertEquals(1280, image.getWidth());
        assertEquals(720, image.getHeight());
        int first = image.getRGB(0, 0);
        long differing = 0;
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) if (image.getRGB(x, y) != first) differing++;
        }
        assertTrue(differing > 1000, "the picture is not one colour: " + differing);
        // The map in the middle holds the members' navy (Kazakhstan's fill), not only the background.
        boolean blue = false;
        for (int y = 100; y < 620 && !blue; y += 3) {
            for (int x = 0; x < 1280 && !blue; x += 3) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
                blue = b > r + 40 && b > g && r < 90;
            }
        }
        assertTrue(blue, "member states are shaded in the exported map");
    }

    @Test
    void theMembershipChartExportsWholeAsAPngWithItsBars(FxRobot robot) throws Exception {
        Fx.act(() -> window.viewModel().alliancesProperty().set(new org.cstoatlas.state.AllianceChoice("csto", "eaeu")));
        Path out = dir.resolve("members.png");
        Fx.act(() -> session.exportChart(out));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Files.exists(out));
        BufferedImage image = ImageIO.read(out.toFile());
        assertEquals(1200, image.getWidth());
        int rows = new org.cstoatlas.ui.chart.MembershipChartViewModel(window.viewModel()).rows().size();
        // Every row, no scrolling: down the names' column, a band of dark text for each row's name
        // (besides the legend's and the count's), none scrolled away.
        int bands = 0;
        boolean inBand = false;
        for (int y = 0; y < image.getHeight(); y++) {
            boolean dark = false;
            for (int x = 2; x < 80 && !dark; x++) {
                int rgb = image.getRGB(x, y);
                dark = (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff)) / 3 < 140;
            }
            if (dark && !inBand) bands++;
            inBand = dark;
        }
        assertTrue(bands >= rows + 1, bands + " lines of text in the names' column for " + rows + " rows");
        // The CSTO's members' navy bars are drawn.
        boolean navy = false;
        for (int y = 60; y < image.getHeight() && !navy; y += 2) {
            for (int x = 100; x < 1200 && !navy; x += 3) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
                navy = b > r + 40 && b > g && r < 90;
            }
        }
        assertTrue(navy, "the members' bars are in the picture");
    }

    @Test
    void theSizeDialogOffersSlidePresetsAndCustom(FxRobot robot) {
        Fx.act(() -> new PictureSizeDialog(stage, window.viewModel().words()).show());
        Fx.settle();
        assertTrue(robot.lookup("#export-width").queryAs(javafx.scene.control.Spinner.class).isDisabled(), "presets fix the size");
        assertEquals(1920, robot.lookup("#export-width").queryAs(javafx.scene.control.Spinner.class).getValue());
        Fx.act(() -> robot.lookup("#export-size-preset").queryAs(javafx.scene.control.ChoiceBox.class).getSelectionModel().select(PictureSizeDialog.custom(window.viewModel().words())));
        assertTrue(!robot.lookup("#export-width").queryAs(javafx.scene.control.Spinner.class).isDisabled(), "custom sizes can be typed");
        robot.clickOn("Cancel");
    }

    @Test
    void theExportedCsvIsExactlyTheStatusCommandsOutput(FxRobot robot) throws Exception {
        Fx.act(() -> window.viewModel().setDate(LocalDate.of(2013, 6, 1)));
        Path out = dir.resolve("status.csv");
        choose(robot, out, "export-csv");
        ByteArrayOutputStream cli = new ByteArrayOutputStream();
        int code = new CommandLine(new PrintStream(cli, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                .run("status", "--date", "2013-06-01", "--format", "csv");
        assertEquals(0, code);
        String exported = Files.readString(out, StandardCharsets.UTF_8);
        assertEquals(cli.toString(StandardCharsets.UTF_8), exported);
        assertTrue(exported.contains("UZB,Uzbekistan,suspended,2012-06-28"), exported);
        // The window says where the file went, and opens its folder when asked.
        assertTrue(window.notice().said().contains("status.csv") && window.notice().said().contains(dir.toAbsolutePath().toString()),
                window.notice().said());
        // It stands clear of the alliance chooser at the map's foot (it covered it).
        javafx.geometry.Bounds said = window.notice().localToScene(window.notice().getLayoutBounds());
        javafx.scene.Node chooser = robot.lookup(".alliance-chooser").query();
        assertTrue(!said.intersects(chooser.localToScene(chooser.getLayoutBounds())), "the notice " + said + " leaves the chooser clear");
        java.util.List<Path> opened = new java.util.ArrayList<>();
        Fx.act(() -> window.notice().openFoldersWith(opened::add));
        robot.clickOn("#written-show");
        assertEquals(java.util.List.of(out.toAbsolutePath().getParent()), opened);
        robot.clickOn("#written-close");
        assertEquals("", window.notice().said(), "closed with ✕");
    }

    @Test
    void theEvidenceOfTheSelectionExportsAsMarkdown(FxRobot robot) throws Exception {
        AllianceRecord record = window.viewModel().record();
        Fx.act(() -> window.viewModel().selectCountry(record.country("KAZ").orElseThrow()));
        Path out = dir.resolve("kaz.md");
        choose(robot, out, "export-evidence");
        String md = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(md.startsWith("# Kazakhstan (KAZ)"));
        for (var q : record.quotesAbout(record.country("KAZ").orElseThrow())) {
            assertTrue(md.contains(q.text()) && md.contains("> — " + q.source().citation()), q.text());
            assertFalse(md.contains(q.source().id()), "the bundled file's name reaches no reader: " + q.source().id());
        }
    }

    @Test
    void withNothingSelectedTheMenuExportsTheEvidenceOfWhatTheMapShows(FxRobot robot) throws Exception {
        Fx.act(() -> {
            window.viewModel().clearSelection();
            window.viewModel().setDate(LocalDate.of(2024, 6, 1));
            window.viewModel().alliancesProperty().set(new org.cstoatlas.state.AllianceChoice("csto", "sco"));
        });
        Path out = dir.resolve("overview.md");
        choose(robot, out, "export-evidence");
        String md = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(md.startsWith("# CSTO on 1 June 2024 · SCO on 1 June 2024"), md.lines().findFirst().orElse(""));
    }

    @Test
    void aFileThatCannotBeWrittenGivesAClearMessageAndNoTrace(FxRobot robot) {
        choose(robot, dir.resolve("no-such-folder").resolve("status.csv"), "export-csv");
        DialogPane pane = robot.lookup("#tool-error").queryAs(DialogPane.class);
        assertEquals("The file could not be saved", pane.getHeaderText());
        assertTrue(pane.getContentText().endsWith("status.csv: the folder does not exist"), pane.getContentText());
        Fx.act(() -> pane.getScene().getWindow().hide());
    }

    @Test
    void aSavedViewReopensIdentically(FxRobot robot) throws Exception {
        AllianceRecord record = window.viewModel().record();
        Fx.act(() -> {
            window.viewModel().setDate(LocalDate.of(2008, 6, 1));
            window.viewModel().selectCountry(record.country("UZB").orElseThrow());
            window.viewModel().compareDateProperty().set(LocalDate.of(2013, 6, 1));
            window.viewModel().textScaleProperty().set(1.5);
            window.map().setZoom(4);
            window.map().setCenter(45.5, 68.25);
        });
        Path file = dir.resolve("view.json");
        choose(robot, file, "save-view");
        SavedView saved = SavedView.of(window.viewModel().state());
        Fx.act(() -> {
            window.viewModel().setDate(LocalDate.of(1995, 1, 1));
            window.viewModel().selectEvent(record.events().get(0));
            window.viewModel().compareDateProperty().set(null);
            window.viewModel().textScaleProperty().set(1.0);
            window.map().setZoom(2);
            window.map().setCenter(10, 10);
        });
        choose(robot, file, "open-view");
        assertEquals(LocalDate.of(2008, 6, 1), window.viewModel().getDate());
        assertTrue(window.viewModel().getSelection() instanceof Selection.OfCountry c && c.country().iso().equals("UZB"));
        assertEquals(LocalDate.of(2013, 6, 1), window.viewModel().compareDateProperty().get());
        assertEquals(1.5, window.viewModel().textScaleProperty().get());
        assertEquals(4, window.map().getZoom(), 1e-9);
        // Gluon reports the centre from pixel positions: equal to well under a pixel (0.09° at zoom 4).
        assertEquals(45.5, window.map().getCenter().getLatitude(), 1e-3);
        assertEquals(68.25, window.map().getCenter().getLongitude(), 1e-3);
        SavedView reopened = SavedView.of(window.viewModel().state());
        assertEquals(saved.centreLat(), reopened.centreLat(), 1e-3);
        assertEquals(saved.centreLon(), reopened.centreLon(), 1e-3);
        SavedView r = reopened;
        assertEquals(saved, new SavedView(r.date(), r.selection(), r.compareDate(), r.shownKinds(), r.theme(), r.language(), r.textScale(),
                r.playSpeed(), r.zoom(), saved.centreLat(), saved.centreLon(), r.panes(), r.alliances()));
    }

    @Test
    void aBrokenViewFileSaysWhereAndChangesNothing(FxRobot robot) throws Exception {
        Fx.act(() -> window.viewModel().setDate(LocalDate.of(2001, 1, 1)));
        Path file = dir.resolve("broken-view.json");
        Files.writeString(file, "{\n  \"date\": \"2008-06-01\",\n  \"zoom\": \"four\"\n}\n");
        choose(robot, file, "open-view");
        DialogPane pane = robot.lookup("#tool-error").queryAs(DialogPane.class);
        assertEquals("broken-view.json:3:11: zoom: must be a number", pane.getContentText());
        assertEquals(LocalDate.of(2001, 1, 1), window.viewModel().getDate(), "nothing changed");
        Fx.act(() -> pane.getScene().getWindow().hide());
    }

    @Test
    void viewAndLessonFilesBeyondJacksonsLimitsSayWhyInADialog(FxRobot robot) throws Exception {
        Fx.act(() -> window.viewModel().setDate(LocalDate.of(2001, 1, 1)));
        Path view = dir.resolve("digits.cstoview");
        Files.writeString(view, "{\"zoom\": " + "4".repeat(1200) + "}");
        choose(robot, view, "open-view");
        DialogPane pane = robot.lookup("#tool-error").queryAs(DialogPane.class);
        assertEquals("digits.cstoview: not valid JSON: a number has more than 1000 digits", pane.getContentText());
        Fx.act(() -> pane.getScene().getWindow().hide());

        Path lesson = dir.resolve("names.cstoview");
        Files.writeString(lesson, "{\"title\": \"T\", \"stops\": [{\"" + "n".repeat(60_000) + "\": 1}]}");
        answer = lesson;
        robot.clickOn("Classroom");
        robot.clickOn("#open-lesson");
        Fx.settle();
        DialogPane second = robot.lookup("#tool-error").queryAs(DialogPane.class);
        assertEquals("names.cstoview: not valid JSON: a field name is longer than 50000 characters", second.getContentText());
        Fx.act(() -> second.getScene().getWindow().hide());
        assertEquals(LocalDate.of(2001, 1, 1), window.viewModel().getDate(), "nothing changed");
    }

    @Test
    void aBrokenDatasetIsListedAndTheAtlasKeepsItsRecord(FxRobot robot, @TempDir Path broken) throws Exception {
        TestDatasets.copy(TestDatasets.folder("minimal"), broken);
        Files.copy(TestDatasets.folder("broken").resolve("end-before-start").resolve("periods.json"), broken.resolve("periods.json"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        List<String> expected = Files.readAllLines(TestDatasets.folder("broken").resolve("end-before-start").resolve("expected.txt")).stream()
                .filter(l -> !l.isBlank()).toList();
        AllianceRecord before = window.viewModel().record();
        choose(robot, broken, "open-dataset");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#problems-table").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        TableView<Problem> table = robot.lookup("#problems-table").queryAs(TableView.class);
        assertEquals(expected, table.getItems().stream().map(Problem::toString).toList());
        Problem first = table.getItems().get(0);
        assertEquals("periods.json", first.file());
        assertTrue(first.line() > 0 && !first.field().isEmpty());
        // The table draws its cells on a later pulse: wait for them (a loaded machine is slow), then look.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".table-cell").queryAll().stream()
                .anyMatch(n -> n instanceof javafx.scene.control.TableCell<?, ?> c && first.field().equals(c.getText())));
        assertTrue(robot.lookup(".table-cell").queryAll().stream()
                .anyMatch(n -> n instanceof javafx.scene.control.TableCell<?, ?> c && first.field().equals(c.getText())), "the field is shown in the table");
        assertSame(window, current(), "the window was not replaced");
        assertSame(before, current().viewModel().record(), "the atlas keeps its record");
        Fx.act(() -> ((Stage) table.getScene().getWindow()).close());
    }

    @Test
    void aValidDatasetReplacesTheRecordKeepingTheDateAndReloadGoesBack(FxRobot robot) throws Exception {
        Fx.act(() -> {
            window.viewModel().setDate(LocalDate.of(2008, 6, 1));
            window.viewModel().selectCountry(window.viewModel().record().country("KAZ").orElseThrow());
        });
        AllianceRecord bundled = window.viewModel().record();
        choose(robot, TestDatasets.folder("minimal"), "open-dataset");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> current() != window);
        AtlasWindow now = current();
        assertEquals(LocalDate.of(2008, 6, 1), now.viewModel().getDate());
        assertTrue(now.viewModel().record() != bundled);
        boolean hasKaz = now.viewModel().record().country("KAZ").isPresent();
        assertEquals(hasKaz, now.viewModel().getSelection() != null, "the selection is kept where its id still exists");
        // The new window's own File menu item, as a user would pick it.
        Fx.act(() -> ((javafx.scene.control.MenuBar) now.root().lookup("#menu-bar")).getMenus().get(0).getItems().stream()
                .filter(i -> "reload-bundled".equals(i.getId())).findFirst().orElseThrow().fire());
        assertSame(bundled, current().viewModel().record());
        assertSame(current(), session.window(), "the session owns the new window");
    }
}

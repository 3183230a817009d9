package org.cstoatlas.ui;

import org.cstoatlas.Fx;
import org.cstoatlas.CleanToolkit;

import org.junit.jupiter.api.Tag;
import org.cstoatlas.record.Language;
import org.cstoatlas.ui.window.AtlasWindow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.stage.Stage;
import java.nio.file.Path;
import java.util.Set;
import org.cstoatlas.AtlasData;
import org.cstoatlas.record.EventKind;
import org.cstoatlas.state.AtlasState;
import org.cstoatlas.state.WindowOptions;
import org.cstoatlas.ui.app.Session;
import org.junit.jupiter.api.io.TempDir;
import org.cstoatlas.ui.model.AtlasViewModel;
import org.cstoatlas.ui.model.Selection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * View ▸ Language and File ▸ Reload rebuild the window through the session, keeping the whole state:
 * date, selection, comparison, the event-kind filter.
 */
@Tag("toolkit")
@ExtendWith(CleanToolkit.class)
@ExtendWith(ApplicationExtension.class)
class LanguageSwitchTest {

    static AtlasData data;
    @TempDir
    static Path home;
    Stage stage;

    @BeforeAll
    static void load() throws Exception {
        data = AtlasData.loadBundled();
    }

    @Start
    void start(Stage primary) {
        // A stage of the test's own: TestFX keeps its primary stage for the whole JVM, and the session's
        // handler on it would keep every test's window alive.
        this.stage = new Stage();
        // The session of the application, on an English window whatever was remembered before.
        Session.open(stage, data, new WindowOptions(LocalDate.of(2008, 6, 1), "KAZ", null, null), home);
        window().viewModel().languageProperty().set(Language.EN);
    }

    private AtlasWindow window() {
        return (AtlasWindow) stage.getScene().getRoot().getProperties().get(AtlasWindow.class);
    }

    private RadioMenuItem languageItem(String language) {
        MenuBar bar = (MenuBar) stage.getScene().lookup("#menu-bar");
        Menu view = bar.getMenus().get(1);
        Menu languages = (Menu) view.getItems().stream().filter(i -> "language-menu".equals(i.getId())).findFirst().orElseThrow();
        for (MenuItem i : languages.getItems()) if (("language-" + language).equals(i.getId())) return (RadioMenuItem) i;
        throw new AssertionError("no menu item for " + language);
    }

    @Test
    void switchingToRussianRebuildsTheWindowKeepingDateAndSelection(FxRobot robot) {
        AtlasWindow before = window();
        assertEquals("Kazakhstan", robot.lookup("#detail-title").queryAs(Label.class).getText());
        assertTrue(languageItem("en").isSelected());
        String firstQuote = robot.lookup(".quote-text").queryAs(Label.class).getText();

        Fx.act(() -> languageItem("ru").fire());
        Fx.settle();
        AtlasWindow after = window();
        assertNotSame(before, after, "a new window's content");
        assertEquals(Language.RU, after.viewModel().languageProperty().get());
        assertEquals(LocalDate.of(2008, 6, 1), after.viewModel().getDate());
        assertTrue(after.viewModel().getSelection() instanceof Selection.OfCountry c && c.country().iso().equals("KAZ"));
        assertEquals("1 июня 2008", robot.lookup("#date-label").queryAs(Label.class).getText());
        assertEquals("Казахстан", robot.lookup("#detail-title").queryAs(Label.class).getText());
        assertEquals("Атлас ОДКБ", stage.getTitle());
        assertTrue(languageItem("ru").isSelected());
        // Quotes are the sources' words: still English, the very same text.
        List<String> quotes = robot.lookup(".quote-text").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertTrue(quotes.contains(firstQuote), "the first quote unchanged: " + firstQuote);
        assertTrue(firstQuote.startsWith("“") && firstQuote.matches("(?s)“[A-Z][a-z]+ .*"), "an English quote: " + firstQuote);

        Fx.act(() -> languageItem("en").fire());
        Fx.settle();
        assertEquals("1 June 2008", robot.lookup("#date-label").queryAs(Label.class).getText());
        assertEquals("Kazakhstan", robot.lookup("#detail-title").queryAs(Label.class).getText());
        assertEquals(Language.EN, window().viewModel().languageProperty().get());
    }

    private MenuItem fileItem(String id) {
        MenuBar bar = (MenuBar) stage.getScene().lookup("#menu-bar");
        return bar.getMenus().get(0).getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    @Test
    void aLanguageSwitchAndADatasetReloadKeepTheFilterTheComparisonAndTheSelection(FxRobot robot) {
        Fx.act(() -> {
            AtlasViewModel vm = window().viewModel();
            vm.shownKinds().retainAll(Set.of(EventKind.ACCESSION, EventKind.WITHDRAWAL));
            vm.compareDateProperty().set(LocalDate.of(2001, 1, 1));
            vm.selectCountry(vm.record().country("UZB").orElseThrow());
        });
        AtlasState before = window().viewModel().state();
        Fx.act(() -> languageItem("ru").fire());
        Fx.settle();
        AtlasViewModel ru = window().viewModel();
        assertEquals(before.withLanguage(Language.RU).withMap(null), ru.state().withMap(null));
        assertEquals(Set.of(EventKind.ACCESSION, EventKind.WITHDRAWAL), ru.shownKinds());
        assertEquals(LocalDate.of(2001, 1, 1), ru.compareDateProperty().get());
        assertTrue(ru.getSelection() instanceof Selection.OfCountry c && c.country().iso().equals("UZB"));
        // The filter shows: only accessions and withdrawals on the timeline.
        assertTrue(window().timeline().visibleTicks().stream().allMatch(e -> Set.of(EventKind.ACCESSION, EventKind.WITHDRAWAL).contains(e.kind())));

        Fx.act(() -> fileItem("reload-bundled").fire());
        Fx.settle();
        AtlasViewModel reloaded = window().viewModel();
        assertNotSame(ru, reloaded, "a new window for the reloaded data");
        assertEquals(ru.state().withMap(null), reloaded.state().withMap(null));
        Fx.act(() -> languageItem("en").fire());
        Fx.settle();
    }
}

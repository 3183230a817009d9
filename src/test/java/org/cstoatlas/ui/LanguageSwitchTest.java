package org.cstoatlas.ui;

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
import org.cstoatlas.AtlasData;
import org.cstoatlas.ui.state.AtlasViewModel;
import org.cstoatlas.ui.state.Selection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** View ▸ Language rebuilds the window in the other language, keeping the date and the selection. */
@ExtendWith(ApplicationExtension.class)
class LanguageSwitchTest {

    static AtlasData data;
    Stage stage;

    @BeforeAll
    static void load() throws Exception {
        data = AtlasData.loadBundled();
    }

    @AfterAll
    static void englishAgain() {
        Texts.use("en");
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        AtlasViewModel vm = new AtlasViewModel(data.index(), LocalDate.of(2026, 11, 23));
        vm.setDate(LocalDate.of(2008, 6, 1));
        AtlasWindow window = new AtlasWindow(vm, data);
        stage.setScene(window.scene(1280, 800));
        stage.show();
        vm.selectCountry(vm.record().country("KAZ").orElseThrow());
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

        robot.interact(() -> languageItem("ru").fire());
        WaitForAsyncUtils.waitForFxEvents();
        AtlasWindow after = window();
        assertNotSame(before, after, "a new window's content");
        assertEquals("ru", after.viewModel().languageProperty().get());
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

        robot.interact(() -> languageItem("en").fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("1 June 2008", robot.lookup("#date-label").queryAs(Label.class).getText());
        assertEquals("Kazakhstan", robot.lookup("#detail-title").queryAs(Label.class).getText());
        assertEquals("en", window().viewModel().languageProperty().get());
    }
}

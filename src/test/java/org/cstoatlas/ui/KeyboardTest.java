package org.cstoatlas.ui;

import org.cstoatlas.Fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.cstoatlas.ui.model.Selection;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The atlas used with the keyboard alone, from opening to reading a quote in context. */
class KeyboardTest extends WindowTest {

    @Start
    void open(Stage stage) {
        start(stage);
    }

    @Test
    void aKeyboardUserFindsACountryAndReadsAQuoteInContext(FxRobot robot) throws Exception {
        // Time, at once, with no click: the map holds the focus.
        robot.type(KeyCode.HOME);
        robot.type(KeyCode.PAGE_DOWN);
        Fx.settle();
        assertEquals(LocalDate.of(1992, 5, 15), vm.getDate());
        // Search: Ctrl+F, type, Enter takes the first suggestion (Down would move to the next).
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.write("Kazakh");
        // (The suggestions of the whole word, found off the FX thread: see the test of the keys after a search.)
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.search().suggestions().stream().findFirst().map(h -> h.title().equals("Kazakhstan")).orElse(false)
                && robot.listTargetWindows().stream().anyMatch(w -> w instanceof javafx.stage.PopupWindow p && p.isShowing()));
        Fx.settle();
        robot.type(KeyCode.ENTER);
        Fx.settle();
        assertTrue(vm.getSelection() instanceof Selection.OfCountry c && c.country().iso().equals("KAZ"),
                "Kazakhstan chosen: " + (vm.getSelection() == null ? null : vm.getSelection().title(org.cstoatlas.record.Language.EN)));
        // Tab through the detail pane to "Read in context" and open it with Enter.
        Hyperlink read = null;
        for (int i = 0; i < 60 && read == null; i++) {
            robot.type(KeyCode.TAB);
            Fx.settle();
            Node focused = window.root().getScene().getFocusOwner();
            if (focused instanceof Hyperlink h && h.getStyleClass().contains("read-in-context")) read = h;
        }
        assertNotNull(read, "Read in context is reachable with Tab");
        robot.type(KeyCode.ENTER);
        Fx.settle();
        assertTrue(robot.listTargetWindows().stream().anyMatch(w -> w instanceof Stage s && s.isShowing() && s.getTitle() != null
                && s.getScene().lookup("#highlighted-quote") != null), "the article opens with the quote highlighted");
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void ctrlGTakesATypedDateAndGivesTheKeysBack(FxRobot robot) {
        LocalDate before = vm.getDate();
        robot.press(KeyCode.CONTROL).type(KeyCode.G).release(KeyCode.CONTROL);
        Fx.settle();
        Node field = window.root().getScene().getFocusOwner();
        assertEquals("go-to-date", field == null ? null : field.getId(), "the date opens for typing");
        robot.write("not a day");
        robot.type(KeyCode.ENTER);
        Fx.settle();
        assertEquals(before, vm.getDate(), "a wrong date goes nowhere");
        assertEquals(field, window.root().getScene().getFocusOwner(), "and the field waits for a right one");
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("02.04.1999");
        robot.type(KeyCode.ENTER);
        Fx.settle();
        assertEquals(LocalDate.of(1999, 4, 2), vm.getDate());
        assertEquals("map", window.root().getScene().getFocusOwner().getId(), "the map has the keys again");
        robot.type(KeyCode.RIGHT);
        Fx.settle();
        assertEquals(LocalDate.of(1999, 4, 3), vm.getDate(), "the arrows step from the new date at once");
        robot.press(KeyCode.CONTROL).type(KeyCode.G).release(KeyCode.CONTROL);
        robot.type(KeyCode.ESCAPE);
        Fx.settle();
        assertEquals(LocalDate.of(1999, 4, 3), vm.getDate(), "Esc leaves the date as it was");
        assertEquals("map", window.root().getScene().getFocusOwner().getId());
    }

    @Test
    void escapeClearsTheSelectionAndEveryControlHasAName(FxRobot robot) {
        Fx.act(() -> vm.selectCountry(vm.record().country("ARM").orElseThrow()));
        robot.type(KeyCode.ESCAPE);
        Fx.settle();
        assertNull(vm.getSelection());
        // Screen readers: every button, text field and date picker says what it is.
        // A button whose text is only a symbol ("+", "⌂", "✕") must carry an accessible name in words.
        for (Node n : window.root().lookupAll(".button")) {
            if (!n.isVisible()) continue;
            String text = ((javafx.scene.control.Labeled) n).getText();
            boolean wordsInText = text != null && text.codePoints().anyMatch(Character::isLetter);
            boolean accessibleName = n.getAccessibleText() != null && !n.getAccessibleText().isBlank();
            assertTrue(wordsInText || accessibleName, "a button a screen reader can name: " + text);
        }
        assertNotNull(window.root().lookup("#search").getAccessibleText());
        assertNotNull(window.root().lookup("#compare-date").getAccessibleText());
        assertNotNull(window.timeline().slider().getAccessibleText());
    }

    /**
     * Return before the suggestions came (typed quickly; the first search builds its index) chooses the
     * best match, as Return on the list does: before, nothing was chosen and the list opened a moment
     * later over the map. The suggestions that come after stay closed.
     */
    @Test
    void returnBeforeTheSuggestionsComeChoosesTheBestMatch(FxRobot robot) throws Exception {
        Fx.act(() -> {
            window.search().requestFocus();
            window.search().setText("Armenia");
            // In the same turn of the FX thread as the typing: the suggestions cannot have come.
            window.search().fireEvent(new javafx.event.ActionEvent());
        });
        Fx.settle();
        assertTrue(vm.getSelection() instanceof Selection.OfCountry c && c.country().iso().equals("ARM"), "selected: " + vm.getSelection());
        assertEquals("Armenia", window.search().getText());
        assertTrue(window.root().getScene().getFocusOwner() != window.search(), "the search box gives the keys back");
        // The suggestions asked for by the typing come all the same: they stay closed.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.search().suggestions().isEmpty());
        Fx.settle();
        assertTrue(!window.search().suggesting(), "no list left open over the map");
    }

    @Test
    void afterASearchTheKeysBelongToTheWindowAgainAndEscLeavesAPresentationWhole(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.write("Kazakh");
        // The suggestions are found off the FX thread: Return waits for the list of the whole word (on a
        // loaded machine it came while the list of "Kaza" was being replaced, and nothing was chosen).
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.search().suggesting()
                && window.search().suggestions().stream().findFirst().map(h -> h.title().equals("Kazakhstan")).orElse(false));
        Fx.settle();
        robot.type(KeyCode.ENTER);
        Fx.settle();
        // The choice reaches the view model a few pulses later on a loaded machine: waited for, or a
        // timeout that says what was selected instead.
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.getSelection() instanceof Selection.OfCountry c && c.country().iso().equals("KAZ"));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Return on \"Kazakh\" selected " + vm.getSelection() + ", not Kazakhstan; the search box says \"" + window.search().getText() + "\"");
        }
        assertTrue(!window.search().suggesting(), "the suggestions close once one is chosen");
        assertTrue(window.root().getScene().getFocusOwner() != window.search(), "the search box gives the keys back");
        boolean playing = vm.playingProperty().get();
        robot.type(KeyCode.SPACE);
        Fx.settle();
        assertEquals(!playing, vm.playingProperty().get(), "Space plays (not a space typed into the search box)");
        robot.type(KeyCode.SPACE);
        Fx.settle();

        // Presenting, then a search, then Esc: the whole presentation ends, not only full screen.
        double scale = vm.textScaleProperty().get();
        robot.type(KeyCode.F11);
        Fx.settle();
        assertTrue(vm.presentingProperty().get());
        javafx.scene.control.Label hint = robot.lookup("#presenting-hint").queryAs(javafx.scene.control.Label.class);
        assertTrue(hint.isVisible() && hint.getText().contains("F11"), "presenting says how to leave");
        assertTrue(hint.getHeight() >= hint.prefHeight(hint.getWidth()) - 0.5 && hint.getWidth() <= window.map().getWidth(),
                "its words stay inside its box: " + hint.getWidth() + " × " + hint.getHeight());
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        assertTrue(!hint.isVisible(), "and goes at the first key");
        robot.write("Armen");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.search().suggesting());
        robot.type(KeyCode.ESCAPE);
        Fx.settle();
        Stage stage = (Stage) window.root().getScene().getWindow();
        assertTrue(!vm.presentingProperty().get(), "presentation mode is left");
        assertTrue(!stage.isFullScreen(), "full screen is left");
        assertEquals(scale, vm.textScaleProperty().get(), "the text size comes back");
        assertTrue(vm.detailShownProperty().get(), "the detail pane comes back");
        assertTrue(!window.search().suggesting(), "the search ends with the presentation");
        assertTrue(vm.getSelection() instanceof Selection.OfCountry c && c.country().iso().equals("KAZ"), "the Esc that leaves presenting keeps the selection");
        assertTrue(window.root().getScene().getFocusOwner() != window.search(), "the keys go back to the window, not to the search box");
        playing = vm.playingProperty().get();
        robot.type(KeyCode.SPACE);
        Fx.settle();
        assertEquals(!playing, vm.playingProperty().get(), "Space plays after leaving the presentation");
        robot.type(KeyCode.SPACE);
        Fx.settle();

        // Full screen left another way (the window manager) ends presenting as well.
        robot.type(KeyCode.F11);
        Fx.settle();
        Fx.act(() -> stage.setFullScreen(false));
        assertTrue(!vm.presentingProperty().get(), "no half presentation is left in a window");
    }
}

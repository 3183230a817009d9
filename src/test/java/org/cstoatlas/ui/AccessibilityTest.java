package org.cstoatlas.ui;

import org.cstoatlas.Fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.cstoatlas.ui.model.AtlasViewModel;
import org.cstoatlas.ui.model.Selection;
import org.cstoatlas.ui.table.CountryTableViewModel;
import org.cstoatlas.ui.window.AtlasWindow;
import org.cstoatlas.ui.window.WindowActions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The newcomer's path with the keyboard alone: open, step dates (the sentence under the date follows),
 * reach the map with Tab, move to Kazakhstan with Alt and the arrows, select it, read a quote in
 * context, open the Table and select a country from it, leave with Ctrl+Q; what was selected is said
 * by the map's accessible text. And Alt+F opens the File menu.
 */
@Tag("toolkit")
class AccessibilityTest extends WindowTest {

    private final AtomicBoolean quit = new AtomicBoolean();

    @Start
    void open(Stage stage) {
        vm = new AtlasViewModel(data.index(), TODAY);
        WindowActions actions = (WindowActions) java.lang.reflect.Proxy.newProxyInstance(WindowActions.class.getClassLoader(),
                new Class<?>[] {WindowActions.class}, (proxy, method, args) -> {
                    if (method.getName().equals("quit")) quit.set(true);
                    return null;
                });
        window = new AtlasWindow(vm, data, actions, false);
        stage.setScene(window.scene(width(), height()));
        stage.show();
    }

    private Node focused() {
        return window.root().getScene().getFocusOwner();
    }

    private void altArrow(FxRobot robot, KeyCode arrow) {
        robot.press(KeyCode.ALT).type(arrow).release(KeyCode.ALT);
        Fx.settle();
    }

    @Test
    void theNewcomersPathByKeyboardAlone(FxRobot robot) throws Exception {
        // Dates, at once: the sentence under the date says who belongs, and the date's label speaks it.
        robot.type(KeyCode.HOME);
        robot.type(KeyCode.PAGE_DOWN);
        Fx.settle();
        assertEquals(LocalDate.of(1992, 5, 15), vm.getDate());
        Label sentence = (Label) window.root().lookup("#date-summary");
        assertTrue(sentence.getText().startsWith("On 15 May 1992 six countries are members of the Collective Security Treaty (1992)"), sentence.getText());
        robot.type(KeyCode.END);
        Fx.settle();
        assertTrue(sentence.getText().contains("the CSTO has five members: Russia, Belarus, Kazakhstan, Kyrgyzstan and Tajikistan"), sentence.getText());
        assertTrue(window.root().lookup("#date-label").getAccessibleText().endsWith(sentence.getText()), "the date's label says the sentence");

        // Tab reaches the map from elsewhere (the search box), with no trap on the way.
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        Fx.settle();
        assertEquals("search", focused().getId());
        for (int i = 0; i < 80 && focused() != window.map(); i++) {
            robot.type(KeyCode.TAB);
            Fx.settle();
        }
        assertEquals(window.map(), focused(), "Tab reaches the map");
        assertTrue(window.map().getAccessibleText().startsWith("Map: Russia, Member of the CSTO"), window.map().getAccessibleText());
        assertEquals("RUS", window.countries().keyboardFocus(), "the keyboard's country is ringed");

        // Alt and an arrow: down from Russia to Kyrgyzstan, up to Kazakhstan between them; Enter selects it.
        altArrow(robot, KeyCode.DOWN);
        assertEquals("KGZ", window.countries().keyboardFocus());
        assertTrue(window.map().getAccessibleText().startsWith("Map: Kyrgyzstan,"), window.map().getAccessibleText());
        altArrow(robot, KeyCode.UP);
        assertEquals("KAZ", window.countries().keyboardFocus());
        assertTrue(window.map().getAccessibleText().startsWith("Map: Kazakhstan, Member of the CSTO since 7 October 2002"), window.map().getAccessibleText());
        assertEquals(TODAY, vm.getDate(), "Alt and an arrow move on the map, not in time");
        robot.type(KeyCode.ENTER);
        Fx.settle();
        assertTrue(vm.getSelection() instanceof Selection.OfCountry c && c.country().iso().equals("KAZ"), String.valueOf(vm.getSelection()));

        // Read a quote in context: Tab to "Read in context", Enter opens the article, Esc closes it.
        Hyperlink read = null;
        for (int i = 0; i < 80 && read == null; i++) {
            robot.type(KeyCode.TAB);
            Fx.settle();
            if (focused() instanceof Hyperlink h && h.getStyleClass().contains("read-in-context")) read = h;
        }
        assertNotNull(read, "Read in context is reachable with Tab");
        robot.type(KeyCode.ENTER);
        Fx.settle();
        assertTrue(robot.listTargetWindows().stream().anyMatch(w -> w instanceof Stage s && s.isShowing()
                && s.getScene().lookup("#highlighted-quote") != null), "the article opens with the quote highlighted");
        robot.type(KeyCode.ESCAPE);
        Fx.settle();
        assertTrue(robot.listTargetWindows().stream().noneMatch(w -> w.isShowing() && w.getScene().lookup("#highlighted-quote") != null),
                "Esc closes the article: no keyboard trap");

        // The Table: Ctrl+T gives it the keyboard; the arrows read the rows, Enter selects on the map.
        robot.press(KeyCode.CONTROL).type(KeyCode.T).release(KeyCode.CONTROL);
        Fx.settle();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> focused() instanceof TableView<?> t && "country-table".equals(t.getId()));
        @SuppressWarnings("unchecked")
        TableView<CountryTableViewModel.Row> table = (TableView<CountryTableViewModel.Row>) focused();
        for (int i = 0; i < 30; i++) {
            CountryTableViewModel.Row row = table.getSelectionModel().getSelectedItem();
            if (row != null && row.country().iso().equals("ARM")) break;
            robot.type(KeyCode.DOWN);
            Fx.settle();
        }
        assertEquals("ARM", table.getSelectionModel().getSelectedItem().country().iso(), "the arrows reach Armenia's row");
        assertTrue(vm.getSelection() instanceof Selection.OfCountry c && c.country().iso().equals("KAZ"), "reading the rows leaves the map as it was");
        robot.type(KeyCode.ENTER);
        Fx.settle();
        assertTrue(vm.getSelection() instanceof Selection.OfCountry c && c.country().iso().equals("ARM"), String.valueOf(vm.getSelection()));
        // What was selected, as a screen reader hears it on the map.
        assertTrue(window.map().getAccessibleText().startsWith("Map: Armenia, Membership suspended"), window.map().getAccessibleText());

        // Leave with Ctrl+Q.
        robot.press(KeyCode.CONTROL).type(KeyCode.Q).release(KeyCode.CONTROL);
        Fx.settle();
        assertTrue(quit.get(), "Ctrl+Q quits");
    }

    @Test
    void altFOpensTheFileMenu(FxRobot robot) {
        robot.press(KeyCode.ALT).type(KeyCode.F).release(KeyCode.ALT);
        Fx.settle();
        MenuBar bar = (MenuBar) window.root().lookup("#menu-bar");
        assertTrue(bar.getMenus().get(0).isShowing(), "Alt+F opens the File menu");
        robot.type(KeyCode.ESCAPE);
        Fx.settle();
        // The arrows of an open menu move in the menu, not in time.
        LocalDate before = vm.getDate();
        robot.press(KeyCode.ALT).type(KeyCode.V).release(KeyCode.ALT);
        Fx.settle();
        assertTrue(bar.getMenus().get(1).isShowing(), "Alt+V opens the View menu");
        robot.type(KeyCode.DOWN, KeyCode.DOWN, KeyCode.LEFT);
        Fx.settle();
        assertEquals(before, vm.getDate(), "the date stays while a menu is open");
        robot.type(KeyCode.ESCAPE);
    }
}

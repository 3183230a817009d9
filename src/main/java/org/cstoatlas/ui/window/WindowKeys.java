package org.cstoatlas.ui.window;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Menu;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.cstoatlas.ui.model.AtlasViewModel;

/** The main window's keys: each runs a command of the view model. */
final class WindowKeys {

    private WindowKeys() {
    }

    /** The window's keys: stepping through time works wherever the focus is, except in a text field. */
    /** Marks, for the rest of this event, that full screen ended by the toolkit's own Esc. */
    private static final Object ESC_SPENT = new Object();

    static void install(Scene scene, AtlasViewModel vm, Parent root, SearchField search) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                // Esc leaves presenting whole (full screen, text size, panes), from a text field too; in a
                // text field otherwise it ends the search; elsewhere it clears the selection.
                // The toolkit's own full-screen exit took this Esc and presenting has just ended (below):
                // it is spent, and does not go on to clear the selection (Armenia was lost so).
                if (scene.getProperties().remove(ESC_SPENT) != null) {
                    e.consume();
                    return;
                }
                if (vm.presentingProperty().get()) {
                    boolean searching = scene.getFocusOwner() == search;
                    vm.presentingProperty().set(false);
                    if (searching) search.done();
                } else if (scene.getFocusOwner() == search) search.done();
                else if (scene.getFocusOwner() instanceof TextInputControl) return;
                else vm.clearSelection();
                e.consume();
                return;
            }
            if (scene.getFocusOwner() instanceof TextInputControl) return;
            // Alt and an arrow belong to the map's keyboard country (MapKeys), not to the date; the
            // arrows of an open menu belong to the menu (they step through it and open its submenus).
            if (e.isAltDown() && e.getCode().isArrowKey()) return;
            if (root.lookup("#menu-bar") instanceof javafx.scene.control.MenuBar bar && bar.getMenus().stream().anyMatch(Menu::isShowing)) return;
            boolean handled = true;
            KeyCode code = e.getCode();
            if (code == KeyCode.LEFT || code == KeyCode.RIGHT) {
                int sign = code == KeyCode.LEFT ? -1 : 1;
                if (e.isShortcutDown() || e.isControlDown()) vm.stepYears(sign);
                else if (e.isShiftDown()) vm.stepMonths(sign);
                else vm.stepDays(sign);
            } else if (code == KeyCode.PAGE_DOWN) {
                vm.next();
            } else if (code == KeyCode.PAGE_UP) {
                vm.previous();
            } else if (code == KeyCode.HOME) {
                vm.goToFirst();
            } else if (code == KeyCode.END) {
                vm.goToLast();
            } else if (code == KeyCode.SPACE && !(scene.getFocusOwner() instanceof ButtonBase
                    || scene.getFocusOwner() instanceof ChoiceBox || scene.getFocusOwner() instanceof ComboBoxBase)) {
                vm.togglePlay();
            } else if (code == KeyCode.F && e.isShortcutDown()) {
                search.requestFocus();
                search.selectAll();
            } else if (code == KeyCode.F11) {
                vm.presentingProperty().set(!vm.presentingProperty().get());
            } else {
                handled = false;
            }
            if (handled) e.consume();
        });
    }

    /**
     * The map takes the keys when the window shows; full screen left by any way (the window manager,
     * the toolkit's own Esc) ends presenting too, so no half presentation (large text, no panes, in a
     * window) is left behind.
     */
    static void focusWhenShown(Scene scene, javafx.scene.Node map, AtlasViewModel vm) {
        javafx.beans.value.ChangeListener<Boolean> fullScreenLeft = (fo, was, now) -> {
            if (now || !vm.presentingProperty().get()) return;
            scene.getProperties().put(ESC_SPENT, Boolean.TRUE);
            javafx.application.Platform.runLater(() -> scene.getProperties().remove(ESC_SPENT));
            vm.presentingProperty().set(false);
            // Esc over the search's suggestions never reaches the window's keys: the toolkit's own
            // full-screen exit takes it. The search ends here, so the keys are the map's again.
            if (scene.getFocusOwner() instanceof SearchField search) search.done();
        };
        // A one-shot handler: the stage outlives this window when the language or the dataset changes.
        scene.windowProperty().addListener((obs, o, w) -> {
            // The stage's listener goes with this scene, or the stage would keep every window built on it.
            if (o instanceof javafx.stage.Stage was) was.fullScreenProperty().removeListener(fullScreenLeft);
            if (w == null) return;
            if (w instanceof javafx.stage.Stage st) st.fullScreenProperty().addListener(fullScreenLeft);
            if (w.isShowing()) {
                javafx.application.Platform.runLater(map::requestFocus);
                return;
            }
            javafx.event.EventHandler<javafx.stage.WindowEvent> focus = new javafx.event.EventHandler<>() {
                @Override
                public void handle(javafx.stage.WindowEvent e) {
                    map.requestFocus();
                    w.removeEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, this);
                }
            };
            w.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, focus);
        });
    }
}

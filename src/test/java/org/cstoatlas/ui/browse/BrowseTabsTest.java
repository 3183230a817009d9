package org.cstoatlas.ui.browse;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.cstoatlas.AtlasData;
import org.cstoatlas.CleanToolkit;
import org.cstoatlas.Fx;
import org.cstoatlas.ui.look.Look;
import org.cstoatlas.ui.model.AtlasViewModel;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The browse pane's tabs show whole where they fit, after a larger text size too: presenting (150 %)
 * and leaving at 1920 × 1080, the pane came back as wide as before but showed "Tab" and the tabs'
 * menu button, which had stayed since the larger text needed it.
 */
@Tag("toolkit")
@ExtendWith(CleanToolkit.class)
class BrowseTabsTest {

    @Test
    void theTabsMenuGoesOnceTheTabsFitAgain() throws Exception {
        AtlasViewModel vm = viewModel();
        BrowsePane[] pane = new BrowsePane[1];
        boolean[] menu = new boolean[3];
        Fx.act(() -> {
            pane[0] = inAScene(vm, Double.MAX_VALUE);
            menu[0] = menuShown(pane[0]);
            vm.textScaleProperty().set(1.5);
            menu[1] = menuShown(pane[0]);
            vm.textScaleProperty().set(1.0);
        });
        Fx.act(() -> menu[2] = menuShown(pane[0]));
        assertFalse(menu[0], "the tabs fit at 100 %: no menu");
        assertTrue(menu[1], "at 150 % they do not: the menu shows");
        assertFalse(menu[2], "back at 100 % they fit again: no menu");
    }

    /** The same when the pane grows (a divider dragged, the window back from full screen) at one text size. */
    @Test
    void theTabsMenuGoesOnceThePaneIsWideEnoughAgain() throws Exception {
        AtlasViewModel vm = viewModel();
        BrowsePane[] pane = new BrowsePane[1];
        boolean[] menu = new boolean[2];
        Fx.act(() -> {
            pane[0] = inAScene(vm, 260);
            menu[0] = menuShown(pane[0]);
            pane[0].setMaxWidth(Double.MAX_VALUE);
            menuShown(pane[0]);
        });
        Fx.act(() -> menu[1] = menuShown(pane[0]));
        assertTrue(menu[0], "260 pixels are too few for the tabs: the menu shows");
        assertFalse(menu[1], "at 420 they fit: no menu");
    }

    private static AtlasViewModel viewModel() throws Exception {
        return new AtlasViewModel(AtlasData.loadBundled().index(), LocalDate.of(2022, 1, 7));
    }

    /** A browse pane at most {@code maxWidth} wide in a scene 420 pixels wide, styled at the view model's text size. */
    private static BrowsePane inAScene(AtlasViewModel vm, double maxWidth) {
        BrowsePane pane = new BrowsePane(vm);
        pane.setMaxWidth(maxWidth);
        Look.bind(new Scene(new StackPane(pane), 420, 500), vm);
        return pane;
    }

    /** Whether the tab header's menu of tabs (shown where the tabs do not fit) shows, once laid out. */
    private static boolean menuShown(BrowsePane pane) {
        pane.getScene().getRoot().applyCss();
        pane.getScene().getRoot().layout();
        Node down = pane.lookup(".tab-down-button");
        return down != null && down.isVisible() && down.getParent().isVisible();
    }
}

package org.cstoatlas.ui.window;

import org.cstoatlas.ui.look.HoverTip;
import com.gluonhq.maps.MapView;
import javafx.scene.control.Button;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.cstoatlas.ui.model.AtlasViewModel;
import org.cstoatlas.words.Words;

/** The round buttons over the map's top right corner: zoom, Eurasia, and the two panes shown or hidden. */
final class MapButtons {

    private MapButtons() {
    }

    static VBox of(AtlasViewModel vm, MapView map, java.util.function.DoubleSupplier minZoom, Runnable showEurasia) {
        Words words = vm.words();
        Button zoomIn = button("+", words.get("map.zoomIn"), () -> map.setZoom(Math.min(8, map.getZoom() + 1)));
        Button zoomOut = button("−", words.get("map.zoomOut"), () -> map.setZoom(Math.max(minZoom.getAsDouble(), map.getZoom() - 1)));
        Button home = button("⌂", words.get("map.eurasia"), showEurasia);
        Button lists = button("☰", words.get("map.toggleBrowse"), () -> vm.browseShownProperty().set(!vm.browseShownProperty().get()));
        lists.setId("toggle-browse");
        Button about = button("i", words.get("map.toggleDetail"), () -> vm.detailShownProperty().set(!vm.detailShownProperty().get()));
        about.setId("toggle-detail");
        VBox buttons = new VBox(4, zoomIn, zoomOut, home, lists, about);
        buttons.getStyleClass().add("map-controls");
        buttons.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        return buttons;
    }

    private static Button button(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.getStyleClass().add("map-button");
        HoverTip.help(b, tip);
        b.setAccessibleText(tip);
        b.setOnAction(e -> action.run());
        return b;
    }
}

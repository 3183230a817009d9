package org.cstoatlas.ui.window;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.cstoatlas.ui.model.AtlasViewModel;

/**
 * "Presentation mode: F11 or Esc to leave ..." over the map while presenting, at the window's text
 * size. The toolkit's own full-screen hint is drawn at its own size in a box that does not grow with
 * the text: at 175 % its words spilled out of it. This one wraps inside its box and goes at the first
 * key or click, or when presenting ends.
 */
final class PresentingHint extends Label {

    PresentingHint(AtlasViewModel vm, StackPane over) {
        setId("presenting-hint");
        getStyleClass().add("presenting-hint");
        setWrapText(true);
        setMouseTransparent(true);
        setMaxWidth(Region.USE_PREF_SIZE);
        setMaxHeight(Region.USE_PREF_SIZE);
        // A third of the map's width at most, never narrower than a few words.
        prefWidthProperty().bind(javafx.beans.binding.Bindings.max(260, over.widthProperty().divide(2.2)));
        StackPane.setAlignment(this, Pos.CENTER);
        setVisible(false);
        vm.presentingProperty().addListener((obs, o, on) -> {
            setText(vm.words().get(vm.lesson().isOpen() ? "presentation.exitHintLesson" : "presentation.exitHint"));
            setVisible(on);
        });
        over.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> setVisible(false));
        over.sceneProperty().addListener((obs, o, scene) -> {
            if (scene != null) scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() != javafx.scene.input.KeyCode.F11) setVisible(false);
            });
        });
    }
}

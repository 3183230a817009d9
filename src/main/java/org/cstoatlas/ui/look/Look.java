package org.cstoatlas.ui.look;

import javafx.scene.Scene;
import org.cstoatlas.Bundled;
import org.cstoatlas.state.TextScale;
import org.cstoatlas.state.Theme;
import org.cstoatlas.ui.model.AtlasViewModel;

/**
 * The atlas's look: the base stylesheet, the theme's small override on top, and the text scale for
 * projectors (the stylesheets size text in em, so one font size on the root scales it all).
 */
public final class Look {

    /** The base font size at 100 %. */
    static final double BASE_FONT_PX = 14;

    private Look() {
    }

    /** The atlas's icon at the sizes window systems ask for. */
    public static java.util.List<javafx.scene.image.Image> icons() {
        return java.util.stream.Stream.of(16, 32, 48, 64, 128, 256)
                .map(size -> new javafx.scene.image.Image(Bundled.assets().resolve("icons").resolve("csto-atlas-" + size + ".png").toUri().toString()))
                .toList();
    }

    public static String stylesheet(String relative) {
        return Bundled.assets().resolve("styles").resolve(relative).toUri().toString();
    }

    /** Keeps the scene's stylesheets and font size in step with the view model's theme and text scale. */
    public static void bind(Scene scene, AtlasViewModel vm) {
        EditMenu.speak(scene, vm.words());
        apply(scene, vm.themeProperty().get(), vm.textScaleProperty().get());
        vm.themeProperty().addListener((obs, o, theme) -> apply(scene, theme, vm.textScaleProperty().get()));
        vm.textScaleProperty().addListener((obs, o, scale) -> apply(scene, vm.themeProperty().get(), scale.doubleValue()));
    }

    /**
     * A dialog or a second window looks like the window that owns it: the same theme and the same text
     * size (a projector's 175 % too, not the toolkit's 100 %).
     */
    public static void follow(javafx.stage.Window owner, javafx.scene.Parent root) {
        if (owner == null || owner.getScene() == null) return;
        root.getStylesheets().setAll(owner.getScene().getStylesheets());
        EditMenu.follow(owner.getScene(), root);
        if (owner.getScene().getRoot() != null) root.setStyle(owner.getScene().getRoot().getStyle());
    }

    static void apply(Scene scene, Theme theme, double scale) {
        String base = stylesheet("atlas.css");
        if (theme != Theme.LIGHT) scene.getStylesheets().setAll(base, stylesheet("themes/" + theme.id() + ".css"));
        else scene.getStylesheets().setAll(base);
        scene.getRoot().setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", BASE_FONT_PX * TextScale.clamp(scale)));
    }
}

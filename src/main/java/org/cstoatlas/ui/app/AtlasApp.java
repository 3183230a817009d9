package org.cstoatlas.ui.app;

import org.cstoatlas.ui.look.Texts;
import org.cstoatlas.ui.window.AtlasWindow;
import org.cstoatlas.ui.window.SearchField;

import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.cstoatlas.AtlasData;
import org.cstoatlas.ui.map.OfflineTiles;
import org.cstoatlas.state.WindowOptions;
import org.cstoatlas.record.Language;
import org.cstoatlas.state.Remembered;
import org.cstoatlas.state.SavedView;

/** The atlas as a desktop application. */
public final class AtlasApp extends Application {

    /** Started before the toolkit, so that loading and the toolkit's start overlap. */
    private static CompletableFuture<AtlasData> loading;
    private AtlasData data;
    private AtlasData.Unreadable failure;
    private WindowOptions options;

    /** The options the launcher read and checked; read once, so a --view file is read once. */
    private static WindowOptions given;

    public static void open(WindowOptions options) {
        given = options;
        loading = beginLoading();
        Application.launch(AtlasApp.class);
    }

    /** Loads the dataset and the shapes, and reads the basemap's polygons, all off the FX thread. */
    static CompletableFuture<AtlasData> beginLoading() {
        OfflineTiles.warmUp();
        preloadWindowClasses();
        return AtlasData.loadBundledAsync();
    }

    /** The window's heaviest classes, loaded (not initialised: that stays on the FX thread) while the data loads. */
    private static final java.util.List<String> WINDOW_CLASSES = java.util.List.of(
            "com.gluonhq.maps.MapView", "com.gluonhq.impl.maps.BaseMap", "com.gluonhq.impl.maps.MapTile",
            "com.gluonhq.impl.maps.TileImageView", "org.controlsfx.control.textfield.TextFields",
            "org.controlsfx.control.textfield.AutoCompletionBinding", "org.controlsfx.control.textfield.AutoCompletionBinding$AutoCompletionEvent",
            "javafx.scene.control.skin.DatePickerSkin", "javafx.scene.control.skin.ListViewSkin",
            "javafx.scene.control.skin.TabPaneSkin", "javafx.scene.control.skin.SplitPaneSkin", "javafx.scene.control.skin.ScrollPaneSkin",
            "javafx.scene.control.skin.SliderSkin", "javafx.scene.control.skin.ChoiceBoxSkin", "javafx.scene.control.skin.MenuBarSkin",
            "javafx.scene.control.skin.TextFieldSkin", "javafx.scene.control.skin.LabeledSkinBase", "javafx.scene.control.skin.TooltipSkin",
            "javafx.scene.shape.SVGPath", "javafx.scene.text.TextFlow", "org.cstoatlas.ui.window.AtlasWindow",
            "org.cstoatlas.ui.map.CountryLayer", "org.cstoatlas.ui.map.OperationsLayer", "org.cstoatlas.ui.detail.DetailPane",
            "org.cstoatlas.ui.timeline.TimelineBar", "org.cstoatlas.ui.window.SearchField");

    private static void preloadWindowClasses() {
        Thread t = new Thread(() -> {
            ClassLoader loader = AtlasApp.class.getClassLoader();
            for (String name : WINDOW_CLASSES) {
                try {
                    Class.forName(name, false, loader);
                } catch (ClassNotFoundException | LinkageError e) {
                    // Only a head start: the class is loaded when first used anyway.
                }
            }
        }, "window-classes");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Once the toolkit runs: the FX thread reads JavaFX's own stylesheet for controls (the first
     * control's class does) while the data may still be loading, instead of in the window's build.
     */
    static void readControlsStylesheet() {
        Platform.runLater(() -> {
            try {
                Class.forName("javafx.scene.control.Control", true, AtlasApp.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                // Only a head start: the first control reads it anyway.
            }
        });
    }

    @Override
    public void init() {
        readControlsStylesheet();
        // Runs on the launcher thread, not the FX thread: the window opens with everything loaded.
        try {
            data = AtlasData.await(loading != null ? loading : beginLoading());
        } catch (AtlasData.Unreadable e) {
            failure = e;
            return;
        }
        // An option naming what the record lacks ends here, before any window opens.
        options = given != null ? given : WindowOptions.NONE;
        try {
            Session.check(data, options);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.err.println();
            System.err.println("Run 'csto-atlas --help' for the usage.");
            System.exit(2);
        }
    }

    @Override
    public void start(Stage stage) {
        if (failure != null) {
            // The dataset's problems are the loader's technical messages and stay in English.
            SavedView remembered = Remembered.load(Remembered.home()).view();
            Texts.use(remembered != null && remembered.language() != null ? remembered.language() : Language.ofSystem());
            Alert a = new Alert(Alert.AlertType.ERROR, failure.getMessage(), Texts.okButton());
            a.setHeaderText(Texts.get("app.cannotStart"));
            TextArea list = new TextArea(String.join("\n", failure.problems().stream().map(Object::toString).toList()));
            list.setEditable(false);
            a.getDialogPane().setExpandableContent(list);
            a.showAndWait();
            Platform.exit();
            return;
        }
        Session.open(stage, data, options, Remembered.home());
    }
}

package org.cstoatlas.ui;

import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.cstoatlas.AtlasData;
import org.cstoatlas.ui.map.OfflineTiles;
import org.cstoatlas.cli.WindowOptions;
import org.cstoatlas.ui.tools.Opening;
import org.cstoatlas.ui.tools.Remembered;

/** The atlas as a desktop application. */
public final class AtlasApp extends Application {

    /** Started before the toolkit, so that loading and the toolkit's start overlap. */
    private static CompletableFuture<AtlasData> loading;
    private AtlasData data;
    private AtlasData.Unreadable failure;
    private WindowOptions options;

    public static void open(String[] args) {
        loading = beginLoading();
        Application.launch(AtlasApp.class, args);
    }

    /** Loads the dataset and the shapes, and reads the basemap's polygons, all off the FX thread. */
    static CompletableFuture<AtlasData> beginLoading() {
        OfflineTiles.warmUp();
        return AtlasData.loadBundledAsync();
    }

    @Override
    public void init() {
        // Runs on the launcher thread, not the FX thread: the window opens with everything loaded.
        try {
            data = AtlasData.await(loading != null ? loading : beginLoading());
        } catch (AtlasData.Unreadable e) {
            failure = e;
            return;
        }
        // A wrong option (or one naming what the record lacks) ends here, before any window opens.
        options = WindowOptions.read(getParameters().getRaw(), System.err);
        if (options == null) System.exit(2);
        try {
            Opening.check(data, options);
        } catch (IllegalArgumentException e) {
            WindowOptions.usageError(e.getMessage(), System.err);
            System.exit(2);
        }
    }

    @Override
    public void start(Stage stage) {
        if (failure != null) {
            // The dataset's problems are the loader's technical messages and stay in English.
            String remembered = Remembered.load(Remembered.home()).language();
            Texts.use(remembered != null ? remembered : Texts.systemLanguage());
            Alert a = new Alert(Alert.AlertType.ERROR, failure.getMessage(), Texts.okButton());
            a.setHeaderText(Texts.get("app.cannotStart"));
            TextArea list = new TextArea(String.join("\n", failure.problems().stream().map(Object::toString).toList()));
            list.setEditable(false);
            a.getDialogPane().setExpandableContent(list);
            a.showAndWait();
            Platform.exit();
            return;
        }
        Opening.show(stage, data, options, Remembered.home());
    }
}

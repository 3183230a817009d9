package org.cstoatlas.ui;

import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.cstoatlas.AtlasData;
import org.cstoatlas.ui.map.OfflineTiles;
import org.cstoatlas.ui.state.AtlasViewModel;

/** The atlas as a desktop application. */
public final class AtlasApp extends Application {

    /** Started before the toolkit, so that loading and the toolkit's start overlap. */
    private static CompletableFuture<AtlasData> loading;
    private AtlasData data;
    private AtlasData.Unreadable failure;

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
        }
    }

    @Override
    public void start(Stage stage) {
        if (failure != null) {
            Alert a = new Alert(Alert.AlertType.ERROR, failure.getMessage());
            a.setHeaderText("CSTO Atlas cannot start");
            TextArea list = new TextArea(String.join("\n", failure.problems().stream().map(Object::toString).toList()));
            list.setEditable(false);
            a.getDialogPane().setExpandableContent(list);
            a.showAndWait();
            Platform.exit();
            return;
        }
        AtlasViewModel vm = new AtlasViewModel(data.index(), LocalDate.now());
        AtlasWindow window = new AtlasWindow(vm, data);
        // As large as a laptop's screen allows, up to 1600 × 1000; the browse pane only where it leaves the map room.
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        double width = Math.min(1600, screen.getWidth());
        double height = Math.min(1000, screen.getHeight());
        window.showBrowse(width >= 1500);
        Scene scene = window.scene(width, height);
        stage.setTitle("CSTO Atlas");
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.show();
    }
}

package org.cstoatlas.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The atlas window (a placeholder until the map lands). */
public final class AtlasApp extends Application {

    public static void open(String[] args) {
        Application.launch(AtlasApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("CSTO Atlas");
        stage.setScene(new Scene(new Label("CSTO Atlas — the map is coming."), 800, 500));
        stage.show();
    }
}

package org.cstoatlas.ui.tools;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.cstoatlas.ui.look.Texts;

/** A long job's progress bar with Cancel (an animation being filmed); the window stays usable behind it. */
public final class ProgressPanel {

    private final Stage stage = new Stage();
    private final ProgressBar bar = new ProgressBar(0);
    private final Label text = new Label();

    ProgressPanel(Window owner, String title, Runnable cancel) {
        stage.initOwner(owner);
        stage.initModality(Modality.NONE);
        stage.setTitle(title);
        bar.setId("progress-bar");
        bar.setPrefWidth(360);
        Button stop = new Button(Texts.get("button.cancel"));
        stop.setId("progress-cancel");
        stop.setOnAction(e -> {
            stop.setDisable(true);
            text.setText(Texts.get("progress.cancelling"));
            cancel.run();
        });
        stage.setOnCloseRequest(e -> cancel.run());
        VBox box = new VBox(10, new Label(title), bar, text, stop);
        box.setPadding(new Insets(16));
        box.getStyleClass().addAll("atlas", "progress-panel");
        Scene scene = new Scene(box);
        if (owner != null && owner.getScene() != null) scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
    }

    public void show() {
        stage.show();
    }

    /** Says how far the job is: {@code done} of {@code total}. Any thread. */
    public void set(int done, int total) {
        javafx.application.Platform.runLater(() -> {
            bar.setProgress(total == 0 ? 0 : (double) done / total);
            text.setText(Texts.format("progress.frames", done, total));
        });
    }

    public void close() {
        stage.close();
    }
}

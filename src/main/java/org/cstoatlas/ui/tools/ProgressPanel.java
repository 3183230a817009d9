package org.cstoatlas.ui.tools;

import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.cstoatlas.words.Words;

/**
 * The one progress panel of the atlas: a long job's title, a progress bar, how far it is and Cancel
 * (opening a dataset, filming an animation). The window stays usable behind it.
 */
public final class ProgressPanel {

    private final Stage stage = new Stage();
    private final ProgressBar bar = new ProgressBar(0);
    private final Label text = new Label();
    private final Button stop;
    private final Words words;

    ProgressPanel(Window owner, Words words, String title, Runnable cancel) {
        this.words = words;
        stop = new Button(words.get("button.cancel"));
        stage.initOwner(owner);
        stage.initModality(Modality.NONE);
        stage.setTitle(words.get("app.title"));
        bar.setId("progress-bar");
        bar.setPrefWidth(360);
        bar.setMaxWidth(Double.MAX_VALUE);
        text.setId("progress-text");
        stop.setId("progress-cancel");
        stop.setCancelButton(true);
        stop.setOnAction(e -> cancelled(cancel));
        stage.setOnCloseRequest(e -> cancelled(cancel));
        Label heading = new Label(title);
        heading.setId("progress-title");
        heading.setWrapText(true);
        heading.getStyleClass().add("progress-title");
        VBox box = new VBox(10, heading, bar, text, stop);
        box.setPadding(new Insets(16));
        box.setId("progress-panel");
        box.getStyleClass().addAll("atlas", "progress-panel");
        Scene scene = new Scene(box);
        org.cstoatlas.ui.look.Look.follow(owner, box);
        stage.setScene(scene);
    }

    /** A panel following a task: its progress, Cancel cancels it, and it closes when the task ends whichever way. */
    static ProgressPanel following(Window owner, Words words, String title, Task<?> task) {
        ProgressPanel p = new ProgressPanel(owner, words, title, () -> task.cancel());
        p.bar.progressProperty().bind(task.progressProperty());
        p.text.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> task.getProgress() < 0 ? "" : words.format("progress.percent", Math.round(task.getProgress() * 100)), task.progressProperty()));
        task.runningProperty().addListener((obs, was, running) -> {
            if (!running) p.close();
        });
        return p;
    }

    private void cancelled(Runnable cancel) {
        stop.setDisable(true);
        if (!text.textProperty().isBound()) text.setText(words.get("progress.cancelling"));
        cancel.run();
    }

    public void show() {
        // Sized and placed by the atlas: under openbox the toolkit dropped the panel's size (its words
        // cut to "Filming the…" at 175 %) and put it in the screen's corner, its title bar above the top.
        javafx.scene.Parent root = stage.getScene().getRoot();
        root.applyCss();
        double w = Math.max(root.prefWidth(-1), bar.getPrefWidth() + 32) + 24, h = root.prefHeight(w) + 48;
        Window owner = stage.getOwner();
        if (owner != null) {
            stage.setX(owner.getX() + Math.max(0, (owner.getWidth() - w) / 2));
            stage.setY(owner.getY() + Math.max(0, (owner.getHeight() - h) / 3));
        }
        StageSize.hold(stage, w, h);
        stage.show();
    }

    /** Says how far the job is: {@code done} of {@code total} frames. Any thread. */
    public void set(int done, int total) {
        Platform.runLater(() -> {
            bar.setProgress(total == 0 ? 0 : (double) done / total);
            if (!stop.isDisabled()) text.setText(words.format("progress.frames", done, total));
        });
    }

    public void close() {
        stage.close();
    }
}

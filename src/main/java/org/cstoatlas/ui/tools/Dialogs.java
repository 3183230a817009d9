package org.cstoatlas.ui.tools;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.cstoatlas.dataset.Problem;
import org.cstoatlas.words.Words;

/**
 * The one place that builds dialogs: messages, the picture size, a dataset's problems and the file
 * choosers (which a test answers itself). Views and tools ask; they never build a dialog.
 */
public final class Dialogs {

    private Choosers choosers = Choosers.NATIVE;
    /** The words of the window the dialogs belong to, asked each time (a language switch builds a new window). */
    private final java.util.function.Supplier<Words> words;

    public Dialogs(java.util.function.Supplier<Words> words) {
        this.words = words;
    }

    public Choosers choosers() {
        return choosers;
    }

    /** Lets a test answer the file choosers. */
    public void useChoosers(Choosers c) {
        choosers = c;
    }

    /** An error: what failed (the header) and why. */
    public void error(Window owner, String header, String text) {
        Alert a = alert(owner, Alert.AlertType.ERROR, words.get().get("app.title"), header, text);
        a.getDialogPane().setId("tool-error");
        a.getDialogPane().setMinWidth(480);
        a.show();
    }

    /** A message with a title, such as Help's keys and About. */
    public void inform(Window owner, String title, String text) {
        Alert a = alert(owner, Alert.AlertType.INFORMATION, title, title, text);
        a.getDialogPane().setMinWidth(560);
        a.show();
    }

    /** The size of a picture to export, or empty when cancelled. */
    public Optional<int[]> pictureSize(Window owner) {
        return new PictureSizeDialog(owner, words.get()).showAndWait();
    }

    /**
     * Shows a long task's progress with a Cancel button, while it runs; the panel closes when the task
     * ends, whichever way. The task runs where the caller started it (never on the FX thread).
     */
    public ProgressPanel taskProgress(Window owner, String header, javafx.concurrent.Task<?> task) {
        ProgressPanel p = ProgressPanel.following(owner, words.get(), header, task);
        if (task.isRunning() || !task.isDone()) p.show();
        return p;
    }

    /** What animation to export, or empty when cancelled; the range starts on {@code first} and ends on the date shown. */
    public Optional<AnimationDialog.Choice> animation(Window owner, java.time.LocalDate first, java.time.LocalDate last, java.time.LocalDate shown) {
        return new AnimationDialog(owner, words.get(), first, last, shown).showAndWait();
    }

    /** A progress bar with Cancel for a long job, shown at once. */
    public ProgressPanel progress(Window owner, String title, Runnable cancel) {
        ProgressPanel p = new ProgressPanel(owner, words.get(), title, cancel);
        p.show();
        return p;
    }

    /** What quiz to start, or empty when cancelled. */
    public Optional<QuizSetupDialog.Setup> quizSetup(Window owner, java.time.LocalDate first, java.time.LocalDate last) {
        return new QuizSetupDialog(owner, words.get(), first, last).showAndWait();
    }

    /** Why a dataset was not opened, every problem listed. */
    public void problems(Window owner, Path folder, List<Problem> problems) {
        new ProblemsPanel(owner, words.get(), folder, problems).show();
    }

    private Alert alert(Window owner, Alert.AlertType type, String title, String header, String text) {
        Alert a = new Alert(type, text, new javafx.scene.control.ButtonType(words.get().get("button.ok"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE));
        a.setTitle(title);
        a.setHeaderText(header);
        if (owner != null) {
            a.initOwner(owner);
            StageSize.keepOnScreen(a);
            org.cstoatlas.ui.look.Look.follow(owner, a.getDialogPane());
        }
        return a;
    }
}

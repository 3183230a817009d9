package org.cstoatlas.ui.tools;

import java.time.LocalDate;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.cstoatlas.words.Words;

/** The teacher's choices for a quiz: the period asked about, the number of questions, and the seed the class shares. */
public final class QuizSetupDialog extends Dialog<QuizSetupDialog.Setup> {

    /** A quiz as the teacher sets it. */
    public record Setup(LocalDate from, LocalDate to, int count, long seed) {
    }

    public QuizSetupDialog(Window owner, Words words, LocalDate first, LocalDate last) {
        initOwner(owner);
        StageSize.keepOnScreen(this);
        setTitle(words.get("quiz.title"));
        setHeaderText(words.get("quiz.setup.header"));
        getDialogPane().getStyleClass().add("export-size-dialog");
        getDialogPane().setId("quiz-setup");
        org.cstoatlas.ui.look.Look.follow(owner, getDialogPane());
        DatePicker from = new DatePicker(first);
        DatePicker to = new DatePicker(last);
        Converters.isoDates(from, words);
        Converters.isoDates(to, words);
        Spinner<Integer> count = new Spinner<>(1, 30, 5);
        count.setEditable(true);
        TextField seed = new TextField(Long.toString(LocalDate.now().toEpochDay() % 1000));
        seed.setId("quiz-seed");
        GridPane grid = new GridPane();
        grid.getStyleClass().add("export-size-grid");
        grid.addRow(0, new Label(words.get("animation.from")), from);
        grid.addRow(1, new Label(words.get("animation.to")), to);
        grid.addRow(2, new Label(words.get("quiz.setup.count")), count);
        grid.addRow(3, new Label(words.get("quiz.setup.seed")), seed);
        getDialogPane().setContent(grid);
        ButtonType ok = new ButtonType(words.get("button.ok"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(ok, new ButtonType(words.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        getDialogPane().lookupButton(ok).disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> from.getValue() == null || to.getValue() == null || !to.getValue().isAfter(from.getValue()) || !seed.getText().strip().matches("-?\\d{1,18}"),
                from.valueProperty(), to.valueProperty(), seed.textProperty()));
        setResultConverter(b -> b == ok ? new Setup(from.getValue(), to.getValue(), count.getValue(), Long.parseLong(seed.getText().strip())) : null);
    }
}

package org.cstoatlas.ui.tools;

import java.time.LocalDate;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.cstoatlas.state.Animation;
import org.cstoatlas.words.Words;

/**
 * File ▸ Export animation: the date range, the step (day, month, year or event by event), how long
 * each frame shows, the size (1280 × 720 by default, for slides) and the form (GIF or numbered PNGs).
 */
public final class AnimationDialog extends Dialog<AnimationDialog.Choice> {

    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final ChoiceBox<Animation.Step> step = new ChoiceBox<>();
    final Spinner<Integer> frameMs = new Spinner<>(Animation.MIN_FRAME_MS, Animation.MAX_FRAME_MS, 500, 100);
    final Spinner<Integer> width = new Spinner<>(200, 4096, Animation.DEFAULT_WIDTH, 10);
    final Spinner<Integer> height = new Spinner<>(150, 4096, Animation.DEFAULT_HEIGHT, 10);
    final ChoiceBox<Animation.Form> form = new ChoiceBox<>();
    /** Where each frame looks: the alliance's countries, as the command line frames them (true), or the map as it is now. */
    final ChoiceBox<Boolean> framing = new ChoiceBox<>();

    /** What the dialog asks: the animation, and whether each frame looks where the alliance's countries are. */
    public record Choice(Animation animation, boolean alliancesFrame) {
    }

    public AnimationDialog(Window owner, Words words, LocalDate first, LocalDate last, LocalDate shown) {
        initOwner(owner);
        StageSize.keepOnScreen(this);
        setTitle(words.get("animation.title"));
        setHeaderText(words.get("animation.header"));
        getDialogPane().getStyleClass().addAll("export-size-dialog", "animation-dialog");
        getDialogPane().setId("animation-dialog");
        org.cstoatlas.ui.look.Look.follow(owner, getDialogPane());
        Converters.isoDates(from, words);
        Converters.isoDates(to, words);
        from.setValue(first);
        to.setValue(shown.isAfter(first) ? shown : last);
        from.setId("animation-from");
        to.setId("animation-to");
        step.getItems().setAll(Animation.Step.values());
        step.setConverter(Converters.of(s -> words.get("animation.step." + s.id())));
        step.setValue(Animation.Step.YEAR);
        step.setId("animation-step");
        // Event by event holds each frame long enough to read its caption.
        step.valueProperty().addListener((obs, o, n) -> frameMs.getValueFactory().setValue(n.defaultFrameMs()));
        form.getItems().setAll(Animation.Form.values());
        form.setConverter(Converters.of(f -> words.get("animation.form." + f.id())));
        form.setValue(Animation.Form.GIF);
        form.setId("animation-form");
        for (Spinner<Integer> s : java.util.List.of(frameMs, width, height)) s.setEditable(true);
        GridPane grid = new GridPane();
        grid.getStyleClass().add("export-size-grid");
        grid.addRow(0, new Label(words.get("animation.from")), from);
        grid.addRow(1, new Label(words.get("animation.to")), to);
        grid.addRow(2, new Label(words.get("animation.step")), step);
        grid.addRow(3, new Label(words.get("animation.frameMs")), frameMs);
        grid.addRow(4, new Label(words.get("export.size.width")), width);
        grid.addRow(5, new Label(words.get("export.size.height")), height);
        grid.addRow(6, new Label(words.get("animation.form")), form);
        // The alliance's countries by default: a film of wherever the window happened to look (Siberia,
        // the Pacific) tells a class nothing.
        framing.getItems().setAll(true, false);
        framing.setConverter(Converters.of(b -> words.get(b ? "animation.frame.alliance" : "animation.frame.shown")));
        framing.setValue(true);
        framing.setId("animation-framing");
        grid.addRow(7, new Label(words.get("animation.frame")), framing);
        getDialogPane().setContent(grid);
        ButtonType ok = new ButtonType(words.get("button.ok"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(ok, new ButtonType(words.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        // A range that ends before it begins cannot be filmed: OK waits for a right one.
        getDialogPane().lookupButton(ok).disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> from.getValue() == null || to.getValue() == null || to.getValue().isBefore(from.getValue()), from.valueProperty(), to.valueProperty()));
        setResultConverter(b -> b == ok ? new Choice(new Animation(from.getValue(), to.getValue(), step.getValue(), frameMs.getValue(), width.getValue(),
                height.getValue(), form.getValue()), framing.getValue()) : null);
    }
}

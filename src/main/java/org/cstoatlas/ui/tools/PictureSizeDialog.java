package org.cstoatlas.ui.tools;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.cstoatlas.words.Words;

/** Asks the size of the exported map: slide presets, or a custom width × height. */
public final class PictureSizeDialog extends Dialog<int[]> {

    /** The preset that lets the user type the size. */
    public static String custom(Words words) {
        return words.get("export.size.custom");
    }

    final ChoiceBox<String> preset = new ChoiceBox<>();
    final Spinner<Integer> width = new Spinner<>(200, 8192, 1920, 10);
    final Spinner<Integer> height = new Spinner<>(150, 8192, 1080, 10);

    public PictureSizeDialog(Window owner, Words words) {
        initOwner(owner);
        StageSize.keepOnScreen(this);
        setTitle(words.get("export.png.title"));
        setHeaderText(words.get("export.size.header"));
        getDialogPane().getStyleClass().add("export-size-dialog");
        org.cstoatlas.ui.look.Look.follow(owner, getDialogPane());
        preset.getItems().addAll(words.get("export.size.fullHd"), words.get("export.size.hd"), words.get("export.size.4k"), words.get("export.size.4to3"), custom(words));
        preset.setId("export-size-preset");
        width.setId("export-width");
        height.setId("export-height");
        width.setEditable(true);
        height.setEditable(true);
        preset.getSelectionModel().selectedItemProperty().addListener((obs, o, n) -> {
            boolean custom = custom(words).equals(n);
            width.setDisable(!custom);
            height.setDisable(!custom);
            if (!custom && n != null) {
                String[] wh = n.split(" ");
                width.getValueFactory().setValue(Integer.parseInt(wh[0]));
                height.getValueFactory().setValue(Integer.parseInt(wh[2]));
            }
        });
        preset.getSelectionModel().selectFirst();
        GridPane grid = new GridPane();
        grid.getStyleClass().add("export-size-grid");
        grid.addRow(0, new Label(words.get("export.size.preset")), preset);
        grid.addRow(1, new Label(words.get("export.size.width")), width);
        grid.addRow(2, new Label(words.get("export.size.height")), height);
        getDialogPane().setContent(grid);
        ButtonType ok = new ButtonType(words.get("button.ok"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(ok, new ButtonType(words.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        setResultConverter(b -> b == ok ? new int[] {width.getValue(), height.getValue()} : null);
    }
}

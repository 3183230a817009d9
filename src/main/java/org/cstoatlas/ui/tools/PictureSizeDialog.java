package org.cstoatlas.ui.tools;

import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Asks the size of the exported map: slide presets, or a custom width × height. */
final class PictureSizeDialog extends Dialog<int[]> {

    static final String CUSTOM = "Custom…";
    final ChoiceBox<String> preset = new ChoiceBox<>();
    final Spinner<Integer> width = new Spinner<>(200, 8192, 1920, 10);
    final Spinner<Integer> height = new Spinner<>(150, 8192, 1080, 10);

    PictureSizeDialog(Window owner) {
        initOwner(owner);
        setTitle("Export map as PNG");
        setHeaderText("Size of the picture, in pixels");
        getDialogPane().getStyleClass().add("export-size-dialog");
        if (owner != null && owner.getScene() != null) getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        preset.getItems().addAll("1920 × 1080 (Full HD slide)", "1280 × 720 (HD slide)", "3840 × 2160 (4K)", "1024 × 768 (4:3 slide)", CUSTOM);
        preset.setId("export-size-preset");
        width.setId("export-width");
        height.setId("export-height");
        width.setEditable(true);
        height.setEditable(true);
        preset.getSelectionModel().selectedItemProperty().addListener((obs, o, n) -> {
            boolean custom = CUSTOM.equals(n);
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
        grid.addRow(0, new Label("Preset"), preset);
        grid.addRow(1, new Label("Width"), width);
        grid.addRow(2, new Label("Height"), height);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        setResultConverter(b -> b == ButtonType.OK ? new int[] {width.getValue(), height.getValue()} : null);
    }
}

package org.cstoatlas.ui.tools;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.cstoatlas.dataset.Problem;
import org.cstoatlas.words.Words;

/**
 * Why a dataset was not opened: every problem with file, line, column and field, copyable (Ctrl+C
 * copies the selected rows, "Copy all" every row, as {@code file:line:column: field: message}).
 */
final class ProblemsPanel extends Stage {

    final TableView<Problem> table = new TableView<>();

    ProblemsPanel(Window owner, Words words, Path folder, List<Problem> problems) {
        initOwner(owner);
        setTitle(words.get("problems.title"));
        // The problems themselves are the loader's technical messages (as "validate" prints them) and stay in English.
        Label header = new Label(problems.size() == 1 ? words.format("problems.header.one", folder.getFileName())
                : words.format("problems.header.many", folder.getFileName(), problems.size()));
        header.setWrapText(true);
        header.setMinHeight(Region.USE_PREF_SIZE);
        header.getStyleClass().add("problems-header");
        header.setId("problems-header");
        // The problems are for the dataset's editors, word for word as "validate" prints them (the loader
        // speaks English, as the files' fields do): the panel says so in the window's language.
        Label asReported = new Label(words.get("problems.asReported"));
        asReported.setWrapText(true);
        asReported.setMinHeight(Region.USE_PREF_SIZE);
        asReported.getStyleClass().add("problems-header");
        javafx.scene.layout.VBox top = new javafx.scene.layout.VBox(4, header, asReported);

        table.setId("problems-table");
        table.getStyleClass().add("problems-table");
        table.getItems().setAll(problems);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getColumns().add(column(words.get("problems.column.file"), 110, p -> p.file()));
        table.getColumns().add(column(words.get("problems.column.line"), 60, p -> p.line() == 0 ? "" : Integer.toString(p.line())));
        table.getColumns().add(column(words.get("problems.column.column"), 70, p -> p.line() == 0 ? "" : Integer.toString(p.column())));
        table.getColumns().add(column(words.get("problems.column.field"), 160, Problem::field));
        table.getColumns().add(column(words.get("problems.column.problem"), 420, Problem::message));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setOnKeyPressed(e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.C) copy(table.getSelectionModel().getSelectedItems());
        });

        Button copyAll = new Button(words.get("problems.copyAll"));
        copyAll.setId("problems-copy");
        copyAll.setOnAction(e -> copy(table.getItems()));
        Button close = new Button(words.get("button.close"));
        close.setDefaultButton(true);
        close.setOnAction(e -> close());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, gap, copyAll, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.getStyleClass().add("problems-buttons");

        BorderPane root = new BorderPane(table, top, null, buttons, null);
        root.getStyleClass().add("problems-panel");
        Scene scene = new Scene(root, 980, 380);
        org.cstoatlas.ui.look.Look.follow(owner, root);
        setScene(scene);
    }

    private static TableColumn<Problem, String> column(String name, double width, java.util.function.Function<Problem, String> value) {
        TableColumn<Problem, String> c = new TableColumn<>(name);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        // Long messages are cut to the column: the whole line shows on hover.
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            {
                getStyleClass().add("validator-report");
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new javafx.scene.control.Tooltip(getTableRow().getItem() == null ? item : getTableRow().getItem().toString()));
            }
        });
        return c;
    }

    /** The problems as the {@code validate} command prints them. */
    static String asText(List<Problem> problems) {
        return problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }

    private static void copy(List<Problem> problems) {
        ClipboardContent c = new ClipboardContent();
        c.putString(asText(problems));
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(c);
    }
}

package org.cstoatlas.ui.browse;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.cstoatlas.record.FuzzyDate;
import org.cstoatlas.ui.browse.BrowseViewModel.OperationKind;
import org.cstoatlas.ui.browse.BrowseViewModel.OperationRow;
import org.cstoatlas.ui.look.Texts;
import org.cstoatlas.ui.model.AtlasViewModel;
import org.cstoatlas.ui.model.Selection;

/**
 * Deployments, forces, exercises and bases side by side, sortable by every column, with a box per kind
 * that shows or hides its rows; choosing a row selects it on the map.
 */
public final class OperationsTable extends VBox {

    private final TableView<OperationRow> table = new TableView<>();
    private boolean syncing;

    public OperationsTable(BrowseViewModel model) {
        AtlasViewModel vm = model.atlas();
        getStyleClass().add("operations");
        FlowPane filter = new FlowPane(6, 4);
        filter.getStyleClass().add("kind-filter");
        filter.setId("operation-filter");
        model.operationCounts().forEach((kind, count) -> {
            CheckBox box = new CheckBox(Texts.format("operations.filter." + key(kind), count));
            box.setId("operation-kind-" + key(kind));
            box.getStyleClass().add("kind-check");
            box.setSelected(model.operationsShown(kind));
            box.selectedProperty().addListener((obs, o, on) -> model.showOperations(kind, on));
            box.setTooltip(new Tooltip(Texts.get("operations.filter.tip")));
            filter.getChildren().add(box);
        });
        table.getStyleClass().add("operations-table");
        table.setId("operations-table");
        // Every kind unticked: said in the window's words (the toolkit's "No content in table" has no Russian).
        table.setPlaceholder(new javafx.scene.control.Label(vm.words().get("operations.empty")));
        // Filtered, then sorted by the table's own order, so a click on a column still sorts.
        SortedList<OperationRow> sorted = new SortedList<>(model.shownOperations());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getColumns().add(column(Texts.get("operations.column.name"), OperationRow::name, 220));
        table.getColumns().add(column(Texts.get("operations.column.kind"), OperationRow::kind, 110));
        TableColumn<OperationRow, FuzzyDate> from = new TableColumn<>(Texts.get("operations.column.from"));
        from.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().from()));
        from.setPrefWidth(110);
        TableColumn<OperationRow, FuzzyDate> to = new TableColumn<>(Texts.get("operations.column.until"));
        to.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().to()));
        to.setPrefWidth(110);
        table.getColumns().add(from);
        table.getColumns().add(to);
        table.getColumns().add(column(Texts.get("operations.column.where"), OperationRow::where, 110));
        table.getColumns().add(column(Texts.get("operations.column.contributors"), OperationRow::contributors, 200));
        TableColumn<OperationRow, Integer> size = new TableColumn<>(Texts.get("operations.column.size"));
        size.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().size()));
        size.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Integer v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || getTableRow() == null || getTableRow().getItem() == null ? null : getTableRow().getItem().sizeText());
            }
        });
        size.setPrefWidth(140);
        table.getColumns().add(size);
        table.getColumns().add(column(Texts.get("operations.column.sources"), OperationRow::sources, 200));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.getSelectionModel().selectedItemProperty().addListener((obs, o, row) -> {
            if (syncing || row == null) return;
            vm.select(row.selection());
        });
        vm.selectionProperty().addListener((obs, o, s) -> follow(s));
        // A kind shown again brings its selected row back into the list's selection.
        model.shownOperations().addListener((javafx.collections.ListChangeListener<OperationRow>) c -> follow(vm.getSelection()));
        follow(vm.getSelection());
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(filter, table);
    }

    /** The table itself (its rows are the kinds shown, in the order chosen). */
    public TableView<OperationRow> table() {
        return table;
    }

    private static String key(OperationKind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static TableColumn<OperationRow, String> column(String title, java.util.function.Function<OperationRow, String> value, double width) {
        TableColumn<OperationRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** Shows the view model's selection in the list (at start too: a window may open on one). */
    private void follow(Selection s) {
        syncing = true;
        table.getItems().stream().filter(row -> row.selection().equals(s)).findFirst()
                .ifPresentOrElse(row -> table.getSelectionModel().select(row), () -> table.getSelectionModel().clearSelection());
        syncing = false;
    }
}

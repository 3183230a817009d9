package org.cstoatlas.ui.table;

import java.util.Comparator;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.cstoatlas.record.FuzzyDate;
import org.cstoatlas.ui.look.Formats;
import org.cstoatlas.ui.look.StatusStyle;
import org.cstoatlas.ui.look.Texts;
import org.cstoatlas.ui.table.CountryTableViewModel.Row;

/**
 * The map as a table: a row per country of the alliance(s) shown on the date, sortable by every
 * column. The arrow keys read row by row without moving the map; Enter (or a double click) selects the
 * row's country on the map.
 */
public final class CountryTable extends TableView<Row> {

    public CountryTable(CountryTableViewModel model) {
        setId("country-table");
        getStyleClass().add("country-table");
        setAccessibleText(Texts.get("table.accessible"));
        setPlaceholder(new javafx.scene.control.Label(Texts.get("table.empty")));
        SortedList<Row> sorted = new SortedList<>(model.rows());
        sorted.comparatorProperty().bind(comparatorProperty());
        setItems(sorted);
        if (model.atlas().alliancesProperty().get().paired()) {
            getColumns().add(column("table.column.alliance", r -> Texts.shortName(r.alliance()), Comparator.naturalOrder(), 70));
        }
        getColumns().add(column("table.column.country", r -> Texts.name(r.country()), Comparator.naturalOrder(), 140));
        getColumns().add(column("table.column.status", r -> StatusStyle.of(r.status(), r.alliance()).label(r.alliance()),
                Comparator.naturalOrder(), 200));
        TableColumn<Row, FuzzyDate> since = new TableColumn<>(Texts.get("table.column.since"));
        since.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().since()));
        since.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        since.setCellFactory(col -> cell(d -> Formats.date(d)));
        since.setPrefWidth(130);
        getColumns().add(since);
        getColumns().add(column("table.column.precision", CountryTable::precision, Comparator.naturalOrder(), 110));
        TableColumn<Row, Integer> sources = new TableColumn<>(Texts.get("table.column.sources"));
        sources.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().sources()));
        sources.setPrefWidth(80);
        getColumns().add(sources);
        getColumns().add(column("table.column.disputed", r -> Texts.get(r.disputed() ? "table.disputed.yes" : "table.disputed.no"),
                Comparator.naturalOrder(), 120));
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && getSelectionModel().getSelectedItem() != null) {
                model.select(getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        setRowFactory(t -> {
            TableRow<Row> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) model.select(row.getItem());
            });
            return row;
        });
    }

    /** "to the day", "to the month", "to the year", "about ..."; empty where nothing began the status. */
    static String precision(Row r) {
        FuzzyDate d = r.since();
        if (d == null) return "";
        String p = Texts.get("table.precision." + d.precision().name().toLowerCase(java.util.Locale.ROOT));
        return d.approximate() ? Texts.format("table.precision.approximate", p) : p;
    }

    private static <T> TableCell<Row, T> cell(Function<T, String> words) {
        return new TableCell<>() {
            @Override
            protected void updateItem(T v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : words.apply(v));
            }
        };
    }

    private static TableColumn<Row, String> column(String key, Function<Row, String> value, Comparator<String> order, double width) {
        TableColumn<Row, String> c = new TableColumn<>(Texts.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setComparator(order);
        c.setPrefWidth(width);
        return c;
    }
}

package org.cstoatlas.ui.browse;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.cstoatlas.record.AllianceRecord;
import org.cstoatlas.record.Citation;
import org.cstoatlas.record.Country;
import org.cstoatlas.record.Deployment;
import org.cstoatlas.record.Evidence;
import org.cstoatlas.record.Force;
import org.cstoatlas.record.FuzzyDate;
import org.cstoatlas.record.Quote;
import org.cstoatlas.record.ForceKind;
import org.cstoatlas.ui.look.Formats;
import org.cstoatlas.ui.look.Texts;
import org.cstoatlas.ui.model.AtlasViewModel;
import org.cstoatlas.ui.model.Selection;

/** Deployments and forces side by side, sortable by every column; choosing a row selects it on the map. */
public final class OperationsTable extends TableView<OperationsTable.Row> {

    /** One deployment or force as the table shows it. */
    public record Row(Object subject, String name, String kind, FuzzyDate from, FuzzyDate to, String where, String contributors,
                      Integer size, String sizeText, String sources) {
    }

    private boolean syncing;

    public OperationsTable(AtlasViewModel vm) {
        getStyleClass().add("operations-table");
        setId("operations-table");
        List<Row> rows = new ArrayList<>();
        AllianceRecord r = vm.record();
        for (Deployment d : r.deployments()) {
            List<Evidence> all = new ArrayList<>(d.evidence());
            d.contingents().forEach(c -> all.addAll(c.evidence()));
            d.totals().forEach(t -> all.addAll(t.evidence()));
            d.phases().forEach(p -> all.addAll(p.evidence()));
            var largest = d.totals().stream().map(Deployment.Total::size).filter(s -> s.unit().equals("personnel")).findFirst();
            rows.add(new Row(d, d.name(Texts.language()), Texts.get("operations.kind.deployment"), d.start(), d.end(), Texts.name(d.target()),
                    d.contingents().stream().map(c -> Texts.name(c.country())).collect(Collectors.joining(", ")),
                    largest.map(s -> s.value()).orElse(null), largest.map(Formats::size).orElse(Texts.get("operations.notGiven")), sources(all)));
        }
        for (Force f : r.forces()) {
            rows.add(new Row(f, f.name(Texts.language()), Texts.get(f.kind() == ForceKind.STANDING_FORCE ? "forceKind.standingForce" : "forceKind.stationedTroops"),
                    f.created(), f.ended(), f.base().name(),
                    f.countries().stream().map(Texts::name).collect(Collectors.joining(", ")),
                    f.size() == null ? null : f.size().value(), f.size() == null ? Texts.get("operations.notGiven") : Formats.size(f.size()), sources(f.evidence())));
        }
        setItems(FXCollections.observableArrayList(rows));
        getColumns().add(column(Texts.get("operations.column.name"), Row::name, 220));
        getColumns().add(column(Texts.get("operations.column.kind"), Row::kind, 110));
        TableColumn<Row, FuzzyDate> from = new TableColumn<>(Texts.get("operations.column.from"));
        from.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().from()));
        from.setPrefWidth(110);
        TableColumn<Row, FuzzyDate> to = new TableColumn<>(Texts.get("operations.column.until"));
        to.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().to()));
        to.setPrefWidth(110);
        getColumns().add(from);
        getColumns().add(to);
        getColumns().add(column(Texts.get("operations.column.where"), Row::where, 110));
        getColumns().add(column(Texts.get("operations.column.contributors"), Row::contributors, 200));
        TableColumn<Row, Integer> size = new TableColumn<>(Texts.get("operations.column.size"));
        size.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().size()));
        size.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Integer v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || getTableRow() == null || getTableRow().getItem() == null ? null : getTableRow().getItem().sizeText());
            }
        });
        size.setPrefWidth(140);
        getColumns().add(size);
        getColumns().add(column(Texts.get("operations.column.sources"), Row::sources, 200));
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        getSelectionModel().selectedItemProperty().addListener((obs, o, row) -> {
            if (syncing || row == null) return;
            if (row.subject() instanceof Deployment d) vm.selectDeployment(d);
            else if (row.subject() instanceof Force f) vm.selectForce(f);
        });
        vm.selectionProperty().addListener((obs, o, s) -> follow(s));
        follow(vm.getSelection());
    }

    private static TableColumn<Row, String> column(String title, java.util.function.Function<Row, String> value, double width) {
        TableColumn<Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** "3 quotes (000, 002, 004); 2 references". */
    static String sources(List<Evidence> evidence) {
        var quotes = evidence.stream().filter(e -> e instanceof Quote).map(e -> ((Quote) e).source().id().substring(0, 3)).distinct().sorted().toList();
        long refs = evidence.stream().filter(e -> e instanceof Citation).map(e -> ((Citation) e).reference().id()).distinct().count();
        long quoteCount = evidence.stream().filter(e -> e instanceof Quote).count();
        return Texts.format(quoteCount == 1 ? "operations.sources.quote" : "operations.sources.quotes", quoteCount)
                + (quotes.isEmpty() ? "" : " (" + String.join(", ", quotes) + ")")
                + "; " + Texts.format(refs == 1 ? "operations.sources.reference" : "operations.sources.references", refs);
    }

    /** Shows the view model's selection in the list (at start too: a window may open on one). */
    private void follow(Selection s) {
        syncing = true;
        Object subject = s instanceof Selection.OfDeployment d ? d.deployment() : s instanceof Selection.OfForce f ? f.force() : null;
        getItems().stream().filter(row -> row.subject() == subject).findFirst()
                .ifPresentOrElse(row -> getSelectionModel().select(row), () -> getSelectionModel().clearSelection());
        syncing = false;
    }
}

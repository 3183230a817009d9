package org.cstoatlas.ui.browse;

import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.cstoatlas.ui.look.Texts;
import org.cstoatlas.ui.model.AtlasViewModel;

/** The record to browse beside the map: its events, its deployments, forces, exercises and bases, its disagreements. */
public final class BrowsePane extends TabPane {

    private final EventList events;
    private final OperationsTable operations;
    private final DisagreementList disagreements;

    public BrowsePane(AtlasViewModel vm) {
        this(new BrowseViewModel(vm));
    }

    public BrowsePane(BrowseViewModel model) {
        AtlasViewModel vm = model.atlas();
        getStyleClass().add("browse-pane");
        setId("browse-pane");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        events = new EventList(model);
        operations = new OperationsTable(model);
        disagreements = new DisagreementList(vm);
        Tab e = new Tab(Texts.get("browse.events"), events);
        e.setId("events-tab");
        Tab o = new Tab(Texts.get("browse.operations"), operations);
        o.setTooltip(new javafx.scene.control.Tooltip(Texts.get("browse.operations.tip")));
        o.setId("operations-tab");
        Tab d = new Tab(Texts.format("browse.disputes", model.disagreementCount()), disagreements);
        d.setTooltip(new javafx.scene.control.Tooltip(Texts.get("browse.disputes.tip")));
        d.setId("disagreements-tab");
        // The membership chart: built the first time its tab is chosen, so start-up pays nothing for it.
        Tab m = new Tab(Texts.get("chart.tab"));
        m.setTooltip(new javafx.scene.control.Tooltip(Texts.get("chart.tab.tip")));
        m.setId("chart-tab");
        m.selectedProperty().addListener((obs, was, on) -> {
            if (on && m.getContent() == null) {
                m.setContent(new org.cstoatlas.ui.chart.MembershipChart(new org.cstoatlas.ui.chart.MembershipChartViewModel(vm)));
            }
        });
        // The map as a table, synced to the date: what a screen reader reads instead of the map.
        Tab t = new Tab(Texts.get("table.tab"), new org.cstoatlas.ui.table.CountryTable(new org.cstoatlas.ui.table.CountryTableViewModel(vm)));
        t.setTooltip(new javafx.scene.control.Tooltip(Texts.get("table.tab.tip")));
        t.setId("table-tab");
        getTabs().addAll(e, o, d, m, t);
        table = t;
    }

    private final Tab table;

    /** Shows the Table tab and gives its table the keyboard (View ▸ Table). */
    public void showTable() {
        getSelectionModel().select(table);
        // The tab's content joins the scene on the next layout: give it the keyboard then.
        javafx.application.Platform.runLater(() -> {
            javafx.scene.control.TableView<?> view = (javafx.scene.control.TableView<?>) table.getContent();
            view.requestFocus();
            if (view.getSelectionModel().isEmpty() && !view.getItems().isEmpty()) view.getFocusModel().focus(0);
        });
    }

    public EventList events() {
        return events;
    }

    public OperationsTable operations() {
        return operations;
    }

    public DisagreementList disagreements() {
        return disagreements;
    }
}

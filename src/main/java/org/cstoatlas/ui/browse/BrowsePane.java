package org.cstoatlas.ui.browse;

import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.cstoatlas.ui.look.Texts;
import org.cstoatlas.ui.model.AtlasViewModel;

/** The record to browse beside the map: its events, its deployments, forces, exercises and bases, its disagreements. */
public final class BrowsePane extends TabPane {

    private final EventList events;
    private final Tab operations;
    private final Tab disagreements;

    public BrowsePane(AtlasViewModel vm) {
        this(new BrowseViewModel(vm));
    }

    public BrowsePane(BrowseViewModel model) {
        AtlasViewModel vm = model.atlas();
        getStyleClass().add("browse-pane");
        setId("browse-pane");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        // Beside the map in the window's split: a usable width, and the map takes what the window gains.
        setMinWidth(240);
        javafx.scene.control.SplitPane.setResizableWithParent(this, false);
        // The first tab is built now; the others, and their tables' first CSS and layout, the first time
        // their tab is chosen: the first map does not wait for panes nobody sees yet. Their tabs stand
        // from the start, so nothing moves when one is built.
        events = new EventList(model);
        Tab e = new Tab(Texts.get("browse.events"), events);
        e.setId("events-tab");
        Tab o = builtWhenChosen(new Tab(Texts.get("browse.operations")), () -> new OperationsTable(model));
        o.setTooltip(new javafx.scene.control.Tooltip(Texts.get("browse.operations.tip")));
        o.setId("operations-tab");
        Tab d = builtWhenChosen(new Tab(Texts.format("browse.disputes", model.disagreementCount())), () -> new DisagreementList(vm));
        d.setTooltip(new javafx.scene.control.Tooltip(Texts.get("browse.disputes.tip")));
        d.setId("disagreements-tab");
        Tab m = builtWhenChosen(new Tab(Texts.get("chart.tab")),
                () -> new org.cstoatlas.ui.chart.MembershipChart(new org.cstoatlas.ui.chart.MembershipChartViewModel(vm)));
        m.setTooltip(new javafx.scene.control.Tooltip(Texts.get("chart.tab.tip")));
        m.setId("chart-tab");
        // The map as a table, synced to the date: what a screen reader reads instead of the map.
        Tab t = builtWhenChosen(new Tab(Texts.get("table.tab")),
                () -> new org.cstoatlas.ui.table.CountryTable(new org.cstoatlas.ui.table.CountryTableViewModel(vm)));
        t.setTooltip(new javafx.scene.control.Tooltip(Texts.get("table.tab.tip")));
        t.setId("table-tab");
        getTabs().addAll(e, o, d, m, t);
        // JavaFX's tab header keeps its menu of tabs once shown (it counts the menu's own width when it
        // asks whether the tabs fit): back from presenting's 150 % at 1920 × 1080, "Tab" and the menu
        // stood where all five tabs fit. Where the text shrinks or the pane widens while the menu shows,
        // the pane gets a fresh header, which asks anew.
        vm.textScaleProperty().addListener((obs, was, now) -> {
            if (now.doubleValue() < was.doubleValue()) askAgain();
        });
        widthProperty().addListener((obs, was, now) -> {
            if (now.doubleValue() > was.doubleValue()) askAgain();
        });
        operations = o;
        disagreements = d;
        table = t;
    }

    /**
     * The tab's content, built the first time the tab is chosen (or its content asked for). A supplier
     * of any object, not of a node: the builders then return Object, and verifying this class loads
     * none of the panes' classes (a builder returning a node makes the verifier load the pane's class
     * to check that it is one).
     */
    private static Tab builtWhenChosen(Tab tab, java.util.function.Supplier<?> content) {
        tab.getProperties().put(CONTENT, content);
        tab.selectedProperty().addListener((obs, was, on) -> {
            if (on) contentOf(tab);
        });
        return tab;
    }

    private static final Object CONTENT = new Object();

    private static javafx.scene.Node contentOf(Tab tab) {
        if (tab.getContent() == null && tab.getProperties().remove(CONTENT) instanceof java.util.function.Supplier<?> content) {
            tab.setContent((javafx.scene.Node) content.get());
        }
        return tab.getContent();
    }

    private final Tab table;

    private boolean asking;

    /** After this layout: a fresh header if the menu of tabs shows then. */
    private void askAgain() {
        if (asking) return;
        asking = true;
        javafx.application.Platform.runLater(() -> {
            asking = false;
            javafx.scene.Node menu = lookup(".control-buttons-tab .tab-down-button");
            if (getSkin() != null && menu != null && menu.isVisible()) freshHeader();
        });
    }

    /** A new skin, so a new tab header; the keyboard stays where it was in the pane. */
    private void freshHeader() {
        javafx.scene.Node focused = getScene() == null ? null : getScene().getFocusOwner();
        boolean inside = false;
        for (javafx.scene.Node n = focused; n != null; n = n.getParent()) inside |= n == this;
        setSkin(new javafx.scene.control.skin.TabPaneSkin(this));
        if (inside) {
            javafx.scene.Node keep = focused;
            javafx.application.Platform.runLater(keep::requestFocus);
        }
    }

    /** Shows the Table tab and gives its table the keyboard (View ▸ Table). */
    public void showTable() {
        getSelectionModel().select(table);
        // The tab's content joins the scene on the next layout: give it the keyboard then.
        javafx.application.Platform.runLater(() -> {
            javafx.scene.control.TableView<?> view = (javafx.scene.control.TableView<?>) contentOf(table);
            view.requestFocus();
            if (view.getSelectionModel().isEmpty() && !view.getItems().isEmpty()) view.getFocusModel().focus(0);
        });
    }

    public EventList events() {
        return events;
    }

    public OperationsTable operations() {
        return (OperationsTable) contentOf(operations);
    }

    public DisagreementList disagreements() {
        return (DisagreementList) contentOf(disagreements);
    }
}

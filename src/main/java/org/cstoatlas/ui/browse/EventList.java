package org.cstoatlas.ui.browse;

import java.util.EnumMap;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.SetChangeListener;
import javafx.collections.transformation.FilteredList;
import javafx.css.PseudoClass;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.cstoatlas.record.Disagreement;
import org.cstoatlas.record.Event;
import org.cstoatlas.record.EventKind;
import org.cstoatlas.record.Response;
import org.cstoatlas.ui.look.Formats;
import org.cstoatlas.ui.look.Texts;
import org.cstoatlas.ui.model.AtlasViewModel;
import org.cstoatlas.ui.model.Selection;

/** Every event of the record in date order, filtered by kind; choosing one moves the date to it. */
public final class EventList extends VBox {

    static final PseudoClass NO_DEPLOYMENT = PseudoClass.getPseudoClass("no-deployment");
    static final PseudoClass CONTESTED = PseudoClass.getPseudoClass("contested");

    private final ListView<Event> list = new ListView<>();
    private boolean syncing;

    public EventList(BrowseViewModel model) {
        AtlasViewModel vm = model.atlas();
        getStyleClass().add("event-list");
        FlowPane filter = new FlowPane(6, 4);
        filter.getStyleClass().add("kind-filter");
        filter.setId("kind-filter");
        for (Map.Entry<EventKind, Long> count : model.kindCounts().entrySet()) {
            EventKind kind = count.getKey();
            CheckBox box = new CheckBox(Texts.format("browse.kindFilter", kindLabel(kind), count.getValue()));
            box.setId("kind-" + kind.id());
            box.getStyleClass().add("kind-check");
            Region swatch = new Region();
            swatch.getStyleClass().addAll("kind-swatch", "kind-" + kind.id());
            box.setGraphic(swatch);
            box.setSelected(model.shown(kind));
            box.selectedProperty().addListener((obs, o, on) -> model.show(kind, on));
            // A filter set elsewhere (a saved view, a language switch) shows in the box too.
            vm.shownKinds().addListener((SetChangeListener<EventKind>) c -> box.setSelected(model.shown(kind)));
            box.setTooltip(new Tooltip(Texts.format("browse.kindFilter.tip", kindLabel(kind).toLowerCase(Texts.locale()))));
            filter.getChildren().add(box);
        }
        list.setItems(model.shownEvents());
        list.setId("event-list");
        list.setCellFactory(v -> new EventCell(vm));
        list.getSelectionModel().selectedItemProperty().addListener((obs, o, e) -> {
            if (!syncing && e != null) vm.selectEvent(e);
        });
        vm.selectionProperty().addListener((obs, o, s) -> follow(s));
        follow(vm.getSelection());
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(filter, list);
    }

    static String kindLabel(EventKind kind) {
        return Texts.get("kind." + kind.id());
    }

    /** A row: the kind's mark, the date, the title; appeals that got no deployment and contested events say so. */
    private static final class EventCell extends ListCell<Event> {
        private final AtlasViewModel vm;

        EventCell(AtlasViewModel vm) {
            this.vm = vm;
        }

        @Override
        protected void updateItem(Event e, boolean empty) {
            super.updateItem(e, empty);
            if (empty || e == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Region mark = new Region();
            mark.getStyleClass().addAll("event-mark", "kind-" + e.kind().id());
            Label date = new Label(Formats.date(e.date()));
            date.getStyleClass().add("event-date");
            Label title = new Label(e.title(Texts.language()));
            title.getStyleClass().add("event-title");
            title.setWrapText(true);
            VBox text = new VBox(1, date, title);
            HBox.setHgrow(text, Priority.ALWAYS);
            if (e.response() != null && e.response() != Response.DEPLOYMENT) {
                Label none = new Label(Texts.get("browse.noDeployment"));
                none.getStyleClass().add("no-deployment-badge");
                text.getChildren().add(none);
            }
            if (!vm.record().disagreementsAbout(Disagreement.Kind.EVENT, e.id()).isEmpty()) {
                Label flag = new Label(Texts.get("browse.contested"));
                flag.getStyleClass().add("contested-flag");
                text.getChildren().add(flag);
            }
            HBox row = new HBox(8, mark, text);
            row.getStyleClass().add("event-row");
            text.setMaxWidth(Double.MAX_VALUE);
            text.prefWidthProperty().bind(getListView().widthProperty().subtract(60));
            setText(null);
            setGraphic(row);
        }
    }

    /** Shows the view model's selection in the list (at start too: a window may open on one). */
    private void follow(Selection s) {
        syncing = true;
        if (s instanceof Selection.OfEvent se) {
            list.getSelectionModel().select(se.event());
            list.scrollTo(Math.max(0, list.getSelectionModel().getSelectedIndex() - 3));
        } else {
            list.getSelectionModel().clearSelection();
        }
        syncing = false;
    }
}

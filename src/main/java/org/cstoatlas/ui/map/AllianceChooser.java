package org.cstoatlas.ui.map;

import org.cstoatlas.ui.look.HoverTip;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import org.cstoatlas.record.Alliance;
import org.cstoatlas.state.AllianceChoice;
import org.cstoatlas.ui.look.Texts;
import org.cstoatlas.ui.model.AtlasViewModel;

/**
 * What the map shows, on the map: "Map: [CSTO] compared with [nothing]". Two short lists of the
 * record's alliances; the view model holds the choice ({@link AtlasViewModel#alliancesProperty()}).
 */
public final class AllianceChooser extends HBox {

    private final ComboBox<Alliance> first = new ComboBox<>();
    /** Null stands for "nothing": one alliance shown. */
    private final ComboBox<Alliance> second = new ComboBox<>();
    private boolean showing;
    private final Label map = new Label(Texts.get("alliance.show"));
    private final Label with = new Label(Texts.get("alliance.with"));
    private final Label dates = new Label(Texts.get("alliance.datesCompared"));
    /** The compact form, for a narrow map: "[CSTO] vs [—]", the words in the tooltip. */
    private boolean compact;

    public AllianceChooser(AtlasViewModel vm) {
        getStyleClass().add("alliance-chooser");
        setId("alliance-chooser");
        map.getStyleClass().add("alliance-chooser-label");
        with.getStyleClass().add("alliance-chooser-label");
        first.getItems().setAll(vm.record().alliances());
        second.getItems().add(null);
        second.getItems().addAll(vm.record().alliances());
        first.setId("alliance-first");
        second.setId("alliance-second");
        map.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        with.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        for (ComboBox<Alliance> box : java.util.List.of(first, second)) {
            box.setCellFactory(l -> new Cell(false));
            box.setButtonCell(new Cell(true));
            box.setVisibleRowCount(8);
        }
        HoverTip.install(this, Texts.get("alliance.tooltip") + "\n" + String.join("\n",
                vm.record().alliances().stream().map(a -> Texts.shortName(a) + ": " + Texts.fullName(a)).toList()));
        dates.getStyleClass().add("alliance-chooser-label");
        // The alliance's name stays whole; the words after it give way: at 1024 × 768 and 175 % they
        // squeezed the chooser to its arrow, with no name in it.
        first.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        dates.setMinWidth(0);
        HoverTip.help(dates, Texts.get("alliance.datesCompared"));
        getChildren().addAll(map, first, with, second, dates);
        // Two dates compared: the map shows what changed in the first alliance, not the second beside it;
        // the chooser says so instead of "compared with SCO" (the second comes back when the dates' comparison ends).
        datesCompared(vm.compareDateProperty().get() != null);
        vm.compareDateProperty().addListener((obs, o, d) -> datesCompared(d != null));
        show(vm, vm.alliancesProperty().get());
        vm.alliancesProperty().addListener((obs, o, now) -> show(vm, now));
        first.valueProperty().addListener((obs, o, now) -> choose(vm));
        second.valueProperty().addListener((obs, o, now) -> choose(vm));
    }

    /**
     * Compact on a narrow map (a projector's text size in a small window), where the words took a band
     * across the map's foot and pushed the operation's box off the map: "Map:" goes, "compared with"
     * becomes "vs" and "nothing" a dash. The whole sentence stays in the tooltip and the accessible text.
     */
    public void setCompact(boolean compact) {
        if (compact == this.compact) return;
        this.compact = compact;
        map.setVisible(!compact);
        map.setManaged(!compact);
        with.setText(Texts.get(compact ? "alliance.with.short" : "alliance.with"));
        dates.setText(Texts.get(compact ? "alliance.datesCompared.short" : "alliance.datesCompared"));
        second.setButtonCell(new Cell(true));
    }

    private void datesCompared(boolean on) {
        for (javafx.scene.Node n : java.util.List.of(with, second)) {
            n.setVisible(!on);
            n.setManaged(!on);
        }
        dates.setVisible(on);
        dates.setManaged(on);
    }

    public boolean isCompact() {
        return compact;
    }

    private void show(AtlasViewModel vm, AllianceChoice choice) {
        showing = true;
        first.setValue(vm.record().alliance(choice.first()).orElse(null));
        second.setValue(choice.paired() ? vm.record().alliance(choice.second()).orElse(null) : null);
        showing = false;
    }

    private void choose(AtlasViewModel vm) {
        if (showing || first.getValue() == null) return;
        Alliance b = second.getValue();
        vm.alliancesProperty().set(new AllianceChoice(first.getValue().id(), b == null ? null : b.id()));
    }

    /** An alliance by its short name, so the control stays small on the map (the full names are in the menu's tooltip). */
    private final class Cell extends ListCell<Alliance> {
        private final boolean button;

        Cell(boolean button) {
            this.button = button;
        }

        @Override
        protected void updateItem(Alliance a, boolean empty) {
            super.updateItem(a, empty);
            // The list always says "nothing"; the button of a compact chooser a dash.
            boolean dash = compact && button;
            setText(empty ? null : a == null ? Texts.get(dash ? "alliance.withNone.short" : "alliance.withNone") : Texts.shortName(a));
        }
    }
}

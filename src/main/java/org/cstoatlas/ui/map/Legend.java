package org.cstoatlas.ui.map;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.cstoatlas.record.time.StatusAt;
import org.cstoatlas.record.time.StatusSnapshot;
import org.cstoatlas.ui.Formats;
import org.cstoatlas.ui.Texts;
import org.cstoatlas.ui.state.AtlasViewModel;

/** Names each colour of the map and counts the countries in it on the selected date. */
public final class Legend extends VBox {

    private final Map<StatusStyle, Label> counts = new EnumMap<>(StatusStyle.class);
    private final Map<CompareStyle, Label> compareCounts = new EnumMap<>(CompareStyle.class);
    private final java.util.List<javafx.scene.Node> statusRows = new java.util.ArrayList<>();
    private final java.util.List<javafx.scene.Node> compareRows = new java.util.ArrayList<>();
    private final AtlasViewModel vm;

    public Legend(AtlasViewModel vm) {
        this.vm = vm;
        getStyleClass().add("legend");
        setAccessibleText(Texts.get("legend.accessible"));
        // The title folds the legend away (and back), so it never hides the map for long.
        Label title = new Label("▾ " + Texts.get("legend.title"));
        title.getStyleClass().add("legend-title");
        title.setId("legend-title");
        title.setTooltip(new Tooltip(Texts.get("legend.foldTooltip")));
        title.setOnMouseClicked(e -> fold(!folded));
        getChildren().add(title);
        for (StatusStyle style : StatusStyle.values()) {
            Label count = new Label();
            count.getStyleClass().add("legend-count");
            counts.put(style, count);
            HBox row = row(swatch(style.pseudoClass(), false), style.label(), count, style.explanation());
            statusRows.add(row);
            getChildren().add(row);
        }
        for (CompareStyle style : CompareStyle.values()) {
            Label count = new Label();
            count.getStyleClass().add("legend-count");
            compareCounts.put(style, count);
            HBox row = row(swatch(style.pseudoClass(), false), style.label(), count, Texts.format("legend.compare.tip", style.label().toLowerCase(Texts.locale())));
            compareRows.add(row);
            getChildren().add(row);
        }
        getChildren().add(row(swatch(null, true), Texts.get("legend.uncertain"), null, Texts.get("legend.uncertain.tip")));
        Region crimea = swatch(PseudoClass.getPseudoClass("disputed"), true);
        crimea.getStyleClass().add("crimea-swatch");
        getChildren().add(row(crimea, Texts.get("legend.crimea"), null, Texts.get("legend.crimea.tip")));
        vm.statusesProperty().addListener((obs, o, now) -> count(now));
        vm.compareDateProperty().addListener((obs, o, now) -> count(vm.statusesProperty().get()));
        vm.dateProperty().addListener((obs, o, now) -> {
            if (vm.compareDateProperty().get() != null) ((Label) getChildren().get(0)).setText((folded ? "▸ " : "▾ ") + title());
        });
        count(vm.statusesProperty().get());
    }

    private static Region swatch(PseudoClass state, boolean dashed) {
        Region r = new Region();
        r.getStyleClass().add("legend-swatch");
        if (state != null) r.pseudoClassStateChanged(state, true);
        if (dashed) r.pseudoClassStateChanged(PseudoClass.getPseudoClass("uncertain"), true);
        return r;
    }

    private static HBox row(Region swatch, String text, Label count, String tip) {
        Label label = new Label(text);
        label.getStyleClass().add("legend-label");
        HBox row = count == null ? new HBox(swatch, label) : new HBox(swatch, label, count);
        row.getStyleClass().add("legend-row");
        Tooltip.install(row, new Tooltip(tip));
        return row;
    }

    private void count(StatusSnapshot snapshot) {
        Map<StatusStyle, Integer> n = new EnumMap<>(StatusStyle.class);
        for (StatusAt s : snapshot.all()) n.merge(StatusStyle.of(s), 1, Integer::sum);
        counts.forEach((style, label) -> label.setText(Integer.toString(n.getOrDefault(style, 0))));
        Map<CompareStyle, Integer> c = new EnumMap<>(CompareStyle.class);
        vm.changes().forEach(ch -> c.merge(CompareStyle.of(ch.kind()), 1, Integer::sum));
        compareCounts.forEach((style, label) -> label.setText(Integer.toString(c.getOrDefault(style, 0))));
        boolean comparing = vm.compareDateProperty().get() != null;
        statusRows.forEach(r -> show(r, !folded && !comparing));
        compareRows.forEach(r -> show(r, !folded && comparing));
        ((Label) getChildren().get(0)).setText((folded ? "▸ " : "▾ ") + title());
    }

    private static void show(javafx.scene.Node n, boolean on) {
        n.setVisible(on);
        n.setManaged(on);
    }

    private String title() {
        LocalDate other = vm.compareDateProperty().get();
        if (other == null) return Texts.get("legend.title");
        LocalDate d = vm.getDate();
        LocalDate from = other.isBefore(d) ? other : d, to = other.isBefore(d) ? d : other;
        return Texts.format("legend.titleCompare", Formats.day(from), Formats.day(to));
    }

    private boolean folded;

    /** Folds the legend to its title, or unfolds it. */
    public void fold(boolean fold) {
        folded = fold;
        for (int i = 1; i < getChildren().size(); i++) show(getChildren().get(i), !fold);
        count(vm.statusesProperty().get());
    }

    /** The count shown beside a change while comparing. */
    public String countText(CompareStyle style) {
        return compareCounts.get(style).getText();
    }

    /** The count shown beside a colour, as a user reads it. */
    public String countText(StatusStyle style) {
        return counts.get(style).getText();
    }
}

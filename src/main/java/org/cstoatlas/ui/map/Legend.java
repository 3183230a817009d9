package org.cstoatlas.ui.map;

import org.cstoatlas.ui.look.CompareStyle;
import org.cstoatlas.ui.look.PairStyle;
import org.cstoatlas.ui.look.StatusStyle;

import java.util.EnumMap;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.cstoatlas.ui.look.Formats;
import org.cstoatlas.ui.look.Texts;
import org.cstoatlas.ui.model.AtlasViewModel;

/** Names each colour of the map and counts the countries in it on the selected date. */
public final class Legend extends VBox {

    private final Map<StatusStyle, Label> counts = new EnumMap<>(StatusStyle.class);
    private final Map<CompareStyle, Label> compareCounts = new EnumMap<>(CompareStyle.class);
    private final java.util.List<javafx.scene.Node> statusRows = new java.util.ArrayList<>();
    private final java.util.List<javafx.scene.Node> compareRows = new java.util.ArrayList<>();
    private final Map<StatusStyle, Label> statusLabels = new EnumMap<>(StatusStyle.class);
    private final Map<StatusStyle, javafx.scene.Node> statusRowOf = new EnumMap<>(StatusStyle.class);
    private final Map<PairStyle, Label> pairCounts = new EnumMap<>(PairStyle.class);
    private final Map<PairStyle, Label> pairLabels = new EnumMap<>(PairStyle.class);
    private final java.util.List<javafx.scene.Node> pairRows = new java.util.ArrayList<>();
    private final Label partialCount = new Label();
    private final LegendViewModel model;

    public Legend(AtlasViewModel vm) {
        this(new LegendViewModel(vm));
    }

    public Legend(LegendViewModel model) {
        this.model = model;
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
            statusRowOf.put(style, row);
            statusLabels.put(style, (Label) row.getChildren().get(1));
            getChildren().add(row);
        }
        for (PairStyle style : PairStyle.values()) {
            Label count = new Label();
            count.getStyleClass().add("legend-count");
            pairCounts.put(style, count);
            HBox row = row(swatch(style.pseudoClass(), false), "", count, Texts.get("legend.pair.tip"));
            pairLabels.put(style, (Label) row.getChildren().get(1));
            pairRows.add(row);
            getChildren().add(row);
        }
        partialCount.getStyleClass().add("legend-count");
        HBox partialRow = row(swatch(PairStyle.PARTIAL, false), Texts.get("legend.partial"), partialCount, Texts.get("legend.partial.tip"));
        pairRows.add(partialRow);
        getChildren().add(partialRow);
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
        model.rowsProperty().addListener((obs, o, now) -> show(now));
        show(model.rowsProperty().get());
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

    private void show(LegendViewModel.Rows rows) {
        boolean comparing = rows instanceof LegendViewModel.CompareRows;
        boolean pairing = rows instanceof LegendViewModel.PairRows;
        if (rows instanceof LegendViewModel.StatusRows sr) {
            counts.forEach((style, label) -> label.setText(Integer.toString(sr.count(style))));
            statusLabels.forEach((style, label) -> label.setText(style.label(sr.alliance())));
        }
        if (rows instanceof LegendViewModel.PairRows pr) {
            String a = Texts.shortName(pr.first()), b = Texts.shortName(pr.second());
            pairCounts.forEach((style, label) -> label.setText(Integer.toString(pr.count(style))));
            pairLabels.forEach((style, label) -> label.setText(style.label(a, b)));
            partialCount.setText(Integer.toString(pr.partial()));
        }
        if (rows instanceof LegendViewModel.CompareRows cr) compareCounts.forEach((style, label) -> label.setText(Integer.toString(cr.count(style))));
        statusRowOf.forEach((style, r) -> show(r, !folded && rows instanceof LegendViewModel.StatusRows sr && sr.has(style)));
        compareRows.forEach(r -> show(r, !folded && comparing));
        pairRows.forEach(r -> show(r, !folded && pairing));
        ((Label) getChildren().get(0)).setText((folded ? "▸ " : "▾ ") + title(rows));
    }

    private static void show(javafx.scene.Node n, boolean on) {
        n.setVisible(on);
        n.setManaged(on);
    }

    private static String title(LegendViewModel.Rows rows) {
        if (rows instanceof LegendViewModel.CompareRows cr) {
            return Texts.format("legend.titleCompare", Formats.day(cr.span().from()), Formats.day(cr.span().to()));
        }
        if (rows instanceof LegendViewModel.PairRows pr) return Texts.format("legend.titlePair", Texts.shortName(pr.first()), Texts.shortName(pr.second()));
        if (rows instanceof LegendViewModel.StatusRows sr && !sr.alliance().subject()) return Texts.format("legend.titleOf", Texts.shortName(sr.alliance()));
        return Texts.get("legend.title");
    }

    private boolean folded;

    /** Folds the legend to its title, or unfolds it. */
    public void fold(boolean fold) {
        folded = fold;
        for (int i = 1; i < getChildren().size(); i++) show(getChildren().get(i), !fold);
        show(model.rowsProperty().get());
    }

    /** The count shown beside a change while comparing. */
    public String countText(CompareStyle style) {
        return compareCounts.get(style).getText();
    }

    /** The count shown beside a class while two alliances are compared. */
    public String countText(PairStyle style) {
        return pairCounts.get(style).getText();
    }

    /** The count shown beside a colour, as a user reads it. */
    public String countText(StatusStyle style) {
        return counts.get(style).getText();
    }
}

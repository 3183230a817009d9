package org.cstoatlas.ui.map;

import org.cstoatlas.ui.look.HoverTip;
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
import org.cstoatlas.words.Words;
import org.cstoatlas.ui.model.AtlasViewModel;

/**
 * Names each colour of the map and counts the countries in it on the selected date; says what the
 * exercises' and bases' symbols mean while one is on the map.
 */
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
    /** The title, and the row it stands in with the key to the exercises' and bases' symbols. */
    private final Label titleLabel;
    private final HBox titleRow;
    private final Map<LegendViewModel.Symbol, HBox> keyItems = new EnumMap<>(LegendViewModel.Symbol.class);
    private final Map<LegendViewModel.Symbol, HBox> stripSymbols = new EnumMap<>(LegendViewModel.Symbol.class);
    private final LegendViewModel model;
    /** The compact strip: one row of the colours on the map now, for a map too small for the whole legend. */
    private final javafx.scene.layout.FlowPane strip = new javafx.scene.layout.FlowPane(10, 4);
    private final Map<StatusStyle, HBox> stripStatus = new EnumMap<>(StatusStyle.class);
    private final Map<StatusStyle, Label> stripCounts = new EnumMap<>(StatusStyle.class);
    private final Map<CompareStyle, HBox> stripCompare = new EnumMap<>(CompareStyle.class);
    private final Map<CompareStyle, Label> stripCompareCounts = new EnumMap<>(CompareStyle.class);
    private final Map<PairStyle, HBox> stripPair = new EnumMap<>(PairStyle.class);
    private final Map<PairStyle, Label> stripPairCounts = new EnumMap<>(PairStyle.class);
    private final Map<PairStyle, Label> stripPairLabels = new EnumMap<>(PairStyle.class);
    private boolean compact;
    /** Who has a standing but no shape of their own on the map today: counted in no colour (the CIS's founders inside the Soviet Union). */
    private final Label insideNote = new Label();
    /** The legend's words, in its view model's language (a film's legend speaks the film's). */
    private final Words words;

    public Legend(AtlasViewModel vm) {
        this(new LegendViewModel(vm));
    }

    public Legend(LegendViewModel model) {
        this.model = model;
        this.words = model.words();
        getStyleClass().add("legend");
        setAccessibleText(words.get("legend.accessible"));
        // The title folds the legend away (and back), so it never hides the map for long.
        Label title = new Label("▾ " + words.get("legend.title"));
        title.getStyleClass().add("legend-title");
        title.setId("legend-title");
        HoverTip.help(title, words.get("legend.foldTooltip"));
        title.setOnMouseClicked(e -> fold(!folded));
        titleLabel = title;
        // The key to the exercises' and bases' symbols shares the title's row: a row of its own would
        // push the whole legend past a third of the map at 1920 × 1080, where it has room now.
        keyItems.put(LegendViewModel.Symbol.EXERCISE, row(symbolSwatch("exercise-swatch"), words.get("legend.short.exercise"), null,
                words.get("legend.exercise") + "\n" + words.get("legend.exercise.tip")));
        keyItems.put(LegendViewModel.Symbol.BASE, row(symbolSwatch("base-swatch"), words.get("legend.short.base"), null,
                words.get("legend.base") + "\n" + words.get("legend.base.tip")));
        keyItems.put(LegendViewModel.Symbol.SIZE_NOT_GIVEN, row(symbolSwatch("size-not-given-swatch"), words.get("legend.short.sizeNotGiven"), null,
                words.get("legend.sizeNotGiven") + "\n" + words.get("legend.sizeNotGiven.tip")));
        keyItems.forEach((symbol, item) -> item.setId("legend-" + symbol.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')));
        Region spacer = new Region();
        HBox.setHgrow(spacer, javafx.scene.layout.Priority.ALWAYS);
        HBox key = new HBox();
        key.getStyleClass().add("legend-key");
        key.getChildren().addAll(keyItems.values());
        titleRow = new HBox(title, spacer, key);
        titleRow.getStyleClass().add("legend-title-row");
        getChildren().add(titleRow);
        for (StatusStyle style : StatusStyle.values()) {
            Label count = new Label();
            count.getStyleClass().add("legend-count");
            counts.put(style, count);
            HBox row = row(swatch(style.pseudoClass(), false), style.label(words), count, style.explanation(words));
            statusRows.add(row);
            statusRowOf.put(style, row);
            statusLabels.put(style, (Label) row.getChildren().get(1));
            getChildren().add(row);
        }
        for (PairStyle style : PairStyle.values()) {
            Label count = new Label();
            count.getStyleClass().add("legend-count");
            pairCounts.put(style, count);
            HBox row = row(swatch(style.pseudoClass(), false), "", count, words.get("legend.pair.tip"));
            pairLabels.put(style, (Label) row.getChildren().get(1));
            pairRows.add(row);
            getChildren().add(row);
        }
        partialCount.getStyleClass().add("legend-count");
        HBox partialRow = row(swatch(PairStyle.PARTIAL, false), words.get("legend.partial"), partialCount, words.get("legend.partial.tip"));
        pairRows.add(partialRow);
        getChildren().add(partialRow);
        for (CompareStyle style : CompareStyle.values()) {
            Label count = new Label();
            count.getStyleClass().add("legend-count");
            compareCounts.put(style, count);
            HBox row = row(swatch(style.pseudoClass(), false), style.label(words), count, words.format("legend.compare.tip", style.label(words).toLowerCase(words.locale())));
            compareRows.add(row);
            getChildren().add(row);
        }
        getChildren().add(row(swatch(null, true), words.get("legend.uncertain"), null, words.get("legend.uncertain.tip")));
        Region crimea = swatch(PseudoClass.getPseudoClass("disputed"), true);
        crimea.getStyleClass().add("crimea-swatch");
        getChildren().add(row(crimea, words.get("legend.crimea"), null, words.get("legend.crimea.tip")));
        insideNote.getStyleClass().add("legend-note");
        insideNote.setWrapText(true);
        insideNote.setId("legend-inside");
        getChildren().add(insideNote);
        for (StatusStyle style : StatusStyle.values()) {
            Label count = new Label();
            count.getStyleClass().add("legend-count");
            stripCounts.put(style, count);
            HBox item = row(swatch(style.pseudoClass(), false), style.shortLabel(words), count, style.label(words) + "\n" + style.explanation(words));
            stripStatus.put(style, item);
            strip.getChildren().add(item);
        }
        for (CompareStyle style : CompareStyle.values()) {
            Label count = new Label();
            count.getStyleClass().add("legend-count");
            stripCompareCounts.put(style, count);
            HBox item = row(swatch(style.pseudoClass(), false), style.label(words), count, words.format("legend.compare.tip", style.label(words).toLowerCase(words.locale())));
            stripCompare.put(style, item);
            strip.getChildren().add(item);
        }
        for (PairStyle style : PairStyle.values()) {
            Label count = new Label();
            count.getStyleClass().add("legend-count");
            stripPairCounts.put(style, count);
            HBox item = row(swatch(style.pseudoClass(), false), "", count, words.get("legend.pair.tip"));
            stripPairLabels.put(style, (Label) item.getChildren().get(1));
            stripPair.put(style, item);
            strip.getChildren().add(item);
        }
        // The strip names the exercises' and bases' symbols too (their tooltips tell the rest, the hollow look included).
        stripSymbols.put(LegendViewModel.Symbol.EXERCISE, row(symbolSwatch("exercise-swatch"), words.get("legend.short.exercise"), null,
                words.get("legend.exercise") + "\n" + words.get("legend.exercise.tip") + "\n" + words.get("legend.sizeNotGiven")));
        stripSymbols.put(LegendViewModel.Symbol.BASE, row(symbolSwatch("base-swatch"), words.get("legend.short.base"), null,
                words.get("legend.base") + "\n" + words.get("legend.base.tip") + "\n" + words.get("legend.sizeNotGiven")));
        strip.getChildren().addAll(stripSymbols.values());
        strip.getStyleClass().add("legend-strip");
        strip.setId("legend-strip");
        HoverTip.install(strip, words.get("legend.compactTooltip"));
        show(strip, false);
        getChildren().add(strip);
        // The strip and the rows of comparisons wait outside the legend until first shown (see attach).
        order = java.util.List.copyOf(getChildren());
        getChildren().removeAll(compareRows);
        getChildren().removeAll(pairRows);
        getChildren().remove(strip);
        model.rowsProperty().addListener((obs, o, now) -> show(now));
        model.symbolsProperty().addListener((obs, o, now) -> show(model.rowsProperty().get()));
        model.insideProperty().addListener((obs, o, now) -> show(model.rowsProperty().get()));
        show(model.rowsProperty().get());
    }

    /** Every row and the strip, in the order they stand in the legend, attached or not. */
    private final java.util.List<javafx.scene.Node> order;

    /**
     * Puts a row (or the strip) in its place in the legend the first time it is shown: hidden, they
     * were styled with the window all the same (the comparisons' rows are 54 of its 769 nodes). Styled
     * at once where the legend already has a scene, so the legend's measure and look are as before.
     */
    private void attach(javafx.scene.Node n) {
        if (n.getParent() == this) return;
        int at = 0;
        for (javafx.scene.Node o : order) {
            if (o == n) break;
            if (o.getParent() == this) at++;
        }
        getChildren().add(at, n);
        if (getScene() != null) n.applyCss();
    }

    private static Region symbolSwatch(String styleClass) {
        Region r = swatch(null, false);
        r.getStyleClass().add(styleClass);
        return r;
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
        HoverTip.install(row, tip);
        // The row's own tooltip, not the strip's around it: JavaFX shows the tooltip of the last node a
        // move reaches, and the strip's ("hover one for what it means") stood over every colour of it.
        row.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_MOVED, javafx.scene.input.MouseEvent::consume);
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
            String a = words.shortName(pr.first()), b = words.shortName(pr.second());
            pairCounts.forEach((style, label) -> label.setText(Integer.toString(pr.count(style))));
            pairLabels.forEach((style, label) -> label.setText(style.label(a, b)));
            partialCount.setText(Integer.toString(pr.partial()));
            stripPairCounts.forEach((style, label) -> label.setText(Integer.toString(pr.count(style))));
            stripPairLabels.forEach((style, label) -> label.setText(style.shortLabel(a, b)));
        }
        if (rows instanceof LegendViewModel.CompareRows cr) compareCounts.forEach((style, label) -> label.setText(Integer.toString(cr.count(style))));
        if (rows instanceof LegendViewModel.StatusRows sr) stripCounts.forEach((style, label) -> label.setText(Integer.toString(sr.count(style))));
        if (rows instanceof LegendViewModel.CompareRows cr) stripCompareCounts.forEach((style, label) -> label.setText(Integer.toString(cr.count(style))));
        boolean useStrip = compact;
        boolean full = !folded && !useStrip;
        if (comparing) compareRows.forEach(this::attach);
        if (pairing) pairRows.forEach(this::attach);
        if (useStrip && !folded) attach(strip);
        statusRowOf.forEach((style, r) -> show(r, full && rows instanceof LegendViewModel.StatusRows sr && sr.has(style)));
        compareRows.forEach(r -> show(r, full && comparing));
        pairRows.forEach(r -> show(r, full && pairing));
        javafx.scene.Node title = titleRow;
        java.util.Set<LegendViewModel.Symbol> symbols = model.symbolsProperty().get();
        for (javafx.scene.Node n : getChildren()) {
            if (n != title && n != strip && !statusRows.contains(n) && !compareRows.contains(n) && !pairRows.contains(n)) show(n, full);
        }
        java.util.List<LegendViewModel.Inside> inside = model.insideProperty().get();
        insideNote.setText(inside.stream().map(in -> words.format("legend.inside", in.count(), words.name(in.state())))
                .collect(java.util.stream.Collectors.joining("\n")));
        show(insideNote, full && !inside.isEmpty());
        keyItems.forEach((symbol, item) -> show(item, !folded && symbols.contains(symbol)));
        stripSymbols.forEach((symbol, item) -> show(item, symbols.contains(symbol)));
        // The strip shows only the colours on the map now.
        stripStatus.forEach((style, item) -> show(item, !comparing && !pairing && !"0".equals(stripCounts.get(style).getText())));
        stripPair.forEach((style, item) -> show(item, pairing && !"0".equals(stripPairCounts.get(style).getText())));
        stripCompare.forEach((style, item) -> show(item, comparing && !"0".equals(stripCompareCounts.get(style).getText())));
        show(strip, useStrip && !folded);
        show(title, !useStrip || folded);
        pseudoClassStateChanged(COMPACT, useStrip && !folded);
        titleLabel.setText((folded ? "▸ " : "▾ ") + title(rows));
    }

    private static void show(javafx.scene.Node n, boolean on) {
        n.setVisible(on);
        n.setManaged(on);
    }

    private String title(LegendViewModel.Rows rows) {
        if (rows instanceof LegendViewModel.CompareRows cr) {
            return words.format("legend.titleCompare", words.day(cr.span().from()), words.day(cr.span().to()));
        }
        if (rows instanceof LegendViewModel.PairRows pr) return words.format("legend.titlePair", words.shortName(pr.first()), words.shortName(pr.second()));
        if (rows instanceof LegendViewModel.StatusRows sr && !sr.alliance().subject()) return words.format("legend.titleOf", words.shortName(sr.alliance()));
        return words.get("legend.title");
    }

    private boolean folded;

    /** Folds the legend to its title, or unfolds it. */
    public void fold(boolean fold) {
        folded = fold;
        show(model.rowsProperty().get());
    }

    private static final PseudoClass COMPACT = PseudoClass.getPseudoClass("compact");

    /** Shows the compact strip instead of the whole legend (a map too small for it), or the whole legend. */
    public void compact(boolean on) {
        if (compact == on) return;
        compact = on;
        show(model.rowsProperty().get());
    }

    public boolean isCompact() {
        return compact;
    }

    /**
     * The whole legend's insets (border and padding) as last seen unfolded. The strip's padding is
     * narrower, and the whole legend measured with it fitted where it did not: the two forms took turns
     * at every layout (presenting two alliances at 1920 × 1080: 275 px tall unfolded, 265 measured from
     * the strip, the limit 273 between).
     */
    private javafx.geometry.Insets fullInsets;

    /** The whole legend's size, as it would be unfolded, whatever is shown now. */
    public javafx.geometry.Dimension2D fullSize() {
        if (!compact || fullInsets == null) fullInsets = getInsets();
        javafx.geometry.Insets pad = fullInsets;
        double w = 0, h = snapSizeY(pad.getTop()) + snapSizeY(pad.getBottom());
        var shown = model.rowsProperty().get();
        boolean comparing = shown instanceof LegendViewModel.CompareRows;
        boolean pairing = shown instanceof LegendViewModel.PairRows;
        int rows = 0;
        for (javafx.scene.Node n : getChildren()) {
            if (n == strip) continue;
            if (statusRows.contains(n) && (comparing || pairing) || compareRows.contains(n) && !comparing || pairRows.contains(n) && !pairing) continue;
            w = Math.max(w, n.prefWidth(-1));
            h += n.prefHeight(-1);
            rows++;
        }
        return new javafx.geometry.Dimension2D(w + snapSizeX(pad.getLeft()) + snapSizeX(pad.getRight()), h + getSpacing() * Math.max(0, rows - 1));
    }

    /** The key's items saying what the exercises' and bases' symbols mean, in the title's row and in the strip, shown or not: for tests. */
    public java.util.List<HBox> keyItems(LegendViewModel.Symbol symbol) {
        return java.util.List.of(keyItems.get(symbol), stripSymbols.get(symbol));
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

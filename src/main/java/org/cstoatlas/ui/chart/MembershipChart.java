package org.cstoatlas.ui.chart;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Polyline;
import javafx.scene.text.Text;
import org.cstoatlas.record.Status;
import org.cstoatlas.ui.look.PairStyle;
import org.cstoatlas.words.Words;

/**
 * The membership chart: a legend naming each alliance shown, the count of members over time with a
 * year axis under it, then a row per country, bars coloured like the map, the selected date as a line.
 * Laid out here; what it shows is {@link MembershipChartViewModel}'s.
 */
public final class MembershipChart extends VBox {

    private static final double ROW = 14;
    private static final double COUNT_HEIGHT = 40;
    private final MembershipChartViewModel model;
    private final Label members;
    private final FlowPane legend = new FlowPane(12, 4);
    private final Pane counts = new Pane();
    private final Pane axis = new Pane();
    private final VBox rows = new VBox(2);
    private final List<Region> dateLines = new java.util.ArrayList<>();

    public MembershipChart(MembershipChartViewModel model) {
        this.model = model;
        getStyleClass().add("membership-chart");
        setId("membership-chart");
        members = nameColumn(new Label(model.atlas().words().get("chart.members")));
        legend.setId("membership-legend");
        legend.getStyleClass().add("membership-legend");
        counts.setPrefHeight(COUNT_HEIGHT);
        counts.setMinHeight(COUNT_HEIGHT);
        counts.getStyleClass().add("membership-counts");
        axis.setId("membership-axis");
        axis.getStyleClass().add("membership-axis");
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        HBox countRow = new HBox(members, counts);
        HBox.setHgrow(counts, Priority.ALWAYS);
        HBox axisRow = new HBox(nameColumn(new Label()), axis);
        HBox.setHgrow(axis, Priority.ALWAYS);
        getChildren().addAll(legend, countRow, axisRow, scroll);
        model.atlas().alliancesProperty().addListener((obs, o, n) -> rebuild());
        model.atlas().languageProperty().addListener((obs, o, n) -> rebuild());
        model.atlas().dateProperty().addListener((obs, o, n) -> requestLayout());
        counts.widthProperty().addListener((obs, o, n) -> rebuild());
        // The text size sets how wide a year's label is, so how many fit.
        members.fontProperty().addListener((obs, o, n) -> rebuild());
        rebuild();
    }

    /** The names' column: as wide as "Kyrgyzstan" at any text size (the stylesheet sizes it in em). */
    private static Label nameColumn(Label l) {
        l.getStyleClass().addAll("strip-label", "chart-name");
        return l;
    }

    private void rebuild() {
        Words w = model.atlas().words();
        members.setText(w.get("chart.members"));
        legend.getChildren().setAll(model.legend().stream().map(MembershipChart::key).toList());
        double width = counts.getWidth();
        counts.getChildren().clear();
        axis.getChildren().clear();
        rows.getChildren().clear();
        dateLines.clear();
        if (width <= 0) return;
        List<MembershipChartViewModel.Series> all = model.series();
        int most = all.stream().flatMap(s -> s.steps().stream()).mapToInt(MembershipChartViewModel.Step::members).max().orElse(1);
        for (MembershipChartViewModel.Series series : all) {
            Polyline line = new Polyline();
            line.getStyleClass().add("membership-count");
            line.pseudoClassStateChanged(series.colour().pseudoClass(), true);
            int last = 0;
            for (MembershipChartViewModel.Step s : series.steps()) {
                double x = model.at(s.from()) * width;
                line.getPoints().addAll(x, y(last, most), x, y(s.members(), most));
                last = s.members();
            }
            line.getPoints().addAll(width, y(last, most));
            counts.getChildren().add(line);
        }
        counts.getChildren().add(dateLine(COUNT_HEIGHT));
        yearAxis(width);
        boolean byAlliance = model.barsByAlliance();
        for (MembershipChartViewModel.Row row : model.rows()) {
            Label name = nameColumn(new Label(w.name(row.country())));
            Pane bars = new Pane();
            bars.setPrefHeight(ROW);
            bars.setMinHeight(ROW);
            HBox.setHgrow(bars, Priority.ALWAYS);
            for (MembershipChartViewModel.Bar b : row.bars()) {
                Region bar = new Region();
                bar.getStyleClass().addAll("history-segment", "chart-bar");
                if (byAlliance) {
                    // Two alliances: each its own colour; a standing short of membership lighter, as on
                    // the map; a former member's years grey, as the map leaves it out of both.
                    if (b.period().status() != Status.FORMER) {
                        bar.pseudoClassStateChanged(MembershipChartViewModel.colour(b.alliance()).pseudoClass(), true);
                        bar.pseudoClassStateChanged(PairStyle.PARTIAL, b.period().status() != Status.MEMBER);
                    }
                } else {
                    bar.pseudoClassStateChanged(b.style().pseudoClass(), true);
                }
                double x0 = model.at(b.from()) * width, x1 = model.at(b.to()) * width;
                // Two alliances: the first's bars in the upper half of the row, the second's in the lower.
                double h = byAlliance ? ROW / 2 : ROW;
                bar.resizeRelocate(x0, b.alliance() * h, Math.max(2, x1 - x0), h);
                bar.setManaged(false);
                bar.setUserData(b);
                Tooltip.install(bar, new Tooltip(w.name(row.country()) + ": " + b.style().label(model.atlas().shownAlliances().get(b.alliance()), w)
                        + " · " + w.day(b.from()) + " – " + w.day(b.to())));
                bars.getChildren().add(bar);
            }
            bars.getChildren().add(dateLine(ROW));
            bars.setOnMouseClicked(e -> model.choose(row, e.getX() / Math.max(1, bars.getWidth())));
            rows.getChildren().add(new HBox(name, bars));
        }
        requestLayout();
    }

    /** The years under the count, as many as fit without touching at this width and text size. */
    private void yearAxis(double width) {
        Text probe = new Text("0000");
        probe.setFont(members.getFont());
        double labelWidth = Math.ceil(probe.getLayoutBounds().getWidth()) + 2;
        double em = members.getFont().getSize();
        for (MembershipChartViewModel.YearLabel y : model.yearLabels(width, labelWidth, em)) {
            double x = y.at() * width;
            Region tick = new Region();
            tick.getStyleClass().add("chart-year-tick");
            tick.setManaged(false);
            tick.resizeRelocate(x - 0.5, 0, 1, 4);
            Label label = new Label(Integer.toString(y.year()));
            label.getStyleClass().addAll("strip-label", "chart-year");
            label.setManaged(false);
            label.resizeRelocate(x - labelWidth / 2, 3, labelWidth, em * 1.45);
            axis.getChildren().addAll(tick, label);
        }
        axis.setMinHeight(em * 1.45 + 4);
        axis.setPrefHeight(em * 1.45 + 4);
    }

    /** A legend line: a line or a bar of the colour, and its words. */
    private static Label key(MembershipChartViewModel.Key k) {
        Region swatch = new Region();
        swatch.getStyleClass().add(k.line() ? "chart-key-line" : "chart-key-bar");
        if (k.status() != null) {
            swatch.getStyleClass().add("legend-swatch");
            swatch.pseudoClassStateChanged(k.status().pseudoClass(), true);
        } else if (k.colour() != null) {
            swatch.pseudoClassStateChanged(k.colour().pseudoClass(), true);
        } else {
            swatch.getStyleClass().add("chart-key-former");
        }
        Label l = new Label(k.words(), swatch);
        l.getStyleClass().add("chart-key");
        return l;
    }

    /**
     * The height that shows the legend, the count, the axis and every row without scrolling at a width,
     * as laid out (after CSS: the rows are as tall as their names at the text size), for a picture.
     */
    public double wholeHeight(double width) {
        double h = getInsets().getTop() + getInsets().getBottom() + getSpacing() * (getChildren().size() - 1);
        for (javafx.scene.Node n : getChildren()) h += n instanceof ScrollPane s ? wholeRows(s, width) : n.prefHeight(width);
        return Math.ceil(h);
    }

    private double wholeRows(ScrollPane scroll, double width) {
        return rows.prefHeight(width) + scroll.getInsets().getTop() + scroll.getInsets().getBottom() + 2;
    }

    private static double y(int members, int most) {
        return COUNT_HEIGHT - 2 - (COUNT_HEIGHT - 4) * members / (double) Math.max(1, most);
    }

    private Region dateLine(double height) {
        Region line = new Region();
        line.getStyleClass().add("history-cursor");
        line.setManaged(false);
        line.setMouseTransparent(true);
        line.resize(2, height);
        dateLines.add(line);
        return line;
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        double x = model.at(model.atlas().getDate()) * counts.getWidth();
        dateLines.forEach(l -> l.relocate(x - 1, 0));
    }
}

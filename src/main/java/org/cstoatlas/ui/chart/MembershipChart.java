package org.cstoatlas.ui.chart;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Polyline;
import org.cstoatlas.ui.look.Formats;
import org.cstoatlas.ui.look.Texts;

/**
 * The membership chart: the count of members over time above a row per country, bars coloured like
 * the map, the selected date as a line. Laid out here; what it shows is {@link MembershipChartViewModel}'s.
 */
public final class MembershipChart extends VBox {

    private static final double ROW = 14;
    private static final double COUNT_HEIGHT = 40;
    private static final double NAME_WIDTH = 90;

    private final MembershipChartViewModel model;
    private final Pane counts = new Pane();
    private final VBox rows = new VBox(2);
    private final List<Region> dateLines = new java.util.ArrayList<>();

    public MembershipChart(MembershipChartViewModel model) {
        this.model = model;
        getStyleClass().add("membership-chart");
        setId("membership-chart");
        counts.setPrefHeight(COUNT_HEIGHT);
        counts.setMinHeight(COUNT_HEIGHT);
        counts.getStyleClass().add("membership-counts");
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        HBox countRow = new HBox(countLabel(), counts);
        HBox.setHgrow(counts, Priority.ALWAYS);
        getChildren().addAll(countRow, scroll);
        model.atlas().alliancesProperty().addListener((obs, o, n) -> rebuild());
        model.atlas().dateProperty().addListener((obs, o, n) -> requestLayout());
        counts.widthProperty().addListener((obs, o, n) -> rebuild());
        rebuild();
    }

    private static Label countLabel() {
        Label l = new Label(Texts.get("chart.members"));
        l.getStyleClass().add("strip-label");
        l.setMinWidth(NAME_WIDTH);
        l.setPrefWidth(NAME_WIDTH);
        return l;
    }

    private void rebuild() {
        double width = counts.getWidth();
        counts.getChildren().clear();
        rows.getChildren().clear();
        dateLines.clear();
        if (width <= 0) return;
        List<List<MembershipChartViewModel.Step>> all = model.counts();
        int most = all.stream().flatMap(List::stream).mapToInt(MembershipChartViewModel.Step::members).max().orElse(1);
        for (int i = 0; i < all.size(); i++) {
            Polyline line = new Polyline();
            line.getStyleClass().addAll("membership-count", i == 0 ? "count-first" : "count-second");
            int last = 0;
            for (MembershipChartViewModel.Step s : all.get(i)) {
                double x = model.at(s.from()) * width;
                line.getPoints().addAll(x, y(last, most), x, y(s.members(), most));
                last = s.members();
            }
            line.getPoints().addAll(width, y(last, most));
            counts.getChildren().add(line);
        }
        counts.getChildren().add(dateLine(COUNT_HEIGHT));
        for (MembershipChartViewModel.Row row : model.rows()) {
            Label name = new Label(Texts.name(row.country()));
            name.getStyleClass().add("strip-label");
            name.setMinWidth(NAME_WIDTH);
            name.setPrefWidth(NAME_WIDTH);
            Pane bars = new Pane();
            bars.setPrefHeight(ROW);
            bars.setMinHeight(ROW);
            HBox.setHgrow(bars, Priority.ALWAYS);
            for (MembershipChartViewModel.Bar b : row.bars()) {
                Region bar = new Region();
                bar.getStyleClass().add("history-segment");
                bar.pseudoClassStateChanged(b.style().pseudoClass(), true);
                double x0 = model.at(b.from()) * width, x1 = model.at(b.to()) * width;
                // Two alliances: the first's bars in the upper half of the row, the second's in the lower.
                double h = model.atlas().shownAlliances().size() > 1 ? ROW / 2 : ROW;
                bar.resizeRelocate(x0, b.alliance() * h, Math.max(2, x1 - x0), h);
                bar.setManaged(false);
                Tooltip.install(bar, new Tooltip(Texts.name(row.country()) + ": " + b.style().label(model.atlas().shownAlliances().get(b.alliance()))
                        + " · " + Formats.day(b.from()) + " – " + Formats.day(b.to())));
                bars.getChildren().add(bar);
            }
            bars.getChildren().add(dateLine(ROW));
            bars.setOnMouseClicked(e -> model.choose(row, e.getX() / Math.max(1, bars.getWidth())));
            rows.getChildren().add(new HBox(name, bars));
        }
        requestLayout();
    }

    /** The height that shows every row without scrolling, for a picture. */
    public static double wholeHeight(int rowCount) {
        return COUNT_HEIGHT + rowCount * (ROW + 2) + 24;
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

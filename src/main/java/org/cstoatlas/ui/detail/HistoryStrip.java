package org.cstoatlas.ui.detail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import org.cstoatlas.record.StatusPeriod;
import org.cstoatlas.record.time.StatusAt;
import org.cstoatlas.ui.look.Formats;
import org.cstoatlas.ui.look.Texts;
import org.cstoatlas.ui.look.StatusStyle;
import org.cstoatlas.ui.model.AtlasViewModel;

/**
 * A country's periods on a strip from 1992 to today, a row per body or alliance (the CSTO's treaty, the
 * CSTO, then each other alliance the country stood in), coloured
 * like the map; a line marks the selected date. Clicking a period moves the date to its start.
 */
final class HistoryStrip extends Pane {

    private static final double ROW = 16;
    private static final double GAP = 4;

    private final AtlasViewModel vm;
    private final List<Region> segments = new ArrayList<>();
    private final List<StatusPeriod> periods = new ArrayList<>();
    private final List<Integer> rowOf = new ArrayList<>();
    private final int rows;
    private final Region cursor = new Region();
    /** The rows' names beside the strip: each row stands where its name stands, as tall as the name's text. */
    private final List<javafx.scene.Node> names;

    HistoryStrip(AtlasViewModel vm, List<DetailViewModel.StripRow> strip, List<javafx.scene.Node> names) {
        this.vm = vm;
        this.names = names;
        this.rows = strip.size();
        getStyleClass().add("history-strip");
        for (int row = 0; row < strip.size(); row++) {
            for (StatusPeriod p : strip.get(row).periods()) add(p, row, strip.get(row).alliance());
        }
        cursor.getStyleClass().add("history-cursor");
        cursor.setMouseTransparent(true);
        getChildren().add(cursor);
        // The names are laid out by their own box: once they have their heights, the rows follow.
        for (javafx.scene.Node n : names) n.boundsInParentProperty().addListener((obs, o, b) -> requestLayout());
    }

    private double height() {
        if (names.size() == rows && rows > 0) {
            javafx.geometry.Bounds last = names.get(rows - 1).getBoundsInParent();
            if (last.getMaxY() > 0) return Math.max(last.getMaxY(), rows * ROW + (rows - 1) * GAP);
        }
        return rows * ROW + (rows - 1) * GAP;
    }

    /** Where a row stands and how tall it is: its name's place once the names are laid out, else a fixed row. */
    private double[] row(int i) {
        if (names.size() == rows) {
            javafx.geometry.Bounds b = names.get(i).getBoundsInParent();
            if (b.getHeight() > 0) return new double[] {b.getMinY(), b.getHeight()};
        }
        return new double[] {i * (ROW + GAP), ROW};
    }

    @Override
    protected double computePrefHeight(double width) {
        return height();
    }

    @Override
    protected double computeMinHeight(double width) {
        return height();
    }

    private void add(StatusPeriod p, int row, org.cstoatlas.record.Alliance alliance) {
        periods.add(p);
        rowOf.add(row);
        {
            Region seg = new Region();
            seg.getStyleClass().add("history-segment");
            StatusStyle style = StatusStyle.of(new StatusAt(p.country(), p.status(), p.body(), p.start(), false, p), alliance);
            seg.pseudoClassStateChanged(style.pseudoClass(), true);
            if (p.start().uncertain()) seg.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("uncertain"), true);
            String span = Formats.date(p.start()) + " – " + (p.end() == null ? Texts.get("date.today") : Formats.date(p.end()));
            String body = alliance.subject() ? Texts.get("body." + p.body().id()) : Texts.russian() ? p.body().titleRu() : p.body().title();
            Tooltip.install(seg, new Tooltip(Texts.format("history.segment.tip", style.label(alliance), body, span)));
            seg.setAccessibleText(style.label(alliance) + ", " + span);
            seg.setOnMouseClicked(e -> vm.setDate(p.start().first()));
            segments.add(seg);
            getChildren().add(seg);
        }
    }

    private double x(LocalDate d) {
        double first = vm.firstDay().toEpochDay();
        double span = vm.lastDay().toEpochDay() - first;
        return Math.max(0, Math.min(1, (d.toEpochDay() - first) / span)) * getWidth();
    }

    @Override
    protected void layoutChildren() {
        for (int i = 0; i < periods.size(); i++) {
            StatusPeriod p = periods.get(i);
            double x0 = x(p.start().first());
            double x1 = x(p.end() == null ? vm.lastDay() : p.end().first());
            double[] row = row(rowOf.get(i));
            segments.get(i).resizeRelocate(x0, row[0], Math.max(2, x1 - x0), row[1]);
        }
        cursor.resizeRelocate(x(vm.getDate()) - 1, -2, 2, height() + 4);
    }
}

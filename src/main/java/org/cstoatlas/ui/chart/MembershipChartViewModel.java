package org.cstoatlas.ui.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cstoatlas.record.Alliance;
import org.cstoatlas.record.Country;
import org.cstoatlas.record.Status;
import org.cstoatlas.record.StatusPeriod;
import org.cstoatlas.record.time.StatusAt;
import org.cstoatlas.record.time.TimeIndex;
import org.cstoatlas.ui.look.StatusStyle;
import org.cstoatlas.ui.model.AtlasViewModel;

/**
 * The membership chart a student would draw by hand: a row per country that ever stood in the
 * alliance(s) on the map, a bar per period coloured by status along the whole timeline, and above it
 * the count of members over time. Positions are fractions of the timeline (0 its first day, 1 today).
 */
public final class MembershipChartViewModel {

    /** A period on a row: which of the shown alliances (0 or 1), from and to (exclusive), its colour. */
    public record Bar(int alliance, LocalDate from, LocalDate to, StatusStyle style, StatusPeriod period) {
    }

    public record Row(Country country, List<Bar> bars) {
    }

    /** The number of members from a day on (until the next step). */
    public record Step(LocalDate from, int members) {
    }

    private final AtlasViewModel vm;

    public MembershipChartViewModel(AtlasViewModel vm) {
        this.vm = vm;
    }

    public AtlasViewModel atlas() {
        return vm;
    }

    /** The rows for the alliance(s) on the map, the earliest to join first. */
    public List<Row> rows() {
        List<Alliance> shown = vm.shownAlliances();
        Map<Country, List<Bar>> bars = new LinkedHashMap<>();
        for (int i = 0; i < shown.size(); i++) {
            Alliance a = shown.get(i);
            for (StatusPeriod p : vm.record().forAlliance(a.id()).periods()) {
                LocalDate from = max(p.start().first(), vm.firstDay());
                LocalDate to = p.end() == null ? vm.lastDay() : min(p.end().first(), vm.lastDay());
                if (!to.isAfter(from)) continue;
                StatusStyle style = StatusStyle.of(new StatusAt(p.country(), p.status(), p.body(), p.start(), false, p), a);
                bars.computeIfAbsent(p.country(), c -> new ArrayList<>()).add(new Bar(i, from, to, style, p));
            }
        }
        List<Row> rows = new ArrayList<>();
        bars.forEach((c, b) -> rows.add(new Row(c, List.copyOf(b))));
        rows.sort(Comparator.comparing((Row r) -> r.bars().stream().map(Bar::from).min(Comparator.naturalOrder()).orElseThrow())
                .thenComparing(r -> r.country().name()));
        return rows;
    }

    /** How many members each shown alliance had over time, a step per day the count changes. */
    public List<List<Step>> counts() {
        List<List<Step>> out = new ArrayList<>();
        for (Alliance a : vm.shownAlliances()) {
            TimeIndex index = vm.index().forAlliance(a.id());
            List<Step> steps = new ArrayList<>();
            List<LocalDate> days = new ArrayList<>();
            days.add(vm.firstDay());
            index.changeDays().stream().filter(d -> d.isAfter(vm.firstDay()) && !d.isAfter(vm.lastDay())).forEach(days::add);
            for (LocalDate d : days) {
                int n = index.statusOn(d).count(Status.MEMBER);
                if (steps.isEmpty() || steps.get(steps.size() - 1).members() != n) steps.add(new Step(d, n));
            }
            out.add(List.copyOf(steps));
        }
        return out;
    }

    /** Where a day stands on the timeline, from 0 to 1. */
    public double at(LocalDate d) {
        double first = vm.firstDay().toEpochDay();
        return Math.max(0, Math.min(1, (d.toEpochDay() - first) / (vm.lastDay().toEpochDay() - first)));
    }

    /** The day at a place on the timeline. */
    public LocalDate dateAt(double fraction) {
        long first = vm.firstDay().toEpochDay();
        double f = Math.max(0, Math.min(1, fraction));
        return LocalDate.ofEpochDay(first + Math.round(f * (vm.lastDay().toEpochDay() - first)));
    }

    /** A click on a row: selects its country and moves the date there. */
    public void choose(Row row, double fraction) {
        vm.setDate(dateAt(fraction));
        vm.selectCountry(row.country());
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}

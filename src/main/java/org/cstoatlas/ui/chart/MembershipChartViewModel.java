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
import org.cstoatlas.ui.look.PairStyle;
import org.cstoatlas.ui.look.StatusStyle;
import org.cstoatlas.ui.model.AtlasViewModel;
import org.cstoatlas.ui.timeline.TimelineViewModel;
import org.cstoatlas.words.Words;

/**
 * The membership chart a student would draw by hand: a row per country that ever stood in the
 * alliance(s) on the map, a bar per period coloured by status along the whole timeline, and above it
 * the count of members over time, a year axis under it and a legend naming each alliance. Positions
 * are fractions of the timeline (0 its first day, 1 today).
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

    /**
     * One alliance's count of members: its own colour, the map's comparison colour for it (the first
     * alliance's, the second's), so that two alliances never share one.
     */
    public record Series(Alliance alliance, PairStyle colour, List<Step> steps) {
    }

    /** A year on the axis, at its first day's place (0 to 1). */
    public record YearLabel(int year, double at) {
    }

    /**
     * A line of the legend: a swatch and its words. The swatch is a line of a series' colour
     * ({@code line}), a bar of a status's colour (one alliance shown) or a bar of an alliance's colour
     * (two shown, a standing short of membership lighter), or, with neither, a former member's grey bar.
     */
    public record Key(String words, PairStyle colour, StatusStyle status, boolean line) {
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

    /** The count of members of each shown alliance, each in its colour: the first's, then the second's. */
    public List<Series> series() {
        List<Alliance> shown = vm.shownAlliances();
        List<List<Step>> counts = counts();
        List<Series> out = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) out.add(new Series(shown.get(i), colour(i), counts.get(i)));
        return out;
    }

    /** The colour of the shown alliance at {@code i} (0 the first). */
    public static PairStyle colour(int i) {
        return i == 0 ? PairStyle.FIRST : PairStyle.SECOND;
    }

    /** Whether the rows' bars take their alliance's colour (two alliances) rather than their status's (one). */
    public boolean barsByAlliance() {
        return vm.shownAlliances().size() > 1;
    }

    /**
     * What the legend says, in the view's words: each alliance's count line, then the bars' colours
     * (each status the rows show when one alliance is shown, each alliance when two are).
     */
    public List<Key> legend() {
        Words w = vm.words();
        List<Key> keys = new ArrayList<>();
        List<Series> series = series();
        for (Series s : series) keys.add(new Key(w.format("chart.legend.count", w.shortName(s.alliance())), s.colour(), null, true));
        if (barsByAlliance()) {
            for (Series s : series) keys.add(new Key(w.format("chart.legend.bars", w.shortName(s.alliance())), s.colour(), null, false));
            // A former member's years are grey, in neither alliance's colour (no colour, no status).
            if (rows().stream().flatMap(r -> r.bars().stream()).anyMatch(b -> b.period().status() == Status.FORMER)) {
                keys.add(new Key(w.get("chart.legend.former"), null, null, false));
            }
        } else {
            Alliance a = series.get(0).alliance();
            rows().stream().flatMap(r -> r.bars().stream()).map(Bar::style).distinct().sorted()
                    .forEach(style -> keys.add(new Key(style.label(a, w), null, style, false)));
        }
        return keys;
    }

    /**
     * The years labelled under a chart {@code width} pixels wide whose labels are {@code labelWidth}
     * wide: every 1, 2, 5, 10 or 20 years, as the timeline thins its own, so that no two labels touch
     * ({@code gap} pixels at least between them) and none runs past either end.
     */
    public List<YearLabel> yearLabels(double width, double labelWidth, double gap) {
        List<YearLabel> out = new ArrayList<>();
        if (width <= 0) return out;
        int every = TimelineViewModel.yearsPerLabel(vm.firstDay(), vm.lastDay(), width, labelWidth + gap);
        int first = vm.firstDay().getYear() + (vm.firstDay().getDayOfYear() == 1 ? 0 : 1);
        for (int y = (first + every - 1) / every * every; y <= vm.lastDay().getYear(); y += every) {
            double at = at(LocalDate.of(y, 1, 1));
            double x = at * width;
            // A label centred on its year: one that would be cut at either end is left out, and so is
            // one too near the last (a window too narrow even for a label every 20 years).
            boolean inside = x - labelWidth / 2 >= 0 && x + labelWidth / 2 <= width;
            boolean clear = out.isEmpty() || x - out.get(out.size() - 1).at() * width >= labelWidth + gap;
            if (inside && clear) out.add(new YearLabel(y, at));
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

package org.cstoatlas.ui.timeline;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.cstoatlas.record.Disagreement;
import org.cstoatlas.record.Event;
import org.cstoatlas.record.Response;
import org.cstoatlas.ui.model.AtlasViewModel;

/**
 * What the timeline shows besides the slider: a tick per event where its day falls on the track (with
 * whether the sources dispute it and whether an appeal went unanswered), and the events of the date.
 */
public final class TimelineViewModel {

    /**
     * A span of years the slider spans: every year of the record, the blocs' years to the end of
     * 1991, or the years since 1991 (the CSTO's, as readable as when the timeline began in 1992).
     */
    public enum Span {
        ALL, BLOCS, SINCE_1991;

        /** 1991: the year the Warsaw Pact and the Soviet Union ended, where the two spans meet. */
        static final int TURN = 1991;
    }

    /** The span's first and last day on a timeline from {@code first} to {@code last}. */
    public static LocalDate[] days(Span span, LocalDate first, LocalDate last) {
        return switch (span) {
            case ALL -> new LocalDate[] {first, last};
            case BLOCS -> new LocalDate[] {first, min(last, LocalDate.of(Span.TURN, 12, 31))};
            case SINCE_1991 -> new LocalDate[] {max(first, LocalDate.of(Span.TURN, 1, 1)), last};
        };
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /**
     * Years between two labelled ticks, so that labels stand at least {@code minGap} pixels apart on a
     * track {@code width} pixels wide: 1, 2, 5, 10 or 20 years. The ticks thin out as the span grows.
     */
    public static int yearsPerLabel(LocalDate first, LocalDate last, double width, double minGap) {
        double years = (last.toEpochDay() - first.toEpochDay()) / 365.25;
        for (int n : new int[] {1, 2, 5, 10}) if (width / (years / n) >= minGap) return n;
        return 20;
    }

    private final javafx.beans.property.ObjectProperty<Span> span = new javafx.beans.property.SimpleObjectProperty<>(this, "span", Span.ALL);

    /** The span the slider shows; the atlas still opens on all of it, on today. */
    public javafx.beans.property.ObjectProperty<Span> spanProperty() {
        return span;
    }

    /** The shown span's first and last day. */
    public LocalDate[] spanDays() {
        return days(span.get(), vm.firstDay(), vm.lastDay());
    }

    /** An event's tick: where on the track (0 the first day, 1 the last), and its marks. */
    public record Tick(Event event, double at, boolean contested, boolean noDeployment) {
    }

    private final AtlasViewModel vm;
    private final List<Tick> ticks;
    private final ReadOnlyObjectWrapper<List<Event>> eventsOfDate = new ReadOnlyObjectWrapper<>(this, "eventsOfDate", List.of());
    private final javafx.beans.property.ReadOnlyStringWrapper summary = new javafx.beans.property.ReadOnlyStringWrapper(this, "summary", "");

    public TimelineViewModel(AtlasViewModel vm) {
        this.vm = vm;
        double first = vm.firstDay().toEpochDay();
        double span = vm.lastDay().toEpochDay() - first;
        ticks = vm.record().allEvents().stream()
                .map(e -> new Tick(e, (e.date().first().toEpochDay() - first) / span,
                        !vm.record().disagreementsAbout(Disagreement.Kind.EVENT, e.id()).isEmpty(),
                        e.response() != null && e.response() != Response.DEPLOYMENT))
                .filter(t -> t.at() >= 0 && t.at() <= 1)
                .toList();
        vm.dateProperty().addListener((obs, o, d) -> refresh(d));
        refresh(vm.getDate());
        // The sentence follows the date, the alliances shown and the language (a new DateSummary per
        // language: it takes its words from the language given, never from the window's current one).
        vm.alliancesProperty().addListener((obs, o, n) -> summarise());
        vm.languageProperty().addListener((obs, o, n) -> summarise());
    }

    /** The date in one sentence, as {@code summary} prints it: what a screen reader reads instead of the map. */
    public javafx.beans.property.ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    private void summarise() {
        summary.set(new org.cstoatlas.words.DateSummary(vm.index(), vm.languageProperty().get()).of(vm.getDate(), vm.alliancesProperty().get()));
    }

    public AtlasViewModel atlas() {
        return vm;
    }

    /**
     * The ticks of the alliances on the map, in the record's order: the CSTO's always, a context
     * alliance's while the map shows it (so the CSTO's timeline alone stays as it was).
     */
    public List<Tick> ticks() {
        List<String> shown = vm.shownAlliances().stream().map(org.cstoatlas.record.Alliance::id).toList();
        // Placed on the shown span: a tick outside it is not on the track.
        LocalDate[] days = spanDays();
        double first = days[0].toEpochDay();
        double length = Math.max(1, days[1].toEpochDay() - first);
        double all = vm.lastDay().toEpochDay() - vm.firstDay().toEpochDay();
        double offset = vm.firstDay().toEpochDay();
        return ticks.stream().filter(t -> t.event().alliance().subject() || shown.contains(t.event().alliance().id()))
                .map(t -> new Tick(t.event(), (t.at() * all + offset - first) / length, t.contested(), t.noDeployment()))
                .filter(t -> t.at() >= 0 && t.at() <= 1)
                .toList();
    }

    /** True for the tick of a context alliance's event: drawn apart from the CSTO's own. */
    public static boolean context(Event e) {
        return !e.alliance().subject();
    }

    /** The events on the date (empty on most days). */
    public ReadOnlyObjectProperty<List<Event>> eventsOfDateProperty() {
        return eventsOfDate.getReadOnlyProperty();
    }

    private void refresh(LocalDate d) {
        List<Event> now = vm.index().eventsBetween(d, d);
        if (!now.equals(eventsOfDate.get())) eventsOfDate.set(now);
        summarise();
    }

    /** Whether the kind filter shows the event's tick. */
    public boolean shown(Event e) {
        return vm.eventShown(e);
    }

    /**
     * The day a user typed to go to: 2022-01-06, 06.01.2022 (as Russian readers write it), 2022-01 (its
     * first day) or 2022 (its 1 January); empty for anything else.
     */
    public static java.util.Optional<LocalDate> typedDate(String typed) {
        if (typed == null) return java.util.Optional.empty();
        String t = typed.strip();
        try {
            if (t.matches("\\d{4}-\\d{1,2}-\\d{1,2}")) {
                String[] p = t.split("-");
                return java.util.Optional.of(LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2])));
            }
            if (t.matches("\\d{1,2}\\.\\d{1,2}\\.\\d{4}")) {
                String[] p = t.split("\\.");
                return java.util.Optional.of(LocalDate.of(Integer.parseInt(p[2]), Integer.parseInt(p[1]), Integer.parseInt(p[0])));
            }
            if (t.matches("\\d{4}-\\d{1,2}")) {
                String[] p = t.split("-");
                return java.util.Optional.of(LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), 1));
            }
            if (t.matches("\\d{4}")) return java.util.Optional.of(LocalDate.of(Integer.parseInt(t), 1, 1));
        } catch (java.time.DateTimeException e) {
            // 2022-02-30 and the like: not a day.
        }
        return java.util.Optional.empty();
    }

    /**
     * The date's heading: the day; on the first day of an event the record dates only to a month, a
     * year or "about" a day, that date as the record gives it ("about 22 February 2024", "March 2004"),
     * so the heading claims no precision the record does not have.
     */
    public String heading(LocalDate d, org.cstoatlas.words.Words words) {
        for (Event e : vm.index().eventsBetween(d, d)) {
            if (e.date().uncertain() && e.date().first().equals(d) && vm.eventShown(e)) return words.date(e.date());
        }
        return words.day(d);
    }
}

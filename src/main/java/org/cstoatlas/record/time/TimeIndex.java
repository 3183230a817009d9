package org.cstoatlas.record.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.cstoatlas.record.AllianceRecord;
import org.cstoatlas.record.Alliance;
import org.cstoatlas.record.Base;
import org.cstoatlas.record.Country;
import org.cstoatlas.record.Deployment;
import org.cstoatlas.record.Event;
import org.cstoatlas.record.Exercise;
import org.cstoatlas.record.Force;
import org.cstoatlas.record.FuzzyDate;
import org.cstoatlas.record.Status;
import org.cstoatlas.record.StatusPeriod;

/**
 * Answers "what held on this day" in microseconds. Every day on which anything can change (a boundary,
 * or the end of a boundary's uncertain span) is found once; between two such days every country's
 * status is the same, so one snapshot per stretch is computed up front and a query is a binary search.
 * An index answers for its record's alliance (the subject's, for the record the loader returns);
 * {@link #forAlliance(String)} gives the index of another, built once on first use.
 */
public final class TimeIndex {

    private final AllianceRecord record;
    private final long[] stretchStarts;
    private final StatusSnapshot[] snapshots;
    private final long[] eventDays;
    /** The indexes of the record's alliances built so far, shared by all of them. */
    private Map<String, TimeIndex> family = new ConcurrentHashMap<>();

    public TimeIndex(AllianceRecord record) {
        this.record = record;
        TreeSet<Long> days = new TreeSet<>();
        days.add(Long.MIN_VALUE);
        for (StatusPeriod p : record.periods()) {
            addBoundary(days, p.start());
            if (p.end() != null) addBoundary(days, p.end());
        }
        stretchStarts = days.stream().mapToLong(Long::longValue).toArray();
        snapshots = new StatusSnapshot[stretchStarts.length];
        for (int i = 0; i < stretchStarts.length; i++) {
            // The first stretch has no real first day; any day before the earliest boundary stands for it.
            LocalDate day = i == 0 ? LocalDate.of(1, 1, 1) : LocalDate.ofEpochDay(stretchStarts[i]);
            List<StatusAt> all = new ArrayList<>();
            for (Country c : record.countries()) all.add(computeStatus(c, day));
            snapshots[i] = new StatusSnapshot(all);
        }
        eventDays = record.events().stream().mapToLong(e -> e.date().first().toEpochDay()).toArray();
    }

    private static void addBoundary(TreeSet<Long> days, FuzzyDate d) {
        days.add(d.first().toEpochDay());
        days.add(d.last().toEpochDay() + 1);
    }

    public AllianceRecord record() {
        return record;
    }

    /** The alliance this index answers for. */
    public Alliance alliance() {
        return record.alliance();
    }

    /**
     * The index of one alliance of the record: the same questions, answered for that alliance.
     *
     * @throws java.util.NoSuchElementException when the record has no such alliance
     */
    public TimeIndex forAlliance(String allianceId) {
        family.putIfAbsent(record.alliance().id(), this);
        return family.computeIfAbsent(allianceId, id -> {
            TimeIndex other = new TimeIndex(record.forAlliance(id));
            other.family = family;
            return other;
        });
    }

    /**
     * Every alliance in which the country has a status on the day (member, associate, observer,
     * partner, suspended or former), in the record's order of alliances.
     */
    public List<Membership> membershipsOn(Country country, LocalDate day) {
        List<Membership> out = new ArrayList<>();
        for (Alliance a : record.alliances()) {
            StatusAt s = forAlliance(a.id()).statusOf(country, day);
            if (s != null && s.status() != Status.NONE) out.add(new Membership(a, s));
        }
        return out;
    }

    /** Every country's status on a day. */
    public StatusSnapshot statusOn(LocalDate day) {
        int i = Arrays.binarySearch(stretchStarts, day.toEpochDay());
        return snapshots[i >= 0 ? i : -i - 2];
    }

    /** One country's status on a day. */
    public StatusAt statusOf(Country country, LocalDate day) {
        return statusOn(day).of(country.iso());
    }

    /** The days on which some status may change, in order: the map needs repainting only across them. */
    public List<LocalDate> changeDays() {
        List<LocalDate> out = new ArrayList<>();
        for (int i = 1; i < stretchStarts.length; i++) out.add(LocalDate.ofEpochDay(stretchStarts[i]));
        return out;
    }

    // The slow, obviously right answer; run once per stretch when the index is built.
    private StatusAt computeStatus(Country country, LocalDate day) {
        StatusPeriod chosen = null;
        FuzzyDate lastEnd = null;
        for (StatusPeriod p : record.history(country)) {
            if (p.covers(day)) {
                if (chosen == null || p.body().precedence() > chosen.body().precedence()) chosen = p;
            } else if (p.end() != null && !day.isBefore(p.end().first()) && (lastEnd == null || p.end().compareTo(lastEnd) > 0)) {
                lastEnd = p.end();
            }
        }
        if (chosen != null) {
            return new StatusAt(country, chosen.status(), chosen.body(), chosen.start(), uncertainOn(chosen.start(), day), chosen);
        }
        return new StatusAt(country, Status.NONE, null, lastEnd, lastEnd != null && uncertainOn(lastEnd, day), null);
    }

    private static boolean uncertainOn(FuzzyDate boundary, LocalDate day) {
        return boundary.uncertain() && boundary.spans(day);
    }

    /** Events whose date begins within {@code [from, to]}, in date order. */
    public List<Event> eventsBetween(LocalDate from, LocalDate to) {
        int lo = lowerBound(eventDays, from.toEpochDay());
        int hi = lowerBound(eventDays, to.toEpochDay() + 1);
        return record.events().subList(lo, hi);
    }

    /** The first event after the day, for "next event" (PageDown). */
    public Optional<Event> nextEvent(LocalDate day) {
        return nextEvent(day, e -> true);
    }

    /** The first event after the day that the filter lets through. */
    public Optional<Event> nextEvent(LocalDate day, Predicate<Event> shown) {
        for (int i = lowerBound(eventDays, day.toEpochDay() + 1); i < eventDays.length; i++) {
            if (shown.test(record.events().get(i))) return Optional.of(record.events().get(i));
        }
        return Optional.empty();
    }

    /** The last event before the day, for "previous event" (PageUp). */
    public Optional<Event> previousEvent(LocalDate day) {
        return previousEvent(day, e -> true);
    }

    /** The last event before the day that the filter lets through. */
    public Optional<Event> previousEvent(LocalDate day, Predicate<Event> shown) {
        for (int i = lowerBound(eventDays, day.toEpochDay()) - 1; i >= 0; i--) {
            if (shown.test(record.events().get(i))) return Optional.of(record.events().get(i));
        }
        return Optional.empty();
    }

    /** Deployments present on the day. */
    public List<Deployment> deploymentsOn(LocalDate day) {
        return record.deployments().stream().filter(d -> d.activeOn(day)).toList();
    }

    /** Forces in existence on the day. */
    public List<Force> forcesOn(LocalDate day) {
        return record.forces().stream().filter(f -> f.activeOn(day)).toList();
    }

    /** Exercises under way on the day (both the first and the last day count). */
    public List<Exercise> exercisesOn(LocalDate day) {
        return record.exercises().stream().filter(x -> x.activeOn(day)).toList();
    }

    /** Bases and facilities the record has on the day. */
    public List<Base> basesOn(LocalDate day) {
        return record.bases().stream().filter(b -> b.activeOn(day)).toList();
    }

    /** What changed for each country between two days: its status on each, for those that differ. */
    public List<Change> changesBetween(LocalDate from, LocalDate to) {
        StatusSnapshot a = statusOn(from);
        StatusSnapshot b = statusOn(to);
        List<Change> out = new ArrayList<>();
        for (StatusAt before : a.all()) {
            StatusAt after = b.of(before.country().iso());
            out.add(new Change(before, after));
        }
        out.sort(Comparator.comparing((Change c) -> c.kind().ordinal()).thenComparing(c -> c.before().country().name()));
        return out;
    }

    private static int lowerBound(long[] sorted, long key) {
        int lo = 0, hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < key) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}

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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
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
 * status is the same. The days are sorted and swept once, each boundary touching only its own country,
 * so building costs n log n in the number of periods. A record of modest size keeps one snapshot per
 * stretch; a large one keeps a full snapshot every so many stretches and each stretch's changes, and
 * builds a day's snapshot from those when asked (the most recent ones are kept).
 * An index answers for its record's alliance (the subject's, for the record the loader returns);
 * {@link #forAlliance(String)} gives the index of another, built once on first use.
 */
public final class TimeIndex {

    /** Up to this many stretches × countries, every stretch's snapshot is built up front. */
    static final long EAGER_CELLS = 250_000;
    private static final int CACHED = 128;

    private final AllianceRecord record;
    private final long[] stretchStarts;
    private final long[] eventDays;
    /** The indexes of the record's alliances built so far, shared by all of them. */
    private Map<String, TimeIndex> family = new ConcurrentHashMap<>();
    private final List<Country> countries;
    /** Eager: one snapshot per stretch. Otherwise null. */
    private final StatusSnapshot[] snapshots;
    /** Otherwise: every country's status at every {@code every}-th stretch ... */
    private final StatusAt[][] checkpoints;
    /** ... and, per stretch, the countries whose status changed on its first day (index, new status). */
    private final int[][] changedCountries;
    private final StatusAt[][] changedTo;
    private final int every;
    private final Map<Integer, StatusSnapshot> recent;

    public TimeIndex(AllianceRecord record) {
        this(record, fraction -> { }, () -> false);
    }

    /**
     * Builds the index, telling {@code progress} how far it got (0 to 1, now and then) and giving up
     * with a {@link CancellationException} as soon as {@code cancelled} says so or the thread is interrupted.
     */
    public static TimeIndex build(AllianceRecord record, DoubleConsumer progress, BooleanSupplier cancelled) {
        return new TimeIndex(record, progress, cancelled);
    }

    private TimeIndex(AllianceRecord record, DoubleConsumer progress, BooleanSupplier cancelled) {
        this.record = record;
        this.countries = record.countries();
        Map<Country, Integer> countryIndex = new HashMap<>();
        for (int i = 0; i < countries.size(); i++) countryIndex.putIfAbsent(countries.get(i), i);
        List<StatusPeriod> periods = record.periods();

        // Each period touches at most four days: its start and end, and the days after their uncertain spans.
        int[] owner = new int[periods.size()];
        long[] keyDay = new long[periods.size() * 4];
        byte[] keyKind = new byte[periods.size() * 4];
        int[] keyPeriod = new int[periods.size() * 4];
        int keys = 0;
        for (int i = 0; i < periods.size(); i++) {
            StatusPeriod p = periods.get(i);
            Integer c = countryIndex.get(p.country());
            owner[i] = c == null ? -1 : c;
            keyDay[keys] = p.start().first().toEpochDay();
            keyKind[keys] = START;
            keyPeriod[keys++] = i;
            keyDay[keys] = p.start().last().toEpochDay() + 1;
            keyKind[keys] = MARK;
            keyPeriod[keys++] = i;
            if (p.end() != null) {
                keyDay[keys] = p.end().first().toEpochDay();
                keyKind[keys] = END;
                keyPeriod[keys++] = i;
                keyDay[keys] = p.end().last().toEpochDay() + 1;
                keyKind[keys] = MARK;
                keyPeriod[keys++] = i;
            }
        }
        Integer[] order = new Integer[keys];
        for (int i = 0; i < keys; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparingLong(k -> keyDay[k]));
        checkCancelled(cancelled);
        progress.accept(0.1);

        int stretches = 1;
        for (int i = 0; i < keys; i++) if (i == 0 || keyDay[order[i]] != keyDay[order[i - 1]]) stretches++;
        stretchStarts = new long[stretches];
        stretchStarts[0] = Long.MIN_VALUE;
        int countryCount = countries.size();
        boolean eager = (long) stretches * countryCount <= EAGER_CELLS;
        every = Math.max(16, countryCount);
        snapshots = eager ? new StatusSnapshot[stretches] : null;
        checkpoints = eager ? null : new StatusAt[(stretches + every - 1) / every][];
        changedCountries = eager ? null : new int[stretches][];
        changedTo = eager ? null : new StatusAt[stretches][];
        recent = eager ? null : new LinkedHashMap<>(CACHED * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, StatusSnapshot> eldest) {
                return size() > CACHED;
            }
        };

        // The sweep: what covers each country now, and the latest end already passed.
        StatusAt[] current = new StatusAt[countryCount];
        for (int c = 0; c < countryCount; c++) current[c] = new StatusAt(countries.get(c), Status.NONE, null, null, false, null);
        List<TreeSet<Integer>> covering = new ArrayList<>(countryCount);
        for (int c = 0; c < countryCount; c++) covering.add(new TreeSet<>());
        FuzzyDate[] lastEnd = new FuzzyDate[countryCount];
        int[] touched = new int[countryCount];
        Arrays.fill(touched, -1);
        int[] dirty = new int[countryCount];
        store(0, current, new int[0], new StatusAt[0]);

        int k = 0;
        for (int stretch = 1; stretch < stretches; stretch++) {
            long day = keyDay[order[k]];
            LocalDate date = LocalDate.ofEpochDay(day);
            int dirtyCount = 0;
            for (; k < keys && keyDay[order[k]] == day; k++) {
                int key = order[k];
                int period = keyPeriod[key];
                int c = owner[period];
                if (c < 0) continue;
                StatusPeriod p = periods.get(period);
                if (keyKind[key] == START && (p.end() == null || p.end().first().isAfter(p.start().first()))) {
                    covering.get(c).add(period);
                } else if (keyKind[key] == END) {
                    covering.get(c).remove(period);
                    if (lastEnd[c] == null || p.end().compareTo(lastEnd[c]) > 0) lastEnd[c] = p.end();
                }
                if (touched[c] != stretch) {
                    touched[c] = stretch;
                    dirty[dirtyCount++] = c;
                }
            }
            int[] changedHere = new int[dirtyCount];
            StatusAt[] toHere = new StatusAt[dirtyCount];
            int changes = 0;
            for (int d = 0; d < dirtyCount; d++) {
                int c = dirty[d];
                StatusAt now = statusFrom(countries.get(c), covering.get(c), periods, lastEnd[c], date);
                if (!same(now, current[c])) {
                    current[c] = now;
                    changedHere[changes] = c;
                    toHere[changes++] = now;
                }
            }
            stretchStarts[stretch] = day;
            store(stretch, current, Arrays.copyOf(changedHere, changes), Arrays.copyOf(toHere, changes));
            if ((stretch & 255) == 0) {
                checkCancelled(cancelled);
                progress.accept(0.1 + 0.9 * stretch / stretches);
            }
        }
        eventDays = record.events().stream().mapToLong(e -> e.date().first().toEpochDay()).toArray();
        progress.accept(1.0);
    }

    private static final byte START = 0;
    private static final byte END = 1;
    private static final byte MARK = 2;

    private void store(int stretch, StatusAt[] current, int[] changed, StatusAt[] to) {
        if (snapshots != null) {
            snapshots[stretch] = new StatusSnapshot(Arrays.asList(current));
            return;
        }
        changedCountries[stretch] = changed;
        changedTo[stretch] = to;
        if (stretch % every == 0) checkpoints[stretch / every] = current.clone();
    }

    private static void checkCancelled(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
            throw new CancellationException("building the time index was cancelled");
        }
    }

    /**
     * A country's status on a day from the periods covering it: the body of the higher precedence wins
     * (the organization's period over the treaty's); with none, the latest end already passed says since when it holds none.
     */
    private static StatusAt statusFrom(Country country, TreeSet<Integer> covering, List<StatusPeriod> periods, FuzzyDate lastEnd, LocalDate day) {
        StatusPeriod chosen = null;
        for (int i : covering) {
            StatusPeriod p = periods.get(i);
            if (chosen == null || p.body().precedence() >= chosen.body().precedence()) chosen = p;
        }
        if (chosen != null) {
            return new StatusAt(country, chosen.status(), chosen.body(), chosen.start(), uncertainOn(chosen.start(), day), chosen);
        }
        return new StatusAt(country, Status.NONE, null, lastEnd, lastEnd != null && uncertainOn(lastEnd, day), null);
    }

    private static boolean same(StatusAt a, StatusAt b) {
        return a.status() == b.status() && a.body() == b.body() && a.since() == b.since() && a.uncertain() == b.uncertain() && a.period() == b.period();
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
        return snapshot(i >= 0 ? i : -i - 2);
    }

    private StatusSnapshot snapshot(int stretch) {
        if (snapshots != null) return snapshots[stretch];
        synchronized (recent) {
            StatusSnapshot s = recent.get(stretch);
            if (s == null) {
                int base = stretch / every;
                StatusAt[] all = checkpoints[base].clone();
                for (int i = base * every + 1; i <= stretch; i++) {
                    for (int j = 0; j < changedCountries[i].length; j++) all[changedCountries[i][j]] = changedTo[i][j];
                }
                s = new StatusSnapshot(Arrays.asList(all));
                recent.put(stretch, s);
            }
            return s;
        }
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

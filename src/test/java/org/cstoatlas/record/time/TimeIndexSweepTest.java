package org.cstoatlas.record.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.cstoatlas.record.AllianceRecord;
import org.cstoatlas.record.Body;
import org.cstoatlas.record.Country;
import org.cstoatlas.record.FuzzyDate;
import org.cstoatlas.record.Precision;
import org.cstoatlas.record.Status;
import org.cstoatlas.record.StatusPeriod;
import org.junit.jupiter.api.Test;

/** The one-sweep index against the slow answer (every period scanned for every day), on records made at random. */
class TimeIndexSweepTest {

    /** The CSTO's two bodies as the bundled dataset declares them. */
    private static final Body TREATY = new Body("treaty", "csto", "the Collective Security Treaty (1992)", "Договор о коллективной безопасности (1992)", 1);
    private static final Body ORGANIZATION = new Body("organization", "csto", "the Collective Security Treaty Organization (2002)",
            "Организация Договора о коллективной безопасности (2002)", 2);


    private static final LocalDate ORIGIN = LocalDate.of(1992, 1, 1);

    /** Countries with periods in both bodies, of every precision, overlapping or not, some never ending. */
    static AllianceRecord randomRecord(Random random, int countryCount, int periodsPerCountry, int spanDays) {
        List<Country> countries = new ArrayList<>();
        List<StatusPeriod> periods = new ArrayList<>();
        for (int c = 0; c < countryCount; c++) {
            Country country = new Country(String.format("C%02d", c), "Country " + c, null, null);
            countries.add(country);
            for (int i = 0; i < periodsPerCountry; i++) {
                LocalDate start = ORIGIN.plusDays(random.nextInt(spanDays));
                FuzzyDate from = fuzzy(random, start);
                FuzzyDate to = random.nextInt(5) == 0 ? null : fuzzy(random, start.plusDays(1 + random.nextInt(spanDays / 4 + 1)));
                periods.add(new StatusPeriod("p" + c + "_" + i, country, random.nextBoolean() ? TREATY : ORGANIZATION,
                        Status.values()[random.nextInt(4)], from, to, null, List.of(), null));
            }
        }
        return new AllianceRecord(List.of(CSTO), countries, List.of(), List.of(), periods, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static FuzzyDate fuzzy(Random random, LocalDate day) {
        return switch (random.nextInt(4)) {
            case 0 -> new FuzzyDate(day.withDayOfMonth(1), Precision.MONTH, false);
            case 1 -> new FuzzyDate(day.withDayOfYear(1), Precision.YEAR, random.nextBoolean());
            case 2 -> new FuzzyDate(day, Precision.DAY, true);
            default -> FuzzyDate.of(day);
        };
    }

    /** What the index answered before the sweep: every period of the country looked at, for the day. */
    static StatusAt slowStatus(List<StatusPeriod> history, Country country, LocalDate day) {
        StatusPeriod chosen = null;
        FuzzyDate lastEnd = null;
        for (StatusPeriod p : history) {
            if (p.covers(day)) {
                if (chosen == null || p.body().precedence() >= chosen.body().precedence()) chosen = p;
            } else if (p.end() != null && !day.isBefore(p.end().first()) && (lastEnd == null || p.end().compareTo(lastEnd) > 0)) {
                lastEnd = p.end();
            }
        }
        if (chosen != null) {
            return new StatusAt(country, chosen.status(), chosen.body(), chosen.start(), chosen.start().uncertain() && chosen.start().spans(day), chosen);
        }
        return new StatusAt(country, Status.NONE, null, lastEnd, lastEnd != null && lastEnd.uncertain() && lastEnd.spans(day), null);
    }

    @Test
    void everyDayAgreesWithTheSlowAnswerEagerOrBuiltOnDemand() {
        Random random = new Random(14);
        for (int round = 0; round < 9; round++) {
            // Small records keep every snapshot; 120 countries of 25 periods go past EAGER_CELLS.
            boolean large = round % 3 == 2;
            AllianceRecord record = large ? randomRecord(random, 100, 20, 4000) : randomRecord(random, 1 + random.nextInt(6), 1 + random.nextInt(6), 3000);
            TimeIndex index = new TimeIndex(record);
            Map<Country, List<StatusPeriod>> histories = new HashMap<>();
            for (Country c : record.countries()) histories.put(c, record.history(c));
            List<LocalDate> days = new ArrayList<>();
            for (LocalDate d : index.changeDays()) {
                days.add(d.minusDays(1));
                days.add(d);
            }
            for (int i = 0; i < 300; i++) days.add(ORIGIN.minusDays(400).plusDays(random.nextInt(6000)));
            for (LocalDate day : days) {
                StatusSnapshot snapshot = index.statusOn(day);
                for (Country c : record.countries()) {
                    assertEquals(slowStatus(histories.get(c), c, day), snapshot.of(c.iso()), "round " + round + ": " + c.iso() + " on " + day);
                }
            }
        }
    }

    @Test
    void aDayAskedTwiceGivesTheSameSnapshotSoTheMapIsNotRefilled() {
        TimeIndex index = new TimeIndex(randomRecord(new Random(7), 120, 25, 4000));
        LocalDate day = index.changeDays().get(500);
        assertSame(index.statusOn(day), index.statusOn(day));
        assertSame(index.statusOn(day), index.statusOn(day.plusDays(0)));
    }

    @Test
    void twoHundredCountriesOfFiftyOneDayPeriodsBuildWithinSeconds() {
        // The dataset that froze the window (200 × 50 one-day periods): the sweep does it in well under a second.
        List<Country> countries = new ArrayList<>();
        List<StatusPeriod> periods = new ArrayList<>();
        for (int c = 0; c < 200; c++) {
            Country country = new Country(String.format("K%03d", c), "Country " + c, null, null);
            countries.add(country);
            for (int i = 0; i < 50; i++) {
                LocalDate day = ORIGIN.plusDays(c * 3L + i * 600L);
                periods.add(new StatusPeriod("p" + c + "_" + i, country, ORGANIZATION, Status.MEMBER, FuzzyDate.of(day),
                        FuzzyDate.of(day.plusDays(1)), null, List.of(), null));
            }
        }
        AllianceRecord record = new AllianceRecord(List.of(CSTO), countries, List.of(), List.of(), periods, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        TimeIndex index = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> new TimeIndex(record));
        assertEquals(Status.MEMBER, index.statusOn(ORIGIN.plusDays(3 * 7 + 600 * 9)).of("K007").status());
        assertEquals(Status.NONE, index.statusOn(ORIGIN.plusDays(3 * 7 + 600 * 9 + 1)).of("K007").status());
        assertEquals(1, index.statusOn(ORIGIN.plusDays(3 * 7 + 600 * 9)).count(Status.MEMBER));
    }

    @Test
    void progressRisesToOneAndCancellingStopsTheBuild() {
        AllianceRecord record = randomRecord(new Random(3), 150, 40, 8000);
        List<Double> seen = new ArrayList<>();
        TimeIndex.build(record, seen::add, () -> false);
        assertTrue(seen.size() > 3, "progress is told as it goes: " + seen);
        for (int i = 1; i < seen.size(); i++) assertTrue(seen.get(i) >= seen.get(i - 1), "never backwards: " + seen);
        assertEquals(1.0, seen.get(seen.size() - 1));

        AtomicInteger asked = new AtomicInteger();
        CancellationException e = assertThrows(CancellationException.class,
                () -> TimeIndex.build(record, f -> { }, () -> asked.incrementAndGet() > 2));
        assertEquals("building the time index was cancelled", e.getMessage());

        Thread.currentThread().interrupt();
        try {
            assertThrows(CancellationException.class, () -> TimeIndex.build(record, f -> { }, () -> false));
        } finally {
            Thread.interrupted();
        }
    }

    /** The subject alliance of these made-up records: the CSTO's two bodies, the organization's status winning. */
    static final org.cstoatlas.record.Alliance CSTO = new org.cstoatlas.record.Alliance("csto", "CSTO", "ОДКБ", "CSTO", "ОДКБ", true,
            List.of(ORGANIZATION, TREATY), java.util.EnumSet.of(Status.MEMBER, Status.OBSERVER, Status.SUSPENDED, Status.FORMER), null, null);
}

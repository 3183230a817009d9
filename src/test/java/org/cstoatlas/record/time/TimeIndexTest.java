package org.cstoatlas.record.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.cstoatlas.TestDatasets;
import org.cstoatlas.record.AllianceRecord;
import org.cstoatlas.record.Body;
import org.cstoatlas.record.Event;
import org.cstoatlas.record.Status;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeIndexTest {

    static TimeIndex index;

    @BeforeAll
    static void load() {
        index = new TimeIndex(TestDatasets.minimal());
    }

    private static StatusAt status(String iso, String day) {
        return index.statusOn(LocalDate.parse(day)).of(iso);
    }

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource({
            "UZB, 1992-05-14, none",
            "UZB, 1992-05-15, member",
            "UZB, 1999-04-19, member",
            "UZB, 1999-04-20, none",
            "UZB, 2006-08-15, none",
            "UZB, 2006-08-16, member",
            "UZB, 2012-05-31, member",
            "UZB, 2012-06-01, suspended",
            "UZB, 2013-06-01, suspended",
            "RUS, 1992-05-14, none",
            "RUS, 1992-05-15, member",
            "RUS, 2030-01-01, member",
            "KAZ, 0001-01-01, none",
    })
    void statusOnBoundaryDays(String iso, String day, String expected) {
        assertEquals(expected, status(iso, day).status().id());
    }

    @Test
    void theOrganizationsPeriodWinsOverTheTreatys() {
        StatusAt before = status("KAZ", "2002-10-06");
        assertEquals("treaty", before.body().id());
        assertEquals("1992-05-15", before.since().iso());
        StatusAt after = status("KAZ", "2002-10-07");
        assertEquals("organization", after.body().id());
        assertEquals("2002-10-07", after.since().iso());
    }

    @Test
    void aBoundaryKnownToTheMonthIsUncertainThroughThatMonthOnly() {
        assertFalse(status("UZB", "2012-05-31").uncertain());
        assertTrue(status("UZB", "2012-06-01").uncertain());
        assertTrue(status("UZB", "2012-06-30").uncertain());
        assertFalse(status("UZB", "2012-07-01").uncertain());
        assertEquals("2012-06", status("UZB", "2012-07-01").since().iso());
    }

    @Test
    void noneAfterAPeriodSaysSinceWhen() {
        StatusAt s = status("UZB", "2000-01-01");
        assertEquals(Status.NONE, s.status());
        assertEquals("1999-04-20", s.since().iso());
        assertNull(s.body());
        assertNull(status("UZB", "1990-01-01").since());
    }

    @Test
    void snapshotCountsEachStatus() {
        StatusSnapshot s = index.statusOn(LocalDate.of(2013, 1, 1));
        assertEquals(2, s.count(Status.MEMBER));
        assertEquals(1, s.count(Status.SUSPENDED));
        assertEquals(3, s.all().size());
    }

    @Test
    void everyDayAgreesWithTheSlowAnswer() {
        // The precomputed stretches must give, for every day, what scanning the periods gives.
        AllianceRecord record = index.record();
        for (LocalDate d = LocalDate.of(1992, 1, 1); d.isBefore(LocalDate.of(2014, 1, 1)); d = d.plusDays(1)) {
            for (var c : record.countries()) {
                final LocalDate day = d;
                var covering = record.history(c).stream().filter(p -> p.covers(day)).toList();
                Status expected = covering.isEmpty() ? Status.NONE
                        : covering.stream().max(java.util.Comparator.comparingInt(p -> p.body().precedence())).orElseThrow().status();
                assertEquals(expected, index.statusOf(c, d).status(), c.iso() + " on " + d);
            }
        }
    }

    @Test
    void eventsInARangeIncludeBothEnds() {
        List<Event> e = index.eventsBetween(LocalDate.of(1992, 5, 15), LocalDate.of(2010, 6, 11));
        assertEquals(List.of("signed", "appeal"), e.stream().map(Event::id).toList());
        assertEquals(List.of(), index.eventsBetween(LocalDate.of(1992, 5, 16), LocalDate.of(2010, 6, 10)));
    }

    @Test
    void nextAndPreviousEventStepOverTheCurrentDay() {
        assertEquals("appeal", index.nextEvent(LocalDate.of(1992, 5, 15)).orElseThrow().id());
        assertEquals("signed", index.nextEvent(LocalDate.of(1992, 5, 14)).orElseThrow().id());
        assertEquals("signed", index.previousEvent(LocalDate.of(2010, 6, 11)).orElseThrow().id());
        assertTrue(index.previousEvent(LocalDate.of(1992, 5, 15)).isEmpty());
        assertTrue(index.nextEvent(LocalDate.of(2012, 6, 1)).isEmpty());
    }

    @Test
    void deploymentsAndForcesAreActiveOnTheirDays() {
        assertEquals(0, index.deploymentsOn(LocalDate.of(2022, 1, 5)).size());
        assertEquals(1, index.deploymentsOn(LocalDate.of(2022, 1, 6)).size());
        assertEquals(1, index.deploymentsOn(LocalDate.of(2022, 1, 19)).size(), "present on the day the last troops left");
        assertEquals(0, index.deploymentsOn(LocalDate.of(2022, 1, 20)).size());
        assertEquals(0, index.forcesOn(LocalDate.of(2009, 6, 13)).size());
        assertEquals(1, index.forcesOn(LocalDate.of(2009, 6, 14)).size());
    }

    @Test
    void changesBetweenTwoDatesNameWhoJoinedAndWhoLeft() {
        List<Change> changes = index.changesBetween(LocalDate.of(1998, 1, 1), LocalDate.of(2000, 1, 1));
        Change uzb = changes.stream().filter(c -> c.before().country().iso().equals("UZB")).findFirst().orElseThrow();
        assertEquals(Change.Kind.LEFT, uzb.kind());
        Change rus = changes.stream().filter(c -> c.before().country().iso().equals("RUS")).findFirst().orElseThrow();
        assertEquals(Change.Kind.SAME, rus.kind());
        assertEquals(Change.Kind.JOINED, index.changesBetween(LocalDate.of(2000, 1, 1), LocalDate.of(2007, 1, 1)).stream()
                .filter(c -> c.after().country().iso().equals("UZB")).findFirst().orElseThrow().kind());
    }

    @Test
    void aFrozenMembershipIsAChangeNotALeaving() {
        org.cstoatlas.record.Country c = status("UZB", "1999-04-19").country();
        java.util.function.Function<org.cstoatlas.record.Status, StatusAt> at = st -> new StatusAt(c, st, null, null, false, null);
        Change frozen = new Change(at.apply(org.cstoatlas.record.Status.MEMBER), at.apply(org.cstoatlas.record.Status.SUSPENDED));
        assertEquals(Change.Kind.CHANGED, frozen.kind());
        assertEquals(Change.Kind.CHANGED, new Change(frozen.after(), frozen.before()).kind(), "and taking part again is no joining");
        assertEquals(Change.Kind.LEFT, new Change(frozen.before(), at.apply(org.cstoatlas.record.Status.FORMER)).kind());
        assertEquals(Change.Kind.JOINED, new Change(at.apply(org.cstoatlas.record.Status.OBSERVER), frozen.before()).kind());
    }

    @Test
    void everythingThatCitesAPassageIsFound() {
        AllianceRecord r = index.record();
        var quote = r.quotesOf(r.event("signed").orElseThrow()).get(0);
        var citing = r.citing(quote).stream().map(AllianceRecord.Cited::id).toList();
        assertEquals(List.of("rus-treaty", "signed"), citing);
    }
}

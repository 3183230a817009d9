package org.cstoatlas.record.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cstoatlas.Bundled;
import org.cstoatlas.dataset.LoadResult;
import org.cstoatlas.record.AllianceRecord;
import org.cstoatlas.record.Country;
import org.cstoatlas.record.StatusPeriod;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every change of the five context alliances, on the day before and the day of. The table is written by
 * hand from the references (their dates, not the dataset's), so a wrong date in the data fails here.
 * A boundary known only to the month or year changes on its first day.
 */
class AllianceBoundariesTest {

    /** alliance, countries, day of the change, status the day before, status on the day. */
    private static final String[] CHANGES = {
        // NATO: enlargements after 1992 (the day the instruments of accession were deposited)
        "nato, CZE HUN POL, 1999-03-12, none, member",
        "nato, BGR EST LVA LTU ROU SVK SVN, 2004-03-29, none, member",
        "nato, ALB HRV, 2009-04-01, none, member",
        "nato, MNE, 2017-06-05, none, member",
        "nato, MKD, 2020-03-27, none, member",
        "nato, FIN, 2023-04-04, none, member",
        "nato, SWE, 2024-03-07, none, member",
        // NATO: members before 1992
        "nato, BEL CAN DNK FRA ISL ITA LUX NLD NOR PRT GBR USA, 1949-04-04, none, member",
        "nato, GRC TUR, 1952-02-18, none, member",
        "nato, DEU, 1955-05-06, none, member",
        "nato, ESP, 1982-05-30, none, member",
        // Warsaw Pact: signed 14 May 1955 (Britannica, prlib.ru); Albania's membership rested from
        // 1 February 1962 and it left on 13 September 1968 (bpb); the GDR left on 24 September 1990
        // (Bundesregierung, LA Times); dissolved in Prague on 1 July 1991 (Britannica, Naumann Foundation)
        "warsaw-pact, SUN POL DDR CSK HUN ROU BGR ALB, 1955-05-14, none, member",
        "warsaw-pact, ALB, 1962-02-01, member, suspended",
        "warsaw-pact, ALB, 1968-09-13, suspended, none",
        "warsaw-pact, DDR, 1990-09-24, member, none",
        "warsaw-pact, SUN POL CSK HUN ROU BGR, 1991-07-01, member, none",
        // CIS
        "cis, BLR RUS, 1991-12-08, none, member",
        "cis, UKR, 1991-12-08, none, participant",
        "cis, ARM AZE KAZ KGZ MDA TJK UZB TKM, 1991-12-21, none, member",
        "cis, GEO, 1993-12-01, none, member",
        "cis, TKM, 2005-08-26, member, associate",
        "cis, GEO, 2009-08-18, member, former",
        "cis, UKR, 2018-05-19, participant, none",
        // SCO
        "sco, CHN KAZ KGZ RUS TJK UZB, 2001-06-15, none, member",
        "sco, MNG, 2004-06-17, none, observer",
        "sco, IND PAK IRN, 2005-07-05, none, observer",
        "sco, BLR LKA, 2009-06-16, none, partner",
        "sco, AFG, 2012-06-07, none, observer",
        "sco, TUR, 2012-06-07, none, partner",
        "sco, BLR, 2015-07-10, partner, observer",
        "sco, ARM AZE KHM NPL, 2015-07-10, none, partner",
        "sco, IND PAK, 2017-06-09, observer, member",
        "sco, EGY QAT SAU BHR KWT MDV MMR ARE, 2022-09-16, none, partner",
        "sco, IRN, 2023-07-04, observer, member",
        "sco, BLR, 2024-07-04, observer, member",
        "sco, AFG MNG, 2025-09-01, observer, partner",
        "sco, LAO, 2025-09-01, none, partner",
        // EAEU
        "eaeu, BLR KAZ RUS, 2015-01-01, none, member",
        "eaeu, ARM, 2015-01-02, none, member",
        "eaeu, KGZ, 2015-08-06, none, member",
        "eaeu, MDA, 2018-05-14, none, observer",
        "eaeu, UZB CUB, 2020-12-11, none, observer",
        "eaeu, IRN, 2024-12-26, none, observer",
        // GUAM
        "guam, GEO UKR AZE MDA, 1997-10-10, none, member",
        "guam, UZB, 1999-04-24, none, member",
        "guam, UZB, 2005-05-03, member, former",
    };

    private static TimeIndex index;

    @BeforeAll
    static void load() {
        LoadResult r = Bundled.loadDataset();
        assertTrue(r.ok(), () -> "the bundled dataset has problems: " + r.problems());
        index = new TimeIndex(r.record());
    }

    record Change(String alliance, String iso, LocalDate day, String before, String after) {
        @Override
        public String toString() {
            return alliance + " " + iso + " " + day;
        }
    }

    static List<Change> changes() {
        List<Change> out = new ArrayList<>();
        for (String row : CHANGES) {
            String[] f = row.split(",\\s*");
            for (String iso : f[1].split(" ")) out.add(new Change(f[0], iso, LocalDate.parse(f[2]), f[3], f[4]));
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void theDayBeforeAndTheDayOfEachChange(Change c) {
        TimeIndex alliance = index.forAlliance(c.alliance());
        assertEquals(c.before(), statusOn(alliance, c.iso(), c.day().minusDays(1)), c + ", the day before");
        assertEquals(c.after(), statusOn(alliance, c.iso(), c.day()), c + ", the day of");
    }

    private static String statusOn(TimeIndex alliance, String iso, LocalDate day) {
        StatusAt s = alliance.statusOn(day).of(iso);
        return s == null ? "none" : s.status().id();
    }

    @Test
    void everyBoundaryOfTheContextAlliancesIsInTheTable() {
        // The table is the test's own reading of the references: a boundary it does not know is untested.
        Set<String> known = new HashSet<>();
        for (Change c : changes()) known.add(c.alliance() + " " + c.iso() + " " + c.day());
        List<String> untested = new ArrayList<>();
        for (StatusPeriod p : index.record().allPeriods()) {
            if (p.alliance().equals("csto")) continue;
            String start = p.alliance() + " " + p.country().iso() + " " + p.start().first();
            if (!known.contains(start)) untested.add(p.id() + " starts " + p.start().iso());
            if (p.end() != null && !known.contains(p.alliance() + " " + p.country().iso() + " " + p.end().first())) {
                untested.add(p.id() + " ends " + p.end().iso());
            }
        }
        assertEquals(List.of(), untested);
    }

    @Test
    void theSubjectsIndexIsTheOneTheWindowHasAlways() {
        assertSame(index, index.forAlliance("csto"));
        assertSame(index.forAlliance("nato"), index.forAlliance("sco").forAlliance("nato"));
        assertEquals("csto", index.alliance().id());
    }

    @Test
    void aCountrysMembershipsOnADate() {
        AllianceRecord record = index.record();
        Country kaz = record.country("KAZ").orElseThrow();
        assertEquals(List.of("csto member", "cis member", "sco member", "eaeu member"),
                index.membershipsOn(kaz, LocalDate.of(2024, 6, 1)).stream()
                        .map(m -> m.alliance().id() + " " + m.status().status().id()).toList());
        Country pol = record.country("POL").orElseThrow();
        assertEquals(List.of("nato member"), index.membershipsOn(pol, LocalDate.of(2024, 6, 1)).stream()
                .map(m -> m.alliance().id() + " " + m.status().status().id()).toList());
        assertEquals(List.of(), index.membershipsOn(pol, LocalDate.of(1999, 3, 11)));
    }

    @Test
    void theCstosCountriesAreTheOnesItsStoryNames() {
        // Context alliances bring fifty countries; the subject's table (the status command, the map's CSV) keeps its own.
        AllianceRecord record = index.record();
        List<String> csto = record.countries().stream().map(Country::iso).toList();
        assertTrue(csto.containsAll(List.of("RUS", "ARM", "BLR", "KAZ", "KGZ", "TJK", "UZB", "AZE", "GEO", "AFG", "SRB", "UKR", "SYR", "MDA")), csto::toString);
        assertTrue(csto.stream().noneMatch(List.of("USA", "POL", "FIN", "CHN", "IND", "CUB", "TKM")::contains), csto::toString);
        assertTrue(record.forAlliance("nato").countries().stream().map(Country::iso).toList().containsAll(List.of("USA", "SWE", "FIN")));
        assertTrue(record.forAlliance("nato").periods().stream().allMatch(p -> p.alliance().equals("nato")));
        assertTrue(record.periods().stream().allMatch(p -> p.alliance().equals("csto")));
        assertTrue(record.events().stream().allMatch(e -> e.alliance().id().equals("csto")));
    }
}

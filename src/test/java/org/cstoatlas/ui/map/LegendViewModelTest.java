package org.cstoatlas.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.cstoatlas.Bundled;
import org.cstoatlas.record.time.TimeIndex;
import org.cstoatlas.state.DateSpan;
import org.cstoatlas.state.AllianceChoice;
import org.cstoatlas.ui.look.CompareStyle;
import org.cstoatlas.ui.look.PairStyle;
import org.cstoatlas.ui.look.StatusStyle;
import org.cstoatlas.ui.model.AtlasViewModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The legend's rows and counts, without a window. */
class LegendViewModelTest {

    static TimeIndex index;

    @BeforeAll
    static void load() {
        index = new TimeIndex(Bundled.loadDataset().record());
    }

    @Test
    void countsEachColourOnTheDate() {
        AtlasViewModel vm = new AtlasViewModel(index, LocalDate.of(2026, 11, 23));
        LegendViewModel legend = new LegendViewModel(vm);
        vm.setDate(LocalDate.of(2013, 6, 1));
        var rows = (LegendViewModel.StatusRows) legend.rowsProperty().get();
        // Russia, Armenia, Belarus, Kazakhstan, Kyrgyzstan, Tajikistan; Uzbekistan suspended since June 2012.
        assertEquals(6, rows.count(StatusStyle.MEMBER_ORGANIZATION));
        assertEquals(0, rows.count(StatusStyle.MEMBER_TREATY));
        assertEquals(1, rows.count(StatusStyle.SUSPENDED));
        assertEquals(index.record().countries().size(), rows.counts().values().stream().mapToInt(Integer::intValue).sum(),
                "every country of the record is counted once");
        vm.setDate(LocalDate.of(1995, 1, 1));
        rows = (LegendViewModel.StatusRows) legend.rowsProperty().get();
        assertEquals(0, rows.count(StatusStyle.MEMBER_ORGANIZATION), "no organization before 2002");
        assertEquals(9, rows.count(StatusStyle.MEMBER_TREATY), "the treaty's nine parties in 1995");
    }

    @Test
    void theCisFoundersInsideTheSovietUnionAreCountedWhereTheMapDrawsThem() {
        AtlasViewModel vm = new AtlasViewModel(index, LocalDate.of(2026, 11, 23));
        LegendViewModel legend = new LegendViewModel(vm);
        vm.alliancesProperty().set(org.cstoatlas.state.AllianceChoice.of("cis"));
        // 25 December 1991: the Soviet Union's last day; its republics have no shape of their own.
        vm.setDate(LocalDate.of(1991, 12, 25));
        var rows = (LegendViewModel.StatusRows) legend.rowsProperty().get();
        List<LegendViewModel.Inside> inside = legend.insideProperty().get();
        assertEquals(1, inside.size(), inside::toString);
        assertEquals("SUN", inside.get(0).state().iso());
        int standing = (int) vm.statusesProperty().get().all().stream().filter(s -> s.status() != org.cstoatlas.record.Status.NONE).count();
        assertTrue(standing > 0, "the CIS has members on 25 December 1991");
        assertEquals(standing, inside.get(0).count(), "every country with a standing in the CIS is inside the Soviet Union's shape");
        assertEquals(0, rows.count(StatusStyle.MEMBER_ORGANIZATION), "no member's colour on the map that day");
        // 26 December 1991: the republics on their own, each counted in its colour; a drag across the day updates the counts.
        vm.setDate(LocalDate.of(1991, 12, 26));
        rows = (LegendViewModel.StatusRows) legend.rowsProperty().get();
        assertEquals(List.of(), legend.insideProperty().get());
        long after = vm.statusesProperty().get().all().stream().filter(s -> s.status() == org.cstoatlas.record.Status.MEMBER).count();
        assertEquals(after, rows.count(StatusStyle.MEMBER_ORGANIZATION));
    }

    @Test
    void comparingCountsTheChangesBetweenTheEarlierAndTheLaterDate() {
        AtlasViewModel vm = new AtlasViewModel(index, LocalDate.of(2026, 11, 23));
        LegendViewModel legend = new LegendViewModel(vm);
        vm.setDate(LocalDate.of(2008, 6, 1));
        vm.compareDateProperty().set(LocalDate.of(2001, 1, 1));
        var rows = (LegendViewModel.CompareRows) legend.rowsProperty().get();
        assertEquals(DateSpan.of(LocalDate.of(2001, 1, 1), LocalDate.of(2008, 6, 1)), rows.span(), "earlier first, whichever was set first");
        assertEquals(1, rows.count(CompareStyle.JOINED), "Uzbekistan came back in 2006");
        assertTrue(rows.count(CompareStyle.CHANGED) >= 6, "the six went from the treaty to the organization");
        vm.compareDateProperty().set(null);
        assertTrue(legend.rowsProperty().get() instanceof LegendViewModel.StatusRows);
    }

    @Test
    void twoAlliancesCountEachClassAndOneAllianceHasRowsOnlyForItsStatuses() {
        AtlasViewModel vm = new AtlasViewModel(index, LocalDate.of(2026, 11, 23));
        LegendViewModel legend = new LegendViewModel(vm);
        vm.setDate(LocalDate.of(2024, 6, 1));
        vm.alliancesProperty().set(new AllianceChoice("csto", "nato"));
        var pair = (LegendViewModel.PairRows) legend.rowsProperty().get();
        assertEquals("nato", pair.second().id());
        assertEquals(32, pair.count(PairStyle.SECOND), "NATO's 32 members after Sweden");
        assertEquals(0, pair.count(PairStyle.BOTH), "no country in both");
        // Armenia (participation frozen) and Uzbekistan (suspended) stand in the CSTO short of membership.
        assertTrue(pair.partial() >= 2, "partial: " + pair.partial());
        vm.alliancesProperty().set(new AllianceChoice("csto", "eaeu"));
        vm.setDate(LocalDate.of(2015, 9, 1));
        pair = (LegendViewModel.PairRows) legend.rowsProperty().get();
        // Russia, Belarus, Kazakhstan, Armenia (2 January 2015) and Kyrgyzstan (6 August 2015).
        assertEquals(5, pair.count(PairStyle.BOTH));
        assertEquals(0, pair.count(PairStyle.SECOND));

        vm.alliancesProperty().set(AllianceChoice.of("cis"));
        var cis = (LegendViewModel.StatusRows) legend.rowsProperty().get();
        assertEquals("cis", cis.alliance().id());
        assertTrue(cis.has(StatusStyle.ASSOCIATE));
        assertTrue(!cis.has(StatusStyle.OBSERVER) && !cis.has(StatusStyle.MEMBER_TREATY) && !cis.has(StatusStyle.PARTNER));
        assertTrue(cis.has(StatusStyle.PARTICIPANT));
        assertEquals(1, cis.count(StatusStyle.ASSOCIATE), "in 2015 Turkmenistan (since August 2005)");
        assertEquals(1, cis.count(StatusStyle.PARTICIPANT), "in 2015 Ukraine, a founding state that never ratified the Charter (until May 2018)");
        vm.setDate(LocalDate.of(2018, 5, 19));
        assertEquals(0, ((LegendViewModel.StatusRows) legend.rowsProperty().get()).count(StatusStyle.PARTICIPANT), "Ukraine left the statutory bodies");
        vm.alliancesProperty().set(AllianceChoice.CSTO);
        var csto = (LegendViewModel.StatusRows) legend.rowsProperty().get();
        assertTrue(csto.has(StatusStyle.MEMBER_TREATY) && csto.has(StatusStyle.OBSERVER) && !csto.has(StatusStyle.ASSOCIATE) && !csto.has(StatusStyle.PARTNER));
    }

    @Test
    void theExercisesAndBasesSymbolsAreExplainedWhileOneIsOnTheMap() {
        AtlasViewModel vm = new AtlasViewModel(index, LocalDate.of(2026, 11, 23));
        LegendViewModel legend = new LegendViewModel(vm);
        vm.setDate(LocalDate.of(1994, 8, 31));
        assertEquals(java.util.Set.of(), legend.symbolsProperty().get(), "no base before Gyumri opened, no exercise before 2009");
        vm.setDate(LocalDate.of(1994, 9, 1));
        assertEquals(java.util.Set.of(LegendViewModel.Symbol.BASE, LegendViewModel.Symbol.SIZE_NOT_GIVEN), legend.symbolsProperty().get(),
                "Gyumri, its size not yet given");
        // Combat Brotherhood 2021 under way; the Volga radar and others have no size.
        vm.setDate(LocalDate.of(2021, 10, 20));
        assertEquals(java.util.EnumSet.allOf(LegendViewModel.Symbol.class), legend.symbolsProperty().get());
    }

    @Test
    void theFourClassesOfTwoAlliances() {
        var kaz = index.record().country("KAZ").orElseThrow();
        var member = new org.cstoatlas.record.time.StatusAt(kaz, org.cstoatlas.record.Status.MEMBER, null, null, false, null);
        var observer = new org.cstoatlas.record.time.StatusAt(kaz, org.cstoatlas.record.Status.OBSERVER, null, null, false, null);
        var former = new org.cstoatlas.record.time.StatusAt(kaz, org.cstoatlas.record.Status.FORMER, null, null, false, null);
        assertEquals(PairStyle.BOTH, PairStyle.of(member, observer));
        assertTrue(PairStyle.partial(member, observer));
        assertEquals(PairStyle.FIRST, PairStyle.of(member, former), "a former member is out");
        assertEquals(PairStyle.SECOND, PairStyle.of(null, member), "a country the first never names is out of it");
        assertEquals(PairStyle.NEITHER, PairStyle.of(former, null));
        assertTrue(!PairStyle.partial(member, former));
    }
}

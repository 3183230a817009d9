package org.cstoatlas.ui.detail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.cstoatlas.Bundled;
import org.cstoatlas.record.Country;
import org.cstoatlas.record.Status;
import org.cstoatlas.record.time.Change;
import org.cstoatlas.record.time.TimeIndex;
import org.cstoatlas.ui.model.AtlasViewModel;
import org.cstoatlas.ui.model.Selection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the detail pane shows, decided without a window. */
class DetailViewModelTest {

    static TimeIndex index;

    @BeforeAll
    static void load() {
        index = new TimeIndex(Bundled.loadDataset().record());
    }

    private static AtlasViewModel atlas() {
        return new AtlasViewModel(index, LocalDate.of(2026, 11, 23));
    }

    @Test
    void theContentFollowsTheSelectionAndTheComparison() {
        AtlasViewModel vm = atlas();
        DetailViewModel detail = new DetailViewModel(vm);
        assertTrue(detail.contentProperty().get() instanceof DetailViewModel.Overview);
        Country uzb = index.record().country("UZB").orElseThrow();
        vm.selectCountry(uzb);
        assertEquals(new DetailViewModel.Selected(new Selection.OfCountry(uzb)), detail.contentProperty().get());
        vm.selectEvent(index.record().events().get(0));
        assertEquals(new DetailViewModel.Selected(new Selection.OfEvent(index.record().events().get(0))), detail.contentProperty().get());
        vm.selectDeployment(index.record().deployments().get(0));
        assertTrue(detail.contentProperty().get() instanceof DetailViewModel.Selected s && s.selection() instanceof Selection.OfDeployment);
        vm.selectForce(index.record().forces().get(0));
        assertTrue(detail.contentProperty().get() instanceof DetailViewModel.Selected s && s.selection() instanceof Selection.OfForce);
        vm.clearSelection();
        vm.compareDateProperty().set(LocalDate.of(2001, 1, 1));
        assertTrue(detail.contentProperty().get() instanceof DetailViewModel.Comparison);
    }

    /** Another alliance on the map is another overview, rebuilt (and so read from its top): it kept the last one's scroll place. */
    @Test
    void choosingAnotherAllianceGivesAnotherOverview() {
        AtlasViewModel vm = atlas();
        DetailViewModel detail = new DetailViewModel(vm);
        DetailViewModel.Content before = detail.contentProperty().get();
        vm.alliancesProperty().set(new org.cstoatlas.state.AllianceChoice("csto", "nato"));
        assertTrue(detail.contentProperty().get() instanceof DetailViewModel.Overview o && o.alliances().paired(), "the overview of the pair");
        assertNotEquals(before, detail.contentProperty().get());
    }

    @Test
    void anExerciseOrABaseIsShownAndSelectingOneOffTheMapMovesTheDateToIt() {
        AtlasViewModel vm = atlas();
        DetailViewModel detail = new DetailViewModel(vm);
        vm.setDate(LocalDate.of(2000, 1, 1));
        var exercise = index.record().exercises().stream().filter(x -> x.id().equals("interaction-2014")).findFirst().orElseThrow();
        vm.selectExercise(exercise);
        assertEquals(new DetailViewModel.Selected(new Selection.OfExercise(exercise)), detail.contentProperty().get());
        assertEquals(LocalDate.of(2014, 8, 18), vm.getDate(), "to its first day");
        vm.setDate(LocalDate.of(2014, 8, 20));
        vm.selectExercise(exercise);
        assertEquals(LocalDate.of(2014, 8, 20), vm.getDate(), "under way: the date stays");
        var balkhash = index.record().bases().stream().filter(b -> b.id().equals("ru-balkhash-radar-kazakhstan")).findFirst().orElseThrow();
        vm.selectBase(balkhash);
        assertEquals(new DetailViewModel.Selected(new Selection.OfBase(balkhash)), detail.contentProperty().get());
        assertEquals(LocalDate.of(2014, 12, 2), vm.getDate(), "to its first attestation");
        assertEquals(vm.getSelection().ref(), new org.cstoatlas.state.SelectionRef(org.cstoatlas.state.SelectionRef.Kind.BASE, balkhash.id()));
    }

    @Test
    void aBasesSizeFollowsTheDateWithoutRebuilding() {
        AtlasViewModel vm = atlas();
        DetailViewModel detail = new DetailViewModel(vm);
        var base = index.record().bases().stream().filter(b -> b.id().equals("ru-201st-base-tajikistan")).findFirst().orElseThrow();
        vm.selectBase(base);
        var content = detail.contentProperty().get();
        vm.setDate(LocalDate.of(2015, 9, 24));
        var on = (DetailViewModel.BaseOnDate) detail.onDateProperty().get();
        assertTrue(on.there() && on.sized() == null, "there, but no source gives its size before 25 September 2015");
        vm.setDate(LocalDate.of(2015, 9, 25));
        on = (DetailViewModel.BaseOnDate) detail.onDateProperty().get();
        assertEquals(7000, on.sized().size().value());
        vm.setDate(LocalDate.of(2004, 10, 16));
        assertTrue(!((DetailViewModel.BaseOnDate) detail.onDateProperty().get()).there(), "not in the record before 17 October 2004");
        assertSame(content, detail.contentProperty().get(), "a date change does not rebuild the pane");
    }

    @Test
    void aCountrysStatusLineFollowsTheDateWithoutRebuilding() {
        AtlasViewModel vm = atlas();
        DetailViewModel detail = new DetailViewModel(vm);
        vm.selectCountry(index.record().country("UZB").orElseThrow());
        var content = detail.contentProperty().get();
        vm.setDate(LocalDate.of(2008, 6, 1));
        assertEquals(Status.MEMBER, ((DetailViewModel.CountryOnDate) detail.onDateProperty().get()).status().status());
        vm.setDate(LocalDate.of(2013, 6, 1));
        assertEquals(Status.SUSPENDED, ((DetailViewModel.CountryOnDate) detail.onDateProperty().get()).status().status());
        assertSame(content, detail.contentProperty().get(), "a date change does not rebuild the pane");
    }

    @Test
    void aCountryListsEveryAllianceOnTheDateWithItsEvidence() {
        AtlasViewModel vm = atlas();
        DetailViewModel detail = new DetailViewModel(vm);
        vm.selectCountry(index.record().country("BLR").orElseThrow());
        vm.setDate(LocalDate.of(2024, 7, 3));
        var before = (DetailViewModel.CountryOnDate) detail.onDateProperty().get();
        assertEquals(java.util.List.of("csto", "cis", "sco", "eaeu"), before.memberships().stream().map(m -> m.alliance().id()).toList());
        assertEquals(Status.OBSERVER, before.memberships().get(2).status().status(), "an SCO observer the day before it joined");
        vm.setDate(LocalDate.of(2024, 7, 4));
        var on = (DetailViewModel.CountryOnDate) detail.onDateProperty().get();
        assertEquals(Status.MEMBER, on.memberships().get(2).status().status());
        assertEquals(LocalDate.of(2024, 7, 4), on.memberships().get(2).status().since().first());
        assertTrue(!on.memberships().get(2).status().period().evidence().isEmpty(), "each standing carries its evidence");
        // With nothing selected the overview is the SCO's while the map shows the SCO.
        vm.clearSelection();
        vm.alliancesProperty().set(org.cstoatlas.state.AllianceChoice.of("sco"));
        var overview = (DetailViewModel.OverviewOnDate) detail.onDateProperty().get();
        assertTrue(overview.members().stream().anyMatch(c -> c.iso().equals("CHN")), "China is an SCO member");
        vm.alliancesProperty().set(org.cstoatlas.state.AllianceChoice.CSTO);
        // A country the CSTO's record never names: none in the CSTO, and its other alliances all the same.
        vm.selectCountry(index.record().country("USA").orElseThrow());
        var usa = (DetailViewModel.CountryOnDate) detail.onDateProperty().get();
        assertEquals(Status.NONE, usa.status().status());
        assertEquals(java.util.List.of("nato"), usa.memberships().stream().map(m -> m.alliance().id()).toList());
    }

    @Test
    void theHistoryStripHasTheCstosTwoRowsThenARowPerOtherAlliance() {
        var uzb = index.record().country("UZB").orElseThrow();
        var rows = DetailViewModel.stripRows(index.record(), uzb);
        assertEquals(java.util.List.of("csto", "csto", "cis", "sco", "eaeu", "guam"), rows.stream().map(r -> r.alliance().id()).toList());
        assertTrue(rows.get(0).lowerBody() && rows.get(0).periods().stream().allMatch(p -> p.body().id().equals("treaty")));
        assertTrue(rows.get(1).periods().stream().noneMatch(p -> p.body().id().equals("treaty")));
        assertEquals(index.record().allHistory(uzb).size(), rows.stream().mapToInt(r -> r.periods().size()).sum(), "every period once");
        var usa = DetailViewModel.stripRows(index.record(), index.record().country("USA").orElseThrow());
        assertEquals(3, usa.size(), "the CSTO's two rows, empty, and NATO's");
    }

    @Test
    void theOverviewCountsAndNamesTheMembersAndTheLatestEvent() {
        AtlasViewModel vm = atlas();
        DetailViewModel detail = new DetailViewModel(vm);
        vm.setDate(LocalDate.of(2013, 6, 1));
        var o = (DetailViewModel.OverviewOnDate) detail.onDateProperty().get();
        assertEquals(6, o.inOrganization());
        assertEquals(0, o.inTreatyOnly());
        assertEquals(List.of("ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK"), o.members().stream().map(Country::iso).sorted().toList());
        assertTrue(!o.latest().date().first().isAfter(LocalDate.of(2013, 6, 1)), "the latest event is not after the date");
        vm.setDate(LocalDate.of(1992, 1, 1));
        o = (DetailViewModel.OverviewOnDate) detail.onDateProperty().get();
        assertEquals(List.of(), o.members(), "nobody before the treaty");
    }

    @Test
    void withTheWarsawPactShownTheOverviewDescribesTheWarsawPactNotTheCsto() {
        AtlasViewModel vm = atlas();
        DetailViewModel detail = new DetailViewModel(vm);
        vm.setDate(LocalDate.of(1985, 6, 1));
        vm.alliancesProperty().set(org.cstoatlas.state.AllianceChoice.of("warsaw-pact"));
        var o = (DetailViewModel.OverviewOnDate) detail.onDateProperty().get();
        assertEquals("warsaw-pact", o.first().alliance().id());
        assertTrue(o.members().stream().map(Country::iso).toList().containsAll(List.of("SUN", "POL", "DDR", "CSK", "HUN", "ROU", "BGR")),
                () -> "the Pact's members in 1985: " + o.members());
        assertTrue(o.members().stream().noneMatch(c -> c.iso().equals("ALB")), "Albania had stepped back");
        assertEquals("warsaw-pact", o.latest().alliance().id(), "the latest event is the Pact's, not the CSTO's");
        assertTrue(!o.latest().date().first().isAfter(LocalDate.of(1985, 6, 1)));

        // Beside NATO: both alliances, in the order shown.
        vm.alliancesProperty().set(new org.cstoatlas.state.AllianceChoice("warsaw-pact", "nato"));
        var pair = (DetailViewModel.OverviewOnDate) detail.onDateProperty().get();
        assertEquals(List.of("warsaw-pact", "nato"), pair.shown().stream().map(st -> st.alliance().id()).toList());
        assertTrue(pair.shown().get(1).members().stream().map(Country::iso).toList().containsAll(List.of("USA", "DEU", "TUR")));

        // Before the Pact's first event there is no latest one, and the first is named.
        vm.alliancesProperty().set(org.cstoatlas.state.AllianceChoice.of("warsaw-pact"));
        vm.setDate(LocalDate.of(1950, 1, 1));
        var before = (DetailViewModel.OverviewOnDate) detail.onDateProperty().get();
        assertEquals(List.of(), before.members());
        assertEquals(null, before.latest());
        assertEquals("warsaw-pact", before.firstEvent().alliance().id());
    }

    @Test
    void theComparisonListsWhoJoinedLeftChangedAndStayed() {
        AtlasViewModel vm = atlas();
        DetailViewModel detail = new DetailViewModel(vm);
        vm.setDate(LocalDate.of(2001, 1, 1));
        vm.compareDateProperty().set(LocalDate.of(2008, 6, 1));
        var c = (DetailViewModel.ComparisonOnDate) detail.onDateProperty().get();
        assertEquals(LocalDate.of(2001, 1, 1), c.span().from());
        assertEquals(List.of("UZB"), c.joined().stream().map(ch -> ch.after().country().iso()).toList());
        assertEquals(List.of(), c.left());
        assertTrue(c.changed().stream().allMatch(ch -> ch.kind() == Change.Kind.CHANGED));
        assertEquals(index.record().countries().size(), c.joined().size() + c.left().size() + c.changed().size() + c.same().size());
        assertEquals(c.joined().size() + c.left().size() + c.changed().size(), c.moved());
    }
}

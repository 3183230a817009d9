package org.cstoatlas.ui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.cstoatlas.Bundled;
import org.cstoatlas.record.time.TimeIndex;
import org.cstoatlas.state.AllianceChoice;
import org.cstoatlas.ui.look.StatusStyle;
import org.cstoatlas.ui.model.AtlasViewModel;
import org.cstoatlas.ui.model.Selection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The membership chart's rows, bars and counts, without a window. */
class MembershipChartViewModelTest {

    static TimeIndex index;

    @BeforeAll
    static void load() {
        index = new TimeIndex(Bundled.loadDataset().record());
    }

    @Test
    void aRowPerCountryTheEarliestFirstWithItsBarsAndTheCountOfMembers() {
        AtlasViewModel vm = new AtlasViewModel(index, LocalDate.of(2026, 11, 23));
        MembershipChartViewModel chart = new MembershipChartViewModel(vm);
        vm.alliancesProperty().set(AllianceChoice.of("eaeu"));
        List<MembershipChartViewModel.Row> rows = chart.rows();
        // Belarus, Kazakhstan and Russia on 1 January 2015, then Armenia, Kyrgyzstan, then the observers.
        assertEquals(List.of("BLR", "KAZ", "RUS", "ARM", "KGZ"), rows.subList(0, 5).stream().map(r -> r.country().iso()).toList());
        MembershipChartViewModel.Bar arm = rows.get(3).bars().get(0);
        assertEquals(LocalDate.of(2015, 1, 2), arm.from());
        assertEquals(StatusStyle.MEMBER_ORGANIZATION, arm.style());
        List<MembershipChartViewModel.Step> steps = chart.counts().get(0);
        assertEquals(new MembershipChartViewModel.Step(vm.firstDay(), 0), steps.get(0));
        assertEquals(new MembershipChartViewModel.Step(LocalDate.of(2015, 1, 1), 3), steps.get(1));
        assertEquals(5, steps.get(steps.size() - 1).members());
        // Two alliances: a count for each, and bars told apart by alliance.
        vm.alliancesProperty().set(new AllianceChoice("csto", "eaeu"));
        assertEquals(2, chart.counts().size());
        assertTrue(chart.rows().stream().anyMatch(r -> r.bars().stream().anyMatch(b -> b.alliance() == 1)));
        assertTrue(chart.rows().stream().flatMap(r -> r.bars().stream()).allMatch(b -> !b.from().isBefore(vm.firstDay())), "bars start on the timeline");
    }

    @Test
    void aClickSelectsTheCountryAndMovesTheDate() {
        AtlasViewModel vm = new AtlasViewModel(index, LocalDate.of(2026, 11, 23));
        MembershipChartViewModel chart = new MembershipChartViewModel(vm);
        MembershipChartViewModel.Row row = chart.rows().get(0);
        double at = chart.at(LocalDate.of(2008, 6, 1));
        chart.choose(row, at);
        assertEquals(LocalDate.of(2008, 6, 1), vm.getDate());
        assertTrue(vm.getSelection() instanceof Selection.OfCountry c && c.country().equals(row.country()));
        assertEquals(0.0, chart.at(vm.firstDay().minusYears(12)), "before the timeline: its start");
        assertEquals(vm.lastDay(), chart.dateAt(1.0));
    }
}

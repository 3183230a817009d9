package org.cstoatlas.ui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.cstoatlas.Bundled;
import org.cstoatlas.record.Language;
import org.cstoatlas.record.time.TimeIndex;
import org.cstoatlas.state.AllianceChoice;
import org.cstoatlas.ui.look.PairStyle;
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

    @Test
    void aSeriesPerAllianceShownEachInItsOwnColour() {
        AtlasViewModel vm = new AtlasViewModel(index, LocalDate.of(2026, 11, 23));
        MembershipChartViewModel chart = new MembershipChartViewModel(vm);
        List<MembershipChartViewModel.Series> one = chart.series();
        assertEquals(List.of("csto"), one.stream().map(s -> s.alliance().id()).toList());
        assertEquals(PairStyle.FIRST, one.get(0).colour());
        assertFalse(chart.barsByAlliance(), "one alliance: bars by status, as the map");
        vm.alliancesProperty().set(new AllianceChoice("csto", "sco"));
        List<MembershipChartViewModel.Series> two = chart.series();
        assertEquals(List.of("csto", "sco"), two.stream().map(s -> s.alliance().id()).toList());
        assertNotEquals(two.get(0).colour(), two.get(1).colour(), "the CSTO and the SCO never share a colour");
        assertEquals(chart.counts(), two.stream().map(MembershipChartViewModel.Series::steps).toList());
        assertTrue(chart.barsByAlliance(), "two alliances: bars by alliance");
    }

    @Test
    void theLegendNamesEachAllianceShownInEitherLanguage() {
        AtlasViewModel vm = new AtlasViewModel(index, LocalDate.of(2026, 11, 23));
        MembershipChartViewModel chart = new MembershipChartViewModel(vm);
        vm.alliancesProperty().set(new AllianceChoice("csto", "sco"));
        for (Language language : Language.values()) {
            vm.languageProperty().set(language);
            List<MembershipChartViewModel.Key> keys = chart.legend();
            for (MembershipChartViewModel.Series s : chart.series()) {
                String name = vm.words().shortName(s.alliance());
                List<MembershipChartViewModel.Key> named = keys.stream().filter(k -> k.words().contains(name)).toList();
                // Its count line and its bars, both in its colour.
                assertEquals(2, named.size(), language + " " + name + ": " + keys);
                assertTrue(named.stream().allMatch(k -> k.colour() == s.colour()), keys.toString());
                assertTrue(named.stream().anyMatch(MembershipChartViewModel.Key::line), keys.toString());
            }
        }
        // A former member's grey bars (Azerbaijan's, Georgia's in the CSTO) have a key of their own, in no alliance's colour.
        List<MembershipChartViewModel.Key> keys2 = chart.legend();
        assertTrue(keys2.stream().anyMatch(k -> k.colour() == null && k.status() == null && !k.line()), keys2.toString());
        // One alliance: its line, then a key for each status its rows show and for none other.
        vm.languageProperty().set(Language.EN);
        vm.alliancesProperty().set(AllianceChoice.of("csto"));
        List<MembershipChartViewModel.Key> keys = chart.legend();
        assertTrue(keys.get(0).line() && keys.get(0).words().contains("CSTO"), keys.toString());
        assertEquals(chart.rows().stream().flatMap(r -> r.bars().stream()).map(MembershipChartViewModel.Bar::style).collect(java.util.stream.Collectors.toSet()),
                keys.stream().filter(k -> !k.line()).map(MembershipChartViewModel.Key::status).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void yearLabelsThinOutSoThatNoneTouchesAnotherOrAnEnd() {
        AtlasViewModel vm = new AtlasViewModel(index, LocalDate.of(2026, 11, 23));
        MembershipChartViewModel chart = new MembershipChartViewModel(vm);
        // "2024" at 175 % text (0.85 em of 24.5 px) is about 50 px wide; a gap of an em between labels.
        double labelWidth = 52, gap = 21;
        int previous = Integer.MAX_VALUE;
        for (double width : new double[] {1920 - 90, 1024 - 90, 600, 300, 120}) {
            List<MembershipChartViewModel.YearLabel> labels = chart.yearLabels(width, labelWidth, gap);
            for (int i = 0; i < labels.size(); i++) {
                double x = labels.get(i).at() * width;
                assertTrue(x - labelWidth / 2 >= 0 && x + labelWidth / 2 <= width, width + ": " + labels.get(i) + " runs past an end");
                if (i > 0) assertTrue(x - labels.get(i - 1).at() * width >= labelWidth + gap, width + ": " + labels.get(i - 1) + " touches " + labels.get(i));
                assertEquals(chart.at(LocalDate.of(labels.get(i).year(), 1, 1)), labels.get(i).at(), "a label stands on its year's first day");
            }
            assertTrue(labels.size() <= previous, "fewer labels on a narrower chart: " + width);
            previous = labels.size();
            if (width >= 300) assertTrue(labels.size() >= 3, width + ": " + labels);
        }
        // Round years, evenly: the same step between every two labels.
        List<MembershipChartViewModel.YearLabel> at1024 = chart.yearLabels(1024 - 90, labelWidth, gap);
        int step = at1024.get(1).year() - at1024.get(0).year();
        assertTrue(List.of(1, 2, 5, 10, 20).contains(step), "step " + step);
        assertTrue(at1024.stream().allMatch(l -> l.year() % step == 0), at1024.toString());
        assertTrue(chart.yearLabels(0, labelWidth, gap).isEmpty());
    }
}

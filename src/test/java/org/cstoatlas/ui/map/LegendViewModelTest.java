package org.cstoatlas.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.cstoatlas.Bundled;
import org.cstoatlas.record.time.TimeIndex;
import org.cstoatlas.state.DateSpan;
import org.cstoatlas.ui.look.CompareStyle;
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
}

package org.cstoatlas.ui.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.cstoatlas.Bundled;
import org.cstoatlas.record.Precision;
import org.cstoatlas.record.Status;
import org.cstoatlas.record.time.TimeIndex;
import org.cstoatlas.state.AllianceChoice;
import org.cstoatlas.ui.model.AtlasViewModel;
import org.cstoatlas.ui.model.Selection;
import org.cstoatlas.ui.table.CountryTableViewModel.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The map as a table, without a window: its rows follow the date and the alliances; a row selects its country. */
class CountryTableViewModelTest {

    static TimeIndex index;

    @BeforeAll
    static void load() {
        index = new TimeIndex(Bundled.loadDataset().record());
    }

    private static Row row(List<Row> rows, String alliance, String iso) {
        return rows.stream().filter(r -> r.alliance().id().equals(alliance) && r.country().iso().equals(iso)).findFirst().orElseThrow();
    }

    @Test
    void theRowsFollowTheDateAndTheAlliances() {
        AtlasViewModel vm = new AtlasViewModel(index, LocalDate.of(2026, 11, 23));
        CountryTableViewModel table = new CountryTableViewModel(vm);
        vm.setDate(LocalDate.of(2024, 6, 1));
        // Every country of the CSTO's record, once, with the status the time index gives on the day.
        assertEquals(index.statusOn(vm.getDate()).all().stream().map(s -> s.country().iso()).toList(),
                table.rows().stream().map(r -> r.country().iso()).toList());
        Row armenia = row(table.rows(), "csto", "ARM");
        assertEquals(Status.SUSPENDED, armenia.standing());
        assertEquals(Precision.DAY, armenia.since().precision());
        assertTrue(armenia.since().approximate(), "the record dates Armenia's freeze approximately");
        assertTrue(armenia.sources() >= 1, "a status on the map has its sources");
        Row serbia = row(table.rows(), "csto", "SRB");
        assertEquals(Status.OBSERVER, serbia.standing());
        assertEquals(Precision.YEAR, serbia.since().precision());
        Row ukraine = row(table.rows(), "csto", "UKR");
        assertEquals(Status.NONE, ukraine.standing());
        assertEquals(0, ukraine.sources());
        // Uzbekistan's suspension has disagreeing sources in the record; Kazakhstan's membership has none.
        assertTrue(row(table.rows(), "csto", "UZB").disputed());
        assertFalse(row(table.rows(), "csto", "KAZ").disputed());

        vm.setDate(LocalDate.of(2006, 8, 16));
        assertEquals(Status.MEMBER, row(table.rows(), "csto", "UZB").standing());
        assertEquals(Status.MEMBER, row(table.rows(), "csto", "ARM").standing());

        vm.alliancesProperty().set(new AllianceChoice("csto", "nato"));
        assertTrue(table.rows().stream().anyMatch(r -> r.alliance().id().equals("nato")), "both alliances shown have rows");
        assertEquals(Status.MEMBER, row(table.rows(), "nato", "DEU").standing());
        vm.alliancesProperty().set(AllianceChoice.CSTO);
        assertFalse(table.rows().stream().anyMatch(r -> r.alliance().id().equals("nato")));
    }

    @Test
    void aRowSelectsItsCountryOnTheMap() {
        AtlasViewModel vm = new AtlasViewModel(index, LocalDate.of(2026, 11, 23));
        CountryTableViewModel table = new CountryTableViewModel(vm);
        table.select(row(table.rows(), "csto", "KAZ"));
        assertTrue(vm.getSelection() instanceof Selection.OfCountry c && c.country().iso().equals("KAZ"), String.valueOf(vm.getSelection()));
    }
}

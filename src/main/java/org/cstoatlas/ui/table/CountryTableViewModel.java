package org.cstoatlas.ui.table;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cstoatlas.record.Alliance;
import org.cstoatlas.record.AllianceRecord;
import org.cstoatlas.record.Country;
import org.cstoatlas.record.Disagreement;
import org.cstoatlas.record.Evidence;
import org.cstoatlas.record.FuzzyDate;
import org.cstoatlas.record.Status;
import org.cstoatlas.record.time.StatusAt;
import org.cstoatlas.record.time.TimeIndex;
import org.cstoatlas.state.AllianceChoice;
import org.cstoatlas.ui.model.AtlasViewModel;

/**
 * The map as a table, synced to the date: every country of the alliance(s) shown with its status,
 * since when, how precise that date is, how many sources say so and whether sources disagree. What a
 * screen reader reads instead of the map, and what an analyst copies. Values only: the view words them.
 */
public final class CountryTableViewModel {

    /**
     * One country in one alliance on the date.
     *
     * @param sources  how many distinct sources (quoted or cited) support the status; 0 for "not a party"
     * @param disputed whether the record keeps disagreeing versions of the status or the country
     */
    public record Row(Alliance alliance, Country country, StatusAt status, int sources, boolean disputed) {

        /** Since when, or null when nothing began it. */
        public FuzzyDate since() {
            return status.since();
        }

        public Status standing() {
            return status.status();
        }
    }

    private final AtlasViewModel vm;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();

    public CountryTableViewModel(AtlasViewModel vm) {
        this.vm = vm;
        vm.dateProperty().addListener((obs, o, d) -> refresh());
        vm.alliancesProperty().addListener((obs, o, n) -> refresh());
        refresh();
    }

    public AtlasViewModel atlas() {
        return vm;
    }

    /** The rows of the date, alliance by alliance, each in the record's order of countries. */
    public ObservableList<Row> rows() {
        return rows;
    }

    /** Selects the row's country on the map (Enter on a row, a double click). */
    public void select(Row row) {
        if (row != null) vm.selectCountry(row.country());
    }

    private void refresh() {
        List<Row> now = rows(vm.index(), vm.getDate(), vm.alliancesProperty().get());
        if (!now.equals(rows)) rows.setAll(now);
    }

    /** The rows of a day for an alliance choice; an alliance the record does not hold has none. */
    static List<Row> rows(TimeIndex index, LocalDate day, AllianceChoice choice) {
        AllianceRecord record = index.record();
        List<Row> out = new ArrayList<>();
        for (String id : choice.paired() ? List.of(choice.first(), choice.second()) : List.of(choice.first())) {
            Alliance a = record.alliance(id).orElse(null);
            if (a == null) continue;
            for (StatusAt s : index.forAlliance(id).statusOn(day).all()) {
                boolean disputed = !record.disagreementsAbout(Disagreement.Kind.COUNTRY, s.country().iso()).isEmpty()
                        || s.period() != null && !record.disagreementsAbout(Disagreement.Kind.PERIOD, s.period().id()).isEmpty();
                out.add(new Row(a, s.country(), s, s.period() == null ? 0 : sources(s.period().evidence()), disputed));
            }
        }
        return out;
    }

    private static int sources(List<Evidence> evidence) {
        Set<String> origins = new HashSet<>();
        for (Evidence e : evidence) origins.add(e.origin());
        return origins.size();
    }
}

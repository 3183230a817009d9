package org.cstoatlas.ui.map;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.cstoatlas.record.time.Change;
import org.cstoatlas.record.time.StatusAt;
import org.cstoatlas.record.time.StatusSnapshot;
import org.cstoatlas.state.DateSpan;
import org.cstoatlas.ui.look.CompareStyle;
import org.cstoatlas.ui.look.StatusStyle;
import org.cstoatlas.ui.model.AtlasViewModel;

/**
 * What the legend says: a row per colour with how many countries have it on the date, or, while two
 * dates are compared, a row per kind of change with its count and the span compared.
 */
public final class LegendViewModel {

    /** The rows the legend shows now: the statuses' counts, or the changes' counts and their span. */
    public sealed interface Rows {
    }

    public record StatusRows(Map<StatusStyle, Integer> counts) implements Rows {
        public int count(StatusStyle style) {
            return counts.getOrDefault(style, 0);
        }
    }

    public record CompareRows(DateSpan span, Map<CompareStyle, Integer> counts) implements Rows {
        public int count(CompareStyle style) {
            return counts.getOrDefault(style, 0);
        }
    }

    private final AtlasViewModel vm;
    private final ReadOnlyObjectWrapper<Rows> rows = new ReadOnlyObjectWrapper<>(this, "rows");

    public LegendViewModel(AtlasViewModel vm) {
        this.vm = vm;
        vm.statusesProperty().addListener((obs, o, n) -> refresh());
        vm.compareDateProperty().addListener((obs, o, n) -> refresh());
        // While comparing, every day moves one end of the span.
        vm.dateProperty().addListener((obs, o, n) -> {
            if (vm.compareDateProperty().get() != null) refresh();
        });
        refresh();
    }

    public ReadOnlyObjectProperty<Rows> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    private void refresh() {
        Rows r = vm.compareDateProperty().get() == null ? statusRows(vm.statusesProperty().get()) : compareRows(vm.comparedSpan(), vm);
        if (!r.equals(rows.get())) rows.set(r);
    }

    static StatusRows statusRows(StatusSnapshot snapshot) {
        Map<StatusStyle, Integer> n = new EnumMap<>(StatusStyle.class);
        for (StatusAt s : snapshot.all()) n.merge(StatusStyle.of(s), 1, Integer::sum);
        return new StatusRows(Collections.unmodifiableMap(n));
    }

    private static CompareRows compareRows(DateSpan span, AtlasViewModel vm) {
        Map<CompareStyle, Integer> n = new EnumMap<>(CompareStyle.class);
        for (Change c : vm.changes()) n.merge(CompareStyle.of(c.kind()), 1, Integer::sum);
        return new CompareRows(span, Collections.unmodifiableMap(n));
    }
}

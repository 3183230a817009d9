package org.cstoatlas.ui.map;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cstoatlas.record.Alliance;
import org.cstoatlas.record.Status;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.cstoatlas.record.time.Change;
import org.cstoatlas.record.time.StatusAt;
import org.cstoatlas.record.time.StatusSnapshot;
import org.cstoatlas.state.DateSpan;
import org.cstoatlas.ui.look.CompareStyle;
import org.cstoatlas.ui.look.PairStyle;
import org.cstoatlas.ui.look.StatusStyle;
import org.cstoatlas.ui.map.model.OperationsViewModel;
import org.cstoatlas.ui.model.AtlasViewModel;

/**
 * What the legend says: a row per colour of the alliance shown with how many countries have it on the
 * date; while two alliances are shown, a row per class (the first only, the second only, both,
 * neither); while two dates are compared, a row per kind of change with its count and the span compared.
 * Below them, a row for each kind of symbol on the map now that needs saying: an exercise's star, a
 * base's triangle, the hollow look of a size not given.
 *
 * <p>The counts are of what the map draws on the day: a country whose shape lies inside a past state's
 * (the CIS's founders inside the Soviet Union from 8 to 25 December 1991) is not counted in a colour,
 * since none of its own is on the map; {@link #insideProperty()} says how many, and inside which state.
 */
public final class LegendViewModel {

    /** {@code count} countries with a standing in an alliance shown, drawn on the day inside {@code state}'s shape. */
    public record Inside(org.cstoatlas.record.Country state, int count) {
    }

    private final ReadOnlyObjectWrapper<List<Inside>> inside = new ReadOnlyObjectWrapper<>(this, "inside", List.of());
    /** The days the borders change, to refresh the counts when a drag crosses one (statuses may not change then). */
    private List<java.time.LocalDate> borderDays = List.of();

    /** The rows the legend shows now: the statuses' counts, or the changes' counts and their span. */
    public sealed interface Rows {
    }

    /** A row per status of the alliance shown ({@code alliance}), with its count. */
    public record StatusRows(Alliance alliance, Map<StatusStyle, Integer> counts) implements Rows {
        public int count(StatusStyle style) {
            return counts.getOrDefault(style, 0);
        }

        /** Whether the alliance has the status this colour shows: the legend has a row only for those. */
        public boolean has(StatusStyle style) {
            return switch (style) {
                case MEMBER_ORGANIZATION, NONE -> true;
                // A second member-bearing body: the CSTO's treaty beside its organization.
                case MEMBER_TREATY -> alliance.bodies().stream().filter(b -> b.precedence() > 0).count() > 1;
                case ASSOCIATE -> alliance.has(Status.ASSOCIATE);
                case PARTICIPANT -> alliance.has(Status.PARTICIPANT);
                case OBSERVER -> alliance.has(Status.OBSERVER);
                case PARTNER -> alliance.has(Status.PARTNER);
                case SUSPENDED -> alliance.has(Status.SUSPENDED);
                case FORMER -> alliance.has(Status.FORMER);
            };
        }
    }

    /**
     * Two alliances compared: how many countries stand in the first only, the second only, both or
     * neither (of those either alliance names), and how many of them short of full membership.
     */
    public record PairRows(Alliance first, Alliance second, Map<PairStyle, Integer> counts, int partial) implements Rows {
        public int count(PairStyle style) {
            return counts.getOrDefault(style, 0);
        }
    }

    public record CompareRows(DateSpan span, Map<CompareStyle, Integer> counts) implements Rows {
        public int count(CompareStyle style) {
            return counts.getOrDefault(style, 0);
        }
    }

    /** A kind of symbol of the operations layer the legend explains while one is on the map. */
    public enum Symbol { EXERCISE, BASE, SIZE_NOT_GIVEN }

    private final AtlasViewModel vm;
    private final ReadOnlyObjectWrapper<Rows> rows = new ReadOnlyObjectWrapper<>(this, "rows");
    private final ReadOnlyObjectWrapper<Set<Symbol>> symbols = new ReadOnlyObjectWrapper<>(this, "symbols");

    public LegendViewModel(AtlasViewModel vm) {
        this(vm, new OperationsViewModel(vm));
    }

    /** The legend of a map whose operations layer draws what {@code operations} says. */
    /** The words of the legend's language: its view model's, never the window being built's. */
    public org.cstoatlas.words.Words words() {
        return vm.words();
    }

    public LegendViewModel(AtlasViewModel vm, OperationsViewModel operations) {
        this.vm = vm;
        operations.onMapProperty().addListener((obs, o, now) -> {
            Set<Symbol> s = symbols(now);
            if (!s.equals(symbols.get())) symbols.set(s);
        });
        symbols.set(symbols(operations.onMapProperty().get()));
        vm.statusesProperty().addListener((obs, o, n) -> refresh());
        vm.pairedStatusesProperty().addListener((obs, o, n) -> refresh());
        vm.alliancesProperty().addListener((obs, o, n) -> refresh());
        vm.compareDateProperty().addListener((obs, o, n) -> refresh());
        borderDays = org.cstoatlas.record.time.Borders.changes(vm.record().allCountries());
        // While comparing, every day moves one end of the span; otherwise only a border change matters.
        vm.dateProperty().addListener((obs, o, n) -> {
            if (vm.compareDateProperty().get() != null || o == null || epoch(o) != epoch(n)) refresh();
        });
        refresh();
    }

    /** How many border changes have happened by the day. */
    private int epoch(java.time.LocalDate day) {
        int i = Collections.binarySearch(borderDays, day);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** The countries counted nowhere on the day because their shape is inside a past state's; empty on most days. */
    public ReadOnlyObjectProperty<List<Inside>> insideProperty() {
        return inside.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Rows> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    /** The kinds of symbol on the map now that the legend explains; changes only when they do. */
    public ReadOnlyObjectProperty<Set<Symbol>> symbolsProperty() {
        return symbols.getReadOnlyProperty();
    }

    /** Which of the symbols the legend explains are on the map. */
    static Set<Symbol> symbols(OperationsViewModel.OnMap onMap) {
        Set<Symbol> s = java.util.EnumSet.noneOf(Symbol.class);
        if (!onMap.exercises().isEmpty()) s.add(Symbol.EXERCISE);
        if (!onMap.bases().isEmpty()) s.add(Symbol.BASE);
        if (onMap.exercises().stream().anyMatch(x -> x.exercise().size() == null) || onMap.bases().stream().anyMatch(b -> b.size() == null)) {
            s.add(Symbol.SIZE_NOT_GIVEN);
        }
        return Collections.unmodifiableSet(s);
    }

    private void refresh() {
        List<Alliance> shown = vm.shownAlliances();
        StatusSnapshot second = vm.pairedStatusesProperty().get();
        org.cstoatlas.record.time.Borders borders = org.cstoatlas.record.time.Borders.on(vm.record().allCountries(), vm.getDate());
        Set<String> offMap = new java.util.HashSet<>();
        Map<org.cstoatlas.record.Country, Integer> within = new java.util.LinkedHashMap<>();
        for (StatusSnapshot snapshot : java.util.Arrays.asList(vm.statusesProperty().get(), second)) {
            if (snapshot == null) continue;
            for (StatusAt s : snapshot.all()) {
                if (borders.shapeOf(s.country()) != null || !offMap.add(s.country().iso()) || s.status() == Status.NONE) continue;
                for (var d : borders.drawn()) if (d.drawn().parts().contains(s.country().iso())) within.merge(d.state(), 1, Integer::sum);
            }
        }
        Rows r = vm.compareDateProperty().get() != null ? compareRows(vm.comparedSpan(), vm)
                : second != null && shown.size() > 1 ? pairRows(shown.get(0), vm.statusesProperty().get(), shown.get(1), second, offMap)
                : statusRows(shown.get(0), vm.statusesProperty().get(), offMap);
        if (!r.equals(rows.get())) rows.set(r);
        List<Inside> in = vm.compareDateProperty().get() != null ? List.of()
                : within.entrySet().stream().map(e -> new Inside(e.getKey(), e.getValue())).toList();
        if (!in.equals(inside.get())) inside.set(in);
    }

    /** The rows of one alliance, counting only the countries drawn on the day (none of {@code offMap}). */
    static StatusRows statusRows(Alliance alliance, StatusSnapshot snapshot, Set<String> offMap) {
        Map<StatusStyle, Integer> n = new EnumMap<>(StatusStyle.class);
        for (StatusAt s : snapshot.all()) if (!offMap.contains(s.country().iso())) n.merge(StatusStyle.of(s, alliance), 1, Integer::sum);
        return new StatusRows(alliance, Collections.unmodifiableMap(n));
    }

    static PairRows pairRows(Alliance first, StatusSnapshot a, Alliance second, StatusSnapshot b, Set<String> offMap) {
        Set<String> named = new LinkedHashSet<>();
        a.all().forEach(s -> named.add(s.country().iso()));
        b.all().forEach(s -> named.add(s.country().iso()));
        named.removeAll(offMap);
        Map<PairStyle, Integer> n = new EnumMap<>(PairStyle.class);
        int partial = 0;
        for (String iso : named) {
            n.merge(PairStyle.of(a.of(iso), b.of(iso)), 1, Integer::sum);
            if (PairStyle.partial(a.of(iso), b.of(iso))) partial++;
        }
        return new PairRows(first, second, Collections.unmodifiableMap(n), partial);
    }

    private static CompareRows compareRows(DateSpan span, AtlasViewModel vm) {
        Map<CompareStyle, Integer> n = new EnumMap<>(CompareStyle.class);
        for (Change c : vm.changes()) n.merge(CompareStyle.of(c.kind()), 1, Integer::sum);
        return new CompareRows(span, Collections.unmodifiableMap(n));
    }
}

package org.cstoatlas.ui.map.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.cstoatlas.record.Base;
import org.cstoatlas.record.Deployment;
import org.cstoatlas.record.Exercise;
import org.cstoatlas.record.Force;
import org.cstoatlas.record.Size;
import org.cstoatlas.ui.model.AtlasViewModel;

/**
 * What the operations layer draws on a date: the deployments under way with the phase each is in,
 * the forces that exist, the exercises held within a month of the date and the bases the record has
 * that day, each with the size the sources give by then. {@link #onMapProperty()} changes only when
 * that changes, so the layer rebuilds its symbols only then.
 */
public final class OperationsViewModel {

    /**
     * How long before its first day and after its last an exercise stays on the map, faded. An exercise
     * lasts about five days: drawn only while under way, the record's eleven would be on the map on
     * fewer than one day in a hundred since 2009, and stepping a month at a time (Shift+→) or playing a
     * year a second would pass them by. Within a month either side, stepping by month meets every one,
     * and the faded look and its label ("from 18 October", "ended 23 October") say it is not under way.
     */
    public static final int EXERCISE_MARGIN_DAYS = 30;

    /** Where the date stands against an exercise's days. */
    public enum Timing { COMING, UNDER_WAY, PAST }

    /** An exercise on the map and where the date stands against its days. */
    public record ExerciseOnMap(Exercise exercise, Timing timing) {
        public boolean underWay() {
            return timing == Timing.UNDER_WAY;
        }
    }

    /**
     * A base on the map with the attestation whose head count it is drawn by on the date (null when
     * no source gives one by then: the "size not given" look).
     */
    public record BaseOnMap(Base base, Base.Attestation sized) {
        public Size size() {
            return sized == null ? null : sized.size();
        }
    }

    /**
     * The deployments, forces, exercises and bases on the map, and each deployment's phase on the date
     * (absent before its first).
     */
    public record OnMap(List<Deployment> deployments, List<Force> forces, Map<String, Deployment.Phase> phases,
                        List<ExerciseOnMap> exercises, List<BaseOnMap> bases) {
        public Deployment.Phase phaseOf(Deployment d) {
            return phases.get(d.id());
        }
    }

    private final AtlasViewModel vm;
    private final ReadOnlyObjectWrapper<OnMap> onMap = new ReadOnlyObjectWrapper<>(this, "onMap");

    public OperationsViewModel(AtlasViewModel vm) {
        this.vm = vm;
        vm.dateProperty().addListener((obs, o, d) -> refresh(d));
        refresh(vm.getDate());
    }

    public AtlasViewModel atlas() {
        return vm;
    }

    public ReadOnlyObjectProperty<OnMap> onMapProperty() {
        return onMap.getReadOnlyProperty();
    }

    private void refresh(LocalDate day) {
        List<Deployment> deployments = vm.index().deploymentsOn(day);
        OnMap now = new OnMap(deployments, vm.index().forcesOn(day),
                deployments.stream().filter(d -> phaseOn(d, day) != null).collect(Collectors.toUnmodifiableMap(Deployment::id, d -> phaseOn(d, day))),
                exercisesNear(vm.record().exercises(), day), basesOn(vm.index().basesOn(day), day));
        if (!now.equals(onMap.get())) onMap.set(now);
    }

    /** The phase a deployment is in on a day: the last that began on or before it; null before the first. */
    public static Deployment.Phase phaseOn(Deployment d, LocalDate day) {
        Deployment.Phase current = null;
        for (Deployment.Phase p : d.phases()) if (!p.date().first().isAfter(day)) current = p;
        return current;
    }

    /**
     * Where the day stands against an exercise: under way from its first day to its last (both
     * included), coming or past within {@link #EXERCISE_MARGIN_DAYS} of them; null further off.
     */
    public static Timing timing(Exercise x, LocalDate day) {
        if (x.activeOn(day)) return Timing.UNDER_WAY;
        if (day.isBefore(x.start().first())) return day.isBefore(x.start().first().minusDays(EXERCISE_MARGIN_DAYS)) ? null : Timing.COMING;
        return day.isAfter(x.end().last().plusDays(EXERCISE_MARGIN_DAYS)) ? null : Timing.PAST;
    }

    /** The exercises on the map on a day, in the record's order. */
    static List<ExerciseOnMap> exercisesNear(List<Exercise> all, LocalDate day) {
        List<ExerciseOnMap> near = new ArrayList<>();
        for (Exercise x : all) {
            Timing t = timing(x, day);
            if (t != null) near.add(new ExerciseOnMap(x, t));
        }
        return List.copyOf(near);
    }

    /** The bases the record has on the day, each with the attestation that sizes it then. */
    static List<BaseOnMap> basesOn(List<Base> bases, LocalDate day) {
        return bases.stream().map(b -> new BaseOnMap(b, b.sizedOn(day))).toList();
    }
}

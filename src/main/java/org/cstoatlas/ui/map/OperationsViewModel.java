package org.cstoatlas.ui.map;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.cstoatlas.record.Deployment;
import org.cstoatlas.record.Force;
import org.cstoatlas.ui.model.AtlasViewModel;

/**
 * What the operations layer draws on a date: the deployments under way with the phase each is in,
 * and the forces that exist. {@link #onMapProperty()} changes only when that changes, so the layer
 * rebuilds its symbols only then.
 */
public final class OperationsViewModel {

    /** The deployments and forces on the map, and each deployment's phase on the date (absent before its first). */
    public record OnMap(List<Deployment> deployments, List<Force> forces, Map<String, Deployment.Phase> phases) {
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
                deployments.stream().filter(d -> phaseOn(d, day) != null).collect(Collectors.toUnmodifiableMap(Deployment::id, d -> phaseOn(d, day))));
        if (!now.equals(onMap.get())) onMap.set(now);
    }

    /** The phase a deployment is in on a day: the last that began on or before it; null before the first. */
    public static Deployment.Phase phaseOn(Deployment d, LocalDate day) {
        Deployment.Phase current = null;
        for (Deployment.Phase p : d.phases()) if (!p.date().first().isAfter(day)) current = p;
        return current;
    }
}

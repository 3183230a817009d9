package org.cstoatlas.ui.timeline;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.cstoatlas.record.Disagreement;
import org.cstoatlas.record.Event;
import org.cstoatlas.record.Response;
import org.cstoatlas.ui.model.AtlasViewModel;

/**
 * What the timeline shows besides the slider: a tick per event where its day falls on the track (with
 * whether the sources dispute it and whether an appeal went unanswered), and the events of the date.
 */
public final class TimelineViewModel {

    /** An event's tick: where on the track (0 the first day, 1 the last), and its marks. */
    public record Tick(Event event, double at, boolean contested, boolean noDeployment) {
    }

    private final AtlasViewModel vm;
    private final List<Tick> ticks;
    private final ReadOnlyObjectWrapper<List<Event>> eventsOfDate = new ReadOnlyObjectWrapper<>(this, "eventsOfDate", List.of());

    public TimelineViewModel(AtlasViewModel vm) {
        this.vm = vm;
        double first = vm.firstDay().toEpochDay();
        double span = vm.lastDay().toEpochDay() - first;
        ticks = vm.record().events().stream()
                .map(e -> new Tick(e, (e.date().first().toEpochDay() - first) / span,
                        !vm.record().disagreementsAbout(Disagreement.Kind.EVENT, e.id()).isEmpty(),
                        e.response() != null && e.response() != Response.DEPLOYMENT))
                .filter(t -> t.at() >= 0 && t.at() <= 1)
                .toList();
        vm.dateProperty().addListener((obs, o, d) -> refresh(d));
        refresh(vm.getDate());
    }

    public AtlasViewModel atlas() {
        return vm;
    }

    /** Every event's tick, in the record's order. */
    public List<Tick> ticks() {
        return ticks;
    }

    /** The events on the date (empty on most days). */
    public ReadOnlyObjectProperty<List<Event>> eventsOfDateProperty() {
        return eventsOfDate.getReadOnlyProperty();
    }

    private void refresh(LocalDate d) {
        List<Event> now = vm.index().eventsBetween(d, d);
        if (!now.equals(eventsOfDate.get())) eventsOfDate.set(now);
    }

    /** Whether the kind filter shows the event's tick. */
    public boolean shown(Event e) {
        return vm.shownKinds().contains(e.kind());
    }
}

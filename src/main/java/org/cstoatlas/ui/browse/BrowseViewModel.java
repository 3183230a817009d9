package org.cstoatlas.ui.browse;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.SetChangeListener;
import javafx.collections.transformation.FilteredList;
import org.cstoatlas.record.Event;
import org.cstoatlas.record.EventKind;
import org.cstoatlas.ui.model.AtlasViewModel;

/**
 * What the browse lists show: the event kinds the record has with how many of each (the filter's
 * boxes), the events of the kinds shown, and how many disagreements there are.
 */
public final class BrowseViewModel {

    private final AtlasViewModel vm;
    private final Map<EventKind, Long> kindCounts;
    private final FilteredList<Event> shownEvents;

    public BrowseViewModel(AtlasViewModel vm) {
        this.vm = vm;
        Map<EventKind, Long> counts = new EnumMap<>(EventKind.class);
        vm.record().events().forEach(e -> counts.merge(e.kind(), 1L, Long::sum));
        kindCounts = Collections.unmodifiableMap(counts);
        shownEvents = new FilteredList<>(FXCollections.observableArrayList(vm.record().events()), e -> vm.shownKinds().contains(e.kind()));
        vm.shownKinds().addListener((SetChangeListener<EventKind>) c -> shownEvents.setPredicate(e -> vm.shownKinds().contains(e.kind())));
    }

    public AtlasViewModel atlas() {
        return vm;
    }

    /** The kinds the record has, in the enum's order, with how many events each. */
    public Map<EventKind, Long> kindCounts() {
        return kindCounts;
    }

    /** Shows or hides a kind of event on the list, the timeline and Page Up / Page Down. */
    public void show(EventKind kind, boolean on) {
        if (on) vm.shownKinds().add(kind); else vm.shownKinds().remove(kind);
    }

    public boolean shown(EventKind kind) {
        return vm.shownKinds().contains(kind);
    }

    /** The events of the kinds shown, in the record's order; follows the filter. */
    public FilteredList<Event> shownEvents() {
        return shownEvents;
    }

    public int disagreementCount() {
        return vm.record().disagreements().size();
    }
}

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
    private final javafx.beans.property.ReadOnlyStringWrapper summary = new javafx.beans.property.ReadOnlyStringWrapper(this, "summary", "");

    public TimelineViewModel(AtlasViewModel vm) {
        this.vm = vm;
        double first = vm.firstDay().toEpochDay();
        double span = vm.lastDay().toEpochDay() - first;
        ticks = vm.record().allEvents().stream()
                .map(e -> new Tick(e, (e.date().first().toEpochDay() - first) / span,
                        !vm.record().disagreementsAbout(Disagreement.Kind.EVENT, e.id()).isEmpty(),
                        e.response() != null && e.response() != Response.DEPLOYMENT))
                .filter(t -> t.at() >= 0 && t.at() <= 1)
                .toList();
        vm.dateProperty().addListener((obs, o, d) -> refresh(d));
        refresh(vm.getDate());
        // The sentence follows the date, the alliances shown and the language (a new DateSummary per
        // language: it takes its words from the language given, never from the window's current one).
        vm.alliancesProperty().addListener((obs, o, n) -> summarise());
        vm.languageProperty().addListener((obs, o, n) -> summarise());
    }

    /** The date in one sentence, as {@code summary} prints it: what a screen reader reads instead of the map. */
    public javafx.beans.property.ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    private void summarise() {
        summary.set(new org.cstoatlas.words.DateSummary(vm.index(), vm.languageProperty().get()).of(vm.getDate(), vm.alliancesProperty().get()));
    }

    public AtlasViewModel atlas() {
        return vm;
    }

    /**
     * The ticks of the alliances on the map, in the record's order: the CSTO's always, a context
     * alliance's while the map shows it (so the CSTO's timeline alone stays as it was).
     */
    public List<Tick> ticks() {
        List<String> shown = vm.shownAlliances().stream().map(org.cstoatlas.record.Alliance::id).toList();
        return ticks.stream().filter(t -> t.event().alliance().subject() || shown.contains(t.event().alliance().id())).toList();
    }

    /** True for the tick of a context alliance's event: drawn apart from the CSTO's own. */
    public static boolean context(Event e) {
        return !e.alliance().subject();
    }

    /** The events on the date (empty on most days). */
    public ReadOnlyObjectProperty<List<Event>> eventsOfDateProperty() {
        return eventsOfDate.getReadOnlyProperty();
    }

    private void refresh(LocalDate d) {
        List<Event> now = vm.index().eventsBetween(d, d);
        if (!now.equals(eventsOfDate.get())) eventsOfDate.set(now);
        summarise();
    }

    /** Whether the kind filter shows the event's tick. */
    public boolean shown(Event e) {
        return vm.eventShown(e);
    }
}

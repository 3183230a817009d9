package org.cstoatlas.ui.state;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.cstoatlas.record.AllianceRecord;
import org.cstoatlas.record.Country;
import org.cstoatlas.record.Deployment;
import org.cstoatlas.record.Event;
import org.cstoatlas.record.EventKind;
import org.cstoatlas.record.Force;
import org.cstoatlas.record.time.Change;
import org.cstoatlas.record.time.StatusSnapshot;
import org.cstoatlas.record.time.TimeIndex;

/**
 * The atlas's state between the record and the views: the selected date, the selection and what
 * follows from them. Views bind to these properties and call these methods; they hold no logic.
 */
public final class AtlasViewModel {

    /** The timeline starts a little before the treaty was signed, to show the months before. */
    public static final LocalDate FIRST_DAY = LocalDate.of(1992, 1, 1);

    private final TimeIndex index;
    private final LocalDate lastDay;
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");
    private final ReadOnlyObjectWrapper<StatusSnapshot> statuses = new ReadOnlyObjectWrapper<>(this, "statuses");
    private final ObjectProperty<Selection> selection = new SimpleObjectProperty<>(this, "selection");
    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing");
    /** Days of the record per second of play. */
    private final DoubleProperty playSpeed = new SimpleDoubleProperty(this, "playSpeed", 365);
    private double playCarry;
    /** Seconds to rest on each event when playing event by event; 0 plays continuously at {@code playSpeed}. */
    private final DoubleProperty eventPause = new SimpleDoubleProperty(this, "eventPause", 0);
    private final ObservableSet<EventKind> shownKinds = FXCollections.observableSet(EnumSet.allOf(EventKind.class));
    /** A second date to compare with; null when not comparing. */
    private final ObjectProperty<LocalDate> compareDate = new SimpleObjectProperty<>(this, "compareDate");
    /** The look: "light", "dark" or "high-contrast". */
    private final StringProperty theme = new SimpleStringProperty(this, "theme", "light");
    /** Text and symbol size, 1.0 to 2.0 (100 % to 200 %), for projectors. */
    private final DoubleProperty textScale = new SimpleDoubleProperty(this, "textScale", 1.0);
    /** The interface's language: "en" or "ru". */
    private final StringProperty language = new SimpleStringProperty(this, "language", "en");

    public AtlasViewModel(TimeIndex index, LocalDate today) {
        this.index = index;
        this.lastDay = today;
        // Clamp every date set from anywhere, so views can never show a day outside the timeline.
        date.addListener((obs, old, d) -> {
            LocalDate clamped = clamp(d);
            if (!clamped.equals(d)) {
                date.set(clamped);
                return;
            }
            // The snapshot object is shared by all days of a stretch: setting the same one fires nothing,
            // so the map refills only when some status really changes.
            statuses.set(index.statusOn(clamped));
        });
        date.set(today);
    }

    public TimeIndex index() {
        return index;
    }

    public AllianceRecord record() {
        return index.record();
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public LocalDate getDate() {
        return date.get();
    }

    public void setDate(LocalDate d) {
        date.set(d);
    }

    public ReadOnlyObjectProperty<StatusSnapshot> statusesProperty() {
        return statuses.getReadOnlyProperty();
    }

    public ObjectProperty<Selection> selectionProperty() {
        return selection;
    }

    public Selection getSelection() {
        return selection.get();
    }

    public BooleanProperty playingProperty() {
        return playing;
    }

    public DoubleProperty playSpeedProperty() {
        return playSpeed;
    }

    public DoubleProperty eventPauseProperty() {
        return eventPause;
    }

    public ObjectProperty<LocalDate> compareDateProperty() {
        return compareDate;
    }

    /**
     * What changed for each country between the earlier and the later of the date and the compare date
     * (empty when not comparing).
     */
    public List<Change> changes() {
        LocalDate other = compareDate.get();
        if (other == null) return List.of();
        LocalDate from = other.isBefore(getDate()) ? other : getDate();
        LocalDate to = other.isBefore(getDate()) ? getDate() : other;
        return index.changesBetween(from, to);
    }

    public StringProperty themeProperty() {
        return theme;
    }

    public DoubleProperty textScaleProperty() {
        return textScale;
    }

    public StringProperty languageProperty() {
        return language;
    }

    public LocalDate firstDay() {
        return FIRST_DAY;
    }

    public LocalDate lastDay() {
        return lastDay;
    }

    private LocalDate clamp(LocalDate d) {
        if (d == null || d.isAfter(lastDay)) return lastDay;
        return d.isBefore(FIRST_DAY) ? FIRST_DAY : d;
    }

    // ---- stepping: what the keys and buttons do ----

    public void stepDays(long n) {
        setDate(getDate().plusDays(n));
    }

    public void stepMonths(long n) {
        setDate(getDate().plusMonths(n));
    }

    public void stepYears(long n) {
        setDate(getDate().plusYears(n));
    }

    public void goToFirst() {
        setDate(FIRST_DAY);
    }

    public void goToLast() {
        setDate(lastDay);
    }

    /** The kinds of event shown on the timeline and stepped through; all at first. */
    public ObservableSet<EventKind> shownKinds() {
        return shownKinds;
    }

    /**
     * Moves to the next shown event and selects it; false when there is none. From a selected event it
     * steps through the record's order, so events of the same day each get their turn (a presenter's
     * clicker walks them one by one); otherwise it starts from the first event after the date.
     */
    public boolean nextEvent() {
        if (getSelection() instanceof Selection.OfEvent se && se.event().date().first().equals(getDate())) {
            List<Event> all = record().events();
            for (int i = all.indexOf(se.event()) + 1; i < all.size(); i++) {
                if (shownKinds.contains(all.get(i).kind())) return goTo(Optional.of(all.get(i)));
            }
            return false;
        }
        return goTo(index.nextEvent(getDate(), e -> shownKinds.contains(e.kind())));
    }

    /** Moves to the previous shown event and selects it (the mirror of {@link #nextEvent()}). */
    public boolean previousEvent() {
        if (getSelection() instanceof Selection.OfEvent se && se.event().date().first().equals(getDate())) {
            List<Event> all = record().events();
            for (int i = all.indexOf(se.event()) - 1; i >= 0; i--) {
                if (shownKinds.contains(all.get(i).kind())) return goTo(Optional.of(all.get(i)));
            }
            return false;
        }
        return goTo(index.previousEvent(getDate(), e -> shownKinds.contains(e.kind())));
    }

    private boolean goTo(Optional<Event> e) {
        e.ifPresent(this::selectEvent);
        return e.isPresent();
    }

    // ---- selecting ----

    public void selectCountry(Country c) {
        selection.set(c == null ? null : new Selection.OfCountry(c));
    }

    /** Selects an event and moves the date to it. */
    public void selectEvent(Event e) {
        setDate(e.date().first());
        selection.set(new Selection.OfEvent(e));
    }

    /** Selects a deployment and, if it is not under way on the date, moves the date to its start. */
    public void selectDeployment(Deployment d) {
        if (!d.activeOn(getDate())) setDate(d.start().first());
        selection.set(new Selection.OfDeployment(d));
    }

    /** Selects a force and, if it did not exist on the date, moves the date to its creation. */
    public void selectForce(Force f) {
        if (!f.activeOn(getDate())) setDate(f.created().first());
        selection.set(new Selection.OfForce(f));
    }

    public void clearSelection() {
        selection.set(null);
    }

    /** Advances play by the given seconds of wall time; stops at the end. */
    public void advancePlay(double seconds) {
        if (eventPause.get() > 0) {
            // Event by event: rest on each (so a teacher can talk), then go to the next shown one.
            playCarry += seconds;
            if (playCarry < eventPause.get()) return;
            playCarry = 0;
            if (!nextEvent()) playing.set(false);
            return;
        }
        // Keep the fraction of a day between frames, so slow speeds are as smooth as fast ones.
        playCarry += seconds * playSpeed.get();
        long days = (long) Math.floor(playCarry);
        if (days == 0) return;
        playCarry -= days;
        LocalDate next = getDate().plusDays(days);
        if (!next.isBefore(lastDay)) {
            setDate(lastDay);
            playing.set(false);
        } else {
            setDate(next);
        }
    }

    /** Starts play; from the last day it starts over from the first. */
    public void togglePlay() {
        if (!playing.get() && !getDate().isBefore(lastDay)) goToFirst();
        playCarry = 0;
        boolean start = !playing.get();
        playing.set(start);
        // Event by event starts on the next event at once rather than after a first pause.
        if (start && eventPause.get() > 0 && !nextEvent()) playing.set(false);
    }
}

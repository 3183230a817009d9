package org.cstoatlas.ui.model;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.cstoatlas.record.Alliance;
import org.cstoatlas.record.AllianceRecord;
import org.cstoatlas.record.Base;
import org.cstoatlas.record.Country;
import org.cstoatlas.record.Deployment;
import org.cstoatlas.record.Event;
import org.cstoatlas.record.EventKind;
import org.cstoatlas.record.Exercise;
import org.cstoatlas.record.FuzzyDate;
import org.cstoatlas.record.Force;
import org.cstoatlas.record.time.Change;
import org.cstoatlas.record.time.StatusSnapshot;
import org.cstoatlas.record.time.TimeIndex;
import org.cstoatlas.state.AllianceChoice;
import org.cstoatlas.state.AtlasState;
import org.cstoatlas.state.DateSpan;
import org.cstoatlas.record.Language;
import org.cstoatlas.state.MapFrame;
import org.cstoatlas.state.Panes;
import org.cstoatlas.state.PlaySpeed;
import org.cstoatlas.state.SelectionRef;
import org.cstoatlas.state.TextScale;
import org.cstoatlas.state.Theme;

/**
 * The atlas's live state between the record and the views: the date, the selection and what follows
 * from them, the look, the panes. Its one way in and out as a value is {@link #state()} and
 * {@link #apply(AtlasState)}. Views bind to these properties and call these methods; they hold no logic.
 */
public final class AtlasViewModel {

    /** The timeline starts on the record's first day (NATO's treaty of 1949 in the bundled dataset). */
    private final LocalDate firstDay;

    private final TimeIndex index;
    private final LocalDate lastDay;
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");
    private final ReadOnlyObjectWrapper<StatusSnapshot> statuses = new ReadOnlyObjectWrapper<>(this, "statuses");
    /** What the map shows: one alliance, or two compared; {@link #statusesProperty()} is the first's. */
    private final ObjectProperty<AllianceChoice> alliances = new SimpleObjectProperty<>(this, "alliances", AllianceChoice.CSTO);
    /** The second alliance's statuses while two are compared; null otherwise. */
    private final ReadOnlyObjectWrapper<StatusSnapshot> pairedStatuses = new ReadOnlyObjectWrapper<>(this, "pairedStatuses");
    private final ObjectProperty<Selection> selection = new SimpleObjectProperty<>(this, "selection");
    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing");
    private final ObjectProperty<PlaySpeed> playSpeed = new SimpleObjectProperty<>(this, "playSpeed", PlaySpeed.YEAR);
    private double playCarry;
    private final ObservableSet<EventKind> shownKinds = FXCollections.observableSet(EnumSet.allOf(EventKind.class));
    /** A second date to compare with; null when not comparing. */
    private final ObjectProperty<LocalDate> compareDate = new SimpleObjectProperty<>(this, "compareDate");
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    /** Text and symbol size for projectors, within {@link TextScale}'s bounds (kept there whatever is set). */
    private final DoubleProperty textScale = new SimpleDoubleProperty(this, "textScale", TextScale.MIN);
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(this, "language", Language.EN);
    private final BooleanProperty browseShown = new SimpleBooleanProperty(this, "browseShown", true);
    private final BooleanProperty detailShown = new SimpleBooleanProperty(this, "detailShown", true);
    private final BooleanProperty legendShown = new SimpleBooleanProperty(this, "legendShown", true);
    /** Where the map should look; null fits Eurasia. The window moves the map when this is set. */
    private final ObjectProperty<MapFrame> mapFrame = new SimpleObjectProperty<>(this, "mapFrame");
    /** Where the map looks now, as the window reads it off the map (the user pans and zooms there). */
    private Supplier<MapFrame> mapReader = mapFrame::get;
    private final BooleanProperty presenting = new SimpleBooleanProperty(this, "presenting");
    private double scaleBeforePresenting = TextScale.MIN;
    /** The lesson open in the window (empty: none). */
    private final LessonViewModel lesson = new LessonViewModel(this);
    private boolean browseBeforePresenting;
    private boolean detailBeforePresenting;

    public AtlasViewModel(TimeIndex index, LocalDate today) {
        this.index = index;
        this.lastDay = today;
        this.firstDay = index.record().firstDay();
        // Clamp every date set from anywhere, so views can never show a day outside the timeline.
        date.addListener((obs, old, d) -> {
            LocalDate clamped = clamp(d);
            if (!clamped.equals(d)) {
                date.set(clamped);
                return;
            }
            // The snapshot object is shared by all days of a stretch: setting the same one fires nothing,
            // so the map refills only when some status really changes.
            showStatuses(clamped);
        });
        alliances.addListener((obs, old, a) -> {
            if (a == null || record().alliance(a.first()).isEmpty() || (a.paired() && record().alliance(a.second()).isEmpty())) {
                alliances.set(old);
                return;
            }
            showStatuses(getDate());
        });
        date.set(today);
        textScale.addListener((obs, o, n) -> {
            double clamped = TextScale.clamp(n.doubleValue());
            if (clamped != n.doubleValue()) textScale.set(clamped);
        });
        presenting.addListener((obs, o, on) -> present(on));
    }

    /** The statuses of the alliance(s) shown on a day: the second's first, so a listener of the first sees both. */
    private void showStatuses(LocalDate day) {
        AllianceChoice a = alliances.get();
        pairedStatuses.set(a.paired() ? index.forAlliance(a.second()).statusOn(day) : null);
        statuses.set(index.forAlliance(a.first()).statusOn(day));
    }

    // ---- the state as one value ----

    /** Everything that makes this view, as one immutable value. */
    public AtlasState state() {
        Selection s = getSelection();
        return new AtlasState(getDate(), s == null ? null : s.ref(), compareDate.get(),
                shownKinds.isEmpty() ? EnumSet.noneOf(EventKind.class) : EnumSet.copyOf(shownKinds), theme.get(), language.get(),
                presenting.get() ? scaleBeforePresenting : textScale.get(), playSpeed.get(), mapReader.get(),
                new Panes(presenting.get() ? browseBeforePresenting : browseShown.get(),
                        presenting.get() ? detailBeforePresenting : detailShown.get(), legendShown.get()),
                alliances.get());
    }

    /**
     * Shows a state: the one way every saved or carried state comes back (a view file, a lesson stop,
     * the remembered settings, a language or dataset switch, the snapshot). A selection or an alliance
     * the record does not hold is left out and said in the answer (a dataset without it, a view file
     * naming what is not there): the atlas still opens.
     */
    public Optional<String> apply(AtlasState s) {
        setDate(s.date());
        Optional<Selection> found = Selection.find(record(), s.selection());
        selection.set(found.orElse(null));
        compareDate.set(s.compareDate());
        shownKinds.retainAll(s.shownKinds());
        shownKinds.addAll(s.shownKinds());
        theme.set(s.theme());
        language.set(s.language());
        playSpeed.set(s.playSpeed());
        // Set afresh: the map may have moved since (a pan, a quiz) while the property still holds this frame.
        if (s.map() != null) mapFrame.set(null);
        mapFrame.set(s.map());
        if (presenting.get()) {
            // Presenting keeps its own text size and panes; the state's come back when presenting ends.
            scaleBeforePresenting = s.textScale();
            browseBeforePresenting = s.panes().browse();
            detailBeforePresenting = s.panes().detail();
        } else {
            textScale.set(s.textScale());
            browseShown.set(s.panes().browse());
            detailShown.set(s.panes().detail());
        }
        legendShown.set(s.panes().legend());
        AllianceChoice wanted = s.alliances();
        boolean known = record().alliance(wanted.first()).isPresent() && (!wanted.paired() || record().alliance(wanted.second()).isPresent());
        alliances.set(known ? wanted : AllianceChoice.CSTO);
        if (!known) {
            return Optional.of(words().format("apply.noAlliance", record().alliance(wanted.first()).isEmpty() ? wanted.first() : wanted.second()));
        }
        if (s.selection() != null && found.isEmpty()) {
            return Optional.of(words().format("apply.noSelection." + s.selection().kind().id(), s.selection().id()));
        }
        return Optional.empty();
    }

    /** Lets the window say where the map looks now, for {@link #state()}. */
    public void readMapWith(Supplier<MapFrame> reader) {
        mapReader = reader;
    }

    public ObjectProperty<MapFrame> mapFrameProperty() {
        return mapFrame;
    }

    // ---- presenting ----

    /**
     * True while presenting: full screen, both panes away (the map is the picture; the map's ⓘ button
     * brings the detail pane back), text at least {@link TextScale#PRESENTING}.
     */
    public BooleanProperty presentingProperty() {
        return presenting;
    }

    private void present(boolean on) {
        if (on) {
            scaleBeforePresenting = textScale.get();
            browseBeforePresenting = browseShown.get();
            detailBeforePresenting = detailShown.get();
            if (scaleBeforePresenting < TextScale.PRESENTING) textScale.set(TextScale.PRESENTING);
            browseShown.set(false);
            detailShown.set(false);
        } else {
            textScale.set(scaleBeforePresenting);
            browseShown.set(browseBeforePresenting);
            detailShown.set(detailBeforePresenting);
        }
    }

    /** Whether a window this wide leaves the map room beside the browse pane. */
    public static boolean roomForBrowse(double windowWidth) {
        return windowWidth >= 1500;
    }

    public void largerText() {
        textScale.set(TextScale.clamp(textScale.get() + TextScale.STEP));
    }

    public void smallerText() {
        textScale.set(TextScale.clamp(textScale.get() - TextScale.STEP));
    }

    public BooleanProperty browseShownProperty() {
        return browseShown;
    }

    public BooleanProperty detailShownProperty() {
        return detailShown;
    }

    public BooleanProperty legendShownProperty() {
        return legendShown;
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

    /** Moves to a day, unless the date is held (see {@link #holdDate}). */
    public void setDate(LocalDate d) {
        if (!dateHeld.get()) date.set(d);
    }

    /** True while the date is held: a quiz question answered on the map is open, and another day's colours would answer it. */
    private final javafx.beans.property.ReadOnlyBooleanWrapper dateHeld = new javafx.beans.property.ReadOnlyBooleanWrapper(this, "dateHeld");

    public javafx.beans.property.ReadOnlyBooleanProperty dateHeldProperty() {
        return dateHeld.getReadOnlyProperty();
    }

    /** Holds the date where it is (the timeline, the keys and play leave it), or lets it go. */
    public void holdDate(boolean on) {
        dateHeld.set(on);
    }

    /** What the map shows; an id the record does not hold is refused (the choice stays as it was). */
    public ObjectProperty<AllianceChoice> alliancesProperty() {
        return alliances;
    }

    /** The alliance(s) the map shows, first the first. */
    public List<Alliance> shownAlliances() {
        AllianceChoice a = alliances.get();
        Alliance first = record().alliance(a.first()).orElseThrow();
        return a.paired() ? List.of(first, record().alliance(a.second()).orElseThrow()) : List.of(first);
    }

    /** The index of the alliance shown first (the CSTO's own index when it is the CSTO). */
    public TimeIndex shownIndex() {
        return index.forAlliance(alliances.get().first());
    }

    /** The second alliance's statuses on the date while two are compared; null when one is shown. */
    public ReadOnlyObjectProperty<StatusSnapshot> pairedStatusesProperty() {
        return pairedStatuses.getReadOnlyProperty();
    }

    /** The statuses on the date of the alliance shown first. */
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

    public ObjectProperty<PlaySpeed> playSpeedProperty() {
        return playSpeed;
    }

    public ObjectProperty<LocalDate> compareDateProperty() {
        return compareDate;
    }

    /**
     * What changed for each country between the earlier and the later of the date and the compare date
     * (empty when not comparing).
     */
    public List<Change> changes() {
        DateSpan span = comparedSpan();
        return span == null ? List.of() : shownIndex().changesBetween(span.from(), span.to());
    }

    /**
     * What the map shows, side by side: each alliance shown on the date and, while two dates are
     * compared, on both (the earlier first). One side when nothing is compared. The exports' one source.
     */
    public List<org.cstoatlas.record.time.StatusTable.Side> sides() {
        DateSpan span = comparedSpan();
        List<LocalDate> days = span == null ? List.of(getDate()) : List.of(span.from(), span.to());
        List<org.cstoatlas.record.time.StatusTable.Side> out = new java.util.ArrayList<>();
        for (Alliance a : shownAlliances()) {
            for (LocalDate d : days) out.add(new org.cstoatlas.record.time.StatusTable.Side(a.id(), d, index.forAlliance(a.id()).statusOn(d)));
        }
        return out;
    }

    /** The earlier and the later of the date and the compare date; null when not comparing. */
    public DateSpan comparedSpan() {
        LocalDate other = compareDate.get();
        return other == null ? null : DateSpan.of(getDate(), other);
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public DoubleProperty textScaleProperty() {
        return textScale;
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    /** The interface's words in the view's language: what the view models word their texts with. */
    public org.cstoatlas.words.Words words() {
        return org.cstoatlas.words.Words.of(language.get());
    }

    /** When Crimea's annexation makes it disputed territory on the map, as the record dates it; null if it does not. */
    public FuzzyDate crimeaDisputedFrom() {
        return record().crimeaDisputedFrom();
    }

    public LocalDate firstDay() {
        return firstDay;
    }

    public LocalDate lastDay() {
        return lastDay;
    }

    private LocalDate clamp(LocalDate d) {
        if (d == null || d.isAfter(lastDay)) return lastDay;
        return d.isBefore(firstDay) ? firstDay : d;
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
        setDate(firstDay);
    }

    public void goToLast() {
        setDate(lastDay);
    }

    /** The first day on which the alliance's map changes (its first member, observer or border); the timeline's first day for none. */
    public LocalDate firstChange(String allianceId) {
        List<LocalDate> days = index.forAlliance(allianceId).changeDays();
        return days.isEmpty() ? firstDay : days.get(0);
    }

    /**
     * Where playing from the end starts over: the first change of the alliances shown, not the
     * timeline's first day (1949 is 43 years before the CSTO, a minute of nothing at a year a second).
     */
    public LocalDate playStart() {
        AllianceChoice a = alliances.get();
        LocalDate start = firstChange(a.first());
        if (a.paired()) {
            LocalDate second = firstChange(a.second());
            if (second.isBefore(start)) start = second;
        }
        return start;
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
        List<Event> all = steppedEvents();
        int at = selectedEventOnDate(all);
        if (at >= 0) {
            for (int i = at + 1; i < all.size(); i++) {
                if (eventShown(all.get(i))) return goTo(Optional.of(all.get(i)));
            }
            return false;
        }
        return goTo(all.stream().filter(e -> e.date().first().isAfter(getDate()) && eventShown(e)).findFirst());
    }

    /** Where the selection stands among the events when it is one of them on the date; -1 otherwise. */
    private int selectedEventOnDate(List<Event> events) {
        int at = events.stream().map(Selection.OfEvent::new).toList().indexOf(getSelection());
        return at >= 0 && events.get(at).date().first().equals(getDate()) ? at : -1;
    }

    /** Moves to the previous shown event and selects it (the mirror of {@link #nextEvent()}). */
    public boolean previousEvent() {
        List<Event> all = steppedEvents();
        int at = selectedEventOnDate(all);
        if (at >= 0) {
            for (int i = at - 1; i >= 0; i--) {
                if (eventShown(all.get(i))) return goTo(Optional.of(all.get(i)));
            }
            return false;
        }
        Event last = null;
        for (Event e : all) {
            if (!e.date().first().isBefore(getDate())) break;
            if (eventShown(e)) last = e;
        }
        return goTo(Optional.ofNullable(last));
    }

    /** The events stepped through: the CSTO's alone, or every alliance's while a context alliance is on the map. */
    private List<Event> steppedEvents() {
        return alliances.get().equals(AllianceChoice.CSTO) ? record().events() : record().allEvents();
    }

    /**
     * Whether an event is on the timeline and stepped through: its kind is shown, and it is the CSTO's
     * or an alliance's the map shows.
     */
    public boolean eventShown(Event e) {
        if (!shownKinds.contains(e.kind())) return false;
        AllianceChoice a = alliances.get();
        String id = e.alliance().id();
        return e.alliance().subject() || id.equals(a.first()) || id.equals(a.second());
    }

    /**
     * What a presenter's clicker asks (Page Down): the lesson's next stop while presenting with a lesson
     * open, else the next event. False when there is nothing further.
     */
    public boolean next() {
        return presenting.get() && lesson.isOpen() ? lesson.next() : nextEvent();
    }

    /** Page Up: the lesson's previous stop while presenting with a lesson open, else the previous event. */
    public boolean previous() {
        return presenting.get() && lesson.isOpen() ? lesson.previous() : previousEvent();
    }

    public LessonViewModel lesson() {
        return lesson;
    }

    private boolean goTo(Optional<Event> e) {
        e.ifPresent(this::selectEvent);
        return e.isPresent();
    }

    // ---- selecting ----

    /**
     * Selects something, moving the date to where it is there (an event to its day; a deployment, a
     * force, an exercise or a base not there on the date to its first day); null clears the selection.
     */
    public void select(Selection s) {
        if (s != null && !s.dateFor(getDate()).equals(getDate())) setDate(s.dateFor(getDate()));
        selection.set(s);
    }

    public void selectCountry(Country c) {
        select(c == null ? null : new Selection.OfCountry(c));
    }

    /** Selects an event and moves the date to it. */
    public void selectEvent(Event e) {
        select(new Selection.OfEvent(e));
    }

    /** Selects a deployment and, if it is not under way on the date, moves the date to its start. */
    public void selectDeployment(Deployment d) {
        select(new Selection.OfDeployment(d));
    }

    /** Selects a force and, if it did not exist on the date, moves the date to its creation. */
    public void selectForce(Force f) {
        select(new Selection.OfForce(f));
    }

    /** Selects an exercise and, if it is not under way on the date, moves the date to its first day. */
    public void selectExercise(Exercise x) {
        select(new Selection.OfExercise(x));
    }

    /** Selects a base and, if the record does not have it on the date, moves the date to its first day in the record. */
    public void selectBase(Base b) {
        select(new Selection.OfBase(b));
    }

    public void clearSelection() {
        selection.set(null);
    }

    /** Advances play by the given seconds of wall time; stops at the end. */
    public void advancePlay(double seconds) {
        if (playSpeed.get().byEvent()) {
            // Event by event: rest on each (so a teacher can talk), then go to the next shown one.
            playCarry += seconds;
            if (playCarry < playSpeed.get().eventPause()) return;
            playCarry = 0;
            if (!nextEvent()) playing.set(false);
            return;
        }
        // Keep the fraction of a day between frames, so slow speeds are as smooth as fast ones.
        playCarry += seconds * playSpeed.get().daysPerSecond();
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
        if (!playing.get() && !getDate().isBefore(lastDay)) setDate(playStart());
        playCarry = 0;
        boolean start = !playing.get();
        playing.set(start);
        // Event by event starts on the next event at once rather than after a first pause.
        if (start && playSpeed.get().byEvent() && !nextEvent()) playing.set(false);
    }
}

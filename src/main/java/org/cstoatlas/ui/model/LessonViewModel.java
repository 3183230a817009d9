package org.cstoatlas.ui.model;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.cstoatlas.state.Lesson;

/**
 * The lesson open in the window: the teacher adds the atlas as it looks now as a stop, writes its note,
 * reorders and deletes stops; in class, a clicker's Page Down / Page Up walk the stops (see
 * {@link AtlasViewModel#next()}). Going to a stop shows its date, selection, comparison, event kinds and
 * map; the teacher's theme, text size, language and panes stay as they are.
 */
public final class LessonViewModel {

    private final AtlasViewModel atlas;
    private final ObjectProperty<Lesson> lesson = new SimpleObjectProperty<>(this, "lesson", Lesson.empty());
    /** The stop shown last, or -1 before the first. */
    private final ReadOnlyIntegerWrapper current = new ReadOnlyIntegerWrapper(this, "current", -1);
    private final BooleanBinding open = Bindings.createBooleanBinding(() -> !lesson.get().isEmpty(), lesson);
    /** The note shown while presenting, in the window's language where the lesson has it in both. */
    private final StringBinding note;
    /** Where the lesson stands ("Stop 2 of 8  The CSTO in eight dates"), its title in the window's language. */
    private final StringBinding where;
    /** True when the note is shown large beside the map: presenting, with a lesson on one of its stops. */
    private final BooleanBinding noteShown;
    /** Where the stop shown pins its note (null: nowhere); drawn on the map, presenting or not. */
    private final ObjectBinding<Lesson.Pin> pin = Bindings.createObjectBinding(() -> {
        int i = current.get();
        return i >= 0 && i < lesson.get().size() ? lesson.get().stop(i).pin() : null;
    }, lesson, current);

    /** True when the stop shown can be pinned: something with a place is selected. */
    private final BooleanBinding canPin;

    LessonViewModel(AtlasViewModel atlas) {
        this.atlas = atlas;
        note = Bindings.createStringBinding(() -> {
            int i = current.get();
            return i >= 0 && i < lesson.get().size() ? lesson.get().stop(i).note(atlas.languageProperty().get()) : "";
        }, lesson, current, atlas.languageProperty());
        where = Bindings.createStringBinding(() -> atlas.words().format("lesson.stopOf", current.get() + 1, lesson.get().size(),
                lesson.get().title(atlas.languageProperty().get())).strip(), lesson, current, atlas.languageProperty());
        canPin = Bindings.createBooleanBinding(() -> current.get() >= 0 && placeOf(atlas.getSelection()) != null, current, atlas.selectionProperty());
        noteShown = Bindings.createBooleanBinding(() -> atlas.presentingProperty().get() && open.get() && current.get() >= 0,
                atlas.presentingProperty(), open, current);
    }

    public ObjectProperty<Lesson> lessonProperty() {
        return lesson;
    }

    public Lesson lesson() {
        return lesson.get();
    }

    public ReadOnlyIntegerProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    public BooleanBinding openProperty() {
        return open;
    }

    public boolean isOpen() {
        return open.get();
    }

    /** The note of the stop shown ("" when none). */
    public StringBinding noteProperty() {
        return note;
    }

    public StringBinding whereProperty() {
        return where;
    }

    public BooleanBinding noteShownProperty() {
        return noteShown;
    }

    /** Opens a lesson on stop {@code at} (-1: before its first stop, the atlas unchanged). */
    public Optional<String> open(Lesson l, int at) {
        lesson.set(l);
        current.set(-1);
        return at >= 0 && at < l.size() ? go(at) : Optional.empty();
    }

    public void close() {
        lesson.set(Lesson.empty());
        current.set(-1);
    }

    /**
     * Shows stop {@code i} through the atlas's one way in ({@link AtlasViewModel#apply}): the stop's view in
     * the teacher's look (theme, text size, language and panes stay); what it names and the record lacks
     * is said in the answer.
     */
    public Optional<String> go(int i) {
        Lesson.Stop stop = lesson.get().stop(i);
        current.set(i);
        return atlas.apply(stop.state().viewIn(atlas.state()));
    }

    /** The next stop; false at the last. */
    public boolean next() {
        if (current.get() + 1 >= lesson.get().size()) return false;
        go(current.get() + 1);
        return true;
    }

    /** The previous stop; false at the first. */
    public boolean previous() {
        if (current.get() <= 0) return false;
        go(current.get() - 1);
        return true;
    }

    // ---- the teacher's edits ----

    /** Adds the atlas as it looks now as a stop after the current one, and makes it current. */
    public void addCurrent(String noteText) {
        int at = current.get() < 0 ? lesson.get().size() - 1 : current.get();
        lesson.set(lesson.get().adding(new Lesson.Stop(atlas.state(), noteText, null), at));
        current.set(at + 1);
    }

    /** Replaces stop {@code i}'s view with the atlas as it looks now, keeping its note. */
    public void updateFromAtlas(int i) {
        Lesson.Stop s = lesson.get().stop(i);
        lesson.set(lesson.get().replacing(i, new Lesson.Stop(atlas.state(), s.note(), s.pin())));
    }

    public void setNote(int i, String text) {
        String n = text == null ? "" : text.length() > Lesson.MAX_NOTE ? text.substring(0, Lesson.MAX_NOTE) : text;
        if (n.equals(lesson.get().stop(i).note())) return;
        lesson.set(lesson.get().replacing(i, lesson.get().stop(i).withNote(n)));
    }

    /**
     * Pins stop {@code i}'s note to what is selected on the map, where the selection says it stands (a
     * country at its capital, an event at its first country's, a deployment at its target, a force, an
     * exercise or a base where it is). False when nothing with a place is selected (the stop keeps its pin).
     */
    public boolean pinToSelection(int i) {
        Lesson.Pin p = placeOf(atlas.getSelection());
        if (p == null) return false;
        lesson.set(lesson.get().replacing(i, lesson.get().stop(i).withPin(p)));
        return true;
    }

    /** Takes stop {@code i}'s pin away: its note is shown beside the map, pointing nowhere. */
    public void unpin(int i) {
        lesson.set(lesson.get().replacing(i, lesson.get().stop(i).withPin(null)));
    }

    /** Where a selection stands on the map, for a pin; null for none or where the record gives no place. */
    static Lesson.Pin placeOf(Selection s) {
        return s == null ? null : s.where();
    }

    public BooleanBinding canPinProperty() {
        return canPin;
    }

    /**
     * What a pin stands on, in the reader's words where the record names the place (a capital, a
     * deployment's target, a base); null for a place the record does not name.
     */
    public String placeName(Lesson.Pin p, java.util.function.Function<org.cstoatlas.record.Country, String> countryName) {
        for (org.cstoatlas.record.Country c : atlas.record().countries()) {
            if (c.capital() != null && near(p, c.capital().lat(), c.capital().lon())) return countryName.apply(c);
        }
        for (org.cstoatlas.record.Deployment d : atlas.record().deployments()) {
            for (org.cstoatlas.record.Place at : d.places()) if (near(p, at.lat(), at.lon())) return at.name(atlas.languageProperty().get());
        }
        java.util.List<org.cstoatlas.record.Place> places = new java.util.ArrayList<>();
        for (org.cstoatlas.record.Force f : atlas.record().forces()) places.add(f.base());
        for (org.cstoatlas.record.Exercise x : atlas.record().exercises()) places.add(x.place());
        for (org.cstoatlas.record.Base b : atlas.record().bases()) places.add(b.place());
        for (org.cstoatlas.record.Place at : places) {
            if (at != null && near(p, at.lat(), at.lon())) return at.name(atlas.languageProperty().get());
        }
        return null;
    }

    private static boolean near(Lesson.Pin p, double lat, double lon) {
        return Math.abs(p.lat() - lat) < 1e-6 && Math.abs(p.lon() - lon) < 1e-6;
    }

    /** The pin of the stop shown (null: none). */
    public ObjectBinding<Lesson.Pin> pinProperty() {
        return pin;
    }

    /** Moves stop {@code i} by {@code by} places (-1 up, +1 down); the current stop follows it. */
    public void move(int i, int by) {
        int to = i + by;
        if (to < 0 || to >= lesson.get().size()) return;
        int cur = current.get();
        lesson.set(lesson.get().moving(i, to));
        if (cur == i) current.set(to);
        else if (cur == to) current.set(i);
    }

    public void delete(int i) {
        int cur = current.get();
        lesson.set(lesson.get().removing(i));
        // Deleting the stop shown: the one before becomes current, so Page Down goes on to the one after.
        if (cur >= i) current.set(cur - 1);
    }

    public void setTitle(String t) {
        lesson.set(lesson.get().withTitle(t));
    }
}

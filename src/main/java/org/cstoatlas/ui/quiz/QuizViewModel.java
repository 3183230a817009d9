package org.cstoatlas.ui.quiz;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.cstoatlas.record.AllianceRecord;
import org.cstoatlas.record.Citation;
import org.cstoatlas.record.Country;
import org.cstoatlas.record.Evidence;
import org.cstoatlas.record.Quote;
import org.cstoatlas.record.StatusPeriod;
import org.cstoatlas.ui.look.StatusStyle;
import org.cstoatlas.words.Words;
import org.cstoatlas.ui.model.AtlasViewModel;
import org.cstoatlas.ui.model.Selection;

/**
 * The quiz: questions made from the record with a seed (the whole class gets the same quiz); the map
 * takes the answer (a click on a country picks or unpicks it; the year question is answered on the
 * timeline); answering marks right and wrong, shows the evidence and keeps the score. While a
 * click question is open the map shows the first day of the timeline, when no one was a member yet, so
 * its colours do not give the answer away; once answered it shows the day that proves it.
 */
public final class QuizViewModel {

    /** What answering a question found: right or not, the countries picked rightly, wrongly, missed, and the evidence. */
    public record Marked(boolean right, Set<Country> rightPicks, Set<Country> wrongPicks, Set<Country> missed,
                         Integer yearGiven, List<String> evidence) {
    }

    private final AtlasViewModel atlas;
    /** The atlas as it was when the quiz began (its date, selection, comparison and map): ending the quiz brings it back. */
    private org.cstoatlas.state.AtlasState before;
    private final Questions questions;
    private final List<Question> quiz = new ArrayList<>();
    private final ReadOnlyObjectWrapper<Question> question = new ReadOnlyObjectWrapper<>(this, "question");
    private final ReadOnlyIntegerWrapper number = new ReadOnlyIntegerWrapper(this, "number");
    private final ReadOnlyIntegerWrapper score = new ReadOnlyIntegerWrapper(this, "score");
    private final ReadOnlyObjectWrapper<Marked> marked = new ReadOnlyObjectWrapper<>(this, "marked");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ObservableSet<Country> picked = FXCollections.observableSet(new LinkedHashSet<>());

    public QuizViewModel(AtlasViewModel atlas) {
        this.atlas = atlas;
        this.questions = new Questions(atlas.index());
        // The map takes the answer: a click on a country picks it (or takes it back) instead of selecting it.
        atlas.selectionProperty().addListener((obs, o, s) -> {
            if (s instanceof Selection.OfCountry c && clicking()) {
                pick(c.country());
                atlas.clearSelection();
            }
        });
    }

    /** Starts a quiz of up to {@code count} questions on {@code [from, to]}; the answer is how many could be made. */
    public int start(LocalDate from, LocalDate to, int count, long seed) {
        if (!running.get()) before = atlas.state();
        quiz.clear();
        quiz.addAll(questions.make(from, to, count, seed));
        score.set(0);
        running.set(!quiz.isEmpty());
        show(0);
        return quiz.size();
    }

    /**
     * Takes over another window's quiz where it stands: a language switch builds a new window on the same
     * record, and the class goes on with the same question, picks and score (the evidence now in this
     * window's language). A quiz on another record is not taken over.
     */
    public void resume(QuizViewModel from) {
        if (!from.running.get() || from.record() != record()) return;
        quiz.clear();
        quiz.addAll(from.quiz);
        score.set(from.score.get());
        number.set(from.number.get());
        question.set(from.question.get());
        picked.clear();
        picked.addAll(from.picked);
        Marked m = from.marked.get();
        marked.set(m == null ? null : new Marked(m.right(), m.rightPicks(), m.wrongPicks(), m.missed(), m.yearGiven(), evidence(question.get())));
        running.set(true);
        before = from.before;
        atlas.holdDate(clicking());
    }

    /** Ends the quiz; the atlas comes back as it was before it (the quiz had moved the date and the map to its questions). */
    public void stop() {
        atlas.holdDate(false);
        running.set(false);
        question.set(null);
        marked.set(null);
        picked.clear();
        // What the quiz moved comes back; what the class changed meanwhile (text size, theme, language, panes) stays.
        if (before != null) {
            atlas.apply(atlas.state().withDate(before.date()).withSelection(before.selection()).withCompareDate(before.compareDate())
                    .withMap(before.map()).withAlliances(before.alliances()));
        }
        before = null;
    }

    private void show(int i) {
        atlas.holdDate(false);
        number.set(i);
        marked.set(null);
        picked.clear();
        Question q = i < quiz.size() ? quiz.get(i) : null;
        question.set(q);
        if (q == null) {
            running.set(false);
            return;
        }
        atlas.clearSelection();
        atlas.compareDateProperty().set(null);
        if (q instanceof Question.JoinYear) atlas.goToLast();
        else atlas.setDate(beforeAnyMember());
        // A question answered on the map keeps its day (before anyone was a member) until it is answered:
        // moving the timeline would colour the answer in.
        atlas.holdDate(clicking());
    }

    /**
     * The day the map shows while a question answered on it is open: the eve of the CSTO's first change,
     * when no one was a member yet, on the borders of that day (the timeline's first day, 1949, would show
     * the Soviet Union, whose republics are the answers).
     */
    private LocalDate beforeAnyMember() {
        return atlas.firstChange(org.cstoatlas.state.AllianceChoice.SUBJECT).minusDays(1);
    }

    /** True while a question answered by clicking countries waits for its answer. */
    public boolean clicking() {
        return running.get() && marked.get() == null && !(question.get() instanceof Question.JoinYear) && question.get() != null;
    }

    /** Picks a country, or takes it back if picked. */
    public void pick(Country c) {
        if (!clicking()) return;
        if (!picked.remove(c)) picked.add(c);
    }

    /** Marks the answer given (the countries picked, or the year on the timeline) and adds to the score if right. */
    public Marked answer() {
        Question q = question.get();
        if (q == null || marked.get() != null) return marked.get();
        Marked m;
        if (q instanceof Question.JoinYear j) {
            int given = atlas.getDate().getYear();
            m = new Marked(given == j.year(), Set.of(), Set.of(), Set.of(), given, evidence(q));
        } else {
            Set<Country> answer = q instanceof Question.Members mm ? mm.answer() : ((Question.Left) q).answer();
            Set<Country> rightPicks = new LinkedHashSet<>(), wrongPicks = new LinkedHashSet<>(), missed = new LinkedHashSet<>();
            for (Country c : picked) (answer.contains(c) ? rightPicks : wrongPicks).add(c);
            answer.stream().filter(c -> !picked.contains(c)).sorted(Comparator.comparing(Country::name)).forEach(missed::add);
            m = new Marked(wrongPicks.isEmpty() && missed.isEmpty(), Set.copyOf(rightPicks), Set.copyOf(wrongPicks), missed, null, evidence(q));
        }
        if (m.right()) score.set(score.get() + 1);
        marked.set(m);
        // Now the map may show the answer: the day that proves it.
        atlas.holdDate(false);
        atlas.setDate(q.shownAfter());
        return m;
    }

    /** The next question; false after the last (the quiz is over, the score stays). */
    public boolean next() {
        if (!running.get()) return false;
        show(number.get() + 1);
        return running.get();
    }

    /**
     * For each period proving the answer, in the window's language: the country, what it was from when
     * to when, and its first evidence ("Узбекистан: Участник Договора…, с 15 мая 1992 по 20 апреля 1999 — «…»").
     */
    List<String> evidence(Question q) {
        Words w = atlas.words();
        List<String> out = new ArrayList<>();
        for (StatusPeriod p : q.proof()) {
            String what = StatusStyle.phrase(p, w);
            StringBuilder s = new StringBuilder(p.end() == null
                    ? w.format("quiz.evidence.since", w.name(p.country()), what, w.dateAfterPreposition(p.start()))
                    : w.format("quiz.evidence.span", w.name(p.country()), what, w.dateAfterPreposition(p.start()), w.dateAfterPreposition(p.end())));
            if (!p.evidence().isEmpty()) s.append(" — ").append(said(p.evidence().get(0), w));
            out.add(s.toString());
        }
        return out;
    }

    /** A quote in the reader's quotation marks with its source's title; a reference's summary with its title. */
    private static String said(Evidence e, Words w) {
        if (e instanceof Quote q) return w.format("quiz.evidence.quote", shortened(q.text()), q.source().title());
        Citation c = (Citation) e;
        return w.format("quiz.evidence.reference", shortened(c.says(w.language())), c.reference().title());
    }

    /** At most about a line and a half of a quote: the full one is a click away in the detail pane. */
    private static String shortened(String s) {
        return s.length() <= 120 ? s : s.substring(0, s.lastIndexOf(' ', 118) > 60 ? s.lastIndexOf(' ', 118) : 118) + " …";
    }

    public ReadOnlyObjectProperty<Question> questionProperty() {
        return question.getReadOnlyProperty();
    }

    /** The question's number, from 0. */
    public ReadOnlyIntegerProperty numberProperty() {
        return number.getReadOnlyProperty();
    }

    public int size() {
        return quiz.size();
    }

    public List<Question> questions() {
        return List.copyOf(quiz);
    }

    public ReadOnlyIntegerProperty scoreProperty() {
        return score.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Marked> markedProperty() {
        return marked.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ObservableSet<Country> picked() {
        return picked;
    }

    /**
     * How the map outlines the question's countries now: what is picked while the question is open;
     * once answered, what was picked rightly, picked wrongly and missed. Empty without a question or for
     * a question answered on the timeline.
     */
    public java.util.Map<Country, org.cstoatlas.ui.model.Outline> outlines() {
        java.util.Map<Country, org.cstoatlas.ui.model.Outline> out = new java.util.LinkedHashMap<>();
        Marked m = marked.get();
        if (question.get() == null) return out;
        if (m == null) {
            picked.forEach(c -> out.put(c, org.cstoatlas.ui.model.Outline.PICKED));
            return out;
        }
        m.rightPicks().forEach(c -> out.put(c, org.cstoatlas.ui.model.Outline.RIGHT));
        m.wrongPicks().forEach(c -> out.put(c, org.cstoatlas.ui.model.Outline.WRONG));
        m.missed().forEach(c -> out.put(c, org.cstoatlas.ui.model.Outline.MISSED));
        return out;
    }

    /** Hands the map the outlines by country code, now and whenever a pick, an answer or the question changes them. */
    public void outlinesTo(java.util.function.Consumer<java.util.Map<String, org.cstoatlas.ui.model.Outline>> map) {
        Runnable send = () -> {
            java.util.Map<String, org.cstoatlas.ui.model.Outline> byIso = new java.util.HashMap<>();
            outlines().forEach((c, o) -> byIso.put(c.iso(), o));
            map.accept(byIso);
        };
        picked.addListener((javafx.collections.SetChangeListener<Country>) c -> send.run());
        marked.addListener((obs, o, m) -> send.run());
        question.addListener((obs, o, q) -> send.run());
        running.addListener((obs, o, on) -> send.run());
    }

    public AllianceRecord record() {
        return atlas.record();
    }
}

package org.cstoatlas.ui.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cstoatlas.Bundled;
import org.cstoatlas.record.Country;
import org.cstoatlas.record.Status;
import org.cstoatlas.record.StatusPeriod;
import org.cstoatlas.record.time.TimeIndex;
import org.cstoatlas.ui.model.AtlasViewModel;
import org.cstoatlas.ui.model.Selection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The quiz's logic, without a toolkit: the same seed, the same quiz; right and wrong scored; only settled facts asked. */
class QuizViewModelTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final LocalDate FROM = LocalDate.of(1992, 1, 1);
    static TimeIndex index;
    AtlasViewModel atlas;
    QuizViewModel quiz;

    @BeforeAll
    static void load() {
        index = new TimeIndex(Bundled.loadDataset().record());
    }

    @BeforeEach
    void open() {
        atlas = new AtlasViewModel(index, TODAY);
        quiz = new QuizViewModel(atlas);
    }

    @Test
    void theSameSeedMakesTheSameQuizAndAnotherSeedAnother() {
        List<Question> a = new Questions(index).make(FROM, TODAY, 8, 42);
        assertEquals(8, a.size());
        assertEquals(a, new Questions(index).make(FROM, TODAY, 8, 42));
        assertFalse(a.equals(new Questions(index).make(FROM, TODAY, 8, 43)));
        // The kinds take their turns; "who left" only where the record holds an undisputed departure with
        // exact days (since the audit, each departure of the CSTO's record is disputed or known to the month).
        assertTrue(a.stream().anyMatch(q -> q instanceof Question.Members));
        assertTrue(a.stream().anyMatch(q -> q instanceof Question.JoinYear));
    }

    @Test
    void noQuestionRestsOnADisputedOrUncertainFact() {
        Questions make = new Questions(index);
        for (long seed = 0; seed < 40; seed++) {
            for (Question q : make.make(FROM, TODAY, 10, seed)) {
                for (StatusPeriod p : q.proof()) {
                    assertFalse(p.start().uncertain() || (p.end() != null && p.end().uncertain()), q + " rests on an uncertain date");
                    assertTrue(index.record().disagreementsAbout(org.cstoatlas.record.Disagreement.Kind.PERIOD, p.id()).isEmpty(), q + " rests on a disputed period");
                    assertTrue(index.record().disagreementsAbout(org.cstoatlas.record.Disagreement.Kind.COUNTRY, p.country().iso()).isEmpty(), q + " rests on a disputed country");
                }
                if (q instanceof Question.Members m) {
                    // Every status on the day is settled, and the answer is exactly the day's members.
                    assertTrue(index.statusOn(m.date()).all().stream().noneMatch(s -> s.uncertain()), q.toString());
                    assertEquals(index.statusOn(m.date()).all().stream().filter(s -> s.status() == Status.MEMBER).map(s -> s.country()).collect(java.util.stream.Collectors.toSet()), m.answer());
                }
            }
        }
        // The record's disputed facts exist, so the filter has something to leave out.
        assertFalse(index.record().disagreements().isEmpty());
        long disputedPeriods = index.record().periods().stream().filter(p -> !make.settled(p)).count();
        assertTrue(disputedPeriods > 0);
    }

    private Question.Members firstMembersQuestion() {
        for (int i = 0; i < quiz.size(); i++) {
            if (quiz.questionProperty().get() instanceof Question.Members m) return m;
            quiz.answer();
            quiz.next();
        }
        throw new AssertionError("no members question");
    }

    @Test
    void clickingEveryMemberIsRightAndScored() {
        quiz.start(FROM, TODAY, 6, 7);
        Question.Members q = firstMembersQuestion();
        int before = quiz.scoreProperty().get();
        assertEquals(atlas.firstDay(), atlas.getDate(), "the map gives nothing away while the question is open");
        // The map takes the answer: a click selects, the quiz picks it and the selection goes.
        for (Country c : q.answer()) atlas.selectCountry(c);
        assertNull(atlas.getSelection());
        assertEquals(q.answer(), Set.copyOf(quiz.picked()));
        QuizViewModel.Marked m = quiz.answer();
        assertTrue(m.right());
        assertEquals(before + 1, quiz.scoreProperty().get());
        assertEquals(q.answer().size(), m.evidence().size(), "one line of evidence per member");
        assertEquals(q.date(), atlas.getDate(), "then the map shows the day that proves it");
        // Answering twice does not score twice.
        quiz.answer();
        assertEquals(before + 1, quiz.scoreProperty().get());
    }

    @Test
    void aWrongOrMissingPickIsWrongAndNotScored() {
        quiz.start(FROM, TODAY, 6, 7);
        Question.Members q = firstMembersQuestion();
        int before = quiz.scoreProperty().get();
        Country missed = q.answer().iterator().next();
        Country wrong = index.record().countries().stream().filter(c -> !q.answer().contains(c)).findFirst().orElseThrow();
        q.answer().stream().filter(c -> c != missed).forEach(atlas::selectCountry);
        atlas.selectCountry(wrong);
        atlas.selectCountry(wrong);
        atlas.selectCountry(wrong); // picked, taken back, picked again
        QuizViewModel.Marked m = quiz.answer();
        assertFalse(m.right());
        assertEquals(Set.of(wrong), m.wrongPicks());
        assertEquals(Set.of(missed), m.missed());
        assertEquals(before, quiz.scoreProperty().get());
    }

    @Test
    void theYearIsAnsweredOnTheTimeline() {
        quiz.start(FROM, TODAY, 9, 11);
        Question.JoinYear q = null;
        for (int i = 0; i < quiz.size() && q == null; i++) {
            if (quiz.questionProperty().get() instanceof Question.JoinYear j) q = j;
            else {
                quiz.answer();
                quiz.next();
            }
        }
        assertTrue(q != null);
        // A click on the map does not pick for a year question: it selects as usual.
        atlas.selectCountry(q.country());
        assertTrue(atlas.getSelection() instanceof Selection.OfCountry);
        int before = quiz.scoreProperty().get();
        atlas.setDate(LocalDate.of(q.year() == 2000 ? 2001 : 2000, 6, 1));
        assertFalse(quiz.answer().right());
        assertEquals(before, quiz.scoreProperty().get());
        quiz.next();
        // The same question again, answered right this time (a new quiz with the same seed).
        quiz.start(FROM, TODAY, 9, 11);
        while (!(quiz.questionProperty().get() instanceof Question.JoinYear)) {
            quiz.answer();
            quiz.next();
        }
        int s = quiz.scoreProperty().get();
        atlas.setDate(LocalDate.of(q.year(), 12, 31));
        assertTrue(quiz.answer().right());
        assertEquals(s + 1, quiz.scoreProperty().get());
    }

    @Test
    void afterTheLastQuestionTheQuizIsOverAndTheScoreStays() {
        int n = quiz.start(FROM, TODAY, 3, 5);
        assertEquals(3, n);
        for (int i = 0; i < n; i++) {
            quiz.answer();
            assertEquals(i < n - 1, quiz.next());
        }
        assertFalse(quiz.runningProperty().get());
        assertNull(quiz.questionProperty().get());
    }
}

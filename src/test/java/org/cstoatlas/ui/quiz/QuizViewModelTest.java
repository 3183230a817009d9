package org.cstoatlas.ui.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
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
import org.junit.jupiter.api.io.TempDir;

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
    }

    @Test
    void everyKindOfQuestionArisesFromTheBundledRecord() {
        List<Question> a = new Questions(index).make(FROM, TODAY, 9, 42);
        assertTrue(a.stream().anyMatch(q -> q instanceof Question.Members), a.toString());
        assertTrue(a.stream().anyMatch(q -> q instanceof Question.JoinYear), a.toString());
        // Every departure of the CSTO's record is disputed or known only roughly; the ones whose every
        // account falls inside the question's dates still make a question.
        assertTrue(a.stream().anyMatch(q -> q instanceof Question.Left), a.toString());
        Question.Left uzbekistan = new Questions(index).leftBetween(LocalDate.of(2005, 1, 1), LocalDate.of(2015, 12, 31));
        assertEquals(Set.of("UZB"), isos(uzbekistan.answer()), "left between 2005 and 2015: Uzbekistan, in 2012 by every account");
        // Georgia joined in 1993 by every version (9 September, 9 December, "1993"), though the day is disputed.
        Country georgia = country("GEO");
        assertEquals(1993, new Questions(index).joinYear(georgia, FROM, TODAY).year());
    }

    @Test
    void noQuestionRestsOnWhatTheRecordDoesNotSettle() {
        Questions make = new Questions(index);
        int left = 0, years = 0;
        for (long seed = 0; seed < 40; seed++) {
            for (Question q : make.make(FROM, TODAY, 10, seed)) {
                if (q instanceof Question.Members m) {
                    // Every change of status lies on one side of the day in every account, and the answer is the day's members.
                    for (StatusPeriod p : index.record().periods()) {
                        for (LocalDate[] days : accounts(p, true)) assertTrue(days[1].isBefore(m.date().plusDays(1)) || days[0].isAfter(m.date()), m.date() + " straddles " + p.id());
                        if (p.end() != null) for (LocalDate[] days : accounts(p, false)) assertTrue(days[1].isBefore(m.date().plusDays(1)) || days[0].isAfter(m.date()), m.date() + " straddles " + p.id());
                    }
                    assertEquals(index.statusOn(m.date()).all().stream().filter(s -> s.status() == Status.MEMBER).map(s -> s.country()).collect(java.util.stream.Collectors.toSet()), m.answer());
                }
                if (q instanceof Question.Left l) {
                    left++;
                    // Each departure lies between the dates in every account or in none; the answer is those inside.
                    Set<Country> inside = new java.util.HashSet<>();
                    String asked = "left between " + l.from() + " and " + l.to();
                    for (StatusPeriod p : index.record().periods()) {
                        if (p.status() != Status.MEMBER || p.end() == null || index.statusOf(p.country(), p.end().first()).status() == Status.MEMBER) continue;
                        List<LocalDate[]> accounts = accounts(p, false);
                        long in = accounts.stream().filter(days -> !days[0].isBefore(l.from()) && !days[1].isAfter(l.to())).count();
                        assertTrue(in == 0 || in == accounts.size(), asked + ": " + p.id() + " is inside by some accounts only");
                        if (in == 0) assertTrue(accounts.stream().allMatch(days -> days[1].isBefore(l.from()) || days[0].isAfter(l.to())), asked + ": " + p.id() + " straddles");
                        else inside.add(p.country());
                    }
                    assertEquals(inside, l.answer(), asked);
                }
                if (q instanceof Question.JoinYear j) {
                    years++;
                    for (LocalDate[] days : accounts(j.proof().get(0), true)) {
                        assertEquals(j.year(), days[0].getYear(), j.country().iso());
                        assertEquals(j.year(), days[1].getYear(), j.country().iso());
                    }
                }
            }
        }
        assertTrue(left > 0 && years > 0, "both kinds were checked");
        // The record's disputed and uncertain facts exist, so the rule has something to leave out:
        // Belarus joined in 1992 by one version and in 1993 by another.
        assertNull(make.joinYear(country("BLR"), FROM, TODAY));
        assertNull(make.leftBetween(LocalDate.of(2012, 9, 1), LocalDate.of(2016, 1, 1)), "Uzbekistan's suspension: June or December 2012");
    }

    /** Every account of when a period began (or ended): the record's days, then each version's, as [first, last]. */
    private static List<LocalDate[]> accounts(StatusPeriod p, boolean start) {
        List<LocalDate[]> out = new java.util.ArrayList<>();
        org.cstoatlas.record.FuzzyDate own = start ? p.start() : p.end();
        int slack = own.approximate() ? 7 : 0;
        out.add(new LocalDate[] {own.first().minusDays(slack), own.last().plusDays(slack)});
        for (var d : index.record().disagreementsAbout(org.cstoatlas.record.Disagreement.Kind.PERIOD, p.id())) {
            for (var v : d.versions()) {
                var date = start ? v.start() : v.end();
                if (date != null) out.add(new LocalDate[] {date.first(), date.last()});
            }
        }
        return out;
    }

    @Test
    void aDisputedDateAcrossTheQuestionsDatesMakesNoQuestion(@TempDir Path dir) throws Exception {
        // The minimal record, with Uzbekistan's suspension dated June 2012 by one version and December by another.
        org.cstoatlas.TestDatasets.copy(org.cstoatlas.TestDatasets.folder("minimal"), dir);
        Files.writeString(dir.resolve("disagreements.json"), """
                {"disagreements": [
                  {"id": "uzb-when", "topic": "When was Uzbekistan suspended?", "subject": {"kind": "period", "id": "uzb-suspended"},
                   "versions": [
                     {"says": "June 2012", "start": "2012-06-28", "evidence": [{"source": "tiny", "quote": "Uzbekistan left the “alliance” in 2012"}]},
                     {"says": "December 2012", "start": "2012-12-19", "evidence": [{"reference": "ref-a", "says": "Uzbekistan suspended its membership."}]}
                   ],
                   "shown": "June 2012", "why": "the note"}
                ]}
                """);
        var loaded = org.cstoatlas.TestDatasets.loader().load(dir);
        assertTrue(loaded.ok(), loaded.problems().toString());
        TimeIndex straddled = new TimeIndex(loaded.record());
        Questions make = new Questions(straddled);
        // Between 2010 and 2015: out in every account; from September 2012: in by one account, out by the other.
        assertEquals(Set.of("UZB"), isos(make.leftBetween(LocalDate.of(2010, 1, 1), LocalDate.of(2015, 1, 1)).answer()));
        assertNull(make.leftBetween(LocalDate.of(2012, 9, 1), LocalDate.of(2015, 1, 1)));
        assertNull(make.leftBetween(LocalDate.of(2008, 1, 1), LocalDate.of(2012, 8, 1)));
        // On 1 October 2012 Uzbekistan is a member by one account and suspended by the other: no members question that day.
        assertNull(make.membersOn(LocalDate.of(2012, 10, 1)));
        assertEquals(Set.of("RUS", "KAZ"), isos(make.membersOn(LocalDate.of(2013, 1, 1)).answer()));
        for (long seed = 0; seed < 30; seed++) {
            for (Question q : make.make(LocalDate.of(1992, 1, 1), LocalDate.of(2020, 1, 1), 6, seed)) {
                if (q instanceof Question.Left l) assertTrue(l.from().isAfter(LocalDate.of(2012, 12, 19)) || l.to().isBefore(LocalDate.of(2012, 6, 28))
                        || (!l.from().isAfter(LocalDate.of(2012, 6, 28)) && !l.to().isBefore(LocalDate.of(2012, 12, 19))), q.toString());
                if (q instanceof Question.Members m) assertFalse(m.date().isAfter(LocalDate.of(2012, 6, 27)) && m.date().isBefore(LocalDate.of(2012, 12, 19)), q.toString());
            }
        }
        // The same versions without dates settle nothing about Uzbekistan's suspension: no question on its day.
        TimeIndex undated = new TimeIndex(org.cstoatlas.TestDatasets.minimal());
        assertNull(new Questions(undated).leftBetween(LocalDate.of(2010, 1, 1), LocalDate.of(2015, 1, 1)));
    }

    private static Set<String> isos(Set<Country> cs) {
        return cs.stream().map(Country::iso).collect(java.util.stream.Collectors.toSet());
    }

    private static Country country(String iso) {
        return index.record().countries().stream().filter(c -> c.iso().equals(iso)).findFirst().orElseThrow();
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
        // The map gives nothing away while the question is open: no one is a member on the day it shows,
        // and it is a day of today's countries (the Soviet Union had ended), so each answer can be clicked.
        assertEquals(0, atlas.statusesProperty().get().count(org.cstoatlas.record.Status.MEMBER), "no member on " + atlas.getDate());
        for (Country c : q.answer()) {
            assertTrue(atlas.record().allCountries().stream().filter(x -> x.iso().equals("SUN")).allMatch(sun -> sun.ended() != null
                    && atlas.getDate().isAfter(sun.ended().last())), c.iso() + " is drawn on its own on " + atlas.getDate());
        }
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
    void theMapOutlinesWhatIsPickedThenRightWrongAndMissed() {
        quiz.start(FROM, TODAY, 6, 7);
        Question.Members q = firstMembersQuestion();
        assertTrue(quiz.outlines().isEmpty(), "nothing picked yet");
        Country missed = q.answer().iterator().next();
        Country right = q.answer().stream().filter(c -> c != missed).findFirst().orElseThrow();
        Country wrong = index.record().countries().stream().filter(c -> !q.answer().contains(c)).findFirst().orElseThrow();
        atlas.selectCountry(right);
        atlas.selectCountry(wrong);
        assertEquals(java.util.Map.of(right, org.cstoatlas.ui.model.Outline.PICKED, wrong, org.cstoatlas.ui.model.Outline.PICKED), quiz.outlines());
        quiz.answer();
        var after = quiz.outlines();
        assertEquals(org.cstoatlas.ui.model.Outline.RIGHT, after.get(right));
        assertEquals(org.cstoatlas.ui.model.Outline.WRONG, after.get(wrong));
        assertEquals(org.cstoatlas.ui.model.Outline.MISSED, after.get(missed));
        quiz.next();
        assertFalse(quiz.outlines().containsValue(org.cstoatlas.ui.model.Outline.RIGHT), "the next question starts with no marks");
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

    /** Ending a quiz brings the atlas back as it was before it: the questions had moved the date, the selection and the comparison. */
    @Test
    void endingAQuizBringsBackTheDateTheSelectionAndTheComparison() {
        LocalDate day = LocalDate.of(2013, 6, 1), other = LocalDate.of(2001, 1, 1);
        atlas.setDate(day);
        atlas.selectCountry(index.record().country("KAZ").orElseThrow());
        atlas.compareDateProperty().set(other);
        atlas.textScaleProperty().set(1.0);
        quiz.start(FROM, TODAY, 3, 5);
        assertNull(atlas.getSelection(), "a question clears the selection");
        atlas.textScaleProperty().set(1.5); // the teacher makes the text larger meanwhile
        quiz.stop();
        assertEquals(day, atlas.getDate());
        assertEquals("KAZ", atlas.state().selection().id());
        assertEquals(other, atlas.compareDateProperty().get());
        assertEquals(1.5, atlas.textScaleProperty().get(), "what the class changed meanwhile stays");
    }

    @Test
    void whileAMapQuestionIsOpenTheTimelineCannotColourTheAnswerIn() {
        assertTrue(quiz.start(FROM, TODAY, 8, 7) > 0);
        while (!(quiz.questionProperty().get() instanceof Question.Members)) assertTrue(quiz.next(), "a members question in the quiz");
        LocalDate asked = atlas.getDate();
        atlas.stepYears(20);
        atlas.goToLast();
        atlas.setDate(((Question.Members) quiz.questionProperty().get()).date());
        assertEquals(asked, atlas.getDate(), "the keys, the slider and play leave the date where the question holds it");
        assertTrue(atlas.dateHeldProperty().get());
        quiz.answer();
        assertFalse(atlas.dateHeldProperty().get(), "answered: the timeline is free again");
        assertEquals(quiz.questionProperty().get().shownAfter(), atlas.getDate(), "and the map shows the day that proves the answer");
        atlas.stepDays(1);
        assertEquals(quiz.questionProperty().get().shownAfter().plusDays(1), atlas.getDate());
        quiz.stop();
        assertFalse(atlas.dateHeldProperty().get());
    }
}

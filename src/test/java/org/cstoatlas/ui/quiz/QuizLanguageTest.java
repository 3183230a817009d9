package org.cstoatlas.ui.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.cstoatlas.Bundled;
import org.cstoatlas.record.Country;
import org.cstoatlas.record.Language;
import org.cstoatlas.record.time.TimeIndex;
import org.cstoatlas.ui.model.AtlasViewModel;
import org.junit.jupiter.api.Test;

/** The quiz speaks the window's language, and goes on where it stood when the language is switched. */
class QuizLanguageTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void aQuizSurvivesALanguageSwitchAndItsEvidenceIsThenRussian() {
        TimeIndex index = new TimeIndex(Bundled.loadDataset().record());
        AtlasViewModel english = new AtlasViewModel(index, TODAY);
        QuizViewModel quiz = new QuizViewModel(english);
        assertTrue(quiz.start(LocalDate.of(1992, 1, 1), LocalDate.of(2024, 1, 1), 5, 7) > 0);
        while (quiz.questionProperty().get() instanceof Question.JoinYear) assertTrue(quiz.next(), "a question answered on the map");
        Question asked = quiz.questionProperty().get();
        Country some = index.record().countries().get(0);
        quiz.pick(some);
        quiz.answer();
        String englishEvidence = String.join("\n", quiz.markedProperty().get().evidence());
        assertFalse(englishEvidence.isBlank());
        assertFalse(englishEvidence.matches("(?s).*[А-Яа-яЁё]{3}.*"), "English evidence has no Russian words: " + englishEvidence);

        // The language switch: a new window's view model with the same state in Russian, the quiz taken over.
        AtlasViewModel russian = new AtlasViewModel(index, TODAY);
        russian.apply(english.state().withLanguage(Language.RU));
        QuizViewModel resumed = new QuizViewModel(russian);
        resumed.resume(quiz);
        assertTrue(resumed.runningProperty().get(), "the quiz goes on");
        assertEquals(asked, resumed.questionProperty().get(), "on the same question");
        assertEquals(quiz.numberProperty().get(), resumed.numberProperty().get());
        assertEquals(quiz.scoreProperty().get(), resumed.scoreProperty().get());
        assertEquals(quiz.picked(), resumed.picked(), "with the same picks");
        QuizViewModel.Marked m = resumed.markedProperty().get();
        assertNotNull(m, "still answered");
        for (String line : m.evidence()) {
            // The reader's words are Russian; a quote and its source's title stay as written, between the dashes.
            String ours = line.contains(" — ") ? line.substring(0, line.indexOf(" — ")) : line;
            assertFalse(ours.matches("(?s).*\\b(member|since|Member|Treaty|former|suspended|observer)\\b.*"), "English in: " + line);
            assertTrue(ours.matches("(?s).*[А-Яа-яЁё]{3}.*"), "Russian words in: " + line);
        }

        // A period proved first by a reference: what the reference is cited for is said in Russian too.
        var cited = index.record().periods().stream()
                .filter(p -> !p.evidence().isEmpty() && p.evidence().get(0) instanceof org.cstoatlas.record.Citation).findFirst().orElseThrow();
        String says = ((org.cstoatlas.record.Citation) cited.evidence().get(0)).says();
        String line = String.join("\n", resumed.evidence(new Question.JoinYear(cited.country(), cited.start().first().getYear(), java.util.List.of(cited))));
        assertFalse(line.contains(says.substring(0, Math.min(40, says.length()))), "a reference's English summary in: " + line);
        assertTrue(line.substring(line.indexOf(" — ")).matches("(?s).*[А-Яа-яЁё]{4,}.*"), line);
    }
}

package org.cstoatlas.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.cstoatlas.Bundled;
import org.cstoatlas.record.time.TimeIndex;
import org.cstoatlas.state.Theme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A lesson in the window: stops added, noted, moved and deleted; Page Down walks them only while presenting. */
class LessonViewModelTest {

    static TimeIndex index;
    AtlasViewModel vm;
    LessonViewModel lesson;

    @BeforeAll
    static void load() {
        index = new TimeIndex(Bundled.loadDataset().record());
    }

    @BeforeEach
    void open() {
        vm = new AtlasViewModel(index, LocalDate.of(2026, 11, 23));
        lesson = vm.lesson();
        for (int year : new int[] {1993, 2003, 2013}) {
            vm.setDate(LocalDate.of(year, 6, 1));
            lesson.addCurrent("Note " + year);
        }
    }

    @Test
    void stopsAreAddedAfterTheCurrentOneNotedMovedAndDeleted() {
        assertEquals(3, lesson.lesson().size());
        assertEquals(2, lesson.currentProperty().get());
        lesson.go(0);
        vm.setDate(LocalDate.of(1999, 4, 2));
        lesson.addCurrent("");
        assertEquals(LocalDate.of(1999, 4, 2), lesson.lesson().stop(1).state().date(), "added after the stop shown");
        lesson.setNote(1, "The treaty is renewed");
        assertEquals("The treaty is renewed", lesson.noteProperty().get());
        lesson.move(1, +1);
        assertEquals(2, lesson.currentProperty().get(), "the current stop follows its move");
        assertEquals("Note 2003", lesson.lesson().stop(1).note());
        lesson.delete(2);
        assertEquals(3, lesson.lesson().size());
        assertEquals(1, lesson.currentProperty().get());
    }

    @Test
    void pageDownWalksTheStopsWhilePresentingAndEventsOtherwise() {
        vm.setDate(LocalDate.of(1995, 1, 1));
        vm.next();
        assertTrue(vm.getSelection() instanceof Selection.OfEvent, "not presenting: the next event");
        vm.themeProperty().set(Theme.DARK);
        vm.presentingProperty().set(true);
        lesson.open(lesson.lesson(), -1);
        assertFalse(lesson.noteShownProperty().get(), "before the first stop there is no note");
        assertTrue(vm.next());
        assertEquals(LocalDate.of(1993, 6, 1), vm.getDate());
        assertEquals("Note 1993", lesson.noteProperty().get());
        assertTrue(lesson.noteShownProperty().get());
        assertTrue(vm.next());
        assertTrue(vm.next());
        assertEquals(LocalDate.of(2013, 6, 1), vm.getDate());
        assertFalse(vm.next(), "the last stop");
        assertTrue(vm.previous());
        assertEquals(LocalDate.of(2003, 6, 1), vm.getDate());
        assertEquals(Theme.DARK, vm.themeProperty().get(), "the teacher's look stays");
        assertTrue(vm.textScaleProperty().get() >= org.cstoatlas.state.TextScale.PRESENTING, "presenting keeps its text size");
        lesson.close();
        vm.next();
        assertTrue(vm.getSelection() instanceof Selection.OfEvent, "with the lesson closed: events again");
    }

    /** The stop's place in the lesson and the lesson's title follow the window's language (the Russian window showed the English title). */
    @Test
    void whereTheLessonStandsIsSaidInTheWindowsLanguage() {
        var stops = lesson.lesson().stops();
        lesson.open(new org.cstoatlas.state.Lesson("The CSTO in three dates", stops, "ОДКБ в трёх датах"), 1);
        assertEquals("Stop 2 of 3   The CSTO in three dates", lesson.whereProperty().get());
        vm.languageProperty().set(org.cstoatlas.record.Language.RU);
        assertEquals("Остановка 2 из 3   ОДКБ в трёх датах", lesson.whereProperty().get());
        lesson.go(2);
        assertEquals("Остановка 3 из 3   ОДКБ в трёх датах", lesson.whereProperty().get());
    }

    @Test
    void aStopPinsTheNoteToABaseOrAnExerciseToo() {
        lesson.go(0);
        var base = index.record().bases().get(0);
        vm.selectBase(base);
        assertTrue(lesson.pinToSelection(0), "a base has a place");
        assertEquals(base.place().lat(), lesson.lesson().stop(0).pin().lat(), 1e-9);
        var exercise = index.record().exercises().get(0);
        vm.selectExercise(exercise);
        assertTrue(lesson.pinToSelection(0), "an exercise has a place");
        assertEquals(exercise.place().lon(), lesson.lesson().stop(0).pin().lon(), 1e-9);
        assertEquals(exercise.place().name(org.cstoatlas.record.Language.EN), lesson.placeName(lesson.lesson().stop(0).pin(), c -> c.name()),
                "the editor names the exercise's ground");
    }

    /** A lesson written in both languages is presented in the window's; one language stays as it is. */
    @Test
    void theNoteShownFollowsTheWindowsLanguage() {
        org.cstoatlas.state.AtlasState base = vm.state();
        org.cstoatlas.state.Lesson both = new org.cstoatlas.state.Lesson("t", java.util.List.of(
                new org.cstoatlas.state.Lesson.Stop(base, "Signed in Tashkent.", null, "Подписан в Ташкенте."),
                new org.cstoatlas.state.Lesson.Stop(base, "English only.", null)));
        lesson.open(both, 0);
        vm.languageProperty().set(org.cstoatlas.record.Language.RU);
        assertEquals("Подписан в Ташкенте.", lesson.noteProperty().get());
        vm.languageProperty().set(org.cstoatlas.record.Language.EN);
        assertEquals("Signed in Tashkent.", lesson.noteProperty().get());
        lesson.open(both, 1);
        vm.languageProperty().set(org.cstoatlas.record.Language.RU);
        assertEquals("English only.", lesson.noteProperty().get());
    }
}

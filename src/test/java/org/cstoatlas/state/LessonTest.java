package org.cstoatlas.state;

import org.cstoatlas.record.Language;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lesson files: several stops round-trip; an old view file opens as one stop; a wrong one says where. */
class LessonTest {

    static final AtlasState BASE = AtlasState.initial(LocalDate.of(2026, 1, 1), Language.EN);

    static Lesson threeStops() {
        AtlasState a = BASE.withDate(LocalDate.of(1992, 5, 15));
        AtlasState b = BASE.withDate(LocalDate.of(2008, 6, 1)).withSelection(new SelectionRef(SelectionRef.Kind.COUNTRY, "UZB"))
                .withMap(new MapFrame(4, 41, 64));
        AtlasState c = BASE.withDate(LocalDate.of(2022, 1, 7)).withCompareDate(LocalDate.of(2021, 1, 1));
        return new Lesson("The CSTO in three steps", List.of(new Lesson.Stop(a, "The treaty is signed in Tashkent.", null),
                new Lesson.Stop(b, "Uzbekistan is back.\nWhy?", new Lesson.Pin(41.3, 69.2)),
                new Lesson.Stop(c, "", null)));
    }

    @Test
    void aLessonOfSeveralStopsRoundTripsThroughItsFile(@TempDir Path dir) throws Exception {
        Lesson lesson = threeStops();
        Files.writeString(dir.resolve("l.json"), lesson.toJson());
        assertEquals(lesson, Lesson.read(dir.resolve("l.json"), BASE));
        // The reader's own language stays: a lesson does not carry it.
        assertEquals(Language.RU, Lesson.read(dir.resolve("l.json"), BASE.withLanguage(Language.RU)).stop(1).state().language());
    }

    /** A lesson written in both languages reads each note and the title in the reader's language; one language stays as it is. */
    @Test
    void aNoteInBothLanguagesReadsInTheReadersLanguage(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("two.cstolesson"), """
                {"title": "The treaty", "titleRu": "Договор",
                 "stops": [{"date": "1992-05-15", "note": "Signed in Tashkent.", "noteRu": "Подписан в Ташкенте."},
                           {"date": "1994-04-20", "note": "In force."}]}
                """);
        Lesson l = Lesson.read(dir.resolve("two.cstolesson"), BASE);
        assertEquals("Signed in Tashkent.", l.stop(0).note(Language.EN));
        assertEquals("Подписан в Ташкенте.", l.stop(0).note(Language.RU));
        assertEquals("In force.", l.stop(1).note(Language.RU));
        assertEquals("Договор", l.title(Language.RU));
        assertEquals("The treaty", l.title(Language.EN));
        // Both survive saving, and an edit of the note leaves the other language's as it was.
        Files.writeString(dir.resolve("again.cstolesson"), l.toJson());
        assertEquals(l, Lesson.read(dir.resolve("again.cstolesson"), BASE));
        assertEquals("Подписан в Ташкенте.", l.stop(0).withNote("Signed.").note(Language.RU));
    }

    @Test
    void anOldViewFileOpensAsALessonOfOneStop(@TempDir Path dir) throws Exception {
        AtlasState s = BASE.withDate(LocalDate.of(2013, 6, 1)).withSelection(new SelectionRef(SelectionRef.Kind.COUNTRY, "KAZ"));
        Files.writeString(dir.resolve("v.json"), SavedView.of(s).toJson());
        Lesson l = Lesson.read(dir.resolve("v.json"), BASE);
        assertEquals(1, l.size());
        assertEquals(s, l.stop(0).state());
        assertEquals("", l.stop(0).note());
    }

    @Test
    void editsKeepTheOtherStopsInOrder() {
        Lesson l = threeStops();
        assertEquals(List.of(l.stop(1), l.stop(0), l.stop(2)), l.moving(1, 0).stops());
        assertEquals(List.of(l.stop(0), l.stop(2)), l.removing(1).stops());
        Lesson.Stop d = new Lesson.Stop(BASE, "new", null);
        assertEquals(List.of(l.stop(0), d, l.stop(1), l.stop(2)), l.adding(d, 0).stops());
        assertEquals(d, l.adding(d, -1).stop(0));
        assertEquals(d, l.adding(d, 99).stop(3));
    }

    @Test
    void aWrongLessonSaysFileLineAndField() {
        assertEquals("l.json:3:10: stops[2].note: must be text in quotes", assertThrows(SavedView.Unreadable.class,
                () -> Lesson.parse("l.json", "{\"stops\": [\n{\"date\": \"2008-06-01\"},\n{\"note\": 5}]}", BASE)).getMessage());
        assertEquals("l.json:1:21: date: '2008-02-30' is not a date (expected YYYY-MM-DD)", assertThrows(SavedView.Unreadable.class,
                () -> Lesson.parse("l.json", "{\"stops\": [{\"date\": \"2008-02-30\"}]}", BASE)).getMessage());
        assertEquals("l.json: a lesson keeps its views in its stops, not beside them", assertThrows(SavedView.Unreadable.class,
                () -> Lesson.parse("l.json", "{\"date\": \"2008-06-01\", \"stops\": []}", BASE)).getMessage());
        assertEquals("l.json:1:28: stops[1].pin.lat: must be from -85 to 85, not 99", assertThrows(SavedView.Unreadable.class,
                () -> Lesson.parse("l.json", "{\"stops\": [{\"pin\": {\"lat\": 99, \"lon\": 0}}]}", BASE)).getMessage());
    }
}

package org.cstoatlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cstoatlas.record.AllianceRecord;
import org.cstoatlas.record.Event;
import org.cstoatlas.record.EventKind;
import org.cstoatlas.record.Language;
import org.cstoatlas.record.Precision;
import org.cstoatlas.state.AtlasState;
import org.cstoatlas.state.Lesson;
import org.cstoatlas.state.SelectionRef;
import org.junit.jupiter.api.Test;

/**
 * The ready lessons read as lessons, in both languages, and say only what the record holds: every
 * stop's date is the day of one of its events, a stop's country is one that event names, and every date
 * written in a note is the day of an event of the record.
 */
class BundledLessonsTest {

    static final Pattern DAY = Pattern.compile("(\\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \\d{4})");

    @Test
    void theCstoInEightDatesGoesFromTheTreatyToTheLastYearsInBothLanguages() throws Exception {
        AllianceRecord record = Bundled.loadDataset().record();
        List<Path> lessons = Bundled.lessons();
        assertTrue(lessons.stream().anyMatch(p -> p.getFileName().toString().equals("csto-in-eight-dates.cstolesson")), lessons.toString());
        Set<LocalDate> eventDays = record.events().stream().filter(e -> e.date().precision() == Precision.DAY)
                .map(e -> e.date().first()).collect(Collectors.toSet());
        for (Path file : lessons) {
            Lesson lesson = Lesson.read(file, AtlasState.initial(LocalDate.now(), Language.EN));
            assertFalse(lesson.isEmpty(), file.toString());
            assertNotEquals(lesson.title(Language.EN), lesson.title(Language.RU), "a title in each language: " + file);
            for (int i = 0; i < lesson.size(); i++) {
                Lesson.Stop stop = lesson.stop(i);
                String where = file.getFileName() + " stop " + (i + 1);
                assertFalse(stop.note(Language.EN).isBlank(), where);
                assertNotEquals(stop.note(Language.EN), stop.note(Language.RU), "a note in each language: " + where);
                LocalDate day = stop.state().date();
                List<Event> that = record.events().stream().filter(e -> e.date().first().equals(day)).toList();
                assertFalse(that.isEmpty(), where + ": no event of the record on " + day);
                SelectionRef sel = stop.state().selection();
                if (sel != null) {
                    assertTrue(that.stream().anyMatch(e -> e.countries().stream().anyMatch(c -> c.iso().equals(sel.id()))),
                            where + ": " + sel.id() + " is not named by an event of " + day);
                }
                Matcher m = DAY.matcher(stop.note(Language.EN));
                while (m.find()) {
                    LocalDate said = LocalDate.parse(m.group(1), DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH));
                    assertTrue(eventDays.contains(said), where + " says " + m.group(1) + ", a day of no event of the record");
                }
            }
        }
        Lesson eight = Lesson.read(Bundled.assets().resolve("lessons/csto-in-eight-dates.cstolesson"), AtlasState.initial(LocalDate.now(), Language.EN));
        assertEquals(8, eight.size(), "eight dates");
        LocalDate first = eight.stop(0).state().date();
        assertTrue(record.events().stream().anyMatch(e -> e.kind() == EventKind.TREATY && e.date().first().equals(first)
                && e.date().first().equals(record.events().stream().map(x -> x.date().first()).min(LocalDate::compareTo).orElseThrow())),
                "it opens on the record's first event, the treaty");
    }
}

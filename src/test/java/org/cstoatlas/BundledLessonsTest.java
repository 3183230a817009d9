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
        // Every alliance's events and boundaries: a lesson may walk the Warsaw Pact's years too.
        Set<LocalDate> eventDays = record.allEvents().stream().filter(e -> e.date().precision() == Precision.DAY)
                .map(e -> e.date().first()).collect(Collectors.toSet());
        Set<LocalDate> recordDays = new java.util.HashSet<>(eventDays);
        // And the days borders changed (the Soviet Union's end, Germany's unification).
        recordDays.addAll(org.cstoatlas.record.time.Borders.changes(record.allCountries()));
        // And the days of the references a note names ("Los Angeles Times, ... (25 September 1990)").
        for (org.cstoatlas.record.Reference r : record.references()) {
            if (r.date() != null && r.date().matches("\\d{4}-\\d{2}-\\d{2}")) recordDays.add(LocalDate.parse(r.date()));
        }
        for (org.cstoatlas.record.StatusPeriod p : record.allPeriods()) {
            if (p.start().precision() == Precision.DAY) recordDays.add(p.start().first());
            if (p.end() != null && p.end().precision() == Precision.DAY) recordDays.add(p.end().first());
        }
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
                List<Event> that = record.allEvents().stream().filter(e -> e.date().first().equals(day)).toList();
                SelectionRef sel = stop.state().selection();
                // A stop stands on an event's day, or shows the world between events and selects nothing.
                assertTrue(!that.isEmpty() || sel == null, where + ": selects " + sel + " on " + day + ", the day of no event of the record");
                if (sel != null) {
                    // A selected event is that day's; a selected country is one that day's events name.
                    assertTrue(that.stream().anyMatch(e -> sel.kind() == SelectionRef.Kind.EVENT ? e.id().equals(sel.id())
                                    : e.countries().stream().anyMatch(c -> c.iso().equals(sel.id()))),
                            where + ": " + sel.id() + " is not named by an event of " + day);
                }
                Matcher m = DAY.matcher(stop.note(Language.EN));
                while (m.find()) {
                    LocalDate said = LocalDate.parse(m.group(1), DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH));
                    assertTrue(recordDays.contains(said), where + " says " + m.group(1) + ", a day of no event or boundary of the record");
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

package org.cstoatlas.share;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cstoatlas.record.AllianceRecord;
import org.cstoatlas.record.Country;
import org.cstoatlas.record.Event;
import org.cstoatlas.record.Evidence;
import org.cstoatlas.record.FuzzyDate;
import org.cstoatlas.record.Language;
import org.cstoatlas.record.Precision;
import org.cstoatlas.record.Quote;
import org.cstoatlas.record.time.StatusAt;
import org.cstoatlas.record.time.TimeIndex;
import org.cstoatlas.state.Lesson;
import org.cstoatlas.state.SelectionRef;

/**
 * A lesson as the handout and the slides print it: per stop its date, the note in the language, the
 * picture of the map (from the off-screen snapshot of the stop) and the quotes behind what the stop
 * shows: those of the events of its day and of the selected country's status on it. A source is named
 * by its title, outlet, author and date, never by its file.
 */
public record PrintedLesson(String title, Language language, List<Stop> stops) {

    /** The most quotes a stop prints: a page, not an archive (the web page has them all). */
    static final int MAX_QUOTES = 4;

    public record Cited(String quote, String source) {
    }

    public record Stop(int number, String when, String note, Path picture, List<Cited> quotes) {
    }

    /** The lesson's stops with their pictures ({@code pictures.get(i)} the i-th stop's). */
    public static PrintedLesson of(Lesson lesson, TimeIndex index, Language language, List<Path> pictures) {
        AllianceRecord record = index.record();
        List<Stop> stops = new ArrayList<>();
        for (int i = 0; i < lesson.size(); i++) {
            Lesson.Stop s = lesson.stop(i);
            LocalDate day = s.state().date();
            List<Evidence> evidence = new ArrayList<>();
            for (Event e : record.events()) {
                if (e.date().precision() == Precision.DAY && e.date().first().equals(day)) evidence.addAll(e.evidence());
            }
            SelectionRef sel = s.state().selection();
            if (sel != null && sel.kind() == SelectionRef.Kind.COUNTRY) {
                Country c = record.country(sel.id()).orElse(null);
                StatusAt at = c == null ? null : index.statusOf(c, day);
                if (at != null && at.period() != null) evidence.addAll(at.period().evidence());
            }
            List<Cited> quotes = new ArrayList<>();
            for (Quote q : AllianceRecord.distinctQuotes(evidence)) {
                if (quotes.size() == MAX_QUOTES) break;
                quotes.add(new Cited(q.text(), q.source().citation(language)));
            }
            stops.add(new Stop(i + 1, WebAtlas.date(FuzzyDate.of(day), language), s.note(language), i < pictures.size() ? pictures.get(i) : null, quotes));
        }
        return new PrintedLesson(lesson.title(language), language, stops);
    }

    /** The page's words in the language, from the window's bundle. */
    String word(String key) {
        return WebAtlas.words(language).getOrDefault(key, key);
    }
}

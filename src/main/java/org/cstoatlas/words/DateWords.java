package org.cstoatlas.words;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.cstoatlas.record.FuzzyDate;
import org.cstoatlas.record.Language;

/**
 * How the atlas writes a date in a language given to it (the window's {@code Formats} speaks its own
 * language through these): "1 June 2008", "1 июня 2008" with the month in the genitive.
 */
public final class DateWords {

    private DateWords() {
    }

    /** "1 June 2008", "1 июня 2008". */
    public static String day(LocalDate d, Language language) {
        return DateTimeFormatter.ofPattern("d MMMM uuuu", language.locale()).format(d);
    }

    /**
     * A date as the record knows it, without its "about": "15 May 1992", "June 2012", "2013". A month
     * alone takes the standalone form in a heading ("июнь 2012") and the genitive after a preposition
     * or "около" ("с июня 2012").
     */
    public static String body(FuzzyDate date, boolean genitive, Language language) {
        return switch (date.precision()) {
            case DAY -> day(date.first(), language);
            case MONTH -> DateTimeFormatter.ofPattern(genitive ? "MMMM uuuu" : "LLLL uuuu", language.locale()).format(date.first());
            case YEAR -> Integer.toString(date.first().getYear());
        };
    }
}

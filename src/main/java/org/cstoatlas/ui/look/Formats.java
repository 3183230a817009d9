package org.cstoatlas.ui.look;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.cstoatlas.record.FuzzyDate;
import org.cstoatlas.record.Size;
import org.cstoatlas.words.DateWords;

/** How the window writes dates and numbers, in the interface's language. */
public final class Formats {

    private Formats() {
    }

    /** "1 June 2008", "1 июня 2008" (the month in the genitive). */
    public static String day(LocalDate d) {
        return DateWords.day(d, Texts.language());
    }

    /** "18 October", "18 октября": a day whose year is plain from what it belongs to. */
    public static String dayOfMonth(LocalDate d) {
        return DateTimeFormatter.ofPattern("d MMMM", Texts.locale()).format(d);
    }

    /** A date as the record knows it: "15 May 1992", "June 2012", "2013", "about 9 January 2022"; in Russian "15 мая 1992", "июнь 2012". */
    public static String date(FuzzyDate date) {
        return date(date, false);
    }

    /**
     * A date after "from" or "to" ("С {0}", "по {0}"): as {@link #date}, but a month alone takes the
     * genitive in Russian ("с октября 2003", not "с октябрь 2003").
     */
    public static String dateAfterPreposition(FuzzyDate date) {
        return date(date, true);
    }

    private static String date(FuzzyDate date, boolean afterPreposition) {
        // A month alone: the standalone form in a heading ("июнь 2012"), the genitive after a
        // preposition, "около" ("about") included ("с июня 2012", "около июня 2012").
        String body = DateWords.body(date, afterPreposition || date.approximate(), Texts.language());
        return date.approximate() ? Texts.format("date.about", body) : body;
    }

    /** "2,500" or "2 500". */
    public static String number(long n) {
        return NumberFormat.getIntegerInstance(Texts.locale()).format(n);
    }

    /** "about 2,500 personnel": the unit is the dataset's word, in the interface's words where the bundle has it. */
    public static String size(Size s) {
        String text = number(s.value()) + " " + unit(s.unit());
        return s.approximate() ? Texts.format("date.about", text) : text;
    }

    /** A unit the dataset names ("personnel", "vehicles") in the interface's language; another as the dataset gives it. */
    public static String unit(String unit) {
        String key = "unit." + unit;
        return Texts.has(key) ? Texts.get(key) : unit;
    }

    /** "≈2,500": a size as short as a map symbol needs. */
    public static String compact(Size s) {
        return (s.approximate() ? "≈" : "") + number(s.value());
    }
}

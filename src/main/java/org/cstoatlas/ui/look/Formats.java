package org.cstoatlas.ui.look;

import org.cstoatlas.words.Words;
import java.time.LocalDate;
import org.cstoatlas.record.FuzzyDate;
import org.cstoatlas.record.Size;

/** How the window being built writes dates and numbers: {@link Words}' forms in its language (see {@link Texts}). */
public final class Formats {

    private Formats() {
    }

    /** See {@link Words#day}. */
    public static String day(LocalDate d) {
        return Texts.words().day(d);
    }

    /** See {@link Words#dayOfMonth}. */
    public static String dayOfMonth(LocalDate d) {
        return Texts.words().dayOfMonth(d);
    }

    /** See {@link Words#date}. */
    public static String date(FuzzyDate date) {
        return Texts.words().date(date);
    }

    /** See {@link Words#dateAfterPreposition}. */
    public static String dateAfterPreposition(FuzzyDate date) {
        return Texts.words().dateAfterPreposition(date);
    }

    /** See {@link Words#number}. */
    public static String number(long n) {
        return Texts.words().number(n);
    }

    /** See {@link Words#size}. */
    public static String size(Size s) {
        return Texts.words().size(s);
    }

    /** See {@link Words#unit}. */
    public static String unit(String unit) {
        return Texts.words().unit(unit);
    }

    /** See {@link Words#compact}. */
    public static String compact(Size s) {
        return Texts.words().compact(s);
    }
}

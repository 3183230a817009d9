package org.cstoatlas.record;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as the record knows it: "1992-05-15", "2012-06" or "2013", optionally "~" approximate.
 * A month or a year is never silently a day: {@link #first()} and {@link #last()} bound it, and
 * {@link #uncertain()} says the exact day is not known.
 */
public record FuzzyDate(LocalDate first, Precision precision, boolean approximate) implements Comparable<FuzzyDate>, java.io.Serializable {

    private static final Pattern FORM = Pattern.compile("(~)?(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public FuzzyDate {
        if (first == null || precision == null) throw new IllegalArgumentException("date and precision are required");
    }

    public static FuzzyDate of(LocalDate day) {
        return new FuzzyDate(day, Precision.DAY, false);
    }

    /**
     * Reads the dataset's form of a date.
     *
     * @throws IllegalArgumentException with a message a user can act on
     */
    public static FuzzyDate parse(String text) {
        Matcher m = text == null ? null : FORM.matcher(text);
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD, optionally with a leading ~)");
        }
        boolean approximate = m.group(1) != null;
        int year = Integer.parseInt(m.group(2));
        try {
            if (m.group(3) == null) return new FuzzyDate(LocalDate.of(year, 1, 1), Precision.YEAR, approximate);
            int month = Integer.parseInt(m.group(3));
            if (m.group(4) == null) return new FuzzyDate(LocalDate.of(year, month, 1), Precision.MONTH, approximate);
            return new FuzzyDate(LocalDate.of(year, month, Integer.parseInt(m.group(4))), Precision.DAY, approximate);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a calendar date");
        }
    }

    /** The last day the date may stand for. */
    public LocalDate last() {
        return switch (precision) {
            case DAY -> first;
            case MONTH -> YearMonth.from(first).atEndOfMonth();
            case YEAR -> first.withDayOfYear(first.lengthOfYear());
        };
    }

    /** True when the exact day is not known: a month, a year, or an approximate day. */
    public boolean uncertain() {
        return approximate || precision != Precision.DAY;
    }

    /** True when the day lies within the span this date may stand for. */
    public boolean spans(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last());
    }

    /** The dataset's own form, e.g. "~2022-01-09" or "2013". */
    public String iso() {
        String body = switch (precision) {
            case DAY -> first.toString();
            case MONTH -> first.toString().substring(0, 7);
            case YEAR -> String.format("%04d", first.getYear());
        };
        return approximate ? "~" + body : body;
    }

    /** A reader's form, e.g. "15 May 1992", "June 2012", "2013", "about 9 January 2022". */
    public String display() {
        String body = switch (precision) {
            case DAY -> first.getDayOfMonth() + " " + first.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + first.getYear();
            case MONTH -> first.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + first.getYear();
            case YEAR -> Integer.toString(first.getYear());
        };
        return approximate ? "about " + body : body;
    }

    @Override
    public int compareTo(FuzzyDate other) {
        int c = first.compareTo(other.first);
        return c != 0 ? c : last().compareTo(other.last());
    }

    @Override
    public String toString() {
        return iso();
    }
}

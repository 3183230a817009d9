package org.cstoatlas.words;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.cstoatlas.record.Alliance;
import org.cstoatlas.record.Country;
import org.cstoatlas.record.FuzzyDate;
import org.cstoatlas.record.Language;
import org.cstoatlas.record.Size;

/**
 * The interface's words in one language, from {@code texts.properties} and {@code texts_ru.properties},
 * with the dates and numbers written as that language writes them. A view model is handed the words of
 * its language (its input, like the date), so two languages can stand side by side and nothing depends
 * on what another window chose. Dataset text (quotes, titles, notes) comes from the record in the
 * language asked; country names too, since the dataset has both.
 */
public final class Words {

    public static final String BUNDLE = "org.cstoatlas.ui.texts";

    private static final Map<Language, Words> EACH = new EnumMap<>(Language.class);

    private final Language language;
    private final ResourceBundle bundle;

    private Words(Language language) {
        this.language = language;
        // Never falling back to the machine's locale: an English window stays English.
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The words of a language (one object per language, made when first asked). */
    public static Words of(Language language) {
        synchronized (EACH) {
            return EACH.computeIfAbsent(language, Words::new);
        }
    }

    public Language language() {
        return language;
    }

    public boolean russian() {
        return language == Language.RU;
    }

    public Locale locale() {
        return language.locale();
    }

    /** The text of a key. */
    public String get(String key) {
        return bundle.getString(key);
    }

    /** Whether there is a text for the key (for words the dataset brings, such as units). */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /**
     * The text of a key with {@code {0}}, {@code {1}}, ... replaced by the arguments as they are (no
     * MessageFormat: an apostrophe is just an apostrophe, and numbers come formatted).
     */
    public String format(String key, Object... args) {
        String text = get(key);
        for (int i = 0; i < args.length; i++) text = text.replace("{" + i + "}", String.valueOf(args[i]));
        return text;
    }

    /** A country's name. */
    public String name(Country c) {
        return c.name(language);
    }

    /** An alliance's short name: "NATO", "НАТО". */
    public String shortName(Alliance a) {
        return russian() ? a.shortNameRu() : a.shortName();
    }

    /** An alliance's full name. */
    public String fullName(Alliance a) {
        return russian() ? a.nameRu() : a.name();
    }

    /**
     * Why a view or lesson file was not opened, in these words: where (the file, its line and column),
     * the field, and what is wrong with the values it names ("{@code view.cstoview, строка 3, столбец 11,
     * поле «zoom»: должно быть числом}"). The command line prints the exception's own message.
     */
    public String unreadable(org.cstoatlas.state.SavedView.Unreadable e) {
        String where = e.line() > 0 ? format("unreadable.at", e.file(), e.line(), e.column()) : e.file();
        String what = format("unreadable." + e.why().id(), e.values().toArray());
        return e.field().isEmpty() ? format("unreadable.said", where, what) : format("unreadable.fieldSaid", where, e.field(), what);
    }

    // ---- dates and numbers ----

    /** "1 June 2008", "1 июня 2008" (the month in the genitive). */
    public String day(LocalDate d) {
        return DateWords.day(d, language);
    }

    /** "18 October", "18 октября": a day whose year is plain from what it belongs to. */
    public String dayOfMonth(LocalDate d) {
        return DateTimeFormatter.ofPattern("d MMMM", locale()).format(d);
    }

    /** A date as the record knows it: "15 May 1992", "June 2012", "2013", "about 9 January 2022"; in Russian "15 мая 1992", "июнь 2012". */
    public String date(FuzzyDate date) {
        return date(date, false);
    }

    /**
     * A date after "from" or "to" ("С {0}", "по {0}"): as {@link #date}, but a month alone takes the
     * genitive in Russian ("с октября 2003", not "с октябрь 2003").
     */
    public String dateAfterPreposition(FuzzyDate date) {
        return date(date, true);
    }

    private String date(FuzzyDate date, boolean afterPreposition) {
        // A month alone: the standalone form in a heading ("июнь 2012"), the genitive after a
        // preposition, "около" ("about") included ("с июня 2012", "около июня 2012").
        String body = DateWords.body(date, afterPreposition || date.approximate(), language);
        return date.approximate() ? format("date.about", body) : body;
    }

    /** "2,500" or "2 500". */
    public String number(long n) {
        return NumberFormat.getIntegerInstance(locale()).format(n);
    }

    /** "about 2,500 personnel": the unit is the dataset's word, in these words where the bundle has it. */
    public String size(Size s) {
        String text = number(s.value()) + " " + unit(s.unit());
        return s.approximate() ? format("date.about", text) : text;
    }

    /** A unit the dataset names ("personnel", "vehicles") in this language; another as the dataset gives it. */
    public String unit(String unit) {
        String key = "unit." + unit;
        return has(key) ? get(key) : unit;
    }

    /** "≈2,500": a size as short as a map symbol needs. */
    public String compact(Size s) {
        return (s.approximate() ? "≈" : "") + number(s.value());
    }
}

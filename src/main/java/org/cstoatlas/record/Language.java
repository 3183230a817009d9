package org.cstoatlas.record;

import java.util.Locale;

/**
 * A language of the atlas: the interface's, and the one the record's own words are shown in (English
 * always, Russian where the dataset gives it). Quotes and references are never translated: they stay as
 * their sources wrote them. The id ("en", "ru") is how settings, view files and the command line spell it.
 */
public enum Language implements Word {
    EN("English"), RU("Русский");

    private final String ownName;

    Language(String ownName) {
        this.ownName = ownName;
    }

    /** The language named in itself, as a language menu lists it. */
    public String ownName() {
        return ownName;
    }

    public Locale locale() {
        return Locale.forLanguageTag(id());
    }

    /** The language the system asks for: Russian where its language is Russian, else English. */
    public static Language ofSystem() {
        return "ru".equals(Locale.getDefault().getLanguage()) ? RU : EN;
    }

    /** The language of an interface tag ("ru", "en"); anything but Russian reads English. */
    public static Language of(String tag) {
        return "ru".equalsIgnoreCase(tag) ? RU : EN;
    }

    /**
     * The language an id names, strictly (settings, view files, the command line).
     *
     * @throws IllegalArgumentException naming the languages there are
     */
    public static Language parse(String id) {
        return Word.parse(Language.class, id, "a language");
    }

    /** The Russian text in Russian when there is one, else the English: nothing shows empty. */
    public String pick(String english, String russian) {
        return this == RU && russian != null ? russian : english;
    }
}

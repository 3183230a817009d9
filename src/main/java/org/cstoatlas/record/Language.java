package org.cstoatlas.record;

/**
 * A language the record's own words are written in: English always, Russian where the dataset gives
 * it. Quotes and references are never translated: they stay as their sources wrote them.
 */
public enum Language implements Word {
    EN, RU;

    /** The language of an interface tag ("ru", "en"); anything but Russian reads English. */
    public static Language of(String tag) {
        return "ru".equalsIgnoreCase(tag) ? RU : EN;
    }

    /** The Russian text in Russian when there is one, else the English: nothing shows empty. */
    public String pick(String english, String russian) {
        return this == RU && russian != null ? russian : english;
    }
}

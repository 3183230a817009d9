package org.cstoatlas.state;

import java.util.Locale;
import org.cstoatlas.record.Word;

/** The interface's languages. The id ("en", "ru") is how settings and the command line spell it. */
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

    /** @throws IllegalArgumentException naming the languages there are */
    public static Language of(String id) {
        return Word.parse(Language.class, id, "a language");
    }
}

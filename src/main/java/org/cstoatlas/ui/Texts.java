package org.cstoatlas.ui;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.cstoatlas.record.Country;

/**
 * The interface's words in its language, English or Russian, from {@code texts.properties} and
 * {@code texts_ru.properties}. One language at a time: a window takes its view model's language when
 * it is built, and switching language rebuilds the window. Dataset text (quotes, summaries, titles,
 * notes) is never translated; country names are, since the dataset has both.
 */
public final class Texts {

    /** The interface's languages, by the code the view model and the settings use. */
    public static final List<String> LANGUAGES = List.of("en", "ru");
    static final String BUNDLE = "org.cstoatlas.ui.texts";

    private static volatile String language = "en";
    private static volatile ResourceBundle bundle = bundle("en");

    private Texts() {
    }

    /** The bundle of a language, never falling back to the machine's locale (an English window stays English). */
    static ResourceBundle bundle(String language) {
        return ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The language the system asks for: Russian where its language is Russian, else English. */
    public static String systemLanguage() {
        return "ru".equals(Locale.getDefault().getLanguage()) ? "ru" : "en";
    }

    /** Speaks {@code language} ("en" or "ru") from now on. */
    public static void use(String language) {
        if (!LANGUAGES.contains(language)) throw new IllegalArgumentException("no language '" + language + "' (" + String.join(", ", LANGUAGES) + ")");
        bundle = bundle(language);
        Texts.language = language;
    }

    public static String language() {
        return language;
    }

    public static boolean russian() {
        return "ru".equals(language);
    }

    public static Locale locale() {
        return Locale.forLanguageTag(language);
    }

    /** The text of a key. */
    public static String get(String key) {
        return bundle.getString(key);
    }

    /**
     * The text of a key with {@code {0}}, {@code {1}}, ... replaced by the arguments as they are
     * (no MessageFormat: an apostrophe is just an apostrophe, and numbers come formatted).
     */
    public static String format(String key, Object... args) {
        String text = get(key);
        for (int i = 0; i < args.length; i++) text = text.replace("{" + i + "}", String.valueOf(args[i]));
        return text;
    }

    /** The OK button of a message, in the interface's language (JavaFX's own "OK" follows the machine's locale). */
    public static javafx.scene.control.ButtonType okButton() {
        return new javafx.scene.control.ButtonType(get("button.ok"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
    }

    /** A country's name in the interface's language. */
    public static String name(Country c) {
        return russian() ? c.nameRu() : c.name();
    }
}

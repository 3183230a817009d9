package org.cstoatlas.ui.look;

import java.util.Locale;
import java.util.ResourceBundle;
import org.cstoatlas.record.Country;
import org.cstoatlas.record.Language;

/**
 * The interface's words in its language, English or Russian, from {@code texts.properties} and
 * {@code texts_ru.properties}. One language at a time: a window takes its view model's language when
 * it is built, and switching language rebuilds the window. Dataset text (quotes, summaries, titles,
 * notes) is never translated; country names are, since the dataset has both.
 */
public final class Texts {

    static final String BUNDLE = "org.cstoatlas.ui.texts";

    private static volatile Language language = Language.EN;
    private static volatile ResourceBundle bundle = bundle(Language.EN);

    private Texts() {
    }

    /** The bundle of a language, never falling back to the machine's locale (an English window stays English). */
    static ResourceBundle bundle(Language language) {
        return ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Speaks {@code language} from now on. */
    public static void use(Language language) {
        bundle = bundle(language);
        Texts.language = language;
    }

    public static Language language() {
        return language;
    }

    public static boolean russian() {
        return language == Language.RU;
    }

    public static Locale locale() {
        return language.locale();
    }

    /** The text of a key. */
    public static String get(String key) {
        return bundle.getString(key);
    }

    /** Whether the bundle has a text for the key (for words the dataset brings, such as units). */
    public static boolean has(String key) {
        return bundle.containsKey(key);
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

    /** An alliance's short name in the interface's language: "NATO", "НАТО". */
    public static String shortName(org.cstoatlas.record.Alliance a) {
        return russian() ? a.shortNameRu() : a.shortName();
    }

    /** An alliance's full name in the interface's language. */
    public static String fullName(org.cstoatlas.record.Alliance a) {
        return russian() ? a.nameRu() : a.name();
    }
}

package org.cstoatlas.ui.look;

import org.cstoatlas.words.Words;
import java.util.Locale;
import org.cstoatlas.record.Country;
import org.cstoatlas.record.Language;

/**
 * The words of the window being built, for the views not yet handed their {@link Words}: a bridge
 * while views move to the words of their view model's language. View models never use it; they take
 * {@link Words} as an input.
 */
public final class Texts {

    private static volatile Words words = Words.of(Language.EN);

    private Texts() {
    }

    /** Speaks {@code language} from now on. */
    public static void use(Language language) {
        words = Words.of(language);
    }

    /** The words of the window being built. */
    public static Words words() {
        return words;
    }

    public static Language language() {
        return words.language();
    }

    public static boolean russian() {
        return words.russian();
    }

    public static Locale locale() {
        return words.locale();
    }

    /** The text of a key. */
    public static String get(String key) {
        return words.get(key);
    }

    /** Whether the bundle has a text for the key (for words the dataset brings, such as units). */
    public static boolean has(String key) {
        return words.has(key);
    }

    /** The text of a key with its arguments (see {@link Words#format}). */
    public static String format(String key, Object... args) {
        return words.format(key, args);
    }

    /** The OK button of a message, in the interface's language (JavaFX's own "OK" follows the machine's locale). */
    public static javafx.scene.control.ButtonType okButton() {
        return new javafx.scene.control.ButtonType(get("button.ok"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
    }

    /** A country's name in the interface's language. */
    public static String name(Country c) {
        return words.name(c);
    }

    /** An alliance's short name in the interface's language: "NATO", "НАТО". */
    public static String shortName(org.cstoatlas.record.Alliance a) {
        return words.shortName(a);
    }

    /** An alliance's full name in the interface's language. */
    public static String fullName(org.cstoatlas.record.Alliance a) {
        return words.fullName(a);
    }
}

package org.cstoatlas.ui.tools;

import java.util.function.Function;
import javafx.util.StringConverter;

/** A choice box's words for the values of a closed set; a date field's words. */
final class Converters {

    private Converters() {
    }

    static <T> StringConverter<T> of(Function<T, String> say) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : say.apply(t);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException();
            }
        };
    }

    /**
     * A date picker's text as the record writes dates, 2006-08-16: the same in every language and never
     * read the wrong way round (1/12/2026 is January to some and December to others). A date being typed
     * or a wrong one leaves the value as it was.
     */
    static void isoDates(javafx.scene.control.DatePicker picker, org.cstoatlas.words.Words words) {
        picker.setPromptText(words.get("timeline.compare.prompt"));
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(java.time.LocalDate d) {
                return d == null ? "" : d.toString();
            }

            @Override
            public java.time.LocalDate fromString(String s) {
                try {
                    return s == null || s.isBlank() ? null : java.time.LocalDate.parse(s.strip());
                } catch (java.time.format.DateTimeParseException e) {
                    return picker.getValue();
                }
            }
        });
    }
}

package org.cstoatlas.ui.tools;

import java.util.function.Function;
import javafx.util.StringConverter;

/** A choice box's words for the values of a closed set. */
final class Words {

    private Words() {
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
}

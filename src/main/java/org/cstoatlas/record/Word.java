package org.cstoatlas.record;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** An enum whose constants the dataset and the command line spell as lower-case words ("stationed-troops"). */
public interface Word {

    String name();

    /** The word as the dataset writes it. */
    default String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The constant the dataset's word names.
     *
     * @param what what the word is, for the message ("a status")
     * @throws IllegalArgumentException naming the words that are allowed
     */
    static <E extends Enum<E> & Word> E parse(Class<E> type, String word, String what) {
        for (E e : type.getEnumConstants()) {
            if (e.id().equals(word)) return e;
        }
        throw new IllegalArgumentException("'" + word + "' is not " + what + " (" + words(type) + ")");
    }

    static <E extends Enum<E> & Word> String words(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Word::id).collect(Collectors.joining(", "));
    }
}

package org.cstoatlas.state;

import java.util.Objects;
import org.cstoatlas.record.Word;

/**
 * What is selected, by kind and id: how a state names a country, an event, a deployment, a force, an
 * exercise or a base without holding it.
 */
public record SelectionRef(Kind kind, String id) {

    public enum Kind implements Word {
        COUNTRY, EVENT, DEPLOYMENT, FORCE, EXERCISE, BASE;

        public static Kind of(String id) {
            return Word.parse(Kind.class, id, "a kind of selection");
        }
    }

    public SelectionRef {
        Objects.requireNonNull(kind, "kind");
        if (id == null || id.isBlank()) throw new IllegalArgumentException("a selection needs an id");
    }
}

package org.cstoatlas.state;

import org.cstoatlas.record.Word;

/** The atlas's looks. The id is how settings, view files and the command line spell it. */
public enum Theme implements Word {
    LIGHT, DARK, HIGH_CONTRAST;

    /** @throws IllegalArgumentException naming the themes there are */
    public static Theme of(String id) {
        return Word.parse(Theme.class, id, "a theme");
    }
}

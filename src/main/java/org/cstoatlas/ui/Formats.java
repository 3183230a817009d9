package org.cstoatlas.ui;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the window writes dates. */
public final class Formats {

    /** "1 June 2008". */
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private Formats() {
    }
}

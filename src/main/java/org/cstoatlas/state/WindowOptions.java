package org.cstoatlas.state;

import java.time.LocalDate;

/**
 * What the window opens on, from its command line: {@code --date}, {@code --select ISO3|event-id},
 * {@code --compare} and {@code --view FILE}, checked before any window opens. A view file gives
 * {@code view}; a lesson file gives {@code lesson}, which opens on its first stop. Null means "not given".
 */
public record WindowOptions(LocalDate date, String select, LocalDate compare, SavedView view, Lesson lesson) {

    public static final WindowOptions NONE = new WindowOptions(null, null, null, null, null);

    public WindowOptions(LocalDate date, String select, LocalDate compare, SavedView view) {
        this(date, select, compare, view, null);
    }
}

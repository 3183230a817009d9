package org.cstoatlas.state;

import java.time.LocalDate;

/** Two dates in order: what a comparison runs from and to, whichever of them the user set first. */
public record DateSpan(LocalDate from, LocalDate to) {

    public static DateSpan of(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? new DateSpan(b, a) : new DateSpan(a, b);
    }
}

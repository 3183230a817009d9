package org.cstoatlas.record.time;

import java.util.ArrayList;
import java.util.List;

/**
 * Every country's status on a date as CSV ({@code iso_a3,name,status,since}): one form for the
 * {@code status} command and the window's export alike.
 */
public final class StatusTable {

    public static final String HEADER = "iso_a3,name,status,since";

    private StatusTable() {
    }

    /** The header and one line per country, in the record's order; no line ends. */
    public static List<String> csvLines(StatusSnapshot snapshot) {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        for (StatusAt s : snapshot.all()) {
            lines.add(String.join(",", field(s.country().iso()), field(s.country().name()), s.status().id(),
                    s.since() == null ? "" : s.since().iso()));
        }
        return lines;
    }

    /** RFC 4180 fields: quoted when they hold a comma, a quote or a line break. */
    static String field(String s) {
        if (s == null) return "";
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}

package org.cstoatlas.record.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Every country's status on a date as CSV ({@code iso_a3,name,status,since}): one form for the
 * {@code status} command and the window's export alike.
 */
public final class StatusTable {

    public static final String HEADER = "iso_a3,name,status,since";

    /**
     * Two alliances or two dates side by side: the same four columns, then the alliance and the date of
     * each line. Columns rather than a {@code #} comment above the header: spreadsheets (LibreOffice,
     * Excel, Google Sheets) know no comment line in CSV and would read it as a first row, pushing the
     * header down; a column keeps the alliance and the date on every line, for a filter or a pivot.
     */
    public static final String SIDES_HEADER = HEADER + ",alliance,date";

    /** One alliance's statuses on one date: a side of what the map compares. */
    public record Side(String alliance, LocalDate date, StatusSnapshot statuses) {
    }

    private StatusTable() {
    }

    /** The header and one line per country, in the record's order; no line ends. */
    public static List<String> csvLines(StatusSnapshot snapshot) {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        for (StatusAt s : snapshot.all()) {
            lines.add(line(s.country().iso(), s.country().name(), s.status().id(), s.since() == null ? "" : s.since().iso()));
        }
        return lines;
    }

    /** The header and, for each side in turn, one line per country naming the side's alliance and date. */
    public static List<String> csvLines(List<Side> sides) {
        List<String> lines = new ArrayList<>();
        lines.add(SIDES_HEADER);
        for (Side side : sides) {
            for (StatusAt s : side.statuses().all()) {
                lines.add(line(s.country().iso(), s.country().name(), s.status().id(), s.since() == null ? "" : s.since().iso(),
                        side.alliance(), side.date().toString()));
            }
        }
        return lines;
    }

    /**
     * One CSV cell: RFC 4180 (quoted when it holds a comma, a quote or a line break) and safe to open in a
     * spreadsheet. A cell beginning with {@code = + - @}, a tab or a carriage return would run there as a
     * formula (OWASP's "CSV injection"), so it is written after an apostrophe, which the spreadsheet hides
     * and which makes the cell text. A plain number such as {@code -12.5} is left as it is: it is no
     * formula, and a negative number must stay a number.
     */
    public static String cell(String s) {
        if (s == null) return "";
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 && !PLAIN_NUMBER.matcher(s).matches()) s = "'" + s;
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    /** One CSV line of cells. */
    public static String line(String... cells) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) b.append(',');
            b.append(cell(cells[i]));
        }
        return b.toString();
    }

    private static final java.util.regex.Pattern PLAIN_NUMBER = java.util.regex.Pattern.compile("[-+]?\\d+(\\.\\d+)?");
}

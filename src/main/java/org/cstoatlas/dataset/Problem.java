package org.cstoatlas.dataset;

/**
 * One thing wrong with a dataset, where it is: file, line and column (1-based; 0 when the problem is
 * the file as a whole), the field's path (e.g. {@code periods[3].start}; empty for the file) and what
 * is wrong.
 */
public record Problem(String file, int line, int column, String field, String message) implements Comparable<Problem> {

    /** "periods.json:12:5: periods[3].end: ends before it starts". */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) s.append(':').append(line).append(':').append(column);
        s.append(": ");
        if (!field.isEmpty()) s.append(field).append(": ");
        return s.append(message).toString();
    }

    @Override
    public int compareTo(Problem o) {
        int c = file.compareTo(o.file);
        if (c == 0) c = Integer.compare(line, o.line);
        if (c == 0) c = Integer.compare(column, o.column);
        if (c == 0) c = field.compareTo(o.field);
        return c != 0 ? c : message.compareTo(o.message);
    }
}

package org.cstoatlas.ui.tools;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A view of the atlas to come back to, as a small JSON file: the date, the selection (kind and id),
 * the compare date, the map's zoom and centre, the theme and the text size. Plain Java, so the
 * command line can check a {@code --view} file before any window opens. Null means "not given".
 */
public record SavedView(LocalDate date, String selectionKind, String selectionId, LocalDate compareDate,
                        Double zoom, Double centreLat, Double centreLon, String theme, Double textScale) {

    public static final List<String> KINDS = List.of("country", "event", "deployment", "force");
    public static final List<String> THEMES = List.of("light", "dark", "high-contrast");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** A view file that cannot be used; the message names the file, the line and the field. */
    public static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message, null, false, false);
        }
    }

    public String toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", date == null ? null : date.toString());
        if (selectionKind != null) m.put("selection", Map.of("kind", selectionKind, "id", selectionId));
        m.put("compareDate", compareDate == null ? null : compareDate.toString());
        m.put("zoom", zoom);
        if (centreLat != null) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("lat", centreLat);
            c.put("lon", centreLon);
            m.put("centre", c);
        }
        m.put("theme", theme);
        m.put("textScale", textScale);
        try {
            return JSON.writeValueAsString(m) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public void write(Path file) throws IOException {
        Files.writeString(file, toJson(), StandardCharsets.UTF_8);
    }

    /** Reads and checks a view file; nothing of a bad file is used. */
    public static SavedView read(Path file) throws Unreadable {
        String name = String.valueOf(file.getFileName());
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new Unreadable(name + ": no such file");
        } catch (CharacterCodingException e) {
            throw new Unreadable(name + ": not UTF-8 text");
        } catch (IOException e) {
            throw new Unreadable(name + ": cannot be read (" + e.getMessage() + ")");
        }
        return parse(name, text);
    }

    static SavedView parse(String name, String text) throws Unreadable {
        Reader r = new Reader(name);
        try (JsonParser p = new JsonFactory().createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) throw r.fail(p, "", "a view file is one JSON object { ... }");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "date" -> r.date = r.date(p, field);
                    case "compareDate" -> r.compare = r.date(p, field);
                    case "zoom" -> r.zoom = r.number(p, field, 1, 8);
                    case "theme" -> {
                        r.theme = r.text(p, field);
                        if (r.theme != null && !THEMES.contains(r.theme)) throw r.fail(p, field, "must be one of " + String.join(", ", THEMES) + ", not '" + r.theme + "'");
                    }
                    case "textScale" -> r.textScale = r.number(p, field, 1, 2);
                    case "selection" -> r.selection(p);
                    case "centre" -> r.centre(p);
                    default -> throw r.fail(p, field, "unknown field (known: date, selection, compareDate, zoom, centre, theme, textScale)");
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT) throw r.fail(p, "", "unexpected content");
            if (p.nextToken() != null) throw r.fail(p, "", "unexpected content after the view's object");
        } catch (JsonProcessingException e) {
            String msg = e.getOriginalMessage();
            int cut = msg.indexOf('\n');
            throw new Unreadable(name + ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr() + ": not valid JSON: "
                    + (cut < 0 ? msg : msg.substring(0, cut)));
        } catch (IOException e) {
            throw new Unreadable(name + ": cannot be read (" + e.getMessage() + ")");
        }
        return new SavedView(r.date, r.kind, r.id, r.compare, r.zoom, r.lat, r.lon, r.theme, r.textScale);
    }

    /** The fields read so far, and where a problem is. */
    private static final class Reader {
        final String name;
        LocalDate date;
        LocalDate compare;
        String kind;
        String id;
        Double zoom;
        Double lat;
        Double lon;
        String theme;
        Double textScale;

        Reader(String name) {
            this.name = name;
        }

        Unreadable fail(JsonParser p, String field, String message) {
            var at = p.currentTokenLocation();
            return new Unreadable(name + ":" + at.getLineNr() + ":" + at.getColumnNr() + ": " + (field.isEmpty() ? "" : field + ": ") + message);
        }

        String text(JsonParser p, String field) throws IOException, Unreadable {
            if (p.currentToken() == JsonToken.VALUE_NULL) return null;
            if (p.currentToken() != JsonToken.VALUE_STRING) throw fail(p, field, "must be text in quotes");
            return p.getText();
        }

        LocalDate date(JsonParser p, String field) throws IOException, Unreadable {
            String s = text(p, field);
            if (s == null) return null;
            try {
                if (!s.matches("\\d{4}-\\d{2}-\\d{2}")) throw new DateTimeException(s);
                return LocalDate.parse(s);
            } catch (DateTimeException e) {
                throw fail(p, field, "'" + s + "' is not a date (expected YYYY-MM-DD)");
            }
        }

        Double number(JsonParser p, String field, double min, double max) throws IOException, Unreadable {
            if (p.currentToken() == JsonToken.VALUE_NULL) return null;
            if (!p.currentToken().isNumeric()) throw fail(p, field, "must be a number");
            double v = p.getDoubleValue();
            if (!(v >= min && v <= max)) throw fail(p, field, "must be from " + fmt(min) + " to " + fmt(max) + ", not " + p.getText());
            return v;
        }

        void selection(JsonParser p) throws IOException, Unreadable {
            if (p.currentToken() == JsonToken.VALUE_NULL) return;
            if (p.currentToken() != JsonToken.START_OBJECT) throw fail(p, "selection", "must be an object {\"kind\": ..., \"id\": ...} or null");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String f = p.currentName();
                p.nextToken();
                switch (f) {
                    case "kind" -> {
                        kind = text(p, "selection.kind");
                        if (kind == null || !KINDS.contains(kind)) throw fail(p, "selection.kind", "must be one of " + String.join(", ", KINDS));
                    }
                    case "id" -> {
                        id = text(p, "selection.id");
                        if (id == null || id.isBlank()) throw fail(p, "selection.id", "must not be empty");
                    }
                    default -> throw fail(p, "selection." + f, "unknown field (known: kind, id)");
                }
            }
            if (kind == null || id == null) throw fail(p, "selection", "needs both kind and id");
        }

        void centre(JsonParser p) throws IOException, Unreadable {
            if (p.currentToken() == JsonToken.VALUE_NULL) return;
            if (p.currentToken() != JsonToken.START_OBJECT) throw fail(p, "centre", "must be an object {\"lat\": ..., \"lon\": ...} or null");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String f = p.currentName();
                p.nextToken();
                switch (f) {
                    case "lat" -> lat = number(p, "centre.lat", -85, 85);
                    case "lon" -> lon = number(p, "centre.lon", -180, 180);
                    default -> throw fail(p, "centre." + f, "unknown field (known: lat, lon)");
                }
            }
            if (lat == null || lon == null) throw fail(p, "centre", "needs both lat and lon");
        }

        private static String fmt(double d) {
            return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
        }
    }
}

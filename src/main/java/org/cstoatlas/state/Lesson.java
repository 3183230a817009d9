package org.cstoatlas.state;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A lesson a teacher steps through in class: an ordered list of stops, each a state of the atlas with a
 * short note, optionally pinned to a place on the map. Its file grows out of the view file: each stop is
 * a view's object with {@code note} and {@code pin} beside the view's fields, under {@code stops}; an old
 * view file opens as a lesson of one stop. Plain Java, immutable: every edit gives a new lesson.
 */
public record Lesson(String title, List<Stop> stops, String titleRu) {

    /** The longest note: a few lines, read from the back of a room. */
    public static final int MAX_NOTE = 1000;
    /** The most stops a lesson file may hold (anything more is not a lesson). */
    static final int MAX_STOPS = 500;

    /** Made when a file is first written: reading needs only the streaming parser, and the mapper costs the start. */
    private static final class Writer {
        static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    public Lesson {
        title = title == null ? "" : title;
        stops = List.copyOf(stops);
        titleRu = titleRu == null ? "" : titleRu;
    }

    /** A lesson in one language (what the editor makes). */
    public Lesson(String title, List<Stop> stops) {
        this(title, stops, "");
    }

    /** The title in a language: the Russian one where the lesson has it, else the one it has. */
    public String title(org.cstoatlas.record.Language language) {
        return language.pick(title, titleRu.isBlank() ? null : titleRu);
    }

    /** A place on the map a note points at. */
    public record Pin(double lat, double lon) {
        public Pin {
            if (!(lat >= -85 && lat <= 85) || !(lon >= -180 && lon <= 180)) throw new IllegalArgumentException("a pin lies on the map: lat -85..85, lon -180..180");
        }
    }

    /**
     * One stop: the atlas as it should look, what the teacher says there, and where (null: no pin).
     * {@code noteRu}: the note in Russian, for a lesson written in both languages ("" when it has none).
     */
    public record Stop(AtlasState state, String note, Pin pin, String noteRu) {
        public Stop {
            Objects.requireNonNull(state, "state");
            note = note == null ? "" : note;
            noteRu = noteRu == null ? "" : noteRu;
        }

        public Stop(AtlasState state, String note, Pin pin) {
            this(state, note, pin, "");
        }

        /** The note in a language: the Russian one where the stop has it, else the one it has. */
        public String note(org.cstoatlas.record.Language language) {
            return language.pick(note, noteRu.isBlank() ? null : noteRu);
        }

        public Stop withNote(String n) {
            return new Stop(state, n, pin, noteRu);
        }

        public Stop withPin(Pin p) {
            return new Stop(state, note, p, noteRu);
        }
    }

    public static Lesson empty() {
        return new Lesson("", List.of());
    }

    public boolean isEmpty() {
        return stops.isEmpty();
    }

    public int size() {
        return stops.size();
    }

    public Stop stop(int i) {
        return stops.get(i);
    }

    // ---- a teacher's edits ----

    /** The lesson with a stop added after {@code after} (-1: first; size()-1 or more: last). */
    public Lesson adding(Stop s, int after) {
        List<Stop> l = new ArrayList<>(stops);
        l.add(Math.max(0, Math.min(l.size(), after + 1)), s);
        return new Lesson(title, l, titleRu);
    }

    public Lesson replacing(int i, Stop s) {
        List<Stop> l = new ArrayList<>(stops);
        l.set(i, s);
        return new Lesson(title, l, titleRu);
    }

    public Lesson removing(int i) {
        List<Stop> l = new ArrayList<>(stops);
        l.remove(i);
        return new Lesson(title, l, titleRu);
    }

    /** The lesson with stop {@code i} moved to {@code to}; the others keep their order. */
    public Lesson moving(int i, int to) {
        List<Stop> l = new ArrayList<>(stops);
        Stop s = l.remove(i);
        l.add(Math.max(0, Math.min(l.size(), to)), s);
        return new Lesson(title, l, titleRu);
    }

    public Lesson withTitle(String t) {
        return new Lesson(t, stops, titleRu);
    }

    // ---- the file ----

    public String toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", title);
        if (!titleRu.isBlank()) m.put("titleRu", titleRu);
        List<Map<String, Object>> list = new ArrayList<>();
        for (Stop s : stops) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("note", s.note());
            if (!s.noteRu().isBlank()) f.put("noteRu", s.noteRu());
            if (s.pin() != null) f.put("pin", Map.of("lat", s.pin().lat(), "lon", s.pin().lon()));
            f.putAll(SavedView.of(s.state()).fields());
            list.add(f);
        }
        m.put("stops", list);
        try {
            return Writer.JSON.writeValueAsString(m) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reads a lesson file, or a view file as a lesson of one stop; each stop's view is put over {@code base}
     * (what a stop does not say, such as the language, stays the reader's own).
     */
    public static Lesson read(Path file, AtlasState base) throws SavedView.Unreadable {
        String name = String.valueOf(file.getFileName());
        return parse(name, SavedView.readSmallText(file, name), base);
    }

    /** A view or lesson file as the window opens it: a lesson's stops ({@code view} null), or a view file's view ({@code lesson} null). */
    public record Opening(SavedView view, Lesson lesson) {
    }

    /** Reads a file given to the window: a lesson opens as a lesson, an old view file as a view. */
    public static Opening open(Path file, AtlasState base) throws SavedView.Unreadable {
        String name = String.valueOf(file.getFileName());
        return opening(name, SavedView.readSmallText(file, name), base);
    }

    static Lesson parse(String name, String text, AtlasState base) throws SavedView.Unreadable {
        Opening o = opening(name, text, base);
        return o.lesson() != null ? o.lesson() : new Lesson(null, List.of(new Stop(o.view().over(base), "", null)));
    }

    private static Opening opening(String name, String text, AtlasState base) throws SavedView.Unreadable {
        String[] title = {null, null};
        List<Stop> stops = new ArrayList<>();
        boolean[] isLesson = {false};
        SavedView top = SavedView.parse(name, text, (r, p, field) -> {
            switch (field) {
                case "title" -> title[0] = note(r, p, "title", 200);
                case "titleRu" -> title[1] = note(r, p, "titleRu", 200);
                case "stops" -> {
                    isLesson[0] = true;
                    if (p.currentToken() != JsonToken.START_ARRAY) throw r.fail(p, "stops", "must be a list of stops [ {...}, ... ]", SavedView.Unreadable.Why.NOT_A_LIST);
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        if (stops.size() >= MAX_STOPS) throw r.fail(p, "stops", "more than " + MAX_STOPS + " stops", SavedView.Unreadable.Why.TOO_MANY, Integer.toString(MAX_STOPS));
                        stops.add(stop(r, p, base, stops.size() + 1));
                    }
                }
                default -> {
                    return false;
                }
            }
            return true;
        }, "a lesson or view file is one JSON object { ... }", "the lesson's object");
        if (!isLesson[0]) return new Opening(top, null);
        if (!top.equals(SavedView.NOTHING)) throw SavedView.Unreadable.whole(name, "a lesson keeps its views in its stops, not beside them", SavedView.Unreadable.Why.VIEWS_BESIDE_STOPS);
        return new Opening(null, new Lesson(title[0], stops, title[1]));
    }

    private static Stop stop(SavedView.Reader r, JsonParser p, AtlasState base, int number) throws IOException, SavedView.Unreadable {
        String field = "stops[" + number + "]";
        if (p.currentToken() != JsonToken.START_OBJECT) throw r.fail(p, field, "must be an object: a view with a note", SavedView.Unreadable.Why.NOT_AN_OBJECT);
        String[] note = {"", ""};
        Pin[] pin = {null};
        SavedView view = SavedView.object(r, p, (rr, pp, f) -> {
            switch (f) {
                case "note" -> note[0] = note(rr, pp, field + ".note", MAX_NOTE);
                case "noteRu" -> note[1] = note(rr, pp, field + ".noteRu", MAX_NOTE);
                case "pin" -> pin[0] = pin(rr, pp, field + ".pin");
                default -> {
                    return false;
                }
            }
            return true;
        });
        return new Stop(view.over(base), note[0], pin[0], note[1]);
    }

    private static String note(SavedView.Reader r, JsonParser p, String field, int max) throws IOException, SavedView.Unreadable {
        if (p.currentToken() == JsonToken.VALUE_NULL) return "";
        if (p.currentToken() != JsonToken.VALUE_STRING) throw r.fail(p, field, "must be text in quotes", SavedView.Unreadable.Why.NOT_TEXT);
        if (p.getTextLength() > max) throw r.fail(p, field, "too long (" + p.getTextLength() + " characters; at most " + max + ")", SavedView.Unreadable.Why.TOO_LONG, Integer.toString(p.getTextLength()), Integer.toString(max));
        return p.getText();
    }

    private static Pin pin(SavedView.Reader r, JsonParser p, String field) throws IOException, SavedView.Unreadable {
        if (p.currentToken() == JsonToken.VALUE_NULL) return null;
        if (p.currentToken() != JsonToken.START_OBJECT) throw r.fail(p, field, "must be an object {\"lat\": ..., \"lon\": ...} or null", SavedView.Unreadable.Why.NOT_AN_OBJECT);
        Double lat = null, lon = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            switch (f) {
                case "lat" -> lat = r.number(p, field + ".lat", -85, 85);
                case "lon" -> lon = r.number(p, field + ".lon", -180, 180);
                default -> throw r.fail(p, field + "." + f, "unknown field (known: lat, lon)", SavedView.Unreadable.Why.UNKNOWN_FIELD, "lat, lon");
            }
        }
        if (lat == null || lon == null) throw r.fail(p, field, "needs both lat and lon", SavedView.Unreadable.Why.NEEDS_BOTH, "lat", "lon");
        return new Pin(lat, lon);
    }
}

package org.cstoatlas.state;

import org.cstoatlas.record.Language;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cstoatlas.files.BoundedRead;
import org.cstoatlas.files.JsonRefusal;
import org.cstoatlas.record.EventKind;

/**
 * A view of the atlas as a small JSON file: any part of an {@link AtlasState}. Opening one changes
 * what it gives and keeps the rest ({@link #over}). The remembered settings use the same format with
 * the window's place and size beside it. Plain Java, so the command line checks a {@code --view} file
 * before any window opens. Null means "not given".
 */
public record SavedView(LocalDate date, SelectionRef selection, LocalDate compareDate, Set<EventKind> shownKinds,
                        Theme theme, Language language, Double textScale, PlaySpeed playSpeed,
                        Double zoom, Double centreLat, Double centreLon, Panes panes, AllianceChoice alliances) {

    /** The extension view files get (the installers register it); files named {@code .json} are read as well. */
    public static final String EXTENSION = "cstoview";
    /** What view files were called before they had their own extension. */
    public static final String OLD_EXTENSION = "json";
    /** A view file is a few hundred bytes: anything far larger is not one. */
    static final long MAX_BYTES = 256 * 1024;
    /** Where a view with a zoom but no centre looks: the middle of the alliance's Eurasia. */
    public static final double DEFAULT_LAT = 48;
    public static final double DEFAULT_LON = 70;
    static final double DEFAULT_ZOOM = 3;

    /** A view that gives nothing. */
    static final SavedView NOTHING = new SavedView(null, null, null, null, null, null, null, null, null, null, null, null, null);

    /** Made when a file is first written: reading needs only the streaming parser, and the mapper costs the start. */
    private static final class Writer {
        static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }
    private static final List<String> FIELDS = List.of("date", "selection", "compareDate", "shownKinds", "theme", "language",
            "textScale", "playSpeed", "zoom", "centre", "panes", "alliances");

    /**
     * A view file that cannot be used; the message names the file, the line and the field, as the command
     * line prints it. The window says the same in its own language from the parts: where, which field, and
     * what is wrong ({@link Why}) with the values it names.
     */
    public static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        /** What is wrong with a view or lesson file. */
        public enum Why implements org.cstoatlas.record.Word {
            NOT_FOUND, NO_PERMISSION, CANNOT_READ, NOT_JSON, JSON_DIGITS, JSON_NAME, JSON_TEXT, JSON_DEPTH, JSON_LENGTH, JSON_LIMIT, JSON_NOT_A_NUMBER, NOT_AN_OBJECT, UNEXPECTED_CONTENT, UNKNOWN_FIELD, NOT_TEXT, TOO_LONG,
            NOT_A_WORD, NOT_A_DATE, OFF_TIMELINE, NOT_A_NUMBER, OUT_OF_RANGE, NOT_TRUE_OR_FALSE, EMPTY, NEEDS_BOTH, NOT_A_LIST,
            TOO_MANY, NOT_ALLIANCES, VIEWS_BESIDE_STOPS
        }

        private final String file;
        private final int line;
        private final int column;
        private final String field;
        private final Why why;
        private final transient List<String> values;

        Unreadable(String message, String file, int line, int column, String field, Why why, String... values) {
            super(message, null, false, false);
            this.file = file;
            this.line = line;
            this.column = column;
            this.field = field;
            this.why = why;
            this.values = List.of(values);
        }

        /** The file's name, as the message begins. */
        public String file() {
            return file;
        }

        /** The line of the problem, or 0 when it is the whole file's. */
        public int line() {
            return line;
        }

        public int column() {
            return column;
        }

        /** The field at fault ("centre.lat"), or empty when it is the file's. */
        public String field() {
            return field;
        }

        public Why why() {
            return why;
        }

        /** The values the problem names (a number, a limit, a field's allowed names), in the order the words take them. */
        public List<String> values() {
            return values;
        }

        /** A file that could not be read at all. */
        static Unreadable unread(String file, java.io.IOException e) {
            Why why = e instanceof java.nio.file.NoSuchFileException ? Why.NOT_FOUND
                    : e instanceof java.nio.file.AccessDeniedException ? Why.NO_PERMISSION : Why.CANNOT_READ;
            return new Unreadable(file + ": " + BoundedRead.reason(e), file, 0, 0, "", why);
        }

        /** A problem with the whole file, at no line. */
        static Unreadable whole(String file, String message, Why why) {
            return new Unreadable(file + ": " + message, file, 0, 0, "", why);
        }
    }

    /** All of a state, as Save view writes it (the language stays the reader's own: it is left out). */
    public static SavedView of(AtlasState s) {
        MapFrame m = s.map();
        return new SavedView(s.date(), s.selection(), s.compareDate(), s.shownKinds(), s.theme(), null, s.textScale(), s.playSpeed(),
                m == null ? null : m.zoom(), m == null ? null : m.lat(), m == null ? null : m.lon(), s.panes(), s.alliances());
    }

    /** Whether a file name is a view file's, by its extension. */
    public static boolean isViewFileName(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        return n.endsWith("." + EXTENSION) || n.endsWith("." + OLD_EXTENSION);
    }

    public SavedView withLanguage(Language l) {
        return new SavedView(date, selection, compareDate, shownKinds, theme, l, textScale, playSpeed, zoom, centreLat, centreLon, panes, alliances);
    }

    /** The view without what a fresh start should not bring back: the selection and the comparison. */
    public SavedView withoutSelectionAndComparison() {
        return new SavedView(date, null, null, shownKinds, theme, language, textScale, playSpeed, zoom, centreLat, centreLon, panes, alliances);
    }

    /**
     * The state with what this view gives put over {@code base}. A view names its selection and its
     * compare date (or their absence) whenever it names a date, so an old view never keeps a stale one.
     */
    public AtlasState over(AtlasState base) {
        AtlasState s = base;
        if (date != null) s = s.withDate(date).withSelection(selection).withCompareDate(compareDate);
        else {
            if (selection != null) s = s.withSelection(selection);
            if (compareDate != null) s = s.withCompareDate(compareDate);
        }
        if (shownKinds != null) s = s.withShownKinds(shownKinds);
        if (theme != null) s = s.withTheme(theme);
        if (language != null) s = s.withLanguage(language);
        if (textScale != null) s = s.withTextScale(textScale);
        if (playSpeed != null) s = s.withPlaySpeed(playSpeed);
        if (zoom != null || centreLat != null) {
            MapFrame was = base.map();
            double z = zoom != null ? zoom : was != null ? was.zoom() : DEFAULT_ZOOM;
            double lat = centreLat != null ? centreLat : was != null ? was.lat() : DEFAULT_LAT;
            double lon = centreLon != null ? centreLon : was != null ? was.lon() : DEFAULT_LON;
            s = s.withMap(new MapFrame(z, lat, lon));
        }
        if (panes != null) s = s.withPanes(panes);
        if (alliances != null) s = s.withAlliances(alliances);
        return s;
    }

    // ---- the file ----

    public String toJson() {
        return toJson(Map.of());
    }

    /** The view as JSON, after {@code first} (the remembered window's place and size). */
    String toJson(Map<String, Object> first) {
        Map<String, Object> m = new LinkedHashMap<>(first);
        m.putAll(fields());
        try {
            return Writer.JSON.writeValueAsString(m) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The view's fields in the file's order, as a lesson's stop writes them too. */
    Map<String, Object> fields() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", date == null ? null : date.toString());
        if (selection != null) m.put("selection", Map.of("kind", selection.kind().id(), "id", selection.id()));
        m.put("compareDate", compareDate == null ? null : compareDate.toString());
        if (shownKinds != null) m.put("shownKinds", shownKinds.stream().sorted().map(EventKind::id).toList());
        if (theme != null) m.put("theme", theme.id());
        if (language != null) m.put("language", language.id());
        if (textScale != null) m.put("textScale", textScale);
        if (playSpeed != null) m.put("playSpeed", playSpeed.id());
        if (zoom != null) m.put("zoom", zoom);
        if (centreLat != null) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("lat", centreLat);
            c.put("lon", centreLon);
            m.put("centre", c);
        }
        if (panes != null) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("browse", panes.browse());
            p.put("detail", panes.detail());
            p.put("legend", panes.legend());
            m.put("panes", p);
        }
        if (alliances != null) m.put("alliances", alliances.paired() ? List.of(alliances.first(), alliances.second()) : List.of(alliances.first()));
        return m;
    }

    /** Reads and checks a view file; nothing of a bad file is used. */
    public static SavedView read(Path file) throws Unreadable {
        String name = String.valueOf(file.getFileName());
        return parse(name, readSmallText(file, name), Map.of());
    }

    /**
     * A small text file as UTF-8 (a byte-order mark is fine), refusing what is not a regular file of a
     * reasonable size: a FIFO would hang, a device or a huge file would fill the memory.
     */
    static String readSmallText(Path file, String name) throws Unreadable {
        try {
            return BoundedRead.text(file, MAX_BYTES);
        } catch (java.io.IOException e) {
            throw Unreadable.unread(name, e);
        }
    }

    /**
     * Parses a view's JSON; {@code extra} holds the numeric fields besides the view's own that the caller
     * accepts (the remembered window's {@code x}, {@code y}, {@code width}, {@code height}, with bounds),
     * and receives their values.
     */
    static SavedView parse(String name, String text, Map<String, double[]> extra) throws Unreadable {
        return parse(name, text, (r, p, field) -> {
            double[] bounds = extra.get(field);
            if (bounds == null) return false;
            Double v = r.number(p, field, bounds[0], bounds[1]);
            bounds[2] = v == null ? Double.NaN : v;
            return true;
        }, "a view file is one JSON object { ... }", "the view's object");
    }

    /** A field besides the view's own that a caller reads (true) or does not know (false). */
    interface Other {
        boolean read(Reader r, JsonParser p, String field) throws IOException, Unreadable;
    }

    /** Parses a file that is one JSON object of view fields and, through {@code other}, fields of its own. */
    static SavedView parse(String name, String text, Other other, String whatFileIs, String whatObjectIs) throws Unreadable {
        Reader r = new Reader(name);
        SavedView view;
        try (JsonParser p = new JsonFactory().createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) throw r.fail(p, "", whatFileIs, Unreadable.Why.NOT_AN_OBJECT);
            view = object(r, p, other);
            if (p.nextToken() != null) throw r.fail(p, "", "unexpected content after " + whatObjectIs, Unreadable.Why.UNEXPECTED_CONTENT);
        } catch (JsonProcessingException e) {
            // A stream limit (a number of 2,000 digits, a name of 50,000 characters) carries no location.
            var at = e.getLocation();
            JsonRefusal.Refusal why = JsonRefusal.of(e);
            throw new Unreadable(name + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr()) + ": not valid JSON: " + JsonRefusal.reason(e),
                    name, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), "",
                    why.kind() == JsonRefusal.Kind.SYNTAX ? Unreadable.Why.NOT_JSON : Unreadable.Why.valueOf("JSON_" + why.kind().name()),
                    why.value() == null ? new String[0] : new String[] {why.value()});
        } catch (IOException e) {
            throw new Unreadable(name + ": cannot be read (" + BoundedRead.reason(e) + ")", name, 0, 0, "", Unreadable.Why.CANNOT_READ);
        }
        return view;
    }

    /** Reads one object of view fields, the parser on its opening brace; fields the view does not know go to {@code other}. */
    static SavedView object(Reader outer, JsonParser p, Other other) throws IOException, Unreadable {
        Reader r = new Reader(outer.name);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "date" -> r.date = r.date(p, field);
                case "compareDate" -> r.compare = r.date(p, field);
                case "zoom" -> r.zoom = r.number(p, field, MapFrame.MIN_ZOOM, MapFrame.MAX_ZOOM);
                case "theme" -> r.theme = r.word(p, field, Theme::of);
                case "language" -> r.language = r.word(p, field, Language::parse);
                case "playSpeed" -> r.speed = r.word(p, field, PlaySpeed::of);
                case "textScale" -> r.textScale = r.number(p, field, TextScale.MIN, TextScale.MAX);
                case "selection" -> r.selection(p);
                case "centre" -> r.centre(p);
                case "shownKinds" -> r.kinds(p);
                case "panes" -> r.panes(p);
                case "alliances" -> r.alliances(p);
                default -> {
                    if (!other.read(r, p, field)) throw r.fail(p, field, "unknown field (known: " + String.join(", ", FIELDS) + ")", Unreadable.Why.UNKNOWN_FIELD, String.join(", ", FIELDS));
                }
            }
        }
        if (p.currentToken() != JsonToken.END_OBJECT) throw r.fail(p, "", "unexpected content", Unreadable.Why.UNEXPECTED_CONTENT);
        return new SavedView(r.date, r.selection, r.compare, r.kinds, r.theme, r.language, r.textScale, r.speed, r.zoom, r.lat, r.lon, r.panes, r.alliances);
    }

    /** The fields read so far, and where a problem is. */
    static final class Reader {
        final String name;
        LocalDate date;
        LocalDate compare;
        SelectionRef selection;
        Set<EventKind> kinds;
        Theme theme;
        Language language;
        PlaySpeed speed;
        Double zoom;
        Double lat;
        Double lon;
        Double textScale;
        Panes panes;
        AllianceChoice alliances;

        Reader(String name) {
            this.name = name;
        }

        Unreadable fail(JsonParser p, String field, String message, Unreadable.Why why, String... values) {
            var at = p.currentTokenLocation();
            return new Unreadable(name + ":" + at.getLineNr() + ":" + at.getColumnNr() + ": " + (field.isEmpty() ? "" : field + ": ") + message,
                    name, at.getLineNr(), at.getColumnNr(), field, why, values);
        }

        String text(JsonParser p, String field) throws IOException, Unreadable {
            if (p.currentToken() == JsonToken.VALUE_NULL) return null;
            if (p.currentToken() != JsonToken.VALUE_STRING) throw fail(p, field, "must be text in quotes", Unreadable.Why.NOT_TEXT);
            if (p.getTextLength() > 200) throw fail(p, field, "too long (" + p.getTextLength() + " characters)", Unreadable.Why.TOO_LONG, Integer.toString(p.getTextLength()), "200");
            return p.getText();
        }

        <T> T word(JsonParser p, String field, java.util.function.Function<String, T> of) throws IOException, Unreadable {
            String s = text(p, field);
            if (s == null) return null;
            try {
                return of.apply(s);
            } catch (IllegalArgumentException e) {
                throw fail(p, field, e.getMessage(), Unreadable.Why.NOT_A_WORD, s);
            }
        }

        LocalDate date(JsonParser p, String field) throws IOException, Unreadable {
            String s = text(p, field);
            if (s == null) return null;
            LocalDate d;
            try {
                if (!s.matches("\\d{4}-\\d{2}-\\d{2}")) throw new DateTimeException(s);
                d = LocalDate.parse(s);
            } catch (DateTimeException e) {
                throw fail(p, field, "'" + s + "' is not a date (expected YYYY-MM-DD)", Unreadable.Why.NOT_A_DATE, s);
            }
            // Refused as the command line refuses it, not clamped without a word.
            String off = AtlasState.offTimeline(d, LocalDate.now());
            if (off != null) throw fail(p, field, off, Unreadable.Why.OFF_TIMELINE, s, AtlasState.FIRST_DAY.toString(), LocalDate.now().toString());
            return d;
        }

        Double number(JsonParser p, String field, double min, double max) throws IOException, Unreadable {
            if (p.currentToken() == JsonToken.VALUE_NULL) return null;
            if (!p.currentToken().isNumeric()) throw fail(p, field, "must be a number", Unreadable.Why.NOT_A_NUMBER);
            double v = p.getDoubleValue();
            if (!(v >= min && v <= max)) throw fail(p, field, "must be from " + fmt(min) + " to " + fmt(max) + ", not " + p.getText(), Unreadable.Why.OUT_OF_RANGE, fmt(min), fmt(max), p.getText());
            return v;
        }

        boolean bool(JsonParser p, String field) throws Unreadable {
            if (p.currentToken() == JsonToken.VALUE_TRUE) return true;
            if (p.currentToken() == JsonToken.VALUE_FALSE) return false;
            throw fail(p, field, "must be true or false", Unreadable.Why.NOT_TRUE_OR_FALSE);
        }

        void selection(JsonParser p) throws IOException, Unreadable {
            if (p.currentToken() == JsonToken.VALUE_NULL) return;
            if (p.currentToken() != JsonToken.START_OBJECT) throw fail(p, "selection", "must be an object {\"kind\": ..., \"id\": ...} or null", Unreadable.Why.NOT_AN_OBJECT);
            SelectionRef.Kind kind = null;
            String id = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String f = p.currentName();
                p.nextToken();
                switch (f) {
                    case "kind" -> {
                        kind = word(p, "selection.kind", SelectionRef.Kind::of);
                        if (kind == null) throw fail(p, "selection.kind", "must be one of " + org.cstoatlas.record.Word.words(SelectionRef.Kind.class), Unreadable.Why.NOT_A_WORD, "null");
                    }
                    case "id" -> {
                        id = text(p, "selection.id");
                        if (id == null || id.isBlank()) throw fail(p, "selection.id", "must not be empty", Unreadable.Why.EMPTY);
                    }
                    default -> throw fail(p, "selection." + f, "unknown field (known: kind, id)", Unreadable.Why.UNKNOWN_FIELD, "kind, id");
                }
            }
            if (kind == null || id == null) throw fail(p, "selection", "needs both kind and id", Unreadable.Why.NEEDS_BOTH, "kind", "id");
            selection = new SelectionRef(kind, id);
        }

        void centre(JsonParser p) throws IOException, Unreadable {
            if (p.currentToken() == JsonToken.VALUE_NULL) return;
            if (p.currentToken() != JsonToken.START_OBJECT) throw fail(p, "centre", "must be an object {\"lat\": ..., \"lon\": ...} or null", Unreadable.Why.NOT_AN_OBJECT);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String f = p.currentName();
                p.nextToken();
                switch (f) {
                    case "lat" -> lat = number(p, "centre.lat", -85, 85);
                    case "lon" -> lon = number(p, "centre.lon", -180, 180);
                    default -> throw fail(p, "centre." + f, "unknown field (known: lat, lon)", Unreadable.Why.UNKNOWN_FIELD, "lat, lon");
                }
            }
            if (lat == null || lon == null) throw fail(p, "centre", "needs both lat and lon", Unreadable.Why.NEEDS_BOTH, "lat", "lon");
        }

        void kinds(JsonParser p) throws IOException, Unreadable {
            if (p.currentToken() == JsonToken.VALUE_NULL) return;
            if (p.currentToken() != JsonToken.START_ARRAY) throw fail(p, "shownKinds", "must be a list of event kinds, e.g. [\"accession\", \"summit\"]", Unreadable.Why.NOT_A_LIST);
            Set<EventKind> read = EnumSet.noneOf(EventKind.class);
            while (p.nextToken() != JsonToken.END_ARRAY) {
                if (read.size() > EventKind.values().length) throw fail(p, "shownKinds", "lists more kinds than there are", Unreadable.Why.TOO_MANY, Integer.toString(EventKind.values().length));
                read.add(word(p, "shownKinds", EventKind::of));
            }
            kinds = read;
        }

        void panes(JsonParser p) throws IOException, Unreadable {
            if (p.currentToken() == JsonToken.VALUE_NULL) return;
            if (p.currentToken() != JsonToken.START_OBJECT) throw fail(p, "panes", "must be an object {\"browse\": true, \"detail\": true, \"legend\": true}", Unreadable.Why.NOT_AN_OBJECT);
            boolean browse = true, detail = true, legend = true;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String f = p.currentName();
                p.nextToken();
                switch (f) {
                    case "browse" -> browse = bool(p, "panes.browse");
                    case "detail" -> detail = bool(p, "panes.detail");
                    case "legend" -> legend = bool(p, "panes.legend");
                    default -> throw fail(p, "panes." + f, "unknown field (known: browse, detail, legend)", Unreadable.Why.UNKNOWN_FIELD, "browse, detail, legend");
                }
            }
            panes = new Panes(browse, detail, legend);
        }

        void alliances(JsonParser p) throws IOException, Unreadable {
            if (p.currentToken() == JsonToken.VALUE_NULL) return;
            String expected = "must be a list of one or two alliance ids, e.g. [\"csto\"] or [\"csto\", \"nato\"]";
            if (p.currentToken() != JsonToken.START_ARRAY) throw fail(p, "alliances", expected, Unreadable.Why.NOT_ALLIANCES);
            List<String> ids = new java.util.ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                String id = text(p, "alliances");
                if (id == null || ids.size() == 2) throw fail(p, "alliances", expected, Unreadable.Why.NOT_ALLIANCES);
                ids.add(id);
            }
            if (ids.isEmpty()) throw fail(p, "alliances", expected, Unreadable.Why.NOT_ALLIANCES);
            try {
                alliances = new AllianceChoice(ids.get(0), ids.size() > 1 ? ids.get(1) : null);
            } catch (IllegalArgumentException e) {
                throw fail(p, "alliances", e.getMessage(), Unreadable.Why.NOT_ALLIANCES);
            }
        }

        private static String fmt(double d) {
            return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
        }
    }
}

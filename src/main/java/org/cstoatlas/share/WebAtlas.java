package org.cstoatlas.share;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.DoubleConsumer;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cstoatlas.Bundled;
import org.cstoatlas.files.AtomicWrite;
import org.cstoatlas.geo.BasemapStyle;
import org.cstoatlas.geo.CountryShape;
import org.cstoatlas.geo.CountryShapes;
import org.cstoatlas.geo.WebMercator;
import org.cstoatlas.record.Citation;
import org.cstoatlas.record.Country;
import org.cstoatlas.record.Event;
import org.cstoatlas.record.EventKind;
import org.cstoatlas.record.Evidence;
import org.cstoatlas.record.FuzzyDate;
import org.cstoatlas.record.Language;
import org.cstoatlas.record.Quote;
import org.cstoatlas.record.Source;
import org.cstoatlas.record.StatusPeriod;
import org.cstoatlas.record.time.StatusAt;
import org.cstoatlas.record.time.StatusSnapshot;
import org.cstoatlas.record.time.TimeIndex;
import org.cstoatlas.state.Lesson;
import org.cstoatlas.state.SelectionRef;

/**
 * The atlas as one self-contained web page for a student's browser: the map as inline SVG from the
 * bundled 110m shapes (projected with the window's Web Mercator), the status of every country on every
 * day the record's time index says a status may change, the events, every country's history with its
 * verbatim quotes and sources, the window's palette and words in English and Russian; with a lesson,
 * its stops. Nothing in the page asks the network for anything: the script, the style and the data are
 * written into it.
 */
public final class WebAtlas {

    /** The page's limit, so that it travels through any learning platform. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    /** The map's frame: Europe to the Pacific coast of Asia, as the window first shows the CSTO. */
    static final double WEST = -12, EAST = 150, NORTH = 72, SOUTH = 10;
    /** Map pixels per zoom-0 world pixel: the frame is about 1840 units wide, whole units keep the paths short. */
    static final double SCALE = 16;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TEMPLATE = "atlas.html";
    private static final String BUNDLE = "org.cstoatlas.ui.texts";
    /** The styles of the legend, in its order (the window's StatusStyle names). */
    static final List<String> STYLES = List.of("memberOrganization", "memberTreaty", "observer", "suspended", "former", "none");

    private final TimeIndex index;
    private final CountryShapes shapes;
    private final String stylesheet;
    private final LocalDate first;
    private final LocalDate last;

    /**
     * @param index      the record's time index (the CSTO's)
     * @param shapes     the 110m country shapes
     * @param stylesheet the window's base stylesheet, whose colour tokens the page takes
     */
    public WebAtlas(TimeIndex index, CountryShapes shapes, String stylesheet, LocalDate first, LocalDate last) {
        this.index = index;
        this.shapes = shapes;
        this.stylesheet = stylesheet;
        this.first = first;
        this.last = last;
    }

    /** Thrown when the exporting is cancelled; nothing has been written. */
    public static final class Cancelled extends Exception {
        private static final long serialVersionUID = 1L;

        public Cancelled() {
            super("cancelled", null, false, false);
        }
    }

    /** Writes the page atomically; the answer is its size in bytes. */
    public long write(Lesson lesson, Language opening, Path out, DoubleConsumer progress, BooleanSupplier cancelled) throws IOException, Cancelled {
        String html = html(lesson, opening, progress, cancelled);
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > MAX_BYTES) throw new IOException("the page would be " + bytes.length / 1024 + " KB, more than " + MAX_BYTES / 1024 / 1024 + " MB");
        if (cancelled.getAsBoolean()) throw new Cancelled();
        AtomicWrite.bytes(out, o -> o.write(bytes));
        progress.accept(1);
        return bytes.length;
    }

    /** The page's text. */
    public String html(Lesson lesson, Language opening, DoubleConsumer progress, BooleanSupplier cancelled) throws Cancelled {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("language", opening.id());
        data.put("first", first.toEpochDay());
        data.put("last", last.toEpochDay());
        data.put("palette", palette());
        data.put("styles", STYLES);
        List<LocalDate> days = days();
        data.put("days", days.stream().map(LocalDate::toEpochDay).toList());
        progress.accept(0.1);
        if (cancelled.getAsBoolean()) throw new Cancelled();
        data.put("countries", countries(days));
        progress.accept(0.3);
        if (cancelled.getAsBoolean()) throw new Cancelled();
        data.put("map", map());
        progress.accept(0.6);
        if (cancelled.getAsBoolean()) throw new Cancelled();
        data.put("events", events());
        FuzzyDate crimea = index.record().crimeaDisputedFrom();
        if (crimea != null) data.put("crimeaFrom", crimea.first().toEpochDay());
        data.put("words", Map.of("en", words(Language.EN), "ru", words(Language.RU)));
        data.put("months", Map.of("en", months(Language.EN), "ru", months(Language.RU)));
        if (lesson != null && !lesson.isEmpty()) data.put("lesson", lesson(lesson));
        progress.accept(0.8);
        String json;
        try {
            // "</" would end the script element early: a quote may hold any text.
            json = JSON.writeValueAsString(data).replace("</", "<\\/");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        String page = template();
        String title = words(opening).get("web.title");
        return page.replace("{{LANG}}", opening.id()).replace("{{TITLE}}", escape(title)).replace("/*{{DATA}}*/null", json);
    }

    // ---- time ----

    /** The first day and every day after it on which some status may change, up to the last day. */
    List<LocalDate> days() {
        List<LocalDate> out = new ArrayList<>();
        out.add(first);
        for (LocalDate d : index.changeDays()) if (d.isAfter(first) && !d.isAfter(last)) out.add(d);
        return out;
    }

    /** Each country: its names, and its style on each of the days as one letter ('A' + 2 × style + uncertain). */
    private List<Map<String, Object>> countries(List<LocalDate> days) {
        List<StatusSnapshot> snapshots = days.stream().map(index::statusOn).toList();
        List<Map<String, Object>> out = new ArrayList<>();
        for (Country c : index.record().countries()) {
            StringBuilder s = new StringBuilder(days.size());
            for (StatusSnapshot snap : snapshots) {
                StatusAt at = snap.of(c.iso());
                int style = at == null ? STYLES.indexOf("none") : STYLES.indexOf(style(at));
                s.append((char) ('A' + 2 * style + (at != null && at.uncertain() ? 1 : 0)));
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("iso", c.iso());
            m.put("en", c.name());
            m.put("ru", c.nameRu());
            m.put("s", s.toString());
            m.put("history", history(c));
            out.add(m);
        }
        return out;
    }

    /**
     * The legend's class of a status, as the window's StatusStyle names it: a member of the 1992
     * treaty alone (the lower body) apart from a member of the Organization.
     */
    static String style(StatusAt s) {
        return switch (s.status()) {
            case MEMBER -> s.body() != null && s.body().precedence() < ORGANIZATION ? "memberTreaty" : "memberOrganization";
            case OBSERVER -> "observer";
            case SUSPENDED -> "suspended";
            case FORMER -> "former";
            default -> "none";
        };
    }

    /** The precedence of the CSTO's highest body (the Organization); the treaty's is below it. */
    private static final int ORGANIZATION = 2;

    private List<Map<String, Object>> history(Country c) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (StatusPeriod p : index.record().history(c)) {
            Map<String, Object> m = new LinkedHashMap<>();
            StatusAt as = new StatusAt(c, p.status(), p.body(), p.start(), false, p);
            m.put("style", style(as));
            m.put("start", p.start().first().toEpochDay());
            m.put("from", Map.of("en", date(p.start(), Language.EN), "ru", date(p.start(), Language.RU)));
            if (p.end() != null) m.put("to", Map.of("en", date(p.end(), Language.EN), "ru", date(p.end(), Language.RU)));
            Map<String, String> note = new LinkedHashMap<>();
            if (p.note(Language.EN) != null) note.put("en", p.note(Language.EN));
            if (p.note(Language.RU) != null) note.put("ru", p.note(Language.RU));
            if (!note.isEmpty()) m.put("note", note);
            m.put("evidence", evidence(p.evidence()));
            out.add(m);
        }
        return out;
    }

    /** Quotes with their source's title, outlet and date; references with theirs. Never a file name. */
    private static List<Map<String, Object>> evidence(List<Evidence> evidence) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Evidence e : evidence) {
            Map<String, Object> m = new LinkedHashMap<>();
            if (e instanceof Quote q) {
                Source s = q.source();
                m.put("quote", q.text());
                m.put("title", s.title());
                m.put("outlet", outlet(s.publisher()));
                m.put("date", s.written());
            } else if (e instanceof Citation c) {
                m.put("title", c.reference().title());
                m.put("outlet", outlet(c.reference().publisher()));
                m.put("date", c.reference().date());
                m.put("says", c.says());
            }
            out.add(m);
        }
        return out;
    }

    private static String outlet(String publisher) {
        return publisher == null || publisher.isBlank() || "not stated".equalsIgnoreCase(publisher) ? null : publisher;
    }

    private List<Map<String, Object>> events() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Event e : index.eventsBetween(first, last)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("d", e.date().first().toEpochDay());
            m.put("kind", e.kind().id());
            m.put("en", e.title(Language.EN));
            m.put("ru", e.title(Language.RU));
            m.put("when", Map.of("en", date(e.date(), Language.EN), "ru", date(e.date(), Language.RU)));
            out.add(m);
        }
        return out;
    }

    // ---- the map ----

    private Map<String, Object> map() {
        double x0 = WebMercator.x(WEST) * SCALE, x1 = WebMercator.x(EAST) * SCALE;
        double y0 = WebMercator.y(NORTH) * SCALE, y1 = WebMercator.y(SOUTH) * SCALE;
        List<Map<String, Object>> paths = new ArrayList<>();
        for (CountryShape shape : shapes.all()) {
            if (shape.maxLon() < WEST || shape.minLon() > EAST || shape.maxLat() < SOUTH || shape.minLat() > NORTH) continue;
            String d = path(shape, x0, y0);
            if (d.isEmpty()) continue;
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("iso", shape.iso());
            // Crimea is its own feature, coded UKR: never alliance territory, hatched as disputed from its annexation.
            if ("Crimea".equals(shape.name())) m.put("crimea", true);
            m.put("d", d);
            paths.add(m);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("width", Math.round(x1 - x0));
        m.put("height", Math.round(y1 - y0));
        m.put("paths", paths);
        return m;
    }

    /** A shape's rings in whole map units, a point dropped where it repeats the one before. */
    private static String path(CountryShape shape, double x0, double y0) {
        StringBuilder d = new StringBuilder();
        for (double[] ring : shape.rings()) {
            StringBuilder r = new StringBuilder();
            long px = Long.MIN_VALUE, py = Long.MIN_VALUE;
            int points = 0;
            for (int i = 0; i < ring.length; i += 2) {
                long x = Math.round(WebMercator.x(ring[i]) * SCALE - x0);
                long y = Math.round(WebMercator.y(ring[i + 1]) * SCALE - y0);
                if (x == px && y == py) continue;
                r.append(points == 0 ? "M" : points == 1 ? "L" : " ").append(x).append(' ').append(y);
                px = x;
                py = y;
                points++;
            }
            if (points >= 3) d.append(r).append('Z');
        }
        return d.toString();
    }

    /** A lesson pin in map units. */
    static double[] project(double lat, double lon) {
        double x0 = WebMercator.x(WEST) * SCALE, y0 = WebMercator.y(NORTH) * SCALE;
        return new double[] {Math.round(WebMercator.x(lon) * SCALE - x0), Math.round(WebMercator.y(lat) * SCALE - y0)};
    }

    // ---- the lesson ----

    private Map<String, Object> lesson(Lesson lesson) {
        List<Map<String, Object>> stops = new ArrayList<>();
        for (Lesson.Stop s : lesson.stops()) {
            Map<String, Object> m = new LinkedHashMap<>();
            LocalDate d = s.state().date();
            m.put("d", (d.isBefore(first) ? first : d.isAfter(last) ? last : d).toEpochDay());
            SelectionRef sel = s.state().selection();
            if (sel != null && sel.kind() == SelectionRef.Kind.COUNTRY) m.put("iso", sel.id());
            m.put("note", Map.of("en", s.note(Language.EN), "ru", s.note(Language.RU)));
            if (s.pin() != null) m.put("pin", project(s.pin().lat(), s.pin().lon()));
            stops.add(m);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", Map.of("en", lesson.title(Language.EN), "ru", lesson.title(Language.RU)));
        m.put("stops", stops);
        return m;
    }

    // ---- the look and the words ----

    /** The window's colour tokens (the last definition wins, as in CSS), and the basemap's land and borders. */
    private Map<String, String> palette() {
        Map<String, String> p = new LinkedHashMap<>();
        for (String s : STYLES) {
            if (s.equals("none")) continue;
            String css = cssName(s);
            p.put(s, token("-atlas-fill-" + css));
            p.put(s + "-uncertain", token("-atlas-fill-" + css + "-uncertain"));
            p.put(s + "-swatch", token("-atlas-" + css));
        }
        for (EventKind k : EventKind.values()) {
            String v = tokenOrNull("-atlas-kind-" + k.id());
            if (v != null) p.put("kind-" + k.id(), v);
        }
        for (String t : List.of("bg", "panel", "text", "muted", "rule", "accent", "quote-bg", "country-stroke", "selected-stroke", "disputed", "map-pane-bg", "event-tick-bg")) {
            p.put(t, token("-atlas-" + t));
        }
        p.put("land", hex(BasemapStyle.LIGHT.land()));
        p.put("border", hex(BasemapStyle.LIGHT.border()));
        return p;
    }

    /** "memberOrganization" as the stylesheet spells it: "member-organization". */
    static String cssName(String style) {
        return style.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
    }

    private String token(String name) {
        String v = tokenOrNull(name);
        if (v == null) throw new IllegalStateException("the stylesheet has no colour " + name);
        return v;
    }

    private String tokenOrNull(String name) {
        Matcher m = Pattern.compile(Pattern.quote(name) + ":\\s*(#[0-9a-fA-F]{3,8}|rgba?\\([0-9.,\\s]+\\))\\s*;").matcher(stylesheet);
        String v = null;
        while (m.find()) v = m.group(1);
        return v;
    }

    private static String hex(int argb) {
        return String.format(Locale.ROOT, "#%06x", argb & 0xFFFFFF);
    }

    /** The page's words in a language, from the window's own bundle. */
    static Map<String, String> words(Language language) {
        ResourceBundle b = ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<String, String> m = new LinkedHashMap<>();
        for (String key : b.keySet()) {
            if (key.startsWith("web.") || key.startsWith("handout.") || key.startsWith("legend.") || key.startsWith("status.") || key.startsWith("kind.") || key.startsWith("date.")) {
                m.put(key, b.getString(key));
            }
        }
        return m;
    }

    private static String word(Language language, String key) {
        try {
            return words(language).get(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** The month names as they stand after a day ("7 January", "7 января"). */
    private static List<String> months(Language language) {
        List<String> out = new ArrayList<>();
        DateTimeFormatter f = DateTimeFormatter.ofPattern("d MMMM", language.locale());
        for (int m = 1; m <= 12; m++) out.add(f.format(LocalDate.of(2001, m, 1)).substring(2));
        return out;
    }

    /** A date as the record knows it: "15 May 1992", "June 2012", "2013", "about ...". */
    static String date(FuzzyDate date, Language language) {
        Locale l = language.locale();
        String body = switch (date.precision()) {
            case DAY -> DateTimeFormatter.ofPattern("d MMMM uuuu", l).format(date.first());
            case MONTH -> DateTimeFormatter.ofPattern(date.approximate() ? "MMMM uuuu" : "LLLL uuuu", l).format(date.first());
            case YEAR -> Integer.toString(date.first().getYear());
        };
        return date.approximate() ? word(language, "date.about").replace("{0}", body) : body;
    }

    private static String template() {
        try (InputStream in = WebAtlas.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) throw new IllegalStateException("the web page's template is missing from the build");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** The page of the bundled shapes and stylesheet over a record's time index, from the timeline's first day to {@code today}. */
    public static WebAtlas bundled(TimeIndex index, LocalDate firstDay, LocalDate today) throws IOException {
        return new WebAtlas(index, CountryShapes.read(Bundled.countries("110m")),
                Files.readString(Bundled.assets().resolve("styles/atlas.css")), firstDay, today);
    }
}

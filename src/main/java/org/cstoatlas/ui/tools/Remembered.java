package org.cstoatlas.ui.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * What the atlas remembers between runs: the window's place and size, the last date, theme, text size,
 * zoom and language. Kept as {@code remembered.json} in the user's config folder (or the folder the
 * system property {@code csto.atlas.home} names). Null means "nothing remembered".
 */
public record Remembered(Double x, Double y, Double width, Double height, LocalDate date, String theme,
                         Double textScale, Double zoom, String language) {

    public static final Remembered NOTHING = new Remembered(null, null, null, null, null, null, null, null, null);
    static final String FILE = "remembered.json";
    private static final System.Logger LOG = System.getLogger(Remembered.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The atlas's own folder among the user's settings. */
    public static Path home() {
        String override = System.getProperty("csto.atlas.home");
        if (override != null && !override.isBlank()) return Path.of(override);
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String user = System.getProperty("user.home");
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return (appData != null ? Path.of(appData) : Path.of(user, "AppData", "Roaming")).resolve("CSTO Atlas");
        }
        if (os.contains("mac")) return Path.of(user, "Library", "Application Support", "CSTO Atlas");
        String xdg = System.getenv("XDG_CONFIG_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(user, ".config")).resolve("csto-atlas");
    }

    /** What was remembered in {@code home}; nothing when there is no file, or (with a warning) when it cannot be used. */
    public static Remembered load(Path home) {
        Path file = home.resolve(FILE);
        if (!Files.exists(file)) return NOTHING;
        try {
            JsonNode n = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
            if (n == null || !n.isObject()) throw new IOException("not a JSON object");
            return new Remembered(number(n, "x", -1e5, 1e5), number(n, "y", -1e5, 1e5), number(n, "width", 200, 1e5),
                    number(n, "height", 150, 1e5), date(n), choice(n, "theme", SavedView.THEMES), number(n, "textScale", 1, 2),
                    number(n, "zoom", 1, 8), choice(n, "language", List.of("en", "ru")));
        } catch (IOException | RuntimeException e) {
            // Preferences are a convenience: a damaged file never stops the atlas from starting.
            LOG.log(System.Logger.Level.WARNING, "ignoring the remembered settings in " + file + ": " + firstLine(e.getMessage()));
            return NOTHING;
        }
    }

    /** Writes the settings; a failure is logged, never shown as an error at closing time. */
    public void save(Path home) {
        ObjectNode n = JSON.createObjectNode();
        if (x != null) n.put("x", x);
        if (y != null) n.put("y", y);
        if (width != null) n.put("width", width);
        if (height != null) n.put("height", height);
        if (date != null) n.put("date", date.toString());
        if (theme != null) n.put("theme", theme);
        if (textScale != null) n.put("textScale", textScale);
        if (zoom != null) n.put("zoom", zoom);
        if (language != null) n.put("language", language);
        try {
            Files.createDirectories(home);
            Path tmp = home.resolve(FILE + ".tmp");
            Files.writeString(tmp, JSON.writeValueAsString(n) + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, home.resolve(FILE), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "the settings could not be saved in " + home + ": " + e.getMessage());
        }
    }

    private static Double number(JsonNode n, String field, double min, double max) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isNumber() || !(v.asDouble() >= min && v.asDouble() <= max)) throw new IllegalArgumentException(field + ": out of range or not a number");
        return v.asDouble();
    }

    private static LocalDate date(JsonNode n) {
        JsonNode v = n.get("date");
        return v == null || v.isNull() ? null : LocalDate.parse(v.asText());
    }

    private static String choice(JsonNode n, String field, List<String> allowed) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) return null;
        if (!allowed.contains(v.asText())) throw new IllegalArgumentException(field + ": unknown value '" + v.asText() + "'");
        return v.asText();
    }

    private static String firstLine(String s) {
        if (s == null) return "unreadable";
        int cut = s.indexOf('\n');
        return cut < 0 ? s : s.substring(0, cut);
    }
}

package org.cstoatlas.state;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.cstoatlas.files.AtomicWrite;

/**
 * What the atlas remembers between runs: the window's place and size, and the view it showed (without
 * the selection and the comparison: a new start opens on the overview). Kept as {@code remembered.json}
 * in the user's configuration folder (or the folder the system property {@code csto.atlas.home} names),
 * in the view files' format with the window's fields beside it. Null means "nothing remembered".
 */
public record Remembered(Double x, Double y, Double width, Double height, SavedView view) {

    public static final Remembered NOTHING = new Remembered(null, null, null, null, null);
    static final String FILE = "remembered.json";
    /** A window smaller than this is no use; larger ones are fitted to the screen when the window opens. */
    public static final double MIN_WIDTH = 200;
    public static final double MIN_HEIGHT = 150;
    /** Beyond any screen there is: a remembered size or place past this is not plausible and is dropped. */
    static final double MAX_EXTENT = 20_000;
    private static final System.Logger LOG = System.getLogger(Remembered.class.getName());

    /** What to remember of a state shown in a window of that place and size. */
    public static Remembered of(AtlasState state, double x, double y, double width, double height) {
        return new Remembered(x, y, width, height, SavedView.of(state).withLanguage(state.language()).withoutSelectionAndComparison());
    }

    /** The state to open with: what was remembered put over {@code base}. */
    public AtlasState over(AtlasState base) {
        return view == null ? base : view.over(base);
    }

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
            Map<String, double[]> window = new LinkedHashMap<>();
            window.put("x", new double[] {-MAX_EXTENT, MAX_EXTENT, Double.NaN});
            window.put("y", new double[] {-MAX_EXTENT, MAX_EXTENT, Double.NaN});
            window.put("width", new double[] {MIN_WIDTH, MAX_EXTENT, Double.NaN});
            window.put("height", new double[] {MIN_HEIGHT, MAX_EXTENT, Double.NaN});
            SavedView view = SavedView.parse(FILE, SavedView.readSmallText(file, FILE), window);
            return new Remembered(given(window.get("x")), given(window.get("y")), given(window.get("width")), given(window.get("height")), view);
        } catch (SavedView.Unreadable e) {
            // Preferences are a convenience: a damaged or implausible file never stops the atlas from starting.
            LOG.log(System.Logger.Level.WARNING, "ignoring the remembered settings: " + e.getMessage());
            return NOTHING;
        }
    }

    private static Double given(double[] v) {
        return Double.isNaN(v[2]) ? null : v[2];
    }

    /** Writes the settings; a failure is logged, never shown as an error at closing time. */
    public void save(Path home) {
        Map<String, Object> first = new LinkedHashMap<>();
        if (x != null) first.put("x", x);
        if (y != null) first.put("y", y);
        if (width != null) first.put("width", width);
        if (height != null) first.put("height", height);
        String json = (view == null ? new SavedView(null, null, null, null, null, null, null, null, null, null, null, null, null) : view).toJson(first);
        try {
            Files.createDirectories(home);
            // Through a temporary file of its own, moved in at once: two atlases closing together never lose the file.
            AtomicWrite.text(home.resolve(FILE), json);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "the settings could not be saved in " + home + ": " + e.getMessage());
        }
    }
}

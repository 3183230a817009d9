package org.cstoatlas.state;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.cstoatlas.files.AtomicWrite;
import org.cstoatlas.files.BoundedRead;

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
        return home(System.getenv(), System.getProperties());
    }

    /**
     * The settings folder for that environment and those system properties: on Linux and other Unix
     * systems {@code $XDG_CONFIG_HOME/csto-atlas}, else {@code $HOME/.config/csto-atlas} (the user's
     * {@code HOME}, as every other program there reads it, not Java's {@code user.home}, which comes from
     * the password file); {@code %APPDATA%\CSTO Atlas} on Windows, {@code ~/Library/Application Support} on macOS.
     */
    static Path home(Map<String, String> env, java.util.Properties props) {
        String override = props.getProperty("csto.atlas.home");
        if (override != null && !override.isBlank()) return Path.of(override);
        String os = props.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String user = props.getProperty("user.home");
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return (appData != null ? Path.of(appData) : Path.of(user, "AppData", "Roaming")).resolve("CSTO Atlas");
        }
        if (os.contains("mac")) return Path.of(user, "Library", "Application Support", "CSTO Atlas");
        String xdg = env.get("XDG_CONFIG_HOME");
        // The XDG rules ignore a relative XDG_CONFIG_HOME; so does the atlas.
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) return Path.of(xdg).resolve("csto-atlas");
        String home = env.get("HOME");
        return Path.of(home != null && !home.isBlank() && Path.of(home).isAbsolute() ? home : user, ".config").resolve("csto-atlas");
    }

    /**
     * Where earlier versions kept the settings on Linux ({@code user.home/.config/csto-atlas}) when that is
     * not {@link #home()}: read once when the new place holds nothing, and never written.
     */
    static Path formerHome(Map<String, String> env, java.util.Properties props) {
        String os = props.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String override = props.getProperty("csto.atlas.home");
        if (os.contains("win") || os.contains("mac") || (override != null && !override.isBlank())) return null;
        String user = props.getProperty("user.home");
        if (user == null || user.isBlank()) return null;
        String xdg = env.get("XDG_CONFIG_HOME");
        Path former = (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(user, ".config")).resolve("csto-atlas");
        return former.equals(home(env, props)) ? null : former;
    }

    /**
     * What was remembered in {@code home}; nothing when there is no file, or (with a warning) when it cannot
     * be used. When {@code home} is the settings folder and holds nothing yet, the former one is read once:
     * the next save writes the new place.
     */
    public static Remembered load(Path home) {
        return load(home, home.equals(home()) ? formerHome(System.getenv(), System.getProperties()) : null);
    }

    /** What was remembered in {@code home}, else in {@code former} (may be null). */
    static Remembered load(Path home, Path former) {
        if (former != null && !Files.exists(home.resolve(FILE), LinkOption.NOFOLLOW_LINKS) && Files.exists(former.resolve(FILE), LinkOption.NOFOLLOW_LINKS)) {
            return loadFrom(former);
        }
        return loadFrom(home);
    }

    private static Remembered loadFrom(Path home) {
        Path file = home.resolve(FILE);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) return NOTHING;
        try {
            Map<String, double[]> window = new LinkedHashMap<>();
            window.put("x", new double[] {-MAX_EXTENT, MAX_EXTENT, Double.NaN});
            window.put("y", new double[] {-MAX_EXTENT, MAX_EXTENT, Double.NaN});
            window.put("width", new double[] {MIN_WIDTH, MAX_EXTENT, Double.NaN});
            window.put("height", new double[] {MIN_HEIGHT, MAX_EXTENT, Double.NaN});
            String text;
            try {
                // Never through a link: the settings are the atlas's own file, not a way to read another.
                text = BoundedRead.ownText(file, SavedView.MAX_BYTES);
            } catch (IOException e) {
                throw SavedView.Unreadable.unread(FILE, e);
            }
            SavedView view = SavedView.parse(FILE, text, window);
            return new Remembered(given(window.get("x")), given(window.get("y")), given(window.get("width")), given(window.get("height")), view);
        } catch (SavedView.Unreadable e) {
            // Preferences are a convenience: a damaged or implausible file never stops the atlas from starting.
            LOG.log(System.Logger.Level.WARNING, "ignoring the remembered settings: " + e.getMessage());
            return NOTHING;
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "ignoring the remembered settings: " + FILE + ": " + e);
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
            // A link in the file's place is replaced by the file, never written through (its target is not ours).
            AtomicWrite.text(home.resolve(FILE), AtomicWrite.Links.REPLACE, json);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "the settings could not be saved in " + home + ": " + e.getMessage());
        }
    }
}

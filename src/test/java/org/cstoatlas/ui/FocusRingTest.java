package org.cstoatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cstoatlas.Bundled;
import org.junit.jupiter.api.Test;

/**
 * The keyboard's focus is seen in every theme (WCAG 2.1 1.4.11, non-text contrast): the focus ring of
 * the map and of its round buttons stands at least 3:1 against the window, the map and the button, and
 * the ring of the country the keyboard is on at least 3:1 against that country's fill, as the
 * stylesheets' tokens and rules give them.
 */
class FocusRingTest {

    static final double MIN_CONTRAST = 3;
    static final List<String> THEMES = List.of("light", "dark", "high-contrast");
    static final List<String> CLASSES = List.of("member-organization", "member-treaty", "associate", "participant", "partner", "observer",
            "suspended", "former", "pair-first", "pair-both", "pair-second");

    static String css(String theme) throws Exception {
        String base = Files.readString(Bundled.assets().resolve("styles/atlas.css"));
        return base + (theme.equals("light") ? "" : Files.readString(Bundled.assets().resolve("styles/themes/" + theme + ".css")));
    }

    @Test
    void theMapsAndItsButtonsFocusRingStandsOutInEveryTheme() throws Exception {
        List<String> problems = new ArrayList<>();
        for (String theme : THEMES) {
            String css = css(theme);
            double[] ring = PaletteTest.lastValue(css, "-atlas-focus-ring");
            double[] land = {PaletteTest.LAND[0], PaletteTest.LAND[1], PaletteTest.LAND[2], 1};
            double[] sea = PaletteTest.lastValue(css, "-atlas-map-pane-bg");
            double[] window = PaletteTest.lastValue(css, "-atlas-bg");
            double[] button = over(PaletteTest.lastValue(css, "-atlas-map-controls-map-button-bg"), sea);
            check(problems, theme + ": the focus ring against the land", ring, land);
            check(problems, theme + ": the focus ring against the sea", ring, sea);
            check(problems, theme + ": the focus ring against the window", ring, window);
            check(problems, theme + ": the focus ring against a round map button", ring, button);
            assertTrue(css.contains(".map-controls .map-button:focused {\n    -fx-border-color: -atlas-focus-ring;"), "the round buttons draw the ring");
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theKeyboardsCountryIsRingedAgainstItsFillInEveryTheme() throws Exception {
        List<String> problems = new ArrayList<>();
        for (String theme : THEMES) {
            String css = css(theme);
            double[] land = {PaletteTest.LAND[0], PaletteTest.LAND[1], PaletteTest.LAND[2], 1};
            check(problems, theme + ": a country not a party", PaletteTest.lastValue(css, ringToken(css, null)), land);
            for (String c : CLASSES) {
                double[] fill = over(PaletteTest.lastValue(css, "-atlas-fill-" + c), land);
                check(problems, theme + ": " + c, PaletteTest.lastValue(css, ringToken(css, c)), fill);
            }
        }
        assertEquals(List.of(), problems);
    }

    /** The rule can fail: the accent of the dark theme, a light blue, is lost on the light land. */
    @Test
    void aLightBlueRingOnTheLandBreaksTheRule() {
        double[] land = {PaletteTest.LAND[0], PaletteTest.LAND[1], PaletteTest.LAND[2], 1};
        assertTrue(contrast(new double[] {0x6c, 0xb6, 0xff, 1}, land) < MIN_CONTRAST);
        assertEquals(21, contrast(new double[] {0, 0, 0, 1}, new double[] {255, 255, 255, 1}), 1e-9);
    }

    /** The token that strokes the keyboard's country of a class: its own rule, else the plain one. */
    static String ringToken(String css, String cssClass) {
        String selector = ".country:keyboard-focus" + (cssClass == null ? "" : ":" + cssClass);
        Matcher m = Pattern.compile(Pattern.quote(selector) + "\\s*\\{\\s*-fx-stroke:\\s*([-a-z]+);").matcher(css);
        if (m.find()) return m.group(1);
        if (cssClass == null) throw new AssertionError("no rule for the keyboard's country");
        return ringToken(css, null);
    }

    private static void check(List<String> problems, String what, double[] a, double[] b) {
        double c = contrast(a, b);
        if (c < MIN_CONTRAST) problems.add(String.format("%s: %.2f:1", what, c));
    }

    /** A colour with alpha laid over an opaque one. */
    static double[] over(double[] rgba, double[] below) {
        double[] out = new double[4];
        for (int i = 0; i < 3; i++) out[i] = rgba[3] * rgba[i] + (1 - rgba[3]) * below[i];
        out[3] = 1;
        return out;
    }

    /** WCAG 2.1 contrast ratio of two opaque colours. */
    static double contrast(double[] a, double[] b) {
        double la = luminance(a), lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    static double luminance(double[] rgb) {
        double[] w = {0.2126, 0.7152, 0.0722};
        double y = 0;
        for (int i = 0; i < 3; i++) {
            double c = rgb[i] / 255;
            y += w[i] * (c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
        }
        return y;
    }
}

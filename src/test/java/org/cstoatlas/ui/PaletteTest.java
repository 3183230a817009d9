package org.cstoatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cstoatlas.Bundled;
import org.junit.jupiter.api.Test;

/**
 * The status colours as the stylesheets define them stay apart in grayscale (for colour-blind readers
 * and black-and-white handouts): at least 9 CIE L* between any two statuses, as the map blends them
 * over the land; and every party clearly apart from "not a party" (the bare land): at least 15 L* for a
 * status's fill, at least 10 L* for its uncertain variant.
 */
class PaletteTest {

    static final List<String> STATUSES = List.of("member-organization", "member-treaty", "observer", "suspended", "former");
    static final double MIN_GAP = 9;
    /** "Not a party" is the bare land: a party's fill must stand well clear of it on a washed-out projector. */
    static final double MIN_FROM_LAND = 15;
    /** A date known only to the month or year is drawn lighter, but never near white. */
    static final double MIN_UNCERTAIN_FROM_LAND = 10;
    static final int[] LAND = {241, 239, 233};

    @Test
    void everyStatusIsDistinctInGrayscaleInEveryTheme() throws Exception {
        String base = Files.readString(Bundled.assets().resolve("styles/atlas.css"));
        for (String theme : List.of("light", "dark", "high-contrast")) {
            String css = base + (theme.equals("light") ? "" : Files.readString(Bundled.assets().resolve("styles/themes/" + theme + ".css")));
            Map<String, Double> lightness = new LinkedHashMap<>();
            for (String status : STATUSES) lightness.put(status, lightnessOver(LAND, lastValue(css, "-atlas-fill-" + status)));
            double land = lightnessOver(LAND, new double[] {LAND[0], LAND[1], LAND[2], 1});
            for (String a : STATUSES) {
                assertTrue(Math.abs(lightness.get(a) - land) >= MIN_FROM_LAND, theme + ": " + a + " against the land: " + lightness);
                for (String b : STATUSES) {
                    if (a.compareTo(b) < 0) {
                        assertTrue(Math.abs(lightness.get(a) - lightness.get(b)) >= MIN_GAP, theme + ": " + a + " vs " + b + ": " + lightness);
                    }
                }
            }
        }
    }

    /**
     * Every status's uncertain variant (dashed, lighter) still reads as a party, not as "not a party":
     * at least {@link #MIN_UNCERTAIN_FROM_LAND} L* from the land in every theme. The treaty's fill and
     * its uncertain variant (Georgia on 9 December 1993) were 10 and 5 L* from it before.
     */
    @Test
    void everyUncertainFillStaysClearOfTheLandInEveryTheme() throws Exception {
        String base = Files.readString(Bundled.assets().resolve("styles/atlas.css"));
        double land = lightnessOver(LAND, new double[] {LAND[0], LAND[1], LAND[2], 1});
        for (String theme : List.of("light", "dark", "high-contrast")) {
            String css = base + (theme.equals("light") ? "" : Files.readString(Bundled.assets().resolve("styles/themes/" + theme + ".css")));
            for (String status : STATUSES) {
                double l = lightnessOver(LAND, lastValue(css, "-atlas-fill-" + status + "-uncertain"));
                assertTrue(Math.abs(l - land) >= MIN_UNCERTAIN_FROM_LAND, theme + ": " + status + " (uncertain) is " + l + " L*, the land " + land);
            }
        }
    }

    /** The rule can fail: the treaty's former pale blue and its uncertain variant break it. */
    @Test
    void theFormerPaleTreatyBlueBreaksTheRule() {
        double land = lightnessOver(LAND, new double[] {LAND[0], LAND[1], LAND[2], 1});
        assertTrue(Math.abs(lightnessOver(LAND, new double[] {169, 211, 242, 0.85}) - land) < MIN_FROM_LAND);
        assertTrue(Math.abs(lightnessOver(LAND, new double[] {169, 211, 242, 0.42}) - land) < MIN_UNCERTAIN_FROM_LAND);
    }

    /** The last definition of a looked-up colour wins, as in CSS: rgba(r, g, b, a) or #rrggbb. */
    static double[] lastValue(String css, String name) {
        Matcher m = Pattern.compile(Pattern.quote(name) + ":\\s*([^;]+);").matcher(css);
        String value = null;
        while (m.find()) value = m.group(1).strip();
        assertNotNull(value, name);
        if (value.startsWith("#")) {
            return new double[] {Integer.parseInt(value.substring(1, 3), 16), Integer.parseInt(value.substring(3, 5), 16), Integer.parseInt(value.substring(5, 7), 16), 1};
        }
        String[] p = value.replaceAll("rgba\\(|\\)", "").split(",");
        return new double[] {Double.parseDouble(p[0].strip()), Double.parseDouble(p[1].strip()), Double.parseDouble(p[2].strip()), Double.parseDouble(p[3].strip())};
    }

    static double lightnessOver(int[] bg, double[] rgba) {
        double y = 0;
        double[] weights = {0.2126, 0.7152, 0.0722};
        for (int i = 0; i < 3; i++) {
            double c = (rgba[3] * rgba[i] + (1 - rgba[3]) * bg[i]) / 255;
            double linear = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
            y += weights[i] * linear;
        }
        return y > 0.008856 ? 116 * Math.cbrt(y) - 16 : 903.3 * y;
    }

    /** Colours only as named tokens: one .root per stylesheet holds every colour; rules and themes name tokens. */
    @Test
    void everyColourIsATokenOfTheOneRoot() throws Exception {
        Pattern colour = Pattern.compile("#[0-9a-fA-F]{3,8}\\b|rgba?\\(|\\b(white|black)\\b|linear-gradient");
        for (String file : List.of("atlas.css", "themes/dark.css", "themes/high-contrast.css")) {
            String css = Files.readString(Bundled.assets().resolve("styles").resolve(file)).replaceAll("(?s)/\\*.*?\\*/", "");
            Matcher rule = Pattern.compile("([^{}]+)\\{([^{}]*)\\}").matcher(css);
            int roots = 0;
            while (rule.find()) {
                String selector = rule.group(1).trim();
                if (selector.equals(".root")) {
                    roots++;
                    continue;
                }
                assertTrue(!colour.matcher(rule.group(2)).find(), file + ": a colour written in '" + selector + "' instead of a token");
            }
            assertEquals(1, roots, file + ": one .root");
        }
    }

    /**
     * Each alliance's legend (the statuses it has) stays apart in grayscale; and two alliances compared
     * (CSTO against NATO, the SCO or the EAEU alike): the first only, both, the second only, from each
     * other and from the land, and a standing short of membership from its full colour and the land.
     */
    @Test
    void everyAlliancesColoursAndTheFourClassesOfTwoAreDistinctInGrayscale() throws Exception {
        String base = Files.readString(Bundled.assets().resolve("styles/atlas.css"));
        Map<String, List<String>> legends = Map.of(
                "cis", List.of("member-organization", "associate", "participant", "former"),
                "sco", List.of("member-organization", "observer", "partner"),
                "eaeu", List.of("member-organization", "observer"),
                "guam", List.of("member-organization", "former"),
                "nato", List.of("member-organization"));
        for (String theme : List.of("light", "dark", "high-contrast")) {
            String css = base + (theme.equals("light") ? "" : Files.readString(Bundled.assets().resolve("styles/themes/" + theme + ".css")));
            double land = lightnessOver(LAND, new double[] {LAND[0], LAND[1], LAND[2], 1});
            for (var legend : legends.entrySet()) {
                List<String> names = legend.getValue().stream().map(s -> "-atlas-fill-" + s).toList();
                apart(css, theme + " " + legend.getKey(), names, land);
            }
            apart(css, theme + " two alliances", List.of("-atlas-fill-pair-first", "-atlas-fill-pair-both", "-atlas-fill-pair-second"), land);
            for (String c : List.of("first", "both", "second")) {
                apart(css, theme + " " + c + " and its partial", List.of("-atlas-fill-pair-" + c, "-atlas-fill-pair-" + c + "-partial"), land);
            }
        }
    }

    private static void apart(String css, String what, List<String> tokens, double land) {
        Map<String, Double> l = new LinkedHashMap<>();
        for (String t : tokens) l.put(t, lightnessOver(LAND, lastValue(css, t)));
        for (String a : tokens) {
            assertTrue(Math.abs(l.get(a) - land) >= MIN_GAP, what + ": " + a + " against the land: " + l);
            for (String b : tokens) {
                if (a.compareTo(b) < 0) assertTrue(Math.abs(l.get(a) - l.get(b)) >= MIN_GAP, what + ": " + a + " vs " + b + ": " + l);
            }
        }
    }

    /** Every kind of event has its colour on the timeline's ticks and in the lists' swatches (Suspension had none). */
    @Test
    void everyKindOfEventHasItsColour() throws java.io.IOException {
        String css = Files.readString(Bundled.assets().resolve("styles/atlas.css"));
        List<String> missing = new java.util.ArrayList<>();
        for (org.cstoatlas.record.EventKind k : org.cstoatlas.record.EventKind.values()) {
            String id = k.id();
            if (!css.contains("-atlas-kind-" + id + ":")) missing.add("token -atlas-kind-" + id);
            if (!css.contains(".event-tick.kind-" + id + " { -fx-background-color: -atlas-kind-" + id + "; }")) missing.add("tick of " + id);
            if (!css.contains("\n.kind-" + id + " { -fx-background-color: -atlas-kind-" + id + "; }")) missing.add("swatch of " + id);
        }
        assertEquals(List.of(), missing);
    }
}

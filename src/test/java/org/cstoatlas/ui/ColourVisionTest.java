package org.cstoatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cstoatlas.Bundled;
import org.junit.jupiter.api.Test;

/**
 * The map's colours as readers with a colour vision deficiency see them: every class the map shows
 * together (a legend's statuses, the two alliances' classes) and the bare land stay at least
 * {@link #MIN_DELTA_E} CIEDE2000 apart under simulated protanopia, deuteranopia and tritanopia, in every
 * theme. The fills are blended over the land as the map draws them, read from the theme's tokens as
 * {@link PaletteTest} reads them.
 */
class ColourVisionTest {

    /**
     * The least CIEDE2000 difference between two classes shown together. About 2 is the smallest
     * difference most people notice side by side; two map classes must be told apart at a glance, on a
     * projector, across the map, so the rule asks four times that.
     */
    static final double MIN_DELTA_E = 8;

    /**
     * Machado, Oliveira and Fernandes (2009), "A Physiologically-based Model for Simulation of Color
     * Vision Deficiency", IEEE TVCG 15(6), doi:10.1109/TVCG.2009.113: the matrices for severity 1.0,
     * applied to linear RGB, from the table the authors publish with the paper. Read in the R package
     * prismatic (EmilHvitfeldt/prismatic, R/color-blindness.R) and found the same, digit for digit, in
     * several other public copies of that table; not typed from memory.
     */
    enum Deficiency {
        PROTANOPIA(new double[][] {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}}),
        DEUTERANOPIA(new double[][] {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}}),
        TRITANOPIA(new double[][] {{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}});

        final double[][] matrix;

        Deficiency(double[][] matrix) {
            this.matrix = matrix;
        }

        /** Linear RGB as the deficiency sees it, clipped to the display's gamut. */
        double[] see(double[] linear) {
            double[] out = new double[3];
            for (int i = 0; i < 3; i++) {
                double v = 0;
                for (int j = 0; j < 3; j++) v += matrix[i][j] * linear[j];
                out[i] = Math.min(1, Math.max(0, v));
            }
            return out;
        }
    }

    /** The classes each view shows together, besides the land ("not a party"). */
    static final Map<String, List<String>> SHOWN_TOGETHER = new LinkedHashMap<>();

    static {
        SHOWN_TOGETHER.put("the CSTO", List.of("member-organization", "member-treaty", "observer", "suspended", "former"));
        SHOWN_TOGETHER.put("the CIS", List.of("member-organization", "associate", "participant", "former"));
        SHOWN_TOGETHER.put("the SCO", List.of("member-organization", "observer", "partner"));
        SHOWN_TOGETHER.put("the EAEU", List.of("member-organization", "observer"));
        SHOWN_TOGETHER.put("GUAM", List.of("member-organization", "former"));
        SHOWN_TOGETHER.put("two alliances", List.of("pair-first", "pair-both", "pair-second"));
    }

    @Test
    void everyClassShownTogetherStaysApartForEveryDeficiencyInEveryTheme() throws Exception {
        String base = Files.readString(Bundled.assets().resolve("styles/atlas.css"));
        List<String> problems = new ArrayList<>();
        for (String theme : List.of("light", "dark", "high-contrast")) {
            String css = base + (theme.equals("light") ? "" : Files.readString(Bundled.assets().resolve("styles/themes/" + theme + ".css")));
            SHOWN_TOGETHER.forEach((view, classes) -> {
                Map<String, double[]> fills = new LinkedHashMap<>();
                for (String c : classes) fills.put(c, PaletteTest.lastValue(css, "-atlas-fill-" + c));
                problems.addAll(tooClose(theme + ", " + view, fills));
            });
        }
        assertEquals(List.of(), problems);
    }

    /**
     * The membership chart's alliances (its count lines and, with two shown, its bars) on the panel:
     * the colours the chart's model gives the first and the second alliance stay {@link #MIN_DELTA_E}
     * apart under each deficiency, and each stands at least 3:1 off the panel (WCAG's least contrast
     * for a line or a shape), in every theme.
     */
    @Test
    void theChartsTwoAlliancesStayApartAndOffThePanelInEveryTheme() throws Exception {
        String base = Files.readString(Bundled.assets().resolve("styles/atlas.css"));
        List<String> problems = new ArrayList<>();
        for (String theme : List.of("light", "dark", "high-contrast")) {
            String css = base + (theme.equals("light") ? "" : Files.readString(Bundled.assets().resolve("styles/themes/" + theme + ".css")));
            double[] panel = PaletteTest.lastValue(css, "-atlas-panel");
            Map<String, double[]> lines = new LinkedHashMap<>();
            for (int i = 0; i < 2; i++) {
                String token = "-atlas-chart-" + org.cstoatlas.ui.chart.MembershipChartViewModel.colour(i).pseudoClass().getPseudoClassName().replace("pair-", "");
                lines.put(token, PaletteTest.lastValue(css, token));
            }
            List<String> names = new ArrayList<>(lines.keySet());
            assertFalse(names.get(0).equals(names.get(1)), "two alliances, two tokens: " + names);
            for (String n : names) {
                double contrast = contrast(linear(lines.get(n)), linear(panel));
                if (contrast < 3) problems.add(String.format("%s: %s only %.2f:1 off the panel", theme, n, contrast));
            }
            for (Deficiency d : Deficiency.values()) {
                double e = deltaE2000(lab(d.see(linear(lines.get(names.get(0))))), lab(d.see(linear(lines.get(names.get(1))))));
                if (e < MIN_DELTA_E) problems.add(String.format("%s, %s: the chart's alliances only %.1f apart", theme, d, e));
            }
        }
        assertEquals(List.of(), problems);
    }

    /** An opaque colour in linear RGB. */
    static double[] linear(double[] rgba) {
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = rgba[i] / 255;
            out[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return out;
    }

    /** WCAG 2's contrast ratio of two colours. */
    static double contrast(double[] a, double[] b) {
        double la = 0.2126 * a[0] + 0.7152 * a[1] + 0.0722 * a[2], lb = 0.2126 * b[0] + 0.7152 * b[1] + 0.0722 * b[2];
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** The rule can fail: a red and a green of different hue but like lightness merge for a deuteranope. */
    @Test
    void aRedAndGreenPairBreaksTheRule() {
        Map<String, double[]> redGreen = new LinkedHashMap<>();
        redGreen.put("red", new double[] {200, 50, 50, 0.85});
        redGreen.put("green", new double[] {80, 150, 60, 0.85});
        List<String> problems = tooClose("a red and green palette", redGreen);
        assertFalse(problems.isEmpty());
        assertTrue(problems.stream().anyMatch(p -> p.contains("DEUTERANOPIA") && p.contains("red vs green")), problems.toString());
        // With normal vision the same two are far apart: it is the deficiency that merges them.
        assertTrue(deltaE2000(lab(blend(redGreen.get("red"))), lab(blend(redGreen.get("green")))) > 40);
    }

    /** CIEDE2000 as Sharma, Wu and Dalal (2005) test it: their first pair of test data. */
    @Test
    void ciede2000MatchesSharmasTestData() {
        assertEquals(2.0425, deltaE2000(new double[] {50, 2.6772, -79.7751}, new double[] {50, 0, -82.7485}), 1e-4);
        assertEquals(0, deltaE2000(new double[] {50, 10, 10}, new double[] {50, 10, 10}), 1e-12);
    }

    /** Every pair of the classes, with the land, closer than the rule allows under some deficiency. */
    static List<String> tooClose(String what, Map<String, double[]> fills) {
        Map<String, double[]> all = new LinkedHashMap<>(fills);
        all.put("the land", new double[] {PaletteTest.LAND[0], PaletteTest.LAND[1], PaletteTest.LAND[2], 1});
        List<String> out = new ArrayList<>();
        List<String> names = new ArrayList<>(all.keySet());
        for (Deficiency d : Deficiency.values()) {
            for (int i = 0; i < names.size(); i++) {
                for (int j = i + 1; j < names.size(); j++) {
                    double e = deltaE2000(lab(d.see(blend(all.get(names.get(i))))), lab(d.see(blend(all.get(names.get(j))))));
                    if (e < MIN_DELTA_E) out.add(String.format("%s, %s: %s vs %s only %.1f apart", what, d, names.get(i), names.get(j), e));
                }
            }
        }
        return out;
    }

    /** A fill blended over the land as the map draws it, in linear RGB. */
    static double[] blend(double[] rgba) {
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = (rgba[3] * rgba[i] + (1 - rgba[3]) * PaletteTest.LAND[i]) / 255;
            out[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return out;
    }

    /** CIE L*a*b* (D65) of linear sRGB. */
    static double[] lab(double[] linear) {
        double x = (0.4124 * linear[0] + 0.3576 * linear[1] + 0.1805 * linear[2]) / 0.95047;
        double y = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
        double z = (0.0193 * linear[0] + 0.1192 * linear[1] + 0.9505 * linear[2]) / 1.08883;
        double fx = f(x), fy = f(y), fz = f(z);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double f(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }

    /** CIEDE2000 (Sharma, Wu and Dalal 2005), kL = kC = kH = 1. */
    static double deltaE2000(double[] lab1, double[] lab2) {
        double l1 = lab1[0], a1 = lab1[1], b1 = lab1[2], l2 = lab2[0], a2 = lab2[1], b2 = lab2[2];
        double cBar = (Math.hypot(a1, b1) + Math.hypot(a2, b2)) / 2;
        double g = 0.5 * (1 - Math.sqrt(Math.pow(cBar, 7) / (Math.pow(cBar, 7) + Math.pow(25, 7))));
        double a1p = (1 + g) * a1, a2p = (1 + g) * a2;
        double c1p = Math.hypot(a1p, b1), c2p = Math.hypot(a2p, b2);
        double h1p = hue(b1, a1p), h2p = hue(b2, a2p);
        double dLp = l2 - l1, dCp = c2p - c1p;
        double dhp = 0;
        if (c1p * c2p != 0) {
            dhp = h2p - h1p;
            if (dhp > 180) dhp -= 360;
            else if (dhp < -180) dhp += 360;
        }
        double dHp = 2 * Math.sqrt(c1p * c2p) * Math.sin(Math.toRadians(dhp / 2));
        double lBarP = (l1 + l2) / 2, cBarP = (c1p + c2p) / 2;
        double hBarP;
        if (c1p * c2p == 0) hBarP = h1p + h2p;
        else if (Math.abs(h1p - h2p) <= 180) hBarP = (h1p + h2p) / 2;
        else hBarP = h1p + h2p < 360 ? (h1p + h2p + 360) / 2 : (h1p + h2p - 360) / 2;
        double t = 1 - 0.17 * Math.cos(Math.toRadians(hBarP - 30)) + 0.24 * Math.cos(Math.toRadians(2 * hBarP))
                + 0.32 * Math.cos(Math.toRadians(3 * hBarP + 6)) - 0.20 * Math.cos(Math.toRadians(4 * hBarP - 63));
        double dTheta = 30 * Math.exp(-Math.pow((hBarP - 275) / 25, 2));
        double rc = 2 * Math.sqrt(Math.pow(cBarP, 7) / (Math.pow(cBarP, 7) + Math.pow(25, 7)));
        double sl = 1 + 0.015 * Math.pow(lBarP - 50, 2) / Math.sqrt(20 + Math.pow(lBarP - 50, 2));
        double sc = 1 + 0.045 * cBarP, sh = 1 + 0.015 * cBarP * t;
        double rt = -Math.sin(Math.toRadians(2 * dTheta)) * rc;
        return Math.sqrt(Math.pow(dLp / sl, 2) + Math.pow(dCp / sc, 2) + Math.pow(dHp / sh, 2) + rt * (dCp / sc) * (dHp / sh));
    }

    private static double hue(double b, double a) {
        double h = Math.toDegrees(Math.atan2(b, a));
        return h < 0 ? h + 360 : h;
    }
}

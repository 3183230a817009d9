package org.cstoatlas.record.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cstoatlas.Bundled;
import org.cstoatlas.dataset.LoadResult;
import org.cstoatlas.geo.CountryShape;
import org.cstoatlas.geo.CountryShapes;
import org.cstoatlas.record.Country;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The borders of each epoch on the day before and the day of: which shape the map draws for a
 * country's area. The table is written from the references (their days, not the dataset's), so a
 * wrong day in the data fails here, and every day on which the record's borders change must be in it.
 */
class PastBordersTest {

    /** day of the change, country, the shape drawn for its area the day before, the shape drawn that day (- : not on the map). */
    private static final String[] CHANGES = {
        // German unity, 3 October 1990: until then the GDR and the Federal Republic each have their shape
        "1990-10-03, DDR, DDR, -",
        "1990-10-03, DEU, DEU, DEU",
        // Slovenia and Croatia, 25 June 1991; Macedonia, 8 September 1991; Bosnia and Herzegovina,
        // 1 March 1992; the Federal Republic of Yugoslavia, 27 April 1992
        "1991-06-25, SVN, YUG, SVN",
        "1991-06-25, HRV, YUG, HRV",
        "1991-09-08, MKD, YUG, MKD",
        "1992-03-01, BIH, YUG, BIH",
        "1992-04-27, YUG, YUG, -",
        "1992-04-27, SRB, YUG, SCG",
        "1992-04-27, SCG, -, SCG",
        // The Soviet Union ends on 26 December 1991
        "1991-12-26, SUN, SUN, -",
        "1991-12-26, RUS, SUN, RUS",
        "1991-12-26, EST, SUN, EST",
        "1991-12-26, KAZ, SUN, KAZ",
        // Czechoslovakia splits on 1 January 1993
        "1993-01-01, CSK, CSK, -",
        "1993-01-01, CZE, CSK, CZE",
        "1993-01-01, SVK, CSK, SVK",
        // Montenegro declares independence on 3 June 2006
        "2006-06-03, SCG, SCG, -",
        "2006-06-03, MNE, SCG, MNE",
        "2006-06-03, SRB, SCG, SRB",
        "2006-06-03, XKX, SCG, SRB",
        // Kosovo declares its independence on 17 February 2008: until then Serbia's shape holds it
        "2008-02-17, XKX, SRB, XKX",
        "2008-02-17, SRB, SRB, SRB",
        // South Sudan, 9 July 2011
        "2011-07-09, SDN, SDN, SDN",
    };

    private static List<Country> countries;

    @BeforeAll
    static void load() {
        LoadResult r = Bundled.loadDataset();
        assertTrue(r.ok(), () -> "the bundled dataset has problems: " + r.problems());
        countries = r.record().allCountries();
    }

    record Change(LocalDate day, String iso, String before, String after) {
        @Override
        public String toString() {
            return iso + " " + day;
        }
    }

    static List<Change> changes() {
        List<Change> out = new ArrayList<>();
        for (String row : CHANGES) {
            String[] f = row.split(",\\s*");
            out.add(new Change(LocalDate.parse(f[0]), f[1], f[2], f[3]));
        }
        return out;
    }

    private static String shapeOn(String iso, LocalDate day) {
        Country c = countries.stream().filter(x -> x.iso().equals(iso)).findFirst()
                .orElse(new Country(iso, iso, null, null));
        Borders b = Borders.on(countries, day);
        String own = b.shapeOf(c);
        if (own != null) return own;
        // Today's shape inside a past one: the past state's.
        for (Borders.Shown s : b.drawn()) if (s.drawn().parts().contains(iso)) return s.state().iso();
        return "-";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void theDayBeforeAndTheDayOfEachBorderChange(Change c) {
        assertEquals(c.before(), shapeOn(c.iso(), c.day().minusDays(1)), c + ", the day before");
        assertEquals(c.after(), shapeOn(c.iso(), c.day()), c + ", the day of");
    }

    @Test
    void untilGermanUnityTheTwoGermanStatesHaveTheirOwnShapesAndTodaysGermanyIsNotDrawn() {
        Borders before = Borders.on(countries, LocalDate.of(1990, 10, 2));
        Borders on = Borders.on(countries, LocalDate.of(1990, 10, 3));
        assertEquals(List.of("DE-EAST"), partsOf(before, "DDR"));
        assertEquals(List.of("DE-WEST"), partsOf(before, "DEU"));
        assertTrue(before.inside().contains("DEU"), "today's Germany is not drawn on 2 October 1990");
        assertEquals(List.of(), partsOf(on, "DDR"));
        assertEquals(List.of(), partsOf(on, "DEU"));
        assertTrue(!on.inside().contains("DEU") && !on.inside().contains("DE-WEST"), "today's Germany is drawn from 3 October 1990");
    }

    private static List<String> partsOf(Borders b, String iso) {
        return b.drawn().stream().filter(s -> s.state().iso().equals(iso)).flatMap(s -> s.drawn().parts().stream()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"110m", "50m"})
    void theTwoGermanStatesShareOneBorderAndMakeUpTodaysGermany(String resolution) throws IOException {
        CountryShapes shapes = CountryShapes.read(Bundled.countries(resolution), Bundled.pieces(resolution));
        CountryShape germany = shapes.of("DEU").get(0);
        CountryShape both = shapes.union("DEU", "Germany", List.of("DE-EAST", "DE-WEST"));
        assertEquals(germany.rings().size(), both.rings().size(), "the pieces' shared border goes away whole: no sliver is left");
        Set<String> outline = points(germany);
        Set<String> union = points(both);
        assertEquals(Set.of(), difference(outline, union), "today's Germany's points the two states lack");
        assertEquals(Set.of(), difference(union, outline), "points of the two states' outline that today's Germany lacks");
        CountryShape east = shapes.of("DE-EAST").get(0);
        assertTrue(east.minLon() > 9.8 && east.maxLon() < 15.1 && east.minLat() > 50.1 && east.maxLat() < 54.8, "the GDR lies east of the Elbe's bend and north of Bavaria: " + east);
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new HashSet<>(a);
        d.removeAll(b);
        return d;
    }

    /** A shape's points, without a point that lies on the straight line between its neighbours (within the files' 1e-4 degree grid). */
    private static Set<String> points(CountryShape shape) {
        Set<String> out = new HashSet<>();
        for (double[] r : shape.rings()) {
            int n = r.length / 2;
            if (r[0] == r[2 * n - 2] && r[1] == r[2 * n - 1]) n--; // the closing point repeats the first
            for (int i = 0; i < n; i++) {
                int a = (i + n - 1) % n, b = (i + 1) % n;
                double cross = (r[2 * i] - r[2 * a]) * (r[2 * b + 1] - r[2 * a + 1]) - (r[2 * i + 1] - r[2 * a + 1]) * (r[2 * b] - r[2 * a]);
                double base = Math.hypot(r[2 * b] - r[2 * a], r[2 * b + 1] - r[2 * a + 1]);
                if (Math.abs(cross) / base > 1e-4) out.add(Math.round(r[2 * i] * 1e4) + "," + Math.round(r[2 * i + 1] * 1e4));
            }
        }
        return out;
    }

    @Test
    void kosovoIsInsideSerbiasShapeUntilItsDeclarationThenOnItsOwnAndDisputed() {
        Borders before = Borders.on(countries, LocalDate.of(2008, 2, 16));
        Borders on = Borders.on(countries, LocalDate.of(2008, 2, 17));
        assertEquals(List.of("SRB", "XKX"), partsOf(before, "SRB"));
        assertTrue(before.inside().contains("XKX"), before::toString);
        assertEquals(List.of(), partsOf(on, "SRB"));
        assertTrue(!on.inside().contains("XKX") && !on.inside().contains("SRB"), on::toString);
        Country kosovo = countries.stream().filter(c -> c.iso().equals("XKX")).findFirst().orElseThrow();
        assertTrue(!kosovo.disputedOn(LocalDate.of(2008, 2, 16)) && kosovo.disputedOn(LocalDate.of(2008, 2, 17)), "disputed from its declaration");
    }

    @Test
    void southSudanIsPartOfSudansShapeUntilItsIndependence() {
        Borders before = Borders.on(countries, LocalDate.of(2011, 7, 8));
        Borders on = Borders.on(countries, LocalDate.of(2011, 7, 9));
        assertTrue(before.inside().containsAll(List.of("SDN", "SSD")), before::toString);
        assertTrue(on.inside().isEmpty() && on.drawn().isEmpty(), on::toString);
    }

    @Test
    void everyDayTheRecordsBordersChangeIsInTheTable() {
        Set<LocalDate> known = new HashSet<>();
        for (Change c : changes()) known.add(c.day());
        List<LocalDate> untested = Borders.changes(countries).stream().filter(d -> !known.contains(d)).toList();
        assertEquals(List.of(), untested);
    }

    @Test
    void todayNoPastShapeIsDrawn() {
        Borders today = Borders.on(countries, LocalDate.now());
        assertEquals(List.of(), today.drawn());
        assertEquals(Set.of(), today.inside());
        assertEquals(Set.of(), today.divided());
    }

    @Test
    void aPastStatesShapeLosesTheBordersItsPartsShare() throws IOException {
        CountryShapes shapes = CountryShapes.read(Bundled.countries("110m"));
        CountryShape czechoslovakia = shapes.union("CSK", "Czechoslovakia", List.of("CZE", "SVK"));
        assertEquals(1, czechoslovakia.rings().size(), "Czechoslovakia is one ring");
        int partPoints = shapes.of("CZE").get(0).rings().get(0).length / 2 + shapes.of("SVK").get(0).rings().get(0).length / 2;
        assertTrue(czechoslovakia.rings().get(0).length / 2 < partPoints - 2, "the shared border is gone");
        List<String> republics = countries.stream().filter(c -> c.iso().equals("SUN")).findFirst().orElseThrow().successors();
        int partRings = republics.stream().mapToInt(r -> shapes.of(r).stream().mapToInt(s -> s.rings().size()).sum()).sum();
        CountryShape ussr = shapes.union("SUN", "Soviet Union", republics);
        assertTrue(ussr.rings().size() < partRings, ussr.rings().size() + " rings of " + partRings);
        assertTrue(ussr.minLon() < 21 && ussr.maxLon() > 179, "from Kaliningrad to Chukotka");
    }
}

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
        // German unity, 3 October 1990: until then Germany's shape stands for the GDR too
        "1990-10-03, DDR, DEU, -",
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

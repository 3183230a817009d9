package org.cstoatlas.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cstoatlas.geo.WebMercator;
import org.cstoatlas.record.Country;
import org.cstoatlas.record.Deployment;
import org.cstoatlas.record.FuzzyDate;
import org.cstoatlas.record.Place;
import org.cstoatlas.ui.model.CardPlace.Box;
import org.cstoatlas.ui.model.CardPlace.View;
import org.junit.jupiter.api.Test;

/** Where the map looks for a selection: every place in the free part of the map, clear of what lies over it. */
class FramingTest {

    /** A 1000 × 700 map looking at Central Asia at zoom 5 (a world pixel is 32 screen pixels). */
    private static final double W = 1000, H = 700;
    private static final View CENTRAL_ASIA = new View(WebMercator.x(70), WebMercator.y(45), 32);
    private static final Box LEGEND = new Box(10, 10, 260, 220);
    private static final Box BUTTONS = new Box(950, 10, 990, 230);
    private static final double MIN_SCALE = 4;

    private static double[] at(double lat, double lon) {
        return new double[] {lat, lon};
    }

    private static double x(View v, double[] p) {
        return v.screenX(WebMercator.x(p[1]), W);
    }

    private static double y(View v, double[] p) {
        return v.screenY(WebMercator.y(p[0]), H);
    }

    /** True when the place stands in the free part of the map, off the legend and the buttons. */
    private static boolean seen(View v, double[] p, double free) {
        double x = x(v, p), y = y(v, p);
        boolean onLegend = x >= LEGEND.minX() && x <= LEGEND.maxX() && y >= LEGEND.minY() && y <= LEGEND.maxY();
        return x > 0 && x < free && y > 0 && y < H && !onLegend;
    }

    @Test
    void aPlaceAlreadyInSightAndClearLeavesTheMapWhereItIs() {
        double[] tashkent = at(41.3, 69.3);
        assertTrue(seen(CENTRAL_ASIA, tashkent, 940), "the test's place stands in the middle of the map");
        assertNull(Framing.show(List.of(tashkent), false, CENTRAL_ASIA, W, H, 940, LEGEND, BUTTONS, MIN_SCALE));
    }

    @Test
    void aPlaceUnderTheLegendIsBroughtOutFromUnderIt() {
        // The point under the legend's middle, at the current view.
        double lon = WebMercator.lon(CENTRAL_ASIA.centreX() + (135 - W / 2) / CENTRAL_ASIA.scale());
        double lat = WebMercator.lat(CENTRAL_ASIA.centreY() + (115 - H / 2) / CENTRAL_ASIA.scale());
        double[] hidden = at(lat, lon);
        View moved = Framing.show(List.of(hidden), false, CENTRAL_ASIA, W, H, 940, LEGEND, BUTTONS, MIN_SCALE);
        assertNotNull(moved, "the map moves");
        assertTrue(seen(moved, hidden, 940), "the place is seen, off the legend: " + x(moved, hidden) + ", " + y(moved, hidden));
        assertEquals(CENTRAL_ASIA.scale(), moved.scale(), 1e-9, "one place needs no zooming out");
    }

    @Test
    void placesTooFarApartZoomOutUntilAllAreSeen() {
        List<double[]> places = List.of(at(55.75, 37.6), at(43.1, 131.9), at(38.6, 68.8));
        View moved = Framing.show(places, false, CENTRAL_ASIA, W, H, 940, LEGEND, BUTTONS, MIN_SCALE);
        assertNotNull(moved);
        assertTrue(moved.scale() < CENTRAL_ASIA.scale(), "zoomed out");
        for (double[] p : places) assertTrue(seen(moved, p, 940), "seen: " + p[0] + ", " + p[1]);
    }

    @Test
    void theMapNeverZoomsOutPastItsLeastZoom() {
        List<double[]> places = List.of(at(60, -150), at(-40, 170));
        View moved = Framing.show(places, false, CENTRAL_ASIA, W, H, 940, LEGEND, BUTTONS, MIN_SCALE);
        assertNotNull(moved);
        assertEquals(MIN_SCALE, moved.scale(), 1e-9);
    }

    @Test
    void aDeploymentKeepsRoomRightOfItsTargetForItsBox() {
        // The target near the free part's right edge: in sight, but its box would run under the buttons.
        double lon = WebMercator.lon(CENTRAL_ASIA.centreX() + (880 - W / 2) / CENTRAL_ASIA.scale());
        double[] target = at(45, lon);
        assertNull(Framing.show(List.of(target), false, CENTRAL_ASIA, W, H, 940, LEGEND, BUTTONS, MIN_SCALE), "a country there stays put");
        View moved = Framing.show(List.of(target), true, CENTRAL_ASIA, W, H, 940, LEGEND, BUTTONS, MIN_SCALE);
        assertNotNull(moved, "a deployment moves left for its box");
        assertTrue(x(moved, target) <= 940 - Framing.BOX_ROOM / 2, "room for the box right of the target: " + x(moved, target));
    }

    @Test
    void aDrawerOrANoteNarrowsWhereThePlacesMayStand() {
        double[] almaty = at(43.2, 76.9);
        assertNull(Framing.show(List.of(almaty), false, CENTRAL_ASIA, W, H, 940, LEGEND, BUTTONS, MIN_SCALE));
        // A drawer over the right half: Almaty, right of the middle, is under it.
        View moved = Framing.show(List.of(almaty), false, CENTRAL_ASIA, W, H, 500, LEGEND, BUTTONS, MIN_SCALE);
        assertNotNull(moved);
        assertTrue(seen(moved, almaty, 500), "left of the drawer: " + x(moved, almaty));
    }

    @Test
    void aDeploymentShowsItsTargetAndEveryContributorsCapital() {
        Country kaz = new Country("KAZ", "Kazakhstan", "Казахстан", new Country.Capital("Astana", 51.17, 71.43));
        Country rus = new Country("RUS", "Russia", "Россия", new Country.Capital("Moscow", 55.75, 37.62));
        Place almaty = new Place("Almaty", kaz, 43.24, 76.89);
        Deployment d = new Deployment("d", "Deployment", kaz, FuzzyDate.parse("2022-01-06"), FuzzyDate.parse("2022-01-19"), List.of(almaty),
                List.of(), List.of(new Deployment.Contingent(rus, null, List.of(), List.of())), List.of(), List.of(), null);
        Selection s = new Selection.OfDeployment(d);
        List<double[]> places = s.places(c -> null);
        assertEquals(2, places.size());
        assertEquals(almaty.lat(), places.get(0)[0], 1e-9, "the target first: the box stands beside it");
        assertEquals(55.75, places.get(1)[0], 1e-9);
        assertTrue(s.boxed());
        assertTrue(!new Selection.OfCountry(kaz).boxed());
        assertTrue(new Selection.OfCountry(kaz).places(c -> null).isEmpty(), "a country the map does not draw has no place");
    }

    /** The opening view of Eurasia stands in what a drawer leaves: its middle at the free part's middle, not under the drawer. */
    @Test
    void eurasiaStandsLeftOfADrawer() {
        double free = W * 2 / 3;
        double zoom = Framing.eurasiaZoom(free);
        View opening = new View(WebMercator.x(Framing.eurasiaCentreLon(W, free, zoom)), WebMercator.y(Framing.EURASIA_LAT), Math.pow(2, zoom));
        assertEquals(free / 2, opening.screenX(WebMercator.x(Framing.EURASIA_LON), W), 0.5);
        // Without a drawer the map's centre is Eurasia's.
        assertEquals(Framing.EURASIA_LON, Framing.eurasiaCentreLon(W, W, zoom), 1e-9);
    }
}

package org.cstoatlas.ui.keyboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.cstoatlas.Bundled;
import org.cstoatlas.record.Country;
import org.cstoatlas.record.Status;
import org.cstoatlas.record.time.TimeIndex;
import org.cstoatlas.ui.keyboard.MapCursor.Direction;
import org.cstoatlas.ui.model.AtlasViewModel;
import org.cstoatlas.ui.model.Selection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The map by keyboard without a window: the nearest country in a direction, reaching the map, Enter. */
class MapCursorTest {

    static TimeIndex index;

    @BeforeAll
    static void load() {
        index = new TimeIndex(Bundled.loadDataset().record());
    }

    private static Country country(String iso) {
        return index.record().country(iso).orElseThrow();
    }

    /** Where the capitals stand (the window uses the map's name anchors; any places will do for the rule). */
    private static double[] capital(Country c) {
        return c.capital() == null ? null : new double[] {c.capital().lat(), c.capital().lon()};
    }

    @Test
    void theNearestCountryInADirection() {
        // A cross of four places round a centre, and one far off to the north-east.
        Map<Country, double[]> places = new LinkedHashMap<>();
        places.put(country("KAZ"), new double[] {45, 70});
        places.put(country("RUS"), new double[] {55, 70});
        places.put(country("TJK"), new double[] {35, 70});
        places.put(country("AZE"), new double[] {45, 50});
        places.put(country("KGZ"), new double[] {45, 80});
        places.put(country("BLR"), new double[] {50, 75});
        assertEquals(Optional.of(country("RUS")), MapCursor.nearest(places, country("KAZ"), Direction.UP));
        assertEquals(Optional.of(country("TJK")), MapCursor.nearest(places, country("KAZ"), Direction.DOWN));
        assertEquals(Optional.of(country("AZE")), MapCursor.nearest(places, country("KAZ"), Direction.LEFT));
        // Kyrgyzstan is straight ahead to the east; the place up and to the right is nearer, but aside.
        assertEquals(Optional.of(country("KGZ")), MapCursor.nearest(places, country("KAZ"), Direction.RIGHT));
        // A place nearly level is not "up", however near: Uzbekistan just north of Kyrgyzstan's latitude, far west.
        places.put(country("UZB"), new double[] {45.5, 60});
        assertEquals(Optional.of(country("RUS")), MapCursor.nearest(places, country("KAZ"), Direction.UP));
        // Where nothing lies within 45°, the nearest anywhere ahead.
        assertEquals(Optional.of(country("UZB")), MapCursor.nearest(places, country("AZE"), Direction.UP));
        places.remove(country("UZB"));
        // Nothing further west than Azerbaijan: the focus stays.
        assertEquals(Optional.empty(), MapCursor.nearest(places, country("AZE"), Direction.LEFT));
        // A country without a place cannot be left from.
        assertEquals(Optional.empty(), MapCursor.nearest(places, country("UZB"), Direction.UP));
    }

    @Test
    void theMapIsReachedOnTheSelectionOrTheFirstCountryAndEnterSelects() {
        AtlasViewModel vm = new AtlasViewModel(index, LocalDate.of(2024, 6, 1));
        vm.setDate(LocalDate.of(2024, 6, 1));
        MapCursor cursor = new MapCursor(vm, MapCursorTest::capital);
        assertNull(cursor.focusedProperty().get());
        cursor.reach();
        assertEquals(country("RUS"), cursor.focusedProperty().get(), "the alliance's first country");
        // From Moscow, Kazakhstan's capital is the nearest to the east as the map draws them.
        cursor.move(Direction.RIGHT);
        assertEquals(country("KAZ"), cursor.focusedProperty().get());
        assertEquals(Status.MEMBER, cursor.status().status());
        cursor.select();
        assertTrue(vm.getSelection() instanceof Selection.OfCountry c && c.country().iso().equals("KAZ"));
        // South of Astana: Bishkek, not Dushanbe further off.
        cursor.move(Direction.DOWN);
        assertEquals(country("KGZ"), cursor.focusedProperty().get());

        // A country selected another way (the table, search) is where the keyboard goes on from.
        vm.selectCountry(country("ARM"));
        assertEquals(country("ARM"), cursor.focusedProperty().get());

        AtlasViewModel other = new AtlasViewModel(index, LocalDate.of(2024, 6, 1));
        other.selectCountry(country("ARM"));
        MapCursor fromSelection = new MapCursor(other, MapCursorTest::capital);
        fromSelection.reach();
        assertEquals(country("ARM"), fromSelection.focusedProperty().get(), "the map is reached on the selected country");
    }
}

package org.cstoatlas.record.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.cstoatlas.Bundled;
import org.cstoatlas.record.AllianceRecord;
import org.cstoatlas.record.Base;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bundled exercises and bases on the day before and the day of each of their dates. */
class BundledExercisesAndBasesTest {

    static AllianceRecord record;
    static TimeIndex index;

    @BeforeAll
    static void load() {
        record = Bundled.loadDataset().record();
        index = new TimeIndex(record);
    }

    @ParameterizedTest(name = "{0}: {1} to {2}")
    @CsvSource({
            "cooperation-2009, 2009-10-02, 2009-10-16",
            "interaction-2012, 2012-09-15, 2012-09-19",
            "interaction-2013, 2013-09-19, 2013-09-25",
            "interaction-2014, 2014-08-18, 2014-08-22",
            "interaction-2015, 2015-08-23, 2015-08-28",
            "interaction-2018, 2018-10-09, 2018-10-13",
            "interaction-2019, 2019-10-16, 2019-10-18",
            "combat-brotherhood-2021, 2021-10-18, 2021-10-23",
            "indestructible-brotherhood-2023, 2023-10-09, 2023-10-13",
            "combat-brotherhood-2023, 2023-09-01, 2023-09-06",
            "indestructible-brotherhood-2024, 2024-10-01, 2024-10-05",
            "interaction-2025, 2025-08-31, 2025-09-06",
    })
    void anExerciseIsOnTheMapFromItsFirstDayToItsLast(String id, String first, String last) {
        LocalDate from = LocalDate.parse(first);
        LocalDate to = LocalDate.parse(last);
        assertFalse(on(from.minusDays(1), id), id + " before " + from);
        assertTrue(on(from, id), id + " on " + from);
        assertTrue(on(to, id), id + " on " + to);
        assertFalse(on(to.plusDays(1), id), id + " after " + to);
    }

    private static boolean on(LocalDate day, String id) {
        return index.exercisesOn(day).stream().anyMatch(x -> x.id().equals(id));
    }

    @ParameterizedTest(name = "{0} from {1}")
    @CsvSource({
            "ru-201st-base-tajikistan, 2004-10-17",
            "ru-kant-air-base, 2003-10-23",
            "ru-102nd-base-armenia, 1994-09-01",
            "ru-volga-radar-belarus, 2003-01-01",
            "ru-vileyka-naval-belarus, 1996-06-07",
            "ru-sary-shagan-kazakhstan, 1996-01-01",
            "ru-balkhash-radar-kazakhstan, 2014-12-02",
    })
    void aBaseIsOnTheMapFromTheDayTheRecordHasItNotBefore(String id, String first) {
        LocalDate from = LocalDate.parse(first);
        assertFalse(index.basesOn(from.minusDays(1)).stream().anyMatch(b -> b.id().equals(id)), id + " before " + from);
        assertTrue(index.basesOn(from).stream().anyMatch(b -> b.id().equals(id)), id + " on " + from);
    }

    @Test
    void theTroopsInTajikistanAreSizedOnlyFromTheirFirstAttestation() {
        Base b = record.bases().stream().filter(x -> x.id().equals("ru-201st-base-tajikistan")).findFirst().orElseThrow();
        assertNull(b.sizeOn(LocalDate.of(2015, 9, 24)), "no size before the first source that gives one");
        assertEquals(7000, b.sizeOn(LocalDate.of(2015, 9, 25)).value());
        assertTrue(b.sizeOn(LocalDate.of(2022, 1, 7)).approximate());
        assertEquals("TJK", b.host().iso());
        assertTrue(record.forces().stream().noneMatch(f -> f.id().equals("ru-troops-tajikistan")), "a base now, with its dates attested");
        Base kant = record.bases().stream().filter(x -> x.id().equals("ru-kant-air-base")).findFirst().orElseThrow();
        assertEquals(700, kant.sizeOn(LocalDate.of(2004, 8, 12)).value());
        assertEquals(400, kant.sizeOn(LocalDate.of(2009, 7, 21)).value());
    }
}

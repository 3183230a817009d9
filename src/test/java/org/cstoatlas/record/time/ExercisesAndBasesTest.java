package org.cstoatlas.record.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.cstoatlas.TestDatasets;
import org.cstoatlas.record.Base;
import org.cstoatlas.record.Size;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Exercises and bases of the minimal dataset on the days around their boundaries. */
class ExercisesAndBasesTest {

    static TimeIndex index;

    @BeforeAll
    static void load() {
        index = new TimeIndex(TestDatasets.minimal());
    }

    @ParameterizedTest(name = "exercises on {0}: {1}")
    @CsvSource({
            "2009-10-01, ''",
            "2009-10-02, drill",
            "2009-10-16, drill",
            "2009-10-17, ''",
    })
    void anExerciseIsUnderWayFromItsFirstToItsLastDay(String day, String expected) {
        assertEquals(expected, String.join(",", index.exercisesOn(LocalDate.parse(day)).stream().map(x -> x.id()).toList()));
    }

    @ParameterizedTest(name = "bases on {0}: {1}")
    @CsvSource({
            "2003-09-30, ''",
            "2003-10-01, airbase",
            "2007-05-31, airbase",
            "2007-06-01, 'airbase,radar'",
            "2012-06-27, 'airbase,radar'",
            "2012-06-28, airbase",
    })
    void aBaseIsThereFromItsOpeningOrFirstAttestationUntilItCloses(String day, String expected) {
        assertEquals(expected, String.join(",", index.basesOn(LocalDate.parse(day)).stream().map(b -> b.id()).toList()));
    }

    @Test
    void aBasesSizeIsTheLatestAttestedOneAndNeverCarriedBack() {
        Base kant = index.record().bases().stream().filter(b -> b.id().equals("airbase")).findFirst().orElseThrow();
        assertNull(kant.sizeOn(LocalDate.of(2004, 7, 31)), "no size before a source gives one");
        assertEquals(new Size(700, true, "personnel"), kant.sizeOn(LocalDate.of(2004, 8, 1)));
        assertEquals(new Size(700, true, "personnel"), kant.sizeOn(LocalDate.of(2009, 6, 30)));
        assertEquals(new Size(400, false, "personnel"), kant.sizeOn(LocalDate.of(2009, 7, 1)));
        assertEquals(new Size(400, false, "personnel"), kant.sizeOn(LocalDate.of(2020, 1, 1)), "an attestation without a size keeps the last one");
        assertEquals("KAZ", kant.host().iso());
    }
}

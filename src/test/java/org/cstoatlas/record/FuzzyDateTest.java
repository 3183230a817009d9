package org.cstoatlas.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FuzzyDateTest {

    @Test
    void aYearIsNotSilentlyItsFirstDay() {
        FuzzyDate d = FuzzyDate.parse("2012");
        assertEquals(Precision.YEAR, d.precision());
        assertEquals(LocalDate.of(2012, 1, 1), d.first());
        assertEquals(LocalDate.of(2012, 12, 31), d.last());
        assertTrue(d.uncertain());
        assertEquals("2012", d.display());
        assertEquals("2012", d.iso());
    }

    @Test
    void aMonthSpansItsDays() {
        FuzzyDate d = FuzzyDate.parse("2024-02");
        assertEquals(LocalDate.of(2024, 2, 29), d.last(), "leap year");
        assertTrue(d.spans(LocalDate.of(2024, 2, 1)));
        assertTrue(d.spans(LocalDate.of(2024, 2, 29)));
        assertFalse(d.spans(LocalDate.of(2024, 3, 1)));
        assertEquals("February 2024", d.display());
    }

    @Test
    void anApproximateDayIsUncertainAndSaysSo() {
        FuzzyDate d = FuzzyDate.parse("~2022-01-09");
        assertTrue(d.approximate());
        assertTrue(d.uncertain());
        assertEquals("about 9 January 2022", d.display());
        assertEquals("~2022-01-09", d.iso());
        assertFalse(FuzzyDate.parse("1992-05-15").uncertain());
    }

    @Test
    void impossibleDatesAreRefusedWithAReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FuzzyDate.parse("2021-02-30"));
        assertEquals("'2021-02-30' is not a calendar date", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> FuzzyDate.parse("2021-13"));
        assertThrows(IllegalArgumentException.class, () -> FuzzyDate.parse("15 May 1992"));
        assertThrows(IllegalArgumentException.class, () -> FuzzyDate.parse("92-05-15"));
    }

    @Test
    void ordersByFirstDayThenByExtent() {
        assertTrue(FuzzyDate.parse("2012").compareTo(FuzzyDate.parse("2012-01-01")) > 0);
        assertTrue(FuzzyDate.parse("2011-12-31").compareTo(FuzzyDate.parse("2012")) < 0);
    }
}

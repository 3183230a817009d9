package org.cstoatlas.ui.model;

import org.cstoatlas.state.PlaySpeed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cstoatlas.TestDatasets;
import org.cstoatlas.record.time.StatusSnapshot;
import org.cstoatlas.record.time.TimeIndex;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The window's state and what its keys and buttons do, without a window. */
class AtlasViewModelTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    AtlasViewModel vm;

    @BeforeEach
    void create() {
        vm = new AtlasViewModel(new TimeIndex(TestDatasets.minimal()), TODAY);
    }

    @Test
    void opensOnTodayAndClampsToTheTimeline() {
        assertEquals(TODAY, vm.getDate());
        vm.setDate(LocalDate.of(1900, 1, 1));
        assertEquals(vm.firstDay(), vm.getDate());
        vm.setDate(LocalDate.of(2100, 1, 1));
        assertEquals(TODAY, vm.getDate());
        vm.setDate(null);
        assertEquals(TODAY, vm.getDate());
    }

    @Test
    void stepsByDayMonthAndYear() {
        vm.setDate(LocalDate.of(2000, 1, 31));
        vm.stepDays(1);
        assertEquals(LocalDate.of(2000, 2, 1), vm.getDate());
        vm.stepMonths(-1);
        assertEquals(LocalDate.of(2000, 1, 1), vm.getDate());
        vm.stepYears(3);
        assertEquals(LocalDate.of(2003, 1, 1), vm.getDate());
        vm.goToFirst();
        assertEquals(vm.firstDay(), vm.getDate());
        vm.goToLast();
        assertEquals(TODAY, vm.getDate());
    }

    @Test
    void nextAndPreviousEventMoveTheDateAndSelectTheEvent() {
        vm.setDate(LocalDate.of(1992, 1, 1));
        assertTrue(vm.nextEvent());
        assertEquals(LocalDate.of(1992, 5, 15), vm.getDate());
        assertEquals("signed", ((Selection.OfEvent) vm.getSelection()).event().id());
        assertTrue(vm.nextEvent());
        assertEquals(LocalDate.of(2010, 6, 11), vm.getDate());
        assertTrue(vm.previousEvent());
        assertEquals(LocalDate.of(1992, 5, 15), vm.getDate());
        assertFalse(vm.previousEvent(), "nothing before the first event");
    }

    @Test
    void theStatusesChangeOnlyWhenSomeStatusChanges() {
        List<StatusSnapshot> seen = new ArrayList<>();
        vm.setDate(LocalDate.of(2000, 1, 1));
        vm.statusesProperty().addListener((obs, o, n) -> seen.add(n));
        for (int i = 0; i < 300; i++) vm.stepDays(1);
        assertTrue(seen.isEmpty(), "no boundary between 2000-01-01 and late 2000: " + seen.size());
        vm.setDate(LocalDate.of(2006, 8, 16));
        assertEquals(1, seen.size());
        assertSame(vm.statusesProperty().get(), seen.get(0));
    }

    @Test
    void playAdvancesBySpeedKeepsFractionsAndStopsAtTheEnd() {
        vm.setDate(LocalDate.of(2000, 1, 1));
        vm.playSpeedProperty().set(PlaySpeed.MONTH);
        vm.togglePlay();
        assertTrue(vm.playingProperty().get());
        for (int i = 0; i < 10; i++) vm.advancePlay(0.05);
        assertEquals(LocalDate.of(2000, 1, 16), vm.getDate(), "10 × 0.05 s at 30.44 days a second");
        vm.setDate(TODAY.minusDays(3));
        vm.advancePlay(1);
        assertEquals(TODAY, vm.getDate());
        assertFalse(vm.playingProperty().get(), "play stops at the last day");
        vm.togglePlay();
        assertEquals(LocalDate.of(1992, 5, 15), vm.getDate(), "play from the end starts over on the alliance's first change (the fixture's treaty), not on the timeline's first day");
        assertTrue(vm.getDate().isAfter(vm.firstDay()));
    }

    @Test
    void playingEventByEventRestsOnEachThenMovesOn() {
        vm.setDate(LocalDate.of(1992, 1, 1));
        vm.playSpeedProperty().set(PlaySpeed.EVENTS);
        vm.togglePlay();
        assertEquals(LocalDate.of(1992, 5, 15), vm.getDate(), "starts on the next event at once");
        vm.advancePlay(4.9);
        assertEquals(LocalDate.of(1992, 5, 15), vm.getDate(), "still resting on it");
        vm.advancePlay(0.2);
        assertEquals(LocalDate.of(2010, 6, 11), vm.getDate(), "then the next");
        vm.advancePlay(5.1);
        assertEquals(LocalDate.of(2012, 6, 1), vm.getDate());
        vm.advancePlay(5.1);
        assertFalse(vm.playingProperty().get(), "stops after the last event");
    }

    @Test
    void selectingAndClearing() {
        var kaz = vm.record().country("KAZ").orElseThrow();
        vm.selectCountry(kaz);
        assertEquals(kaz, ((Selection.OfCountry) vm.getSelection()).country());
        vm.clearSelection();
        assertNull(vm.getSelection());
    }
}

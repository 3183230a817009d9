package org.cstoatlas.ui.map.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.cstoatlas.Bundled;
import org.cstoatlas.record.Deployment;
import org.cstoatlas.record.time.TimeIndex;
import org.cstoatlas.ui.model.AtlasViewModel;
import org.junit.jupiter.api.Test;

/** What the operations layer draws on a date (deployments, forces, exercises, bases), without a window. */
class OperationsViewModelTest {

    @Test
    void theKazakhstanDeploymentIsOnTheMapInItsPhase() {
        TimeIndex index = new TimeIndex(Bundled.loadDataset().record());
        AtlasViewModel vm = new AtlasViewModel(index, LocalDate.of(2026, 11, 23));
        OperationsViewModel ops = new OperationsViewModel(vm);
        Deployment kz = index.record().deployments().stream().filter(d -> d.target().iso().equals("KAZ")).findFirst().orElseThrow();
        vm.setDate(kz.start().first().minusDays(1));
        assertTrue(ops.onMapProperty().get().deployments().isEmpty() || !ops.onMapProperty().get().deployments().contains(kz), "not before it began");
        vm.setDate(kz.start().first());
        assertTrue(ops.onMapProperty().get().deployments().contains(kz));
        Deployment.Phase first = kz.phases().get(0);
        Deployment.Phase onStart = ops.onMapProperty().get().phaseOf(kz);
        assertTrue(!onStart.date().first().isAfter(kz.start().first()), "the phase begun by the day the deployment starts");
        assertTrue(kz.phases().stream().noneMatch(p -> p.date().first().isAfter(onStart.date().first()) && !p.date().first().isAfter(kz.start().first())),
                "and the latest such");
        assertEquals(first, OperationsViewModel.phaseOn(kz, first.date().first()));
        Deployment.Phase last = kz.phases().get(kz.phases().size() - 1);
        assertEquals(last, OperationsViewModel.phaseOn(kz, last.date().first()));
        assertNull(OperationsViewModel.phaseOn(kz, first.date().first().minusDays(1)), "no phase before the first");
    }

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    /** Where the map has the exercise on the day: its timing, or null when it is not on the map. */
    private static OperationsViewModel.Timing exerciseOn(AtlasViewModel vm, OperationsViewModel ops, String id, LocalDate day) {
        vm.setDate(day);
        return ops.onMapProperty().get().exercises().stream().filter(x -> x.exercise().id().equals(id))
                .map(OperationsViewModel.ExerciseOnMap::timing).findFirst().orElse(null);
    }

    @Test
    void anExerciseIsUnderWayFromItsFirstDayToItsLastAndFadedAMonthEitherSide() {
        TimeIndex index = new TimeIndex(Bundled.loadDataset().record());
        AtlasViewModel vm = new AtlasViewModel(index, TODAY);
        OperationsViewModel ops = new OperationsViewModel(vm);
        // Combat Brotherhood 2021: 18 to 23 October 2021.
        String id = "combat-brotherhood-2021";
        LocalDate first = LocalDate.of(2021, 10, 18), last = LocalDate.of(2021, 10, 23);
        assertNull(exerciseOn(vm, ops, id, first.minusDays(31)), "more than a month before: not on the map");
        assertEquals(OperationsViewModel.Timing.COMING, exerciseOn(vm, ops, id, first.minusDays(30)));
        assertEquals(OperationsViewModel.Timing.COMING, exerciseOn(vm, ops, id, first.minusDays(1)), "the day before its start");
        assertEquals(OperationsViewModel.Timing.UNDER_WAY, exerciseOn(vm, ops, id, first), "its first day");
        assertEquals(OperationsViewModel.Timing.UNDER_WAY, exerciseOn(vm, ops, id, last), "its last day");
        assertEquals(OperationsViewModel.Timing.PAST, exerciseOn(vm, ops, id, last.plusDays(1)), "the day after its end");
        assertEquals(OperationsViewModel.Timing.PAST, exerciseOn(vm, ops, id, last.plusDays(30)));
        assertNull(exerciseOn(vm, ops, id, last.plusDays(31)), "more than a month after: gone");
        // Interaction 2013: 19 to 25 September 2013 (once known only to its year).
        String belarus = "interaction-2013";
        assertEquals(OperationsViewModel.Timing.COMING, exerciseOn(vm, ops, belarus, LocalDate.of(2013, 9, 18)));
        assertEquals(OperationsViewModel.Timing.UNDER_WAY, exerciseOn(vm, ops, belarus, LocalDate.of(2013, 9, 19)));
        assertEquals(OperationsViewModel.Timing.UNDER_WAY, exerciseOn(vm, ops, belarus, LocalDate.of(2013, 9, 25)));
        assertEquals(OperationsViewModel.Timing.PAST, exerciseOn(vm, ops, belarus, LocalDate.of(2013, 9, 26)));
        // A day far from every exercise has none on the map.
        vm.setDate(LocalDate.of(2011, 3, 1));
        assertTrue(ops.onMapProperty().get().exercises().isEmpty(), ops.onMapProperty().get().exercises().toString());
    }

    /** The base on the map on the day, or null when it is not there. */
    private static OperationsViewModel.BaseOnMap baseOn(AtlasViewModel vm, OperationsViewModel ops, String id, LocalDate day) {
        vm.setDate(day);
        return ops.onMapProperty().get().bases().stream().filter(b -> b.base().id().equals(id)).findFirst().orElse(null);
    }

    @Test
    void aBaseIsOnTheMapFromItsFirstDayInTheRecordSizedByTheLatestAttestationByThen() {
        TimeIndex index = new TimeIndex(Bundled.loadDataset().record());
        AtlasViewModel vm = new AtlasViewModel(index, TODAY);
        OperationsViewModel ops = new OperationsViewModel(vm);
        // Gyumri: opened 1 September 1994; about 3,500 from August 2010.
        String gyumri = "ru-102nd-base-armenia";
        assertNull(baseOn(vm, ops, gyumri, LocalDate.of(1994, 8, 31)), "the day before it opened");
        assertNull(baseOn(vm, ops, gyumri, LocalDate.of(1994, 9, 1)).size(), "open, but no source gives a size yet");
        assertNull(baseOn(vm, ops, gyumri, LocalDate.of(2010, 7, 31)).size(), "the day before the first size");
        assertEquals(3500, baseOn(vm, ops, gyumri, LocalDate.of(2010, 8, 1)).size().value(), "from the attestation of August 2010");
        assertEquals(3500, baseOn(vm, ops, gyumri, TODAY).size().value(), "a later attestation without a size keeps the last one given");
        // Balkhash: no opening in the record, so from its first attestation, 2 December 2014.
        String balkhash = "ru-balkhash-radar-kazakhstan";
        assertNull(baseOn(vm, ops, balkhash, LocalDate.of(2014, 12, 1)));
        assertNotNull(baseOn(vm, ops, balkhash, LocalDate.of(2014, 12, 2)));
        // Kant: about 700 by a report of 12 August 2004, 400 from one of 21 July 2009.
        String kant = "ru-kant-air-base";
        assertEquals(700, baseOn(vm, ops, kant, LocalDate.of(2009, 7, 20)).size().value());
        assertEquals(400, baseOn(vm, ops, kant, LocalDate.of(2009, 7, 21)).size().value());
    }

    @Test
    void whatIsOnTheMapChangesOnlyWhenAnExerciseOrABaseComesGoesOrResizes() {
        TimeIndex index = new TimeIndex(Bundled.loadDataset().record());
        AtlasViewModel vm = new AtlasViewModel(index, TODAY);
        OperationsViewModel ops = new OperationsViewModel(vm);
        vm.setDate(LocalDate.of(2021, 10, 19));
        OperationsViewModel.OnMap before = ops.onMapProperty().get();
        vm.setDate(LocalDate.of(2021, 10, 20));
        assertSame(before, ops.onMapProperty().get(), "a day in the middle of the exercise: nothing to rebuild");
        vm.setDate(LocalDate.of(2021, 10, 24));
        assertNotSame(before, ops.onMapProperty().get(), "the day after: the exercise is past");
    }
}

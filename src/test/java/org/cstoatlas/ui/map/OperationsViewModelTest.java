package org.cstoatlas.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.cstoatlas.Bundled;
import org.cstoatlas.record.Deployment;
import org.cstoatlas.record.time.TimeIndex;
import org.cstoatlas.ui.model.AtlasViewModel;
import org.junit.jupiter.api.Test;

/** What the operations layer draws on a date, without a window. */
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
}

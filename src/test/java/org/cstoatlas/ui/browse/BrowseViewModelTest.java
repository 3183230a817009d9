package org.cstoatlas.ui.browse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.cstoatlas.Bundled;
import org.cstoatlas.record.EventKind;
import org.cstoatlas.record.time.TimeIndex;
import org.cstoatlas.ui.model.AtlasViewModel;
import org.junit.jupiter.api.Test;

/** The browse lists' filter, without a window. */
class BrowseViewModelTest {

    @Test
    void theKindFilterNarrowsTheListAndCountsEachKind() {
        TimeIndex index = new TimeIndex(Bundled.loadDataset().record());
        AtlasViewModel vm = new AtlasViewModel(index, LocalDate.of(2026, 11, 23));
        BrowseViewModel browse = new BrowseViewModel(vm);
        assertEquals(index.record().events().size(), browse.kindCounts().values().stream().mapToLong(Long::longValue).sum());
        assertEquals(index.record().events().size(), browse.shownEvents().size());
        long accessions = browse.kindCounts().get(EventKind.ACCESSION);
        browse.show(EventKind.ACCESSION, false);
        assertEquals(index.record().events().size() - accessions, browse.shownEvents().size());
        assertTrue(browse.shownEvents().stream().noneMatch(e -> e.kind() == EventKind.ACCESSION));
        assertTrue(!vm.shownKinds().contains(EventKind.ACCESSION), "the same filter governs the timeline and Page Up / Page Down");
    }

    @Test
    void theOperationsTableHasARowPerDeploymentForceExerciseAndBaseAndHidesAKind() {
        org.cstoatlas.ui.look.Texts.use(org.cstoatlas.record.Language.EN);
        TimeIndex index = new TimeIndex(Bundled.loadDataset().record());
        AtlasViewModel vm = new AtlasViewModel(index, LocalDate.of(2026, 11, 23));
        BrowseViewModel browse = new BrowseViewModel(vm);
        var counts = browse.operationCounts();
        assertEquals(index.record().deployments().size(), counts.get(BrowseViewModel.OperationKind.DEPLOYMENT));
        assertEquals(index.record().forces().size(), counts.get(BrowseViewModel.OperationKind.FORCE));
        assertEquals(index.record().exercises().size(), counts.get(BrowseViewModel.OperationKind.EXERCISE));
        assertEquals(index.record().bases().size(), counts.get(BrowseViewModel.OperationKind.BASE));
        int all = browse.shownOperations().size();
        assertEquals(counts.values().stream().mapToLong(Long::longValue).sum(), all);
        browse.showOperations(BrowseViewModel.OperationKind.EXERCISE, false);
        assertEquals(all - index.record().exercises().size(), browse.shownOperations().size());
        assertTrue(browse.shownOperations().stream().noneMatch(r -> r.subject() instanceof org.cstoatlas.record.Exercise));
        assertTrue(!vm.shownKinds().isEmpty() && vm.shownKinds().size() == browse.kindCounts().size(), "the events' filter is not touched");
        browse.showOperations(BrowseViewModel.OperationKind.EXERCISE, true);
        assertEquals(all, browse.shownOperations().size());
        // A base's row: its own kind, where it stands, who keeps it, and the latest size with its date.
        var kant = browse.shownOperations().stream().filter(r -> r.subject() instanceof org.cstoatlas.record.Base b && b.id().equals("ru-kant-air-base"))
                .findFirst().orElseThrow();
        assertEquals("Air base", kant.kind());
        assertEquals("Kant, Kyrgyzstan", kant.where());
        assertEquals("Russia", kant.contributors());
        assertEquals(400, kant.size());
        assertEquals("about 400 personnel (October 2013)", kant.sizeText());
    }
}

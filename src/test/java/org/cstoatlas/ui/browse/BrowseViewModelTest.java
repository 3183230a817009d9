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
}

package org.cstoatlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.cstoatlas.record.AllianceRecord;
import org.cstoatlas.record.time.TimeIndex;
import org.junit.jupiter.api.Test;

class AtlasDataTest {

    @Test
    void anotherDatasetKeepsTheShapesAndGetsItsOwnIndexOrIsCancelled() {
        AllianceRecord first = TestDatasets.minimal();
        AllianceRecord second = TestDatasets.minimal();
        AtlasData data = new AtlasData(new TimeIndex(first), null, null);
        List<Double> progress = new ArrayList<>();
        AtlasData next = data.withRecord(second, progress::add, () -> false);
        assertSame(second, next.index().record());
        assertSame(data.coarseShapes(), next.coarseShapes());
        assertEquals(1.0, progress.get(progress.size() - 1));
        assertThrows(CancellationException.class, () -> data.withRecord(second, f -> { }, () -> true));
        assertSame(first, data.index().record(), "the current data is untouched");
    }
}

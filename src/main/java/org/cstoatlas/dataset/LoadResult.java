package org.cstoatlas.dataset;

import java.util.List;
import org.cstoatlas.record.AllianceRecord;

/** A dataset read: the record when it holds no problem, otherwise every problem found (sorted), and no record. */
public record LoadResult(AllianceRecord record, List<Problem> problems) {

    public boolean ok() {
        return record != null;
    }
}

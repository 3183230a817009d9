package org.cstoatlas.dataset;

import java.util.List;
import org.cstoatlas.record.AllianceRecord;

/**
 * A dataset read: the record when it holds no problem, otherwise the problems found (sorted), and no
 * record. At most {@link DatasetLoader#MAX_PROBLEMS} are listed; {@code unlisted} counts the others,
 * and then the list ends with one more entry that says "and N more problems".
 */
public record LoadResult(AllianceRecord record, List<Problem> problems, long unlisted) {

    public LoadResult(AllianceRecord record, List<Problem> problems) {
        this(record, problems, 0);
    }

    public boolean ok() {
        return record != null;
    }
}

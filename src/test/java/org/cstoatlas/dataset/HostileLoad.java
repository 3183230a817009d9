package org.cstoatlas.dataset;

import java.nio.file.Path;
import java.util.List;
import org.cstoatlas.TestDatasets;
import org.cstoatlas.record.time.TimeIndex;

/**
 * Run in a JVM of its own with a small heap by {@link HostileDatasetsTest}: loads each folder named
 * and, when it loads, builds its time index; prints what a user would learn, one line a folder.
 */
public final class HostileLoad {

    private HostileLoad() {
    }

    public static void main(String[] args) {
        for (String folder : args) {
            LoadResult r = TestDatasets.loader().load(Path.of(folder));
            if (r.ok()) {
                TimeIndex index = new TimeIndex(r.record());
                // Every alliance's index, as choosing it on the map builds it.
                long other = r.record().alliances().stream().mapToLong(a -> index.forAlliance(a.id()).changeDays().size()).sum() - index.changeDays().size();
                System.out.println("ok: " + r.record().periods().size() + " periods, " + index.changeDays().size() + " change days"
                        + (other > 0 ? ", " + other + " in the other alliances" : ""));
            } else {
                List<Problem> p = r.problems();
                System.out.println(p.size() + " problems listed, " + r.unlisted() + " unlisted; first: " + p.get(0) + "; last: " + p.get(p.size() - 1));
            }
        }
    }
}

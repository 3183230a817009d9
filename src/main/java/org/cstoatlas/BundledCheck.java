package org.cstoatlas;

import java.nio.file.Path;
import org.cstoatlas.dataset.CheckedRecord;
import org.cstoatlas.dataset.LoadResult;
import org.cstoatlas.record.Alliance;
import org.cstoatlas.record.time.TimeIndex;

/**
 * Run by the build (Maven's process-classes phase), not by the atlas: checks the bundled dataset in
 * full, as any dataset is checked (every quote found in its article), builds its time index for every
 * alliance, and writes the checked record's compact form that the atlas reads at start
 * ({@link Bundled#loadDataset()}), and the first map's shapes in theirs ({@link Bundled#coarseShapes()}). A dataset with a problem fails the build, listing the problems.
 */
public final class BundledCheck {

    private BundledCheck() {
    }

    /**
     * @param args the files to write: the checked record (the build's classes folder,
     *             assets/dataset.checked), then the 110 m shapes' compact form (geo/countries-110m.shapes)
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 2) throw new IllegalArgumentException("usage: BundledCheck RECORD_FILE SHAPES_FILE");
        LoadResult result = Bundled.loader().load(Bundled.dataset());
        if (!result.ok()) {
            result.problems().forEach(p -> System.err.println(p));
            throw new IllegalStateException("the bundled dataset has " + result.problems().size() + " problems");
        }
        TimeIndex index = new TimeIndex(result.record());
        for (Alliance a : result.record().alliances()) index.forAlliance(a.id());
        CheckedRecord.write(result.record(), Path.of(args[0]));
        // The first map's shapes, read from the GeoJSON once here rather than at every start.
        Bundled.coarseGeoJson().writeForm(Path.of(args[1]));
    }
}

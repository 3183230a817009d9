package org.cstoatlas;

import java.io.IOException;
import java.util.List;
import org.cstoatlas.dataset.LoadResult;
import org.cstoatlas.dataset.Problem;
import org.cstoatlas.geo.CountryShapes;
import org.cstoatlas.record.time.TimeIndex;

/** Everything the window needs, loaded once before it opens: the record's time index and the shapes. */
public record AtlasData(TimeIndex index, CountryShapes coarseShapes, CountryShapes detailedShapes) {

    /** The bundled data could not be loaded; the message says what and where. */
    public static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;
        private final List<Problem> problems;

        Unreadable(String message, List<Problem> problems) {
            super(message, null, false, false);
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    public static AtlasData loadBundled() throws Unreadable {
        LoadResult r = Bundled.loadDataset();
        if (!r.ok()) throw new Unreadable("The bundled dataset has " + r.problems().size() + " problems.", r.problems());
        try {
            return new AtlasData(new TimeIndex(r.record()), CountryShapes.read(Bundled.countries("110m")), CountryShapes.read(Bundled.countries("50m")));
        } catch (IOException e) {
            throw new Unreadable("The bundled country shapes cannot be read: " + e.getMessage(), List.of());
        }
    }
}

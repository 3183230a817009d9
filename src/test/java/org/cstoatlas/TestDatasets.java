package org.cstoatlas;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.cstoatlas.dataset.DatasetLoader;
import org.cstoatlas.dataset.LoadResult;
import org.cstoatlas.record.AllianceRecord;

/** The test datasets under src/test/resources/datasets, and copies of them to break. */
public final class TestDatasets {

    private static DatasetLoader loader;

    private TestDatasets() {
    }

    public static Path folder(String name) {
        try {
            return Path.of(TestDatasets.class.getResource("/datasets/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static synchronized DatasetLoader loader() {
        if (loader == null) loader = Bundled.loader();
        return loader;
    }

    /** The minimal dataset, loaded; it must be valid. */
    public static AllianceRecord minimal() {
        LoadResult r = loader().load(folder("minimal"));
        if (!r.ok()) throw new AssertionError("the minimal test dataset has problems: " + r.problems());
        return r.record();
    }

    /** Copies a dataset folder (with its sources) into {@code target}. */
    public static void copy(Path from, Path target) {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path to = target.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(to);
                else Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.cstoatlas;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;
import java.io.InputStream;
import org.cstoatlas.dataset.CheckedRecord;
import org.cstoatlas.dataset.DatasetLoader;
import org.cstoatlas.dataset.LoadResult;
import org.cstoatlas.geo.CountryShapes;
import org.cstoatlas.record.AllianceRecord;

/**
 * The files the atlas ships with (the dataset, the country shapes), as paths: in the build's classes
 * folder when run from Maven, inside the jar when run from it. Nothing is ever fetched.
 */
public final class Bundled {

    private static volatile Path root;

    private Bundled() {
    }

    /** This build's version, as the jar's manifest gives it ("development build" when run from the classes folder). */
    public static String version() {
        return release().orElse("development build");
    }

    /** The released version, or empty in a development build (which each language names in its own words). */
    public static java.util.Optional<String> release() {
        return java.util.Optional.ofNullable(Bundled.class.getPackage().getImplementationVersion());
    }

    /** The bundled dataset folder. */
    public static Path dataset() {
        return root().resolve("assets").resolve("dataset");
    }

    /** The bundled country shapes at a resolution, "50m" or "110m". */
    public static Path countries(String resolution) {
        return root().resolve("geo").resolve("countries-" + resolution + ".geojson");
    }

    /**
     * The past borders' own pieces at a resolution: the GDR and the Federal Republic of 1949-1990
     * (derived from Natural Earth, see geo/PROVENANCE.md), which no union of today's shapes gives.
     */
    public static Path pieces(String resolution) {
        return root().resolve("geo").resolve("divided-germany-" + resolution + ".geojson");
    }

    /** The bundled stylesheets and icons. */
    public static Path assets() {
        return root().resolve("assets");
    }

    /** The ready lessons a teacher finds under Classroom ▸ Lessons, in the order of their file names. */
    public static java.util.List<Path> lessons() {
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(assets().resolve("lessons"))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".cstolesson")).sorted().toList();
        } catch (IOException e) {
            return java.util.List.of();
        }
    }

    /** A loader that checks country codes against the bundled shapes. */
    public static DatasetLoader loader() {
        try {
            return new DatasetLoader(CountryShapes.readIsoCodes(countries("50m"), pieces("50m")));
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled country shapes cannot be read", e);
        }
    }

    private static LoadResult dataset;

    /** Where the build puts the bundled dataset's checked form (see {@link BundledCheck}). */
    static final String CHECKED = "/assets/dataset.checked";

    /**
     * The bundled dataset, once per process (the bundled files never change while it runs): the form
     * the build checked, read in one pass; checked here in full only where that form is missing (the
     * classes compiled without the build's process-classes phase) or unreadable.
     */
    public static synchronized LoadResult loadDataset() {
        if (dataset == null) {
            AllianceRecord checked = checkedAtBuild();
            dataset = checked != null ? new LoadResult(checked, java.util.List.of()) : loader().load(dataset());
        }
        return dataset;
    }

    /** Where the build puts the 110 m shapes' compact form (see {@link BundledCheck}). */
    static final String COARSE_SHAPES = "/geo/countries-110m.shapes";

    /**
     * The first map's shapes (110 m, with the past borders' pieces): the compact form the build wrote,
     * read in one pass; the GeoJSON where that form is missing or unreadable.
     */
    public static CountryShapes coarseShapes() throws IOException {
        try (InputStream in = Bundled.class.getResourceAsStream(COARSE_SHAPES)) {
            if (in != null) return CountryShapes.readForm(in);
        } catch (IOException unreadable) {
            // read from the GeoJSON below
        }
        return coarseGeoJson();
    }

    /** The first map's shapes as their GeoJSON holds them: what the build writes in the compact form. */
    static CountryShapes coarseGeoJson() throws IOException {
        return CountryShapes.read(countries("110m"), pieces("110m"));
    }

    /** The basemap's renderer on the bundled polygons (110 m to zoom 3, 50 m further in). */
    public static org.cstoatlas.geo.TileRenderer basemap() {
        return new org.cstoatlas.geo.TileRenderer(countries("110m"), countries("50m"));
    }

    /** The record the build checked, or null where there is none to read. */
    static AllianceRecord checkedAtBuild() {
        try (InputStream in = Bundled.class.getResourceAsStream(CHECKED)) {
            return in == null ? null : CheckedRecord.read(in);
        } catch (IOException e) {
            return null;
        }
    }

    private static Path root() {
        Path r = root;
        if (r == null) {
            synchronized (Bundled.class) {
                if (root == null) root = locate();
                r = root;
            }
        }
        return r;
    }

    private static Path locate() {
        URL marker = Bundled.class.getResource("/assets/DATASET.md");
        if (marker == null) throw new IllegalStateException("the bundled assets are missing from the class path");
        try {
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return fs.getPath("/");
            }
            return Path.of(uri).getParent().getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the bundled assets: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.cstoatlas;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.cstoatlas.dataset.LoadResult;
import org.cstoatlas.dataset.Problem;
import org.cstoatlas.geo.CountryShapes;
import org.cstoatlas.record.AllianceRecord;
import org.cstoatlas.record.time.TimeIndex;

/**
 * Everything the window needs, loaded once before it opens: the record's time index and the 110 m
 * shapes; the 50 m shapes are read when first needed (see {@link DetailedShapes}).
 */
public record AtlasData(TimeIndex index, CountryShapes coarseShapes, DetailedShapes detailedShapes) {

    /**
     * The same shapes with another dataset's record, its time index built with progress (0 to 1) and
     * cancelling ({@link java.util.concurrent.CancellationException}): run it off the FX thread and
     * keep the current data until it returns.
     */
    public AtlasData withRecord(AllianceRecord record, DoubleConsumer progress, BooleanSupplier cancelled) {
        TimeIndex index = TimeIndex.build(record, progress, cancelled);
        // Every alliance's index now, off the FX thread, rather than when the alliance is first chosen on the map.
        for (org.cstoatlas.record.Alliance a : record.alliances()) {
            if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) throw new java.util.concurrent.CancellationException();
            index.forAlliance(a.id());
        }
        return new AtlasData(index, coarseShapes, detailedShapes);
    }

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

    /** Starts loading the bundled data on other threads: the window's toolkit can start meanwhile. */
    public static CompletableFuture<AtlasData> loadBundledAsync() {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return loadBundled();
            } catch (Unreadable e) {
                throw new CompletionException(e);
            }
        });
    }

    /** Waits for {@link #loadBundledAsync()}'s result. */
    public static AtlasData await(CompletableFuture<AtlasData> loading) throws Unreadable {
        try {
            return loading.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof Unreadable u) throw u;
            throw new Unreadable("The bundled data cannot be loaded: " + e.getCause(), List.of());
        }
    }

    private static AtlasData bundled;

    /**
     * The bundled data, read and checked once per process: it never changes while the atlas runs, so a
     * second window, a snapshot after another, or a language switch takes the same value.
     */
    public static synchronized AtlasData loadBundled() throws Unreadable {
        if (bundled == null) bundled = readBundled();
        return bundled;
    }

    private static AtlasData readBundled() throws Unreadable {
        // The first map's shapes are read on a thread of their own while the dataset is read; the 50 m
        // ones later. Not the common pool: on two cores it has one worker, already reading the dataset.
        CompletableFuture<CountryShapes> shapes = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                shapes.complete(Bundled.coarseShapes());
            } catch (Throwable e) {
                // Any failure, an Error too, ends the wait in from(): the window says the shapes cannot be read.
                shapes.completeExceptionally(e);
            }
        }, "coarse-shapes");
        reader.setDaemon(true);
        reader.start();
        return from(Bundled.loadDataset(), shapes);
    }

    /** The data from a dataset already loaded and the 110 m shapes being read. */
    public static AtlasData from(LoadResult dataset, CompletableFuture<CountryShapes> shapes) throws Unreadable {
        if (!dataset.ok()) throw new Unreadable("The bundled dataset has " + dataset.problems().size() + " problems.", dataset.problems());
        try {
            return new AtlasData(new TimeIndex(dataset.record()), shapes.join(), DetailedShapes.bundled());
        } catch (CompletionException e) {
            throw new Unreadable("The bundled country shapes cannot be read: " + e.getCause().getMessage(), List.of());
        }
    }
}

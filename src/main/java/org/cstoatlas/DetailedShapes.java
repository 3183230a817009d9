package org.cstoatlas;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.cstoatlas.geo.CountryShapes;

/**
 * The 50 m country shapes, read once, on another thread, when first asked for. The first map (the
 * world's zoom) draws the 110 m ones, so the start does not wait for these: the window starts reading
 * them once its first frame is painted, and a map zoomed in before that waits for the read.
 */
public final class DetailedShapes implements Supplier<CountryShapes> {

    private final Callable<CountryShapes> read;
    private CompletableFuture<CountryShapes> reading;

    private DetailedShapes(Callable<CountryShapes> read) {
        this.read = read;
    }

    /** The bundled 50 m shapes, not read yet. */
    public static DetailedShapes bundled() {
        return new DetailedShapes(() -> CountryShapes.read(Bundled.countries("50m"), Bundled.pieces("50m")));
    }

    /** Shapes already read. */
    public static DetailedShapes of(CountryShapes shapes) {
        DetailedShapes d = new DetailedShapes(() -> shapes);
        d.reading = CompletableFuture.completedFuture(shapes);
        return d;
    }

    /** Begins the read on another thread, once; the answer completes with the shapes. */
    public synchronized CompletableFuture<CountryShapes> start() {
        if (reading == null) {
            reading = CompletableFuture.supplyAsync(() -> {
                try {
                    return read.call();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (Exception e) {
                    throw new CompletionException(e);
                }
            });
        }
        return reading;
    }

    /**
     * The shapes, waiting for the read (started here if it was not yet); null when they cannot be
     * read (the bundled files are checked at build time, so a defect): the map then keeps the 110 m ones.
     */
    @Override
    public CountryShapes get() {
        try {
            return start().join();
        } catch (CompletionException e) {
            return null;
        }
    }
}

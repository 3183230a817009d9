package org.cstoatlas.dataset;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import org.cstoatlas.files.AtomicWrite;
import org.cstoatlas.record.AllianceRecord;

/**
 * A record that passed every check, kept in a compact form read in one pass: the bundled dataset is
 * checked when the atlas is built (its quotes found in their articles, its time index built) and
 * shipped so, and the window's start does not check it again. Only the build writes this form, and
 * only the bundled one is read from it; a user's own dataset always goes through the
 * {@link DatasetLoader}.
 *
 * <p>The form is Java's serialization of the record's objects, which keeps one object per country,
 * source and reference, as the loader made them. Reading admits only the record's own types and the
 * JDK's dates and collections, and is bounded, so a damaged file cannot build anything else.
 */
public final class CheckedRecord {

    /** What the form may hold: the record's types, dates, collections and strings, nothing else. */
    private static final ObjectInputFilter ONLY_THE_RECORD = ObjectInputFilter.Config.createFilter(
            "maxdepth=64;maxrefs=1000000;maxbytes=67108864;maxarray=1000000;"
                    + "org.cstoatlas.record.*;java.time.*;java.util.*;java.lang.*;!*");

    private CheckedRecord() {
    }

    /** Writes the record's form to the file (atomically). */
    public static void write(AllianceRecord record, Path file) throws IOException {
        AtomicWrite.bytes(file, out -> {
            // Flushed, not closed: the atomic write forces and closes its own stream.
            ObjectOutputStream o = new ObjectOutputStream(new BufferedOutputStream(out, 1 << 16));
            o.writeObject(record);
            o.flush();
        });
    }

    /** Reads a form written by {@link #write}; an IOException for anything else. */
    public static AllianceRecord read(InputStream in) throws IOException {
        try (ObjectInputStream o = new ObjectInputStream(new BufferedInputStream(in, 1 << 16))) {
            o.setObjectInputFilter(ONLY_THE_RECORD);
            if (o.readObject() instanceof AllianceRecord record) return record;
            throw new IOException("not a checked record");
        } catch (ClassNotFoundException | RuntimeException e) {
            throw new IOException("not a checked record: " + e, e);
        }
    }
}

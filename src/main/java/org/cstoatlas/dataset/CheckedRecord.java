package org.cstoatlas.dataset;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
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
 * <p>The form ({@link RecordForm}) writes each of the record's objects once, field by field, and
 * names it by number where it comes again, so it keeps one object per country, source and reference,
 * as the loader made them. Reading builds only the record's own types and is bounded, so a damaged
 * file cannot build anything else.
 */
public final class CheckedRecord {

    private CheckedRecord() {
    }

    /** Writes the record's form to the file (atomically). */
    public static void write(AllianceRecord record, Path file) throws IOException {
        AtomicWrite.bytes(file, out -> {
            // Flushed, not closed: the atomic write forces and closes its own stream.
            DataOutputStream o = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
            RecordForm.write(record, o);
            o.flush();
        });
    }

    /** Reads a form written by {@link #write}; an IOException for anything else. */
    public static AllianceRecord read(InputStream in) throws IOException {
        try (DataInputStream o = new DataInputStream(new BufferedInputStream(in, 1 << 16))) {
            return RecordForm.read(o);
        } catch (RuntimeException e) {
            throw new IOException("not a checked record: " + e, e);
        }
    }
}

package org.cstoatlas.files;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The one way the atlas writes a file: into a new temporary file beside the target (its own unique
 * name), flushed and forced to disk, then moved over the target in one step. A full disk, a crash or
 * a failing writer leaves the old file as it was and no temporary file behind.
 */
public final class AtomicWrite {

    /** What goes into the file, written to a stream the caller must not keep. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Longest part of the target's name kept in the temporary name: file names are limited to 255 bytes. */
    private static final int NAME_KEPT = 80;

    private AtomicWrite() {
    }

    /** What to do when the target is a symbolic link. */
    public enum Links {
        /** The user named the file: write to where the link leads, and the link stays (a file saved through a link). */
        FOLLOW,
        /**
         * The atlas names the file itself (its settings, a lesson's {@code stop-01.png}): a link found there is
         * replaced by the new file, never written through, so nothing outside the folder is overwritten.
         */
        REPLACE
    }

    /** Temporary files not yet committed or removed: a Ctrl+C or a SIGTERM removes them on the way out. */
    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

    static {
        // ImageIO otherwise caches what it writes to a stream in a file of the system's temporary folder: a
        // write outside the place the file goes, and on a full disk a stack trace at exit from its closer.
        javax.imageio.ImageIO.setUseCache(false);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> PENDING.forEach(AtomicWrite::removeQuietly), "atomic-write-cleanup"));
    }

    /** Writes the text as UTF-8 (no BOM), exactly as given. */
    public static void text(Path target, String text) throws IOException {
        bytes(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Writes the text as UTF-8 (no BOM), a link at the target treated as {@code links} says. */
    public static void text(Path target, Links links, String text) throws IOException {
        bytes(target, links, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Writes whatever {@code content} writes (a PNG through {@code ImageIO.write(image, "png", out)}, ...).
     * On any failure, the content's own included, the exception is thrown after the temporary file is removed.
     *
     * @throws IOException with a message that names the target: a folder, a device, a missing folder,
     *     a full disk, a refused permission
     */
    public static void bytes(Path target, Content content) throws IOException {
        bytes(target, Links.FOLLOW, content);
    }

    /** As {@link #bytes(Path, Content)}, a link at the target treated as {@code links} says. */
    public static void bytes(Path target, Links links, Content content) throws IOException {
        try (Streaming file = streaming(target, links)) {
            try {
                content.writeTo(file.out());
                file.commit();
            } catch (IOException e) {
                throw worded(e);
            }
        }
    }

    /**
     * A full disk in the atlas's words: ImageIO's "I/O error writing PNG file!" or Java's "No space left on
     * device" deep in a chain of causes say nothing a reader can act on.
     */
    public static IOException worded(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("No space left on device") || m.contains("Disk quota exceeded") || m.contains("There is not enough space on the disk"))) {
                return new FileSystemException(null, null, DISK_FULL);
            }
        }
        return e;
    }

    /** What a write onto a full disk says. */
    public static final String DISK_FULL = "the disk is full (the old file, if any, is kept as it was)";

    /**
     * A file written in pieces over time (an animation, frame by frame): its temporary file beside the
     * target is made now; {@link Streaming#commit()} flushes it, forces it to disk and moves it over the
     * target; {@link Streaming#close()} without a commit (a cancel, a failure) removes it, leaving an old
     * file of that name as it was.
     */
    public static Streaming streaming(Path target) throws IOException {
        return streaming(target, Links.FOLLOW);
    }

    /** As {@link #streaming(Path)}, a link at the target treated as {@code links} says. */
    public static Streaming streaming(Path target, Links links) throws IOException {
        Path destination = destination(target, links);
        Path folder = destination.getParent();
        Path temp = createTemporary(folder, destination.getFileName().toString());
        try {
            return new Streaming(destination, temp, FileChannel.open(temp, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS));
        } catch (IOException | RuntimeException e) {
            removeQuietly(temp);
            throw e;
        }
    }

    /** A file being written: see {@link #streaming(Path)}. Use it in a try-with-resources block. */
    public static final class Streaming implements AutoCloseable {
        private final Path destination;
        private final Path temp;
        private final FileChannel channel;
        private final OutputStream buffered;
        private final OutputStream out;
        private boolean committed;
        private boolean closed;

        private Streaming(Path destination, Path temp, FileChannel channel) {
            this.destination = destination;
            this.temp = temp;
            this.channel = channel;
            this.buffered = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
            this.out = new FilterOutputStream(buffered) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    // The writer may close its stream (ImageIO does not, a PrintWriter does): the file stays open for force().
                    flush();
                }
            };
        }

        /** Where the content goes; closing it only flushes. */
        public OutputStream out() {
            return out;
        }

        /** Flushes, forces to disk and moves the file over the target in one step. */
        public void commit() throws IOException {
            if (closed) throw new IOException(destination + ": already closed");
            try {
                buffered.flush();
                channel.force(true);
            } catch (IOException e) {
                throw worded(e);
            }
            channel.close();
            closed = true;
            copyPermissions(destination, temp);
            try {
                Files.move(temp, destination, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                // Only where the file system cannot rename in one step (some network and FAT file systems).
                Files.move(temp, destination, StandardCopyOption.REPLACE_EXISTING);
            }
            committed = true;
            PENDING.remove(temp);
            forceFolder(destination.getParent());
        }

        /** Unless committed, removes the temporary file: nothing half-written stays. */
        @Override
        public void close() {
            if (committed) return;
            try {
                channel.close();
            } catch (IOException | RuntimeException ignored) {
                // removed below all the same
            }
            closed = true;
            removeQuietly(temp);
        }
    }

    private static void removeQuietly(Path temp) {
        PENDING.remove(temp);
        try {
            Files.deleteIfExists(temp);
        } catch (IOException | RuntimeException ignored) {
            // The first failure is the one to report.
        }
    }

    /**
     * The file to replace: a link is written through (the link stays) or, with {@link Links#REPLACE},
     * replaced itself; a folder or a device is refused.
     */
    static Path destination(Path target, Links links) throws IOException {
        if (target.toString().isEmpty()) throw new IOException("no file name given");
        Path absolute = target.toAbsolutePath().normalize();
        if (absolute.getFileName() == null) throw new IOException(target + " is not a file name");
        Path file = absolute;
        if (links == Links.FOLLOW && Files.isSymbolicLink(absolute) && Files.exists(absolute)) file = absolute.toRealPath();
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            Path parent = file.getParent();
            if (parent == null || !Files.isDirectory(parent)) throw new NoSuchFileException(target.toString(), null, "no such folder: " + parent);
            return file;
        }
        if (attrs.isDirectory()) throw new IOException(target + " is a folder; give a file name");
        if (!attrs.isRegularFile() && !attrs.isSymbolicLink()) throw new IOException(target + " is a device or a pipe, not a file");
        return file;
    }

    private static Path createTemporary(Path folder, String name) throws IOException {
        String kept = name.length() > NAME_KEPT ? name.substring(0, NAME_KEPT) : name;
        for (int attempt = 0; ; attempt++) {
            // CREATE_NEW with a random name: two atlases saving at once never share a temporary file,
            // and the file gets the folder's usual permissions (createTempFile would make it private).
            Path temp = folder.resolve("." + kept + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".part");
            // Pending before it exists: a SIGTERM the moment the file appears (HostileCommandsTest sends one
            // then) found it not yet listed, and the file stayed.
            PENDING.add(temp);
            try {
                Files.newByteChannel(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return temp;
            } catch (FileAlreadyExistsException e) {
                PENDING.remove(temp); // another's file, not ours to remove
                if (attempt > 100) throw e;
            } catch (IOException | RuntimeException e) {
                PENDING.remove(temp);
                throw e;
            }
        }
    }

    /** A file replaced keeps who may read it. */
    private static void copyPermissions(Path from, Path to) {
        try {
            // A link being replaced gives nothing: where it leads is not the atlas's to look at.
            if (Files.isSymbolicLink(from)) return;
            PosixFileAttributeView old = Files.getFileAttributeView(from, PosixFileAttributeView.class);
            PosixFileAttributeView fresh = Files.getFileAttributeView(to, PosixFileAttributeView.class);
            if (old != null && fresh != null && Files.exists(from)) fresh.setPermissions(old.readAttributes().permissions());
        } catch (IOException | RuntimeException ignored) {
            // Permissions are a courtesy; the content is what must not be lost.
        }
    }

    /** Makes the rename itself durable where the platform allows opening a folder (Linux, macOS). */
    private static void forceFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | RuntimeException ignored) {
            // Windows cannot open a folder as a channel; the rename is still atomic there.
        }
    }
}

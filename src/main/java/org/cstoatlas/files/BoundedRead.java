package org.cstoatlas.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;

/**
 * Reads a small file that someone else may have made: only a regular file (never a folder, a device
 * such as /dev/zero, or a pipe that would wait forever), never more than a limit, and, for text,
 * only UTF-8 (a byte order mark is accepted). Every refusal is a {@link Refused} whose message says
 * why in a reader's words, without the file's path or any of its content.
 */
public final class BoundedRead {

    /** The file was not read; {@link #getMessage()} is the reason, e.g. "is a folder, not a file". */
    public static class Refused extends IOException {
        private static final long serialVersionUID = 1L;

        public Refused(String reason) {
            super(reason, null);
        }
    }

    /** The bytes are not UTF-8 text: where the first wrong byte stands and, when it looks like it, that the text is UTF-16. */
    public static final class NotText extends Refused {
        private static final long serialVersionUID = 1L;
        private final int offset;
        private final int value;
        private final String encoding;

        NotText(String reason, int offset, int value, String encoding) {
            super(reason);
            this.offset = offset;
            this.value = value;
            this.encoding = encoding;
        }

        /** The encoding the bytes look like ("UTF-16 (little-endian)"), or null when they look like no text. */
        public String encoding() {
            return encoding;
        }

        /** The offset of the first byte that is not UTF-8. */
        public int offset() {
            return offset;
        }

        /** That byte, 0 to 255. */
        public int value() {
            return value;
        }
    }

    /** The file holds more bytes than the limit allows; it was not read past the limit. */
    public static final class TooLarge extends Refused {
        private static final long serialVersionUID = 1L;
        private final long size;
        private final long limit;

        TooLarge(long size, long limit) {
            super(size > limit ? "is too large: " + size + " bytes (at most " + limit + ")" : "is too large: more than " + limit + " bytes");
            this.size = size;
            this.limit = limit;
        }

        /** The size the file claimed, or the limit when it claimed less and then gave more. */
        public long size() {
            return size;
        }

        public long limit() {
            return limit;
        }
    }

    private BoundedRead() {
    }

    /** The file's bytes; it may be reached through links (the user named it), but must end at a regular file. */
    public static byte[] bytes(Path file, long limit) throws IOException {
        BasicFileAttributes attrs = regularFile(file);
        return read(file, attrs.size(), limit);
    }

    /**
     * The text of a file the atlas keeps itself (its settings): read only when it is a regular file and not
     * a link, checked and read in one open that follows no link.
     */
    public static String ownText(Path file, long limit) throws IOException {
        BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (attrs.isSymbolicLink()) throw new Refused("is a link; the atlas's own files are never read through a link");
        checkRegular(attrs);
        return utf8(read(file, attrs, limit, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS));
    }

    /** The file's text: UTF-8, a leading byte order mark dropped. */
    public static String text(Path file, long limit) throws IOException {
        return utf8(bytes(file, limit));
    }

    /**
     * The bytes of a file that must lie inside {@code folder}: a link is followed only when where it
     * leads is inside the folder too, so a file handed over with a folder cannot make the atlas read
     * anything else on the reader's machine.
     */
    public static byte[] bytesInside(Path folder, Path file, long limit) throws IOException {
        Path real = inside(folder, file);
        BasicFileAttributes attrs = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (attrs.isSymbolicLink()) throw new Refused(SWAPPED);
        checkRegular(attrs);
        // The bundled dataset inside the atlas's own jar has no links, and its file system takes no link options.
        if (real.getFileSystem() != java.nio.file.FileSystems.getDefault()) return read(real, attrs.size(), limit);
        // Checked and read in one open that follows no link: a file swapped for a link after the check
        // above fails to open instead of being read where the link leads.
        return read(real, attrs, limit, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
    }

    /** Why a file that changed into a link while it was being read is not read. */
    static final String SWAPPED = "was replaced by a link while it was being read; not read";

    /**
     * Where {@code file} really is, refused when that is outside {@code folder}'s real place or when
     * it is a link to nothing. The folder itself may be reached through links.
     */
    public static Path inside(Path folder, Path file) throws IOException {
        Path root = folder.toRealPath();
        BasicFileAttributes own = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!own.isSymbolicLink()) {
            // No link here, but a folder on the way may be one.
            Path parentReal = file.toAbsolutePath().getParent().toRealPath();
            if (!parentReal.startsWith(root)) throw new Refused("lies in a linked folder that leads outside the dataset folder; not read");
            return parentReal.resolve(file.getFileName());
        }
        Path real;
        try {
            real = file.toRealPath();
        } catch (NoSuchFileException e) {
            throw new Refused("is a link to nothing (its target does not exist)");
        } catch (FileSystemLoopException e) {
            throw new Refused("is a link in a loop of links");
        }
        if (!real.startsWith(root)) throw new Refused("is a link to a file outside the dataset folder; links are not followed out of it");
        return real;
    }

    /** UTF-8 bytes as text, a leading byte order mark dropped; anything else is a {@link NotText}. */
    public static String utf8(byte[] bytes) throws NotText {
        String utf16 = utf16Kind(bytes);
        if (utf16 != null) {
            throw new NotText("is " + utf16 + " text, not UTF-8 (save it as UTF-8)", 0, bytes[0] & 0xFF, utf16);
        }
        // The JDK's own decoding is several times faster; it puts U+FFFD for each malformed sequence, so
        // text without one is valid UTF-8. Text with one is decoded strictly, to say where it broke.
        String fast = new String(bytes, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) return fast.startsWith("\uFEFF") ? fast.substring(1) : fast;
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            throw new NotText(String.format("is not UTF-8 text (byte 0x%02X at offset %d)", bytes[at] & 0xFF, at), at, bytes[at] & 0xFF, null);
        }
        String s = out.flip().toString();
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /** "UTF-16 (little-endian)" and the like when the bytes look like UTF-16, otherwise null. */
    static String utf16Kind(byte[] b) {
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) return "UTF-16 (little-endian)";
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) return "UTF-16 (big-endian)";
        // No byte order mark: text of ASCII characters has every other byte zero.
        if (b.length >= 4 && b[0] != 0 && b[1] == 0 && b[2] != 0 && b[3] == 0) return "UTF-16 (little-endian)";
        if (b.length >= 4 && b[0] == 0 && b[1] != 0 && b[2] == 0 && b[3] != 0) return "UTF-16 (big-endian)";
        return null;
    }

    /** Why an input/output failure happened, in a reader's words (Java's own message is often only the path). */
    public static String reason(IOException e) {
        if (e instanceof Refused) return e.getMessage();
        if (e instanceof AccessDeniedException) return "permission denied (this user may not read it)";
        if (e instanceof NoSuchFileException) return "not found";
        if (e instanceof NotDirectoryException) return "is a file, not a folder";
        if (e instanceof FileSystemLoopException) return "links in a loop";
        if (e instanceof CharacterCodingException) return "not readable as text";
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason();
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    private static BasicFileAttributes regularFile(Path file) throws IOException {
        BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
        checkRegular(attrs);
        return attrs;
    }

    private static void checkRegular(BasicFileAttributes attrs) throws Refused {
        if (attrs.isDirectory()) throw new Refused("is a folder, not a file");
        if (!attrs.isRegularFile()) throw new Refused("is a device or a pipe, not a file");
    }

    /** At most {@code limit} bytes, whatever size the file claims (files under /proc claim 0). */
    private static byte[] read(Path file, long claimed, long limit) throws IOException {
        return read(file, claimed, null, limit, StandardOpenOption.READ);
    }

    /** As above, the file opened with {@code options} and, when {@code checked} is given, held to be the file checked. */
    private static byte[] read(Path file, BasicFileAttributes checked, long limit, java.nio.file.OpenOption... options) throws IOException {
        return read(file, checked.size(), checked, limit, options);
    }

    private static byte[] read(Path file, long claimed, BasicFileAttributes checked, long limit, java.nio.file.OpenOption... options) throws IOException {
        limit = Math.max(0, Math.min(limit, Integer.MAX_VALUE - 16L));
        if (claimed > limit) throw new TooLarge(claimed, limit);
        byte[] buf = new byte[(int) Math.min(limit + 1, Math.max(claimed + 1, 8192))];
        int n = 0;
        FileChannel opened;
        try {
            opened = FileChannel.open(file, options);
        } catch (FileSystemException e) {
            // O_NOFOLLOW on a link fails with "Too many levels of symbolic links" (ELOOP).
            if (checked != null && Files.isSymbolicLink(file)) throw new Refused(SWAPPED);
            throw e;
        }
        try (FileChannel ch = opened) {
            if (checked != null) {
                // Checks on the open channel: what was opened is still the file checked, not one put in its place.
                BasicFileAttributes now = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                Object key = checked.fileKey();
                if (!now.isRegularFile() || (key != null && !key.equals(now.fileKey()))) throw new Refused(SWAPPED);
                if (ch.size() > limit) throw new TooLarge(ch.size(), limit);
            }
            while (true) {
                if (n == buf.length) {
                    if (n > limit) break;
                    buf = Arrays.copyOf(buf, (int) Math.min(limit + 1, (long) buf.length * 2));
                }
                int r = ch.read(ByteBuffer.wrap(buf, n, buf.length - n));
                if (r < 0) break;
                n += r;
            }
        }
        if (n > limit) throw new TooLarge(limit, limit);
        return n == buf.length ? buf : Arrays.copyOf(buf, n);
    }
}

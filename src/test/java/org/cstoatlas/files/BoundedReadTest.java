package org.cstoatlas.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoundedReadTest {

    @Test
    void readsUtf8TextWithOrWithoutAByteOrderMark(@TempDir Path dir) throws IOException {
        Path plain = Files.writeString(dir.resolve("a.json"), "{\"select\": \"KAZ\"}");
        Path bom = Files.write(dir.resolve("b.json"), ("\uFEFF{\"select\": \"Қазақстан\"}").getBytes(StandardCharsets.UTF_8));
        assertEquals("{\"select\": \"KAZ\"}", BoundedRead.text(plain, 1000));
        assertEquals("{\"select\": \"Қазақстан\"}", BoundedRead.text(bom, 1000));
    }

    @Test
    void aFileOverTheLimitIsRefusedWithItsSize(@TempDir Path dir) throws IOException {
        Path big = Files.write(dir.resolve("view.json"), new byte[2001]);
        BoundedRead.TooLarge e = assertThrows(BoundedRead.TooLarge.class, () -> BoundedRead.text(big, 2000));
        assertEquals("is too large: 2001 bytes (at most 2000)", e.getMessage());
    }

    @Test
    void devicesFoldersAndPipesAreRefusedWithoutWaiting(@TempDir Path dir) throws Exception {
        assertEquals("is a folder, not a file", assertThrows(BoundedRead.Refused.class, () -> BoundedRead.text(dir, 1000)).getMessage());
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "a Unix-like system");
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            assertEquals("is a device or a pipe, not a file",
                    assertThrows(BoundedRead.Refused.class, () -> BoundedRead.text(zero, 1 << 20)).getMessage());
            Path fifo = dir.resolve("view.json");
            Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
            assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");
            assertEquals("is a device or a pipe, not a file",
                    assertThrows(BoundedRead.Refused.class, () -> BoundedRead.text(fifo, 1 << 20)).getMessage());
            // A link to the device is refused the same way: what counts is where it leads.
            Path link = Files.createSymbolicLink(dir.resolve("zero.json"), zero);
            assertEquals("is a device or a pipe, not a file",
                    assertThrows(BoundedRead.Refused.class, () -> BoundedRead.text(link, 1 << 20)).getMessage());
        });
    }

    @Test
    void insideAFolderALinkOutIsRefusedWithoutSayingWhereItLeads(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectory(dir.resolve("dataset"));
        Path secret = Files.writeString(dir.resolve("secret.txt"), "root:x:0:0");
        Path out = Files.createSymbolicLink(folder.resolve("s1.txt"), secret);
        Path in = Files.createSymbolicLink(folder.resolve("s2.txt"), Files.writeString(folder.resolve("real.txt"), "inside"));
        Path dangling = Files.createSymbolicLink(folder.resolve("s3.txt"), folder.resolve("gone.txt"));
        BoundedRead.Refused e = assertThrows(BoundedRead.Refused.class, () -> BoundedRead.bytesInside(folder, out, 1000));
        assertEquals("is a link to a file outside the dataset folder; links are not followed out of it", e.getMessage());
        assertArrayEquals("inside".getBytes(StandardCharsets.UTF_8), BoundedRead.bytesInside(folder, in, 1000));
        assertEquals("is a link to nothing (its target does not exist)",
                assertThrows(BoundedRead.Refused.class, () -> BoundedRead.bytesInside(folder, dangling, 1000)).getMessage());
    }

    @Test
    void utf16IsNamedAndOtherBytesAreLocated() {
        byte[] le = "{\"a\": 1}".getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = "{\"a\": 1}".getBytes(StandardCharsets.UTF_16); // big-endian with a byte order mark
        assertEquals("is UTF-16 (little-endian) text, not UTF-8 (save it as UTF-8)",
                assertThrows(BoundedRead.NotText.class, () -> BoundedRead.utf8(le)).getMessage());
        assertEquals("UTF-16 (big-endian)", assertThrows(BoundedRead.NotText.class, () -> BoundedRead.utf8(withBom)).encoding());
        BoundedRead.NotText bad = assertThrows(BoundedRead.NotText.class, () -> BoundedRead.utf8(new byte[] {'{', ' ', (byte) 0xC3, '}'}));
        assertEquals("is not UTF-8 text (byte 0xC3 at offset 2)", bad.getMessage());
        assertEquals(2, bad.offset());
        // A surrogate written as UTF-8 is not UTF-8 either; a replacement character written as UTF-8 is.
        assertThrows(BoundedRead.NotText.class, () -> BoundedRead.utf8(new byte[] {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'}));
        assertEquals("a\uFFFDb", assertDoesNotThrow(() -> BoundedRead.utf8("a\uFFFDb".getBytes(StandardCharsets.UTF_8))));
        assertEquals("Ёж", assertDoesNotThrow(() -> BoundedRead.utf8("\uFEFFЁж".getBytes(StandardCharsets.UTF_8))), "the byte order mark is dropped");
    }

    @Test
    void reasonsAreWordsNotPaths() {
        assertEquals("permission denied (this user may not read it)", BoundedRead.reason(new AccessDeniedException("/home/u/x.json")));
        assertEquals("not found", BoundedRead.reason(new java.nio.file.NoSuchFileException("/home/u/x.json")));
    }

    @Test
    void theAtlasesOwnFileIsNeverReadThroughALink(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "{\"theme\": \"dark\"}");
        Path link = Files.createSymbolicLink(dir.resolve("remembered.json"), secret);
        BoundedRead.Refused e = assertThrows(BoundedRead.Refused.class, () -> BoundedRead.ownText(link, 1000));
        assertEquals("is a link; the atlas's own files are never read through a link", e.getMessage());
        assertEquals("{\"theme\": \"dark\"}", BoundedRead.ownText(secret, 1000));
    }

    @Test
    void aFileSwappedForALinkOutWhileBeingReadIsNeverReadOutside(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectory(dir.resolve("dataset"));
        Path secret = Files.writeString(dir.resolve("secret.json"), "SECRET");
        Path file = folder.resolve("countries.json");
        Path swap = folder.resolve(".swap");
        Path linkSwap = folder.resolve(".link");
        Files.writeString(file, "inside");
        // Another process keeps swapping the file for a link out of the folder and back, as fast as it can.
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        Thread swapper = new Thread(() -> {
            try {
                while (!stop.get()) {
                    Files.deleteIfExists(linkSwap);
                    Files.createSymbolicLink(linkSwap, secret);
                    Files.move(linkSwap, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                    Files.writeString(swap, "inside");
                    Files.move(swap, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        swapper.start();
        int read = 0;
        try {
            for (int i = 0; i < 2000; i++) {
                try {
                    String text = new String(BoundedRead.bytesInside(folder, file, 1000), StandardCharsets.UTF_8);
                    assertEquals("inside", text, "read outside the folder");
                    read++;
                } catch (IOException refused) {
                    // A refusal (a link out, a file swapped mid-read, a file gone for a moment) is right.
                }
            }
        } finally {
            stop.set(true);
            swapper.join();
        }
        assertTrue(read > 0, "the file was read when it stood still");
    }
}

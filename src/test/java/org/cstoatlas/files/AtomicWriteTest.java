package org.cstoatlas.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicWriteTest {

    private static List<String> namesIn(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesTextAsUtf8AndReplacesTheOldFile(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("status.csv");
        Files.writeString(target, "old");
        AtomicWrite.text(target, "iso_a3,name\nKAZ,Казахстан\n");
        assertEquals("iso_a3,name\nKAZ,Казахстан\n", Files.readString(target, StandardCharsets.UTF_8));
        assertEquals(List.of("status.csv"), namesIn(dir), "no temporary file left");
    }

    @Test
    void aStreamedFileAppearsOnlyWhenCommittedAndACancelLeavesTheOldOneAndNoTemporary(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("years.gif");
        Files.writeString(target, "the old animation");
        try (AtomicWrite.Streaming file = AtomicWrite.streaming(target)) {
            file.out().write(new byte[200_000]); // more than the buffer: part of it reached the temporary file
            assertEquals("the old animation", Files.readString(target), "nothing replaced while it is written");
            assertEquals(2, namesIn(dir).size(), "the temporary file lies beside the target, in the same folder");
            // cancelled: closed without a commit
        }
        assertEquals("the old animation", Files.readString(target));
        assertEquals(List.of("years.gif"), namesIn(dir), "no temporary file left");

        try (AtomicWrite.Streaming file = AtomicWrite.streaming(target)) {
            file.out().write("GIF89a".getBytes(StandardCharsets.US_ASCII));
            file.out().write(new byte[100_000]);
            file.commit();
        }
        assertEquals(100_006, Files.size(target));
        assertEquals(List.of("years.gif"), namesIn(dir));
    }

    @Test
    void aFullDiskInTheMiddleOfWritingLeavesTheOldFileIntactAndNoTemporary(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("lesson.json");
        Files.writeString(target, "{\"date\": \"2022-01-07\"}");
        IOException e = assertThrows(IOException.class, () -> AtomicWrite.bytes(target, out -> {
            out.write(new byte[100_000]); // more than the buffer: part of it reached the temporary file
            throw new IOException("No space left on device");
        }));
        assertEquals(AtomicWrite.DISK_FULL, e.getMessage());
        assertEquals("{\"date\": \"2022-01-07\"}", Files.readString(target));
        assertEquals(List.of("lesson.json"), namesIn(dir));
    }

    @Test
    void aFullDiskUnderImageIosOwnWordsIsSaidToBeAFullDisk(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("map.png");
        Files.writeString(target, "old picture");
        // What the PNG writer throws when the disk fills: its own words, the disk's deep in the causes.
        IOException e = assertThrows(IOException.class, () -> AtomicWrite.bytes(target, out -> {
            throw new javax.imageio.IIOException("I/O error writing PNG file!", new IOException("No space left on device"));
        }));
        assertEquals("the disk is full (the old file, if any, is kept as it was)", e.getMessage());
        assertEquals("old picture", Files.readString(target));
        assertEquals(List.of("map.png"), namesIn(dir));
    }

    @Test
    void aLinkInAPlaceTheAtlasNamesItselfIsReplacedNotWrittenThrough(@TempDir Path dir) throws IOException {
        Path outside = Files.writeString(Files.createDirectory(dir.resolve("elsewhere")).resolve("precious.txt"), "keep me");
        Path folder = Files.createDirectory(dir.resolve("out"));
        Path link = Files.createSymbolicLink(folder.resolve("stop-01.png"), outside);
        AtomicWrite.bytes(link, AtomicWrite.Links.REPLACE, out -> out.write(new byte[] {1, 2, 3}));
        assertEquals("keep me", Files.readString(outside), "the link's target is untouched");
        assertTrue(Files.isRegularFile(link, java.nio.file.LinkOption.NOFOLLOW_LINKS), "the link became a file of its own");
        assertEquals(3, Files.size(link));
        assertEquals(List.of("stop-01.png"), namesIn(folder));
    }

    /** Run in a process of its own: starts writing a file, says so, and waits to be stopped. */
    public static final class Interrupted {
        public static void main(String[] args) throws Exception {
            AtomicWrite.Streaming file = AtomicWrite.streaming(Path.of(args[0]));
            file.out().write(new byte[200_000]);
            file.out().flush();
            System.out.println("writing");
            System.out.flush();
            System.in.read(); // never answered: the test stops this process
        }
    }

    @Test
    void aProcessStoppedWhileWritingLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("years.gif");
        Files.writeString(target, "old animation");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", System.getProperty("java.class.path"),
                Interrupted.class.getName(), target.toString()).redirectErrorStream(true).start();
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("writing", lines.readLine());
            assertTrue(namesIn(dir).size() == 2, "the temporary file is there while writing: " + namesIn(dir));
            p.destroy(); // SIGTERM, as a Ctrl+C or a system shutting down sends
            assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS), "the process ends");
        } finally {
            p.destroyForcibly();
        }
        assertEquals(List.of("years.gif"), namesIn(dir), "no .part file left");
        assertEquals("old animation", Files.readString(target));
    }

    @Test
    void aWriterThatFailsWithAnUncheckedErrorLeavesNothingBehindEither(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("map.png");
        assertThrows(IllegalStateException.class, () -> AtomicWrite.bytes(target, out -> {
            out.write(1);
            throw new IllegalStateException("renderer gone");
        }));
        assertEquals(List.of(), namesIn(dir), "no file, not even an empty one");
    }

    @Test
    void imageIoCachesNothingInTheSystemsTemporaryFolder(@TempDir Path dir) throws IOException {
        AtomicWrite.bytes(dir.resolve("map.png"), out -> ImageIO.write(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB), "png", out));
        // Its cache would be a file outside the target's folder, closed by a thread that prints a stack trace on a full disk.
        org.junit.jupiter.api.Assertions.assertFalse(ImageIO.getUseCache());
        assertEquals(List.of("map.png"), namesIn(dir));
    }

    @Test
    void aPngWrittenThroughImageIoAndAWriterThatClosesItsStreamBothArrive(@TempDir Path dir) throws IOException {
        Path png = dir.resolve("map.png");
        BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0xFF8800);
        AtomicWrite.bytes(png, out -> assertTrue(ImageIO.write(image, "png", out)));
        assertEquals(0xFF8800, ImageIO.read(png.toFile()).getRGB(1, 1) & 0xFFFFFF);

        Path md = dir.resolve("evidence.md");
        AtomicWrite.bytes(md, out -> {
            try (PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
                w.print("# Evidence\n");
            }
        });
        assertEquals("# Evidence\n", Files.readString(md));
        assertEquals(List.of("evidence.md", "map.png"), namesIn(dir));
    }

    @Test
    void aFolderAsTargetIsRefusedAndLeftAsItWas(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectory(dir.resolve("out.png"));
        Files.writeString(folder.resolve("inside.txt"), "kept");
        IOException e = assertThrows(IOException.class, () -> AtomicWrite.text(folder, "x"));
        assertTrue(e.getMessage().endsWith("out.png is a folder; give a file name"), e.getMessage());
        assertEquals("kept", Files.readString(folder.resolve("inside.txt")));
        assertEquals(List.of("out.png"), namesIn(dir));
    }

    @Test
    void aMissingFolderIsNamed(@TempDir Path dir) {
        IOException e = assertThrows(IOException.class, () -> AtomicWrite.text(dir.resolve("no/such/file.csv"), "x"));
        assertTrue(e.getMessage().contains("no such folder"), e.getMessage());
    }

    @Test
    void aLinkIsWrittenThroughAndStaysALink(@TempDir Path dir) throws IOException {
        Path real = Files.writeString(dir.resolve("real.json"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), real.getFileName());
        AtomicWrite.text(link, "new");
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("new", Files.readString(real));
    }

    @Test
    void aReplacedFileKeepsItsPermissions(@TempDir Path dir) throws IOException {
        Path target = Files.writeString(dir.resolve("shared.csv"), "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r-----"));
        AtomicWrite.text(target, "new");
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    }

    @Test
    void twoWritersRacingForOneFileLeaveOneWholeVersionAndNoTemporary(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("settings.json");
        String a = "a".repeat(50_000);
        String b = "b".repeat(70_000);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 100; round++) {
                Future<?> x = pool.submit(() -> {
                    AtomicWrite.text(target, a);
                    return null;
                });
                Future<?> y = pool.submit(() -> {
                    AtomicWrite.text(target, b);
                    return null;
                });
                x.get();
                y.get();
                String now = Files.readString(target);
                assertTrue(now.equals(a) || now.equals(b), "a whole version, not a mix: " + now.length() + " chars");
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of("settings.json"), namesIn(dir));
    }
}

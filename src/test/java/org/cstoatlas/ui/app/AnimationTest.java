package org.cstoatlas.ui.app;

import org.junit.jupiter.api.extension.ExtendWith;
import org.cstoatlas.CleanToolkit;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.cstoatlas.AtlasData;
import org.cstoatlas.cli.CommandLine;
import org.cstoatlas.state.Animation;
import org.cstoatlas.state.AtlasState;
import org.cstoatlas.record.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Node;

/** The exported animation: its size, one frame per step with the asked delay, looping, the map changing. */
@Tag("toolkit")
@ExtendWith(CleanToolkit.class)
class AnimationTest {

    /** A GIF's frames, their delays (hundredths of a second) and whether it loops for ever. */
    record Gif(List<BufferedImage> frames, List<Integer> delays, boolean loops) {
        static Gif read(Path file) throws Exception {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
                reader.setInput(in);
                int n = reader.getNumImages(true);
                List<BufferedImage> frames = new ArrayList<>();
                List<Integer> delays = new ArrayList<>();
                boolean loops = false;
                for (int i = 0; i < n; i++) {
                    frames.add(reader.read(i));
                    IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(i).getAsTree("javax_imageio_gif_image_1.0");
                    for (Node c = root.getFirstChild(); c != null; c = c.getNextSibling()) {
                        if (c.getNodeName().equals("GraphicControlExtension")) delays.add(Integer.parseInt(((IIOMetadataNode) c).getAttribute("delayTime")));
                        if (c.getNodeName().equals("ApplicationExtensions")) {
                            IIOMetadataNode app = (IIOMetadataNode) c.getFirstChild();
                            byte[] b = (byte[]) app.getUserObject();
                            loops |= app.getAttribute("applicationID").equals("NETSCAPE") && b[0] == 1 && b[1] == 0 && b[2] == 0;
                        }
                    }
                }
                return new Gif(frames, delays, loops);
            } finally {
                reader.dispose();
            }
        }
    }

    /** Pixels that differ between two frames within the map (below the title, above the credits). */
    private static int changedMapPixels(BufferedImage a, BufferedImage b) {
        int n = 0;
        for (int y = a.getHeight() / 6; y < a.getHeight() * 5 / 6; y++) {
            for (int x = 0; x < a.getWidth(); x++) if (a.getRGB(x, y) != b.getRGB(x, y)) n++;
        }
        return n;
    }

    @Test
    void theCommandWritesAGifOfTheAskedSizeOneFramePerYearLoopingWithTheMapChanging(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("years.gif");
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        int code = new CommandLine(new PrintStream(text, true, StandardCharsets.UTF_8), System.err, new DesktopEntry())
                .run("animate", "--from", "2004-06-01", "--to", "2007-06-01", "--step", "year", "--width", "640", "--height", "400",
                        "--frame-ms", "700", "--out", out.toString());
        assertEquals(0, code, text.toString(StandardCharsets.UTF_8));
        Gif gif = Gif.read(out);
        assertEquals(4, gif.frames().size(), "2004, 2005, 2006, 2007");
        for (BufferedImage f : gif.frames()) {
            assertEquals(640, f.getWidth());
            assertEquals(400, f.getHeight());
        }
        assertEquals(List.of(70, 70, 70, 70), gif.delays());
        assertTrue(gif.loops(), "loops for ever");
        // Uzbekistan came back in 2006: the map of 2007 is not the map of 2004; two frames with the same map are alike.
        assertTrue(changedMapPixels(gif.frames().get(0), gif.frames().get(3)) > 500, "the map changes");
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(out), left.toList(), "no temporary file left beside it");
        }
    }

    /**
     * A film framed for the alliance (the dialog's default and the command line's) shows every member's
     * name clear of its legend: the opening fit of Eurasia put the full legend over Belarus at 1280 × 720.
     */
    @Test
    void framedForTheAllianceNoMembersNameStandsUnderTheLegend() throws Exception {
        Offscreen.start();
        AtlasData data = AtlasData.loadBundled();
        AtlasState state = Session.framedFor(AtlasState.initial(LocalDate.now(), Language.EN).withDate(LocalDate.of(2000, 5, 15)), true);
        java.util.List<String> problems = Offscreen.onFx(() -> {
            MapPicture.Slide slide = new MapPicture.Slide(state, data, 1280, 1280, 720);
            javafx.scene.Parent root = slide.picture();
            root.applyCss();
            root.layout();
            javafx.scene.Node legend = root.lookup(".legend");
            javafx.geometry.Bounds over = legend.localToScene(legend.getLayoutBounds());
            java.util.List<String> names = java.util.List.of("Belarus", "Armenia", "Georgia", "Kazakhstan", "Kyrgyzstan", "Tajikistan", "Uzbekistan", "Azerbaijan");
            java.util.List<String> wrong = new java.util.ArrayList<>();
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (javafx.scene.Node n : root.lookupAll(".country-label")) {
                String text = ((javafx.scene.text.Text) n).getText().replace(" ⚑", "");
                if (!names.contains(text) || !n.getParent().isVisible() || !n.isVisible()) continue;
                seen.add(text);
                javafx.geometry.Bounds b = n.localToScene(n.getLayoutBounds());
                if (b.intersects(over)) wrong.add(text + " " + b + " under the legend " + over);
            }
            if (!seen.contains("Belarus")) wrong.add("Belarus's name is not on the picture: " + seen);
            return wrong;
        });
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    void eventByEventHasOneFramePerEventAndACancelLeavesNothing(@TempDir Path dir) throws Exception {
        Offscreen.start();
        AtlasData data = AtlasData.loadBundled();
        AtlasState base = AtlasState.initial(LocalDate.now(), Language.EN);
        Animation events = new Animation(LocalDate.of(2006, 1, 1), LocalDate.of(2012, 12, 31), Animation.Step.EVENT, 1500, 320, 200, Animation.Form.GIF);
        List<Animation.Frame> frames = events.frames(base, data.index());
        assertEquals(data.index().eventsBetween(LocalDate.of(2006, 1, 1), LocalDate.of(2012, 12, 31)).size(), frames.size());
        assertTrue(frames.size() >= 2);

        // Cancelled after the second frame: nothing under the chosen name, no temporary file either.
        Path gif = dir.resolve("events.gif");
        Files.writeString(gif, "an older file the teacher keeps");
        int[] written = {0};
        assertThrows(CancellationException.class, () -> Filming.film(events, frames, data, 320, gif, () -> written[0] >= 2, (i, n) -> written[0] = i));
        assertEquals("an older file the teacher keeps", Files.readString(gif), "a cancelled export leaves the old file as it was");
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(gif), left.toList());
        }

        // A folder of numbered PNGs: one per event, written in a folder beside and moved in at the end.
        Path folder = dir.resolve("frames");
        Animation pngs = new Animation(LocalDate.of(2006, 1, 1), LocalDate.of(2008, 12, 31), Animation.Step.EVENT, 1500, 320, 200, Animation.Form.PNG_FRAMES);
        List<Animation.Frame> few = pngs.frames(base, data.index());
        Filming.film(pngs, few, data, 320, folder, () -> false, (i, n) -> { });
        try (Stream<Path> files = Files.list(folder)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(few.size(), names.size());
            assertEquals("frame-0001.png", names.get(0));
        }
        assertEquals(320, ImageIO.read(folder.resolve("frame-0001.png").toFile()).getWidth());
    }

    @Test
    void aGifExportThatFailsHalfWayLeavesNoFileUnderItsNameAndNoTemporary(@TempDir Path dir) throws Exception {
        Path gif = dir.resolve("years.gif");
        BufferedImage frame = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        // No older file: after the failure there is none under the name.
        try (AnimationFile file = AnimationFile.start(Animation.Form.GIF, gif)) {
            file.add(frame, 500);
            // the next frame fails to render: the file is closed unfinished
        }
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.toList(), "nothing under the name, no temporary file");
        }
        // An older file of that name survives a failure as it was.
        Files.writeString(gif, "an older file the teacher keeps");
        try (AnimationFile file = AnimationFile.start(Animation.Form.GIF, gif)) {
            file.add(frame, 500);
            file.add(frame, 500);
        }
        assertEquals("an older file the teacher keeps", Files.readString(gif));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(gif), left.toList());
        }
        // Finished, it replaces the old file with a GIF of its frames.
        try (AnimationFile file = AnimationFile.start(Animation.Form.GIF, gif)) {
            file.add(frame, 500);
            file.add(frame, 700);
            file.finish();
        }
        assertEquals(List.of(50, 70), Gif.read(gif).delays());
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(gif), left.toList());
        }
    }

    @Test
    void theLessonSnapshotWritesOnePngPerStop(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("lesson.json");
        AtlasState base = AtlasState.initial(LocalDate.now(), Language.EN);
        org.cstoatlas.state.Lesson lesson = new org.cstoatlas.state.Lesson("Three dates", List.of(
                new org.cstoatlas.state.Lesson.Stop(base.withDate(LocalDate.of(1992, 5, 15)), "Signed in Tashkent", null),
                new org.cstoatlas.state.Lesson.Stop(base.withDate(LocalDate.of(2002, 10, 7)), "The Organization", null),
                new org.cstoatlas.state.Lesson.Stop(base.withDate(LocalDate.of(2013, 6, 1)), "", null)));
        Files.writeString(file, lesson.toJson());
        Path out = dir.resolve("handout");
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        int code = new CommandLine(new PrintStream(text, true, StandardCharsets.UTF_8), System.err, new DesktopEntry())
                .run("snapshot", "--lesson", file.toString(), "--width", "800", "--height", "600", "--presenting", "--out", out.toString());
        assertEquals(0, code, text.toString(StandardCharsets.UTF_8));
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of("stop-01.png", "stop-02.png", "stop-03.png"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        BufferedImage first = ImageIO.read(out.resolve("stop-01.png").toFile());
        BufferedImage third = ImageIO.read(out.resolve("stop-03.png").toFile());
        assertEquals(first.getWidth(), third.getWidth(), "presenting fills the screen: every stop the same size");
        assertTrue(changedMapPixels(first, third) > 500, "each stop shows its own map");
    }

    @Test
    void wrongAnimateOptionsAreUsageErrors() {
        for (String[] args : List.of(
                new String[] {"animate", "--from", "2004-01-01", "--to", "2003-01-01", "--step", "year", "--out", "a.gif"},
                new String[] {"animate", "--from", "2004-01-01", "--to", "2005-01-01", "--step", "week", "--out", "a.gif"},
                new String[] {"animate", "--from", "2004-01-01", "--to", "2005-01-01", "--step", "year", "--alliance", "atlantis", "--out", "a.gif"},
                new String[] {"animate", "--from", "2004-01-01", "--to", "2005-01-01", "--step", "year", "--out", "a.png"})) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            assertEquals(2, new CommandLine(System.out, new PrintStream(err, true, StandardCharsets.UTF_8)).run(args), String.join(" ", args));
            assertFalse(err.toString(StandardCharsets.UTF_8).isEmpty());
        }
    }
}

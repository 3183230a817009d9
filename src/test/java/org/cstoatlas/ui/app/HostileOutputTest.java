package org.cstoatlas.ui.app;

import org.junit.jupiter.api.extension.ExtendWith;
import org.cstoatlas.CleanToolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.cstoatlas.cli.CommandLine;
import org.cstoatlas.record.Language;
import org.cstoatlas.state.AtlasState;
import org.cstoatlas.state.Lesson;
import org.cstoatlas.state.SelectionRef;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code snapshot --lesson} given a folder that holds a trap, and a lesson whose last stop fails: nothing outside is written, nothing half done is left. */
@Tag("toolkit")
@ExtendWith(CleanToolkit.class)
class HostileOutputTest {

    private static int snapshotLesson(Lesson lesson, Path dir, Path out, ByteArrayOutputStream err) throws Exception {
        Path file = Files.writeString(dir.resolve("lesson.cstoview"), lesson.toJson());
        return new CommandLine(System.out, new PrintStream(err, true, StandardCharsets.UTF_8), new DesktopEntry())
                .run("snapshot", "--lesson", file.toString(), "--width", "400", "--height", "300", "--out", out.toString());
    }

    private static List<String> names(Path dir) throws java.io.IOException {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aLinkStandingUnderAStopsNameIsReplacedNotWrittenThrough(@TempDir Path dir) throws Exception {
        Path precious = Files.writeString(dir.resolve("thesis.txt"), "three years of work");
        Path out = Files.createDirectory(dir.resolve("handout"));
        Files.createSymbolicLink(out.resolve("stop-01.png"), precious);
        AtlasState base = AtlasState.initial(LocalDate.now(), Language.EN);
        Lesson lesson = new Lesson("One stop", List.of(new Lesson.Stop(base.withDate(LocalDate.of(2002, 10, 7)), "", null)));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(0, snapshotLesson(lesson, dir, out, err), err.toString(StandardCharsets.UTF_8));
        assertEquals("three years of work", Files.readString(precious), "the link's target is untouched");
        assertTrue(Files.isRegularFile(out.resolve("stop-01.png"), LinkOption.NOFOLLOW_LINKS));
        assertEquals(400, ImageIO.read(out.resolve("stop-01.png").toFile()).getWidth());
        assertEquals(List.of("stop-01.png"), names(out));
    }

    @Test
    void aLaterStopThatFailsLeavesNoEarlierStopsAndTheOldOnesAsTheyWere(@TempDir Path dir) throws Exception {
        Path out = Files.createDirectory(dir.resolve("handout"));
        Files.writeString(out.resolve("stop-01.png"), "last year's handout");
        AtlasState base = AtlasState.initial(LocalDate.now(), Language.EN);
        Lesson lesson = new Lesson("Two stops", List.of(
                new Lesson.Stop(base.withDate(LocalDate.of(2002, 10, 7)), "", null),
                new Lesson.Stop(base.withDate(LocalDate.of(2010, 1, 1)).withSelection(new SelectionRef(SelectionRef.Kind.EVENT, "no-such-event")), "", null)));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = snapshotLesson(lesson, dir, out, err);
        assertEquals(2, code, err.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("error: no event 'no-such-event' in the dataset"), err.toString(StandardCharsets.UTF_8));
        assertEquals(List.of("stop-01.png"), names(out), "no stop-02, no temporary file");
        assertEquals("last year's handout", Files.readString(out.resolve("stop-01.png")), "the old first stop is kept until every stop is ready");
    }
}

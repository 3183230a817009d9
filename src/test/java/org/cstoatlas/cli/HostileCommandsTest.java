package org.cstoatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line given what would hurt: an empty lesson, a picture larger than the memory, a flood of problems. */
class HostileCommandsTest {

    @Test
    void anEmptyLessonIsAUsageErrorNotASuccessThatWroteNothing(@TempDir Path dir) throws Exception {
        Path lesson = Files.writeString(dir.resolve("empty.cstoview"), "{\"title\": \"Nothing yet\", \"stops\": []}");
        CommandLineTest.Run r = CommandLineTest.run("snapshot", "--lesson", lesson.toString(), "--out", dir.resolve("out").toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith("error: --lesson: empty.cstoview has no stops: nothing to write"), r.err());
        assertTrue(Files.notExists(dir.resolve("out")), "no folder made for nothing");
    }

    @Test
    void aPictureLargerThanTheMemoryIsRefusedBeforeAnythingIsRendered(@TempDir Path dir) throws Exception {
        // The atlas run as a user runs it, in a JVM of 200 MB: a 4096 × 4096 picture needs far more.
        for (List<String> command : List.of(
                List.of("snapshot", "--date", "2010-01-01", "--width", "4096", "--height", "4096", "--out", dir.resolve("big.png").toString()),
                List.of("animate", "--from", "2010-01-01", "--to", "2012-01-01", "--step", "year", "--width", "4096", "--height", "4096",
                        "--out", dir.resolve("big.gif").toString()))) {
            List<String> args = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx200m",
                    "-Duser.home=" + dir, "-cp", System.getProperty("java.class.path"), "org.cstoatlas.launch.Launcher"));
            args.addAll(command);
            Process p = new ProcessBuilder(args).redirectErrorStream(true).start();
            String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(120, TimeUnit.SECONDS));
            assertEquals(2, p.exitValue(), said);
            assertTrue(said.matches("(?s)error: a 4096×4096 picture needs about 576 MB of memory and the atlas may use \\d+ MB here: "
                    + "choose a smaller --width and --height \\(about \\d+×\\d+ fits\\) or give the atlas more memory \\(e\\.g\\. JAVA_TOOL_OPTIONS=-Xmx640m\\).*"), said);
            assertEquals(List.of(), names(dir), "nothing written, not even a temporary file");
        }
    }

    @Test
    void moreProblemsThanAreListedAreSaidToBeMoreNotCountedAsTheListsLength(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        org.cstoatlas.TestDatasets.copy(org.cstoatlas.TestDatasets.folder("minimal"), data);
        StringBuilder s = new StringBuilder("{\"periods\": [");
        for (int i = 0; i < 3000; i++) s.append(i == 0 ? "{}" : ",{}");
        Files.writeString(data.resolve("zz-empty.json"), s.append("]}\n"));
        CommandLineTest.Run r = CommandLineTest.run("validate", data.toString());
        assertEquals(1, r.code());
        String[] lines = r.out().split("\\R");
        assertEquals("more than 1,000 problems in " + data + " (the first 1,000 are listed)", lines[lines.length - 1]);
    }

    @Test
    void aViewFileBeyondJacksonsLimitsOrOffTheTimelineIsAUsageErrorBeforeAnyWindow(@TempDir Path dir) throws Exception {
        Path digits = Files.writeString(dir.resolve("digits.cstoview"), "{\"zoom\": " + "7".repeat(1200) + "}");
        Path name = Files.writeString(dir.resolve("name.cstoview"), "{\"" + "n".repeat(60_000) + "\": 1}");
        Path future = Files.writeString(dir.resolve("future.cstoview"), "{\"title\": \"T\", \"stops\": [{\"date\": \"9999-12-31\"}]}");
        for (Path view : List.of(digits, name, future)) {
            // Desktop.NONE throws if asked to open a window: the file is refused before that.
            CommandLineTest.Run r = CommandLineTest.run("--view", view.toString());
            assertEquals(2, r.code(), r.err());
            assertTrue(r.err().startsWith("error: --view: " + view.getFileName() + ":"), r.err());
            assertTrue(!r.err().contains("Exception") && !r.err().contains("StreamReadConstraints"), r.err());
        }
        String said = CommandLineTest.run("--view", future.toString()).err();
        assertTrue(said.startsWith(
                "error: --view: future.cstoview:1:35: date: 9999-12-31 is outside the atlas's timeline (" + org.cstoatlas.state.AtlasState.FIRST_DAY + " to "), said);
    }

    @Test
    void commandsThatOpenNoWindowLeaveNothingInHome(@TempDir Path dir) throws Exception {
        Path home = Files.createDirectory(dir.resolve("home"));
        for (List<String> command : List.of(List.of("validate"), List.of("status", "--date", "2008-06-01", "--format", "csv"),
                List.of("memberships", "--country", "ARM", "--date", "2020-01-01"))) {
            List<String> args = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Duser.home=" + home, "-cp", System.getProperty("java.class.path"), "org.cstoatlas.launch.Launcher"));
            args.addAll(command);
            ProcessBuilder b = new ProcessBuilder(args).redirectErrorStream(true);
            b.environment().put("HOME", home.toString());
            b.environment().remove("XDG_CONFIG_HOME");
            Process p = b.start();
            String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(120, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), said);
        }
        assertEquals(List.of(), names(home), "no settings, no cache: the commands write only what they are asked to");
    }

    @Test
    void animateStoppedBySigtermLeavesNoPartFile(@TempDir Path tmp) throws Exception {
        // JavaFX run from a class path unpacks its native libraries under user.home: a home of its own.
        Path home = Files.createDirectory(tmp.resolve("home"));
        Path dir = Files.createDirectory(tmp.resolve("slides"));
        Path out = dir.resolve("years.gif");
        Files.writeString(out, "last week's animation");
        try (java.nio.file.WatchService watch = dir.getFileSystem().newWatchService()) {
            dir.register(watch, java.nio.file.StandardWatchEventKinds.ENTRY_CREATE);
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Duser.home=" + home,
                    "-cp", System.getProperty("java.class.path"), "org.cstoatlas.launch.Launcher",
                    "animate", "--from", "1992-01-01", "--to", "2020-01-01", "--step", "month", "--width", "640", "--height", "360", "--out", out.toString())
                    .redirectErrorStream(true).redirectOutput(tmp.resolve("said.txt").toFile()).start();
            try {
                // Waits (without a clock) until the animation's temporary file is there: the frames are being written.
                boolean writing = false;
                while (!writing) {
                    java.nio.file.WatchKey key = watch.poll(120, TimeUnit.SECONDS);
                    assertTrue(key != null, "the animation starts: " + Files.readString(tmp.resolve("said.txt")));
                    writing = key.pollEvents().stream().anyMatch(e -> e.context().toString().endsWith(".part"));
                    key.reset();
                }
                p.destroy(); // SIGTERM, as Ctrl+C or a logout sends
                assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the process ends");
            } finally {
                p.destroyForcibly();
            }
        }
        assertEquals(List.of("years.gif"), names(dir), "no hidden .part file left");
        assertEquals("last week's animation", Files.readString(out));
    }

    private static List<String> names(Path dir) throws java.io.IOException {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}

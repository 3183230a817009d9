package org.cstoatlas.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cstoatlas.TestDatasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Datasets made to hurt, as a colleague's or an attacker's folder might be: links out of the folder,
 * devices and pipes, too much of everything, quotes built to be slow. Each gives its exact problems,
 * within a time bound; the heaviest run in a JVM of their own with a small heap.
 */
class HostileDatasetsTest {

    private static final Duration BOUND = Duration.ofSeconds(60);

    private static List<String> problems(Path folder) {
        return assertTimeoutPreemptively(BOUND, () -> TestDatasets.loader().load(folder).problems().stream().map(Problem::toString).toList());
    }

    private static boolean mkfifo(Path path) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
        return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    @Test
    void aJsonFileLinkedOutOfTheFolderIsRefusedAndNothingOfItsTargetIsTold(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("passwd"), "secret-user:x:1000:1000\n");
        Path data = HostileDatasets.minimal(dir.resolve("data"));
        Files.createSymbolicLink(data.resolve("zz.json"), secret);
        List<String> problems = problems(data);
        assertEquals(List.of("zz.json: is a link to a file outside the dataset folder; links are not followed out of it"), problems);
        assertFalse(problems.toString().contains("secret"));
    }

    @Test
    void anArticleLinkedOutOfTheFolderIsRefusedSoAQuoteCannotProbeIt(@TempDir Path dir) throws IOException {
        Path data = HostileDatasets.minimal(dir.resolve("data"));
        // The outside file even holds the quoted words: the atlas must still not read it.
        Path outside = Files.copy(data.resolve("sources/tiny.txt"), dir.resolve("elsewhere.txt"));
        Files.delete(data.resolve("sources/tiny.txt"));
        Files.createSymbolicLink(data.resolve("sources/tiny.txt"), outside);
        assertEquals(List.of("sources/tiny.txt: is a link to a file outside the dataset folder; links are not followed out of it"), problems(data));
    }

    @Test
    void aSourcesFolderLinkedOutOfTheFolderIsRefusedOnce(@TempDir Path dir) throws IOException {
        Path data = HostileDatasets.minimal(dir.resolve("data"));
        Path outside = Files.move(data.resolve("sources"), dir.resolve("other-sources"));
        Files.createSymbolicLink(data.resolve("sources"), outside);
        assertEquals(List.of("sources: is a link to a folder outside the dataset folder; links are not followed out of it"), problems(data));
    }

    @Test
    void aLinkThatStaysInsideTheFolderIsFollowed(@TempDir Path dir) throws IOException {
        Path data = HostileDatasets.minimal(dir.resolve("data"));
        Files.createDirectories(data.resolve("archive"));
        Files.move(data.resolve("sources/tiny.txt"), data.resolve("archive/tiny.txt"));
        Files.createSymbolicLink(data.resolve("sources/tiny.txt"), Path.of("../archive/tiny.txt"));
        assertEquals(List.of(), problems(data));
    }

    @Test
    void aPipeAFolderAndALinkToADeviceAreRefusedWithoutWaiting(@TempDir Path dir) throws Exception {
        Path data = HostileDatasets.minimal(dir.resolve("data"));
        Files.createDirectory(data.resolve("more.json"));
        Files.createSymbolicLink(data.resolve("zero.json"), Path.of("/dev/zero"));
        assumeTrue(mkfifo(data.resolve("pipe.json")), "mkfifo is available");
        assertEquals(List.of(
                "more.json: is a folder, not a file",
                "pipe.json: is a device or a pipe, not a file",
                "zero.json: is a link to a file outside the dataset folder; links are not followed out of it"), problems(data));
    }

    @Test
    void aDeviceInsideTheFolderIsRefused(@TempDir Path dir) throws Exception {
        Path data = HostileDatasets.minimal(dir.resolve("data"));
        Process mknod = new ProcessBuilder("mknod", data.resolve("zero.json").toString(), "c", "1", "5").redirectErrorStream(true).start();
        assumeTrue(mknod.waitFor(10, TimeUnit.SECONDS) && mknod.exitValue() == 0, "this user may make device files");
        assertEquals(List.of("zero.json: is a device or a pipe, not a file"), problems(data));
    }

    @Test
    void aFileAnEmptyPathAndAMissingFolderEachSayWhatIsWrong(@TempDir Path dir) {
        Path data = HostileDatasets.minimal(dir.resolve("data"));
        assertEquals(List.of("countries.json: is a file, not a dataset folder (give the folder that holds the .json files)"),
                problems(data.resolve("countries.json")));
        assertEquals(List.of("\"\": no dataset folder given (the path is empty)"), problems(Path.of("")));
        assertEquals(List.of("nowhere: dataset folder not found"), problems(dir.resolve("nowhere")));
    }

    @Test
    void anUnreadableFileSaysWhy(@TempDir Path dir) throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root reads every file");
        Path data = HostileDatasets.minimal(dir.resolve("data"));
        Files.setPosixFilePermissions(data.resolve("countries.json"), PosixFilePermissions.fromString("---------"));
        assertEquals(List.of("countries.json: cannot read the file: permission denied (this user may not read it)"), problems(data));
    }

    @Test
    void utf16IsNamedAsUtf16(@TempDir Path dir) throws IOException {
        Path data = HostileDatasets.minimal(dir.resolve("data"));
        String text = Files.readString(data.resolve("countries.json"));
        Files.write(data.resolve("countries.json"), ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE));
        Files.write(data.resolve("sources.json"), Files.readString(data.resolve("sources.json")).getBytes(StandardCharsets.UTF_16BE));
        List<String> problems = problems(data);
        assertEquals("countries.json:1:1: UTF-16 (little-endian) text, not UTF-8: save the file as UTF-8", problems.get(0));
        assertTrue(problems.contains("sources.json:1:1: UTF-16 (big-endian) text, not UTF-8: save the file as UTF-8"), problems.toString());
    }

    @Test
    void aLoneEscapedSurrogateIsRefusedWhereItStands(@TempDir Path dir) throws IOException {
        Path data = HostileDatasets.minimal(dir.resolve("data"));
        Files.writeString(data.resolve("countries.json"), Files.readString(data.resolve("countries.json"))
                .replace("\"name\": \"Russia\"", "\"name\": \"Russia\\ud800\""));
        assertEquals("countries.json:3:28: a string holds half a character (a lone surrogate \\uD800): not text", problems(data).get(0));
    }

    /** A file read again unchanged is not parsed again; one changed between two loads, even by a letter, is. */
    @Test
    void aFileChangedBetweenTwoLoadsIsReadAnew(@TempDir Path dir) throws IOException {
        Path data = HostileDatasets.minimal(dir.resolve("data"));
        String countries = Files.readString(data.resolve("countries.json"));
        var first = org.cstoatlas.TestDatasets.loader().load(data);
        assertTrue(first.ok(), first.problems().toString());
        assertEquals("Russia", first.record().country("RUS").orElseThrow().name());
        Files.writeString(data.resolve("countries.json"), countries.replace("\"name\": \"Russia\"", "\"name\": \"Rossia\""));
        assertEquals("Rossia", org.cstoatlas.TestDatasets.loader().load(data).record().country("RUS").orElseThrow().name());
        Files.writeString(data.resolve("countries.json"), countries);
        assertEquals("Russia", org.cstoatlas.TestDatasets.loader().load(data).record().country("RUS").orElseThrow().name());
        // A duplicated field is still said on every load, from a kept parse too.
        Files.writeString(data.resolve("countries.json"), countries.replace("\"name\": \"Russia\"", "\"name\": \"Russia\", \"name\": \"Russia\""));
        List<String> once = problems(data);
        assertTrue(once.stream().anyMatch(p -> p.contains("field 'name' appears twice")), once.toString());
        assertEquals(once, problems(data));
    }

    /** Written in capitals, in a field's name, or escaped whole as a pair: each is found where it stands, or is text. */
    @Test
    void everyWayOfEscapingASurrogateIsLookedAt(@TempDir Path dir) throws IOException {
        Path data = HostileDatasets.minimal(dir.resolve("data"));
        String countries = Files.readString(data.resolve("countries.json"));
        Files.writeString(data.resolve("countries.json"), countries.replace("\"name\": \"Russia\"", "\"name\": \"Russia\\uDFFF\""));
        assertEquals("countries.json:3:28: a string holds half a character (a lone surrogate \\uDFFF): not text", problems(data).get(0));
        Files.writeString(data.resolve("countries.json"), countries.replace("\"name\": \"Russia\"", "\"name\": \"Russia\", \"x\\udc00\": 1"));
        String name = problems(data).get(0);
        assertTrue(name.startsWith("countries.json:3:") && name.toLowerCase(java.util.Locale.ROOT).contains("surrogate"), name);
        // A whole character escaped as its two halves is text.
        Files.writeString(data.resolve("countries.json"), countries.replace("\"name\": \"Russia\"", "\"name\": \"Russia \\ud83c\\udf0d\""));
        assertTrue(problems(data).stream().noneMatch(p -> p.contains("surrogate")), problems(data).toString());
    }

    @Test
    void aNumberOfTwoThousandDigitsIsReportedWhereItStands(@TempDir Path dir) throws IOException {
        Path data = HostileDatasets.minimal(dir.resolve("data"));
        Files.writeString(data.resolve("countries.json"), "{\n  \"countries\": [\n    {\"iso\": \"RUS\", \"lat\": 1" + "0".repeat(2000) + "}\n  ]\n}\n");
        List<String> problems = problems(data);
        assertTrue(problems.get(0).startsWith("countries.json:3:"), problems.get(0));
        assertFalse(problems.get(0).startsWith("countries.json:1:1:"), problems.get(0));
        assertTrue(problems.get(0).endsWith("malformed JSON: a number has more than 1000 digits"), problems.get(0));
    }

    @Test
    void aMillionBrokenEntriesListAThousandProblemsAndCountTheRest(@TempDir Path dir) throws IOException {
        List<String> problems = problems(HostileDatasets.emptyPeriods(dir, 200_000));
        assertEquals(DatasetLoader.MAX_PROBLEMS + 1, problems.size());
        assertTrue(problems.get(DatasetLoader.MAX_PROBLEMS).matches(
                dir.getFileName() + ": and \\d{6,} more problems \\(only the first 1000 are listed\\)"), problems.get(DatasetLoader.MAX_PROBLEMS));
        assertTrue(problems.get(0).startsWith("zz-empty.json:1:"), problems.get(0));
    }

    @Test
    void tooManyValuesStopTheFileInsteadOfFillingTheMemory(@TempDir Path dir) throws IOException {
        List<String> problems = problems(HostileDatasets.emptyPeriods(dir, 1_000_000));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).matches("zz-empty\\.json:1:\\d+: too many values: a dataset holds at most 500000 JSON values in all"), problems.get(0));
    }

    @Test
    void tooManyBytesInAllAndTooManyFilesAreRefused(@TempDir Path dir) throws IOException {
        Path big = HostileDatasets.minimal(dir.resolve("big"));
        String padded = "{}" + " ".repeat((int) DatasetLoader.MAX_FILE_BYTES - 300_000);
        for (int i = 0; i < 5; i++) Files.writeString(big.resolve("zz" + i + ".json"), padded);
        assertEquals(List.of("zz4.json: the dataset is too large: its files hold more than 16777216 bytes in all (this file and those after it are not read)"),
                problems(big));

        Path many = HostileDatasets.minimal(dir.resolve("many"));
        for (int i = 0; i < DatasetLoader.MAX_FILES; i++) Files.writeString(many.resolve("f" + i + ".json"), "{}");
        assertEquals(List.of("many: more than 1000 .json files: not a dataset the atlas reads"), problems(many));
    }

    @Test
    void theHeaviestCasesStayWithinASmallHeap(@TempDir Path dir) throws Exception {
        // A JVM of its own with 160 MB: what breaks the memory breaks it there, as an error on its output, not here.
        // 200 countries of 9 one-day periods: near as many as one alliance may have (MAX_PER_ALLIANCE).
        Path many = HostileDatasets.manyPeriods(dir.resolve("many-periods"), 200, 9);
        Path values = HostileDatasets.emptyPeriods(dir.resolve("million"), 1_000_000);
        Path entries = HostileDatasets.emptyPeriods(dir.resolve("entries"), 200_000);
        Path quotes = HostileDatasets.slowQuotes(dir.resolve("quotes"), 2000);
        List<String> lines = runAlone("160m", many, values, entries, quotes);
        assertEquals(4, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(0).matches("ok: 1806 periods, \\d{4} change days"), lines.get(0));
        assertTrue(lines.get(1).startsWith("1 problems listed, 0 unlisted; first: zz-empty.json:1:"), lines.get(1));
        assertTrue(lines.get(2).matches("1001 problems listed, \\d{6,} unlisted; .*; last: entries: and \\d{6,} more problems \\(only the first 1000 are listed\\)"),
                lines.get(2));
        // 2,000 quotes not found, and one more: 2,000 events are more than one alliance may have.
        assertTrue(lines.get(3).matches("1001 problems listed, 1001 unlisted; first: long\\.json:3:.*not found verbatim in source 'long'.*"), lines.get(3));
    }

    @Test
    void runningOutOfMemoryIsAProblemNotAStackTrace(@TempDir Path dir) throws Exception {
        // 48 MB cannot hold the 4 MB article's index: the load says so and the next dataset still loads.
        Path quotes = HostileDatasets.slowQuotes(dir.resolve("quotes"), 10);
        Path minimal = HostileDatasets.minimal(dir.resolve("minimal"));
        List<String> lines = runAlone("48m", quotes, minimal);
        assertEquals(List.of("1 problems listed, 0 unlisted; first: quotes: the dataset is too large to check in the memory available (48 MB); "
                + "last: quotes: the dataset is too large to check in the memory available (48 MB)", "ok: 6 periods, 10 change days"), lines);
    }

    @Test
    void anAllianceOfMoreThanTwoThousandPeriodsOrEventsIsRefusedOnceForEach(@TempDir Path dir) throws Exception {
        // 3.6 MB, within every limit of size: 10,000 periods and 10,000 events of one alliance.
        Path data = HostileDatasets.bigAlliance(dir.resolve("big"), 100, 100);
        assertTrue(Files.size(data.resolve("big.json")) < DatasetLoader.MAX_FILE_BYTES, "within the file limit");
        List<String> problems = problems(data);
        assertEquals(2, problems.size(), String.valueOf(problems));
        assertTrue(problems.get(0).matches("big\\.json:\\d+:1: periods\\[2000\\]: the alliance 'big' has more than 2,000 periods "
                + "\\(at most 2,000 an alliance: the window draws every one on its timeline and chart\\)"), problems.get(0));
        assertTrue(problems.get(1).matches("big\\.json:\\d+:1: events\\[2000\\]: the alliance 'big' has more than 2,000 events .*"), problems.get(1));
    }

    @Test
    void anAllianceAtTheLimitIsIndexedInASmallHeap(@TempDir Path dir) throws Exception {
        Path data = HostileDatasets.bigAlliance(dir.resolve("big"), 100, 20);
        List<String> lines = runAlone("256m", data);
        assertEquals(1, lines.size(), String.valueOf(lines));
        assertTrue(lines.get(0).matches("ok: 6 periods, 10 change days, \\d{4} in the other alliances"), lines.get(0));
    }

    /** {@link HostileLoad} on the folders in a JVM of its own with the heap given; its output lines. */
    private static List<String> runAlone(String heap, Path... folders) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap,
                "-cp", System.getProperty("java.class.path"), HostileLoad.class.getName()));
        for (Path f : folders) command.add(f.toString());
        File errors = File.createTempFile("hostile", ".err");
        File output = File.createTempFile("hostile", ".out");
        try {
            // Both streams to files: reading a pipe would wait for ever on a process that hangs.
            Process p = new ProcessBuilder(command).redirectError(errors).redirectOutput(output).start();
            boolean ended = p.waitFor(180, TimeUnit.SECONDS);
            if (!ended) p.destroyForcibly();
            assertTrue(ended, "the cases end within three minutes");
            String err = Files.readString(errors.toPath());
            assertEquals(0, p.exitValue(), err);
            assertEquals("", err, "nothing on the error stream: no stack trace");
            return Files.readString(output.toPath()).lines().toList();
        } finally {
            Files.deleteIfExists(errors.toPath());
            Files.deleteIfExists(output.toPath());
        }
    }
}

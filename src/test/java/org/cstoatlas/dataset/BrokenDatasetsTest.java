package org.cstoatlas.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.cstoatlas.TestDatasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each folder under datasets/broken holds the minimal dataset's files with one defect, and
 * {@code expected.txt}: the exact problems a user must be shown, one a line.
 */
class BrokenDatasetsTest {

    static Stream<String> cases() throws IOException {
        try (Stream<Path> s = Files.list(TestDatasets.folder("broken"))) {
            return s.map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachKindOfProblemIsReportedExactly(String name, @TempDir Path dir) throws IOException {
        Path broken = TestDatasets.folder("broken").resolve(name);
        TestDatasets.copy(TestDatasets.folder("minimal"), dir);
        try (Stream<Path> files = Files.list(broken)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String file = f.getFileName().toString();
                switch (file) {
                    case "expected.txt" -> { }
                    case "delete.txt" -> {
                        for (String line : Files.readAllLines(f)) Files.delete(dir.resolve(line.strip()));
                    }
                    case "pad-to-bytes.txt" -> {
                        String[] spec = Files.readString(f).strip().split(" ");
                        try (RandomAccessFile raf = new RandomAccessFile(dir.resolve(spec[0]).toFile(), "rw")) {
                            long size = Long.parseLong(spec[1]);
                            raf.seek(raf.length());
                            byte[] spaces = new byte[(int) (size - raf.length())];
                            java.util.Arrays.fill(spaces, (byte) ' ');
                            raf.write(spaces);
                        }
                    }
                    default -> Files.copy(f, dir.resolve(file), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        LoadResult result = TestDatasets.loader().load(dir);
        List<String> actual = result.problems().stream().map(Problem::toString).toList();
        List<String> expected = Files.readAllLines(broken.resolve("expected.txt"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).toList();
        assertFalse(result.ok(), "a broken dataset must not load");
        assertNull(result.record(), "nothing of a broken dataset is half-loaded");
        assertEquals(String.join("\n", expected), String.join("\n", actual));
    }

    @Test
    void aMissingFolderIsOneClearProblem(@TempDir Path dir) {
        LoadResult r = TestDatasets.loader().load(dir.resolve("nowhere"));
        assertEquals(List.of("nowhere: dataset folder not found"), r.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void aFolderWithoutJsonIsOneClearProblem(@TempDir Path dir) {
        LoadResult r = TestDatasets.loader().load(dir);
        assertEquals(List.of(dir.getFileName() + ": no .json files in the dataset folder"), r.problems().stream().map(Problem::toString).toList());
    }
}

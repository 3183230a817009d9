package org.cstoatlas.dataset;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.cstoatlas.Bundled;
import org.cstoatlas.TestDatasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutates the bundled dataset at random (seeded, so a failure can be replayed) and checks that every
 * outcome is a clean load or a list of problems, never an exception.
 */
class FuzzTest {

    private static final long SEED = 20261123L;
    private static final int CASES = 3000;

    private static final String[] FRAGMENTS = {
        "{", "}", "[", "]", ",", ":", "\"", "null", "true", "-1", "1e309", "\"2021-02-30\"", "\"~\"", "\"XYZ\"",
        "\"member\"", "\"\"", "\\u0000", "\uFFFF", "{\"id\": 1}", "[]", "\"2012\"", "\"9999-99-99\"", "0.5", "\"\\ud800\""
    };

    @Test
    void mutatedDatasetsLoadOrListProblemsButNeverThrow(@TempDir Path dir) throws IOException {
        Path original = Bundled.dataset();
        TestDatasets.copy(original, dir);
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertFalse(files.isEmpty());
        // Each file's text read once, not once per case.
        java.util.Map<Path, String> texts = new java.util.HashMap<>();
        for (Path f : files) texts.put(f, Files.readString(original.resolve(f.getFileName().toString()), StandardCharsets.UTF_8));
        Random random = new Random(SEED);
        int ran = 0, rejected = 0;
        for (int i = 0; i < CASES; i++) {
            Path victim = files.get(random.nextInt(files.size()));
            String text = texts.get(victim);
            String mutated = mutate(text, random);
            Files.writeString(victim, mutated, StandardCharsets.UTF_8);
            LoadResult r;
            try {
                r = TestDatasets.loader().load(dir);
            } catch (RuntimeException e) {
                throw new AssertionError("case " + i + " (seed " + SEED + ") threw on a mutation of " + victim.getFileName(), e);
            }
            assertNotNull(r);
            assertTrue(r.ok() != !r.problems().isEmpty(), "a load is either clean or has problems");
            r.problems().forEach(p -> assertFalse(p.message().isBlank()));
            for (Problem p : r.problems()) assertFalse(p.message().startsWith(DatasetLoader.INTERNAL_ERROR), "case " + i + ": " + p);
            if (!r.ok()) rejected++;
            Files.writeString(victim, text, StandardCharsets.UTF_8);
            ran++;
        }
        System.out.println("fuzz: " + ran + " cases, " + rejected + " rejected with problems");
        // Both ways out must be taken, or the mutations test only one path of the loader.
        assertTrue(rejected > 0, "mutations must be caught");
        assertTrue(rejected < ran, "some mutations leave a valid dataset (white space, reordered text): none did, so the fuzz tries only broken files");
    }

    private static String mutate(String text, Random random) {
        StringBuilder s = new StringBuilder(text);
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits && s.length() > 0; e++) {
            int at = random.nextInt(s.length());
            switch (random.nextInt(6)) {
                case 0 -> s.deleteCharAt(at);
                case 1 -> s.insert(at, FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
                case 2 -> s.setCharAt(at, (char) (32 + random.nextInt(95)));
                case 3 -> {
                    int len = Math.min(s.length() - at, 1 + random.nextInt(40));
                    s.delete(at, at + len);
                }
                case 4 -> {
                    // Swap a string value for another found elsewhere in the file: wrong but well-formed.
                    int q1 = s.indexOf(": \"", at);
                    int q2 = s.indexOf(": \"", random.nextInt(s.length()));
                    if (q1 >= 0 && q2 >= 0) {
                        int end1 = s.indexOf("\"", q1 + 3);
                        int end2 = s.indexOf("\"", q2 + 3);
                        if (end1 > 0 && end2 > 0) {
                            String v2 = s.substring(q2 + 3, end2);
                            s.replace(q1 + 3, end1, v2);
                        }
                    }
                }
                default -> {
                    // Duplicate a line: repeated ids, keys, items.
                    int lineStart = s.lastIndexOf("\n", at) + 1;
                    int lineEnd = s.indexOf("\n", at);
                    if (lineEnd > lineStart) s.insert(lineEnd + 1, s.substring(lineStart, lineEnd + 1));
                }
            }
        }
        return s.toString();
    }
}

package org.cstoatlas.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    /**
     * Two workers, each with its own copy of the dataset, take every other case: the cases are the same
     * and as many, and the class (often the suite's last) keeps both cores busy.
     */
    private static final int WORKERS = 2;

    @Test
    void mutatedDatasetsLoadOrListProblemsButNeverThrow(@TempDir Path dir) throws Exception {
        Path original = Bundled.dataset();
        List<Path> copies = new java.util.ArrayList<>();
        for (int w = 0; w < WORKERS; w++) {
            Path copy = dir.resolve("worker-" + w);
            TestDatasets.copy(original, copy);
            copies.add(copy);
        }
        List<String> names;
        try (Stream<Path> s = Files.list(original)) {
            names = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
        }
        assertFalse(names.isEmpty());
        // Each file's text read once, not once per case.
        java.util.Map<String, String> texts = new java.util.HashMap<>();
        for (String n : names) texts.put(n, Files.readString(original.resolve(n), StandardCharsets.UTF_8));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(WORKERS);
        int ran = 0, rejected = 0;
        try {
            List<java.util.concurrent.Future<int[]>> parts = new java.util.ArrayList<>();
            for (int w = 0; w < WORKERS; w++) {
                int worker = w;
                parts.add(pool.submit(() -> cases(worker, copies.get(worker), names, texts)));
            }
            for (var part : parts) {
                int[] counts;
                try {
                    counts = part.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    if (e.getCause() instanceof AssertionError a) throw a;
                    throw new AssertionError(e.getCause());
                }
                ran += counts[0];
                rejected += counts[1];
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.println("fuzz: " + ran + " cases, " + rejected + " rejected with problems");
        assertEquals(CASES, ran, "every case ran");
        // Both ways out must be taken, or the mutations test only one path of the loader.
        assertTrue(rejected > 0, "mutations must be caught");
        assertTrue(rejected < ran, "some mutations leave a valid dataset (white space, reordered text): none did, so the fuzz tries only broken files");
    }

    /** The worker's cases (every WORKERS-th), each mutated by a generator of its own number, so that one case can be replayed alone. */
    private static int[] cases(int worker, Path dir, List<String> names, java.util.Map<String, String> texts) throws IOException {
        int ran = 0, rejected = 0;
        for (int i = worker; i < CASES; i += WORKERS) {
            java.util.random.RandomGenerator random = new java.util.SplittableRandom(SEED + i);
            String name = names.get(random.nextInt(names.size()));
            Path victim = dir.resolve(name);
            String text = texts.get(name);
            Files.writeString(victim, mutate(text, random), StandardCharsets.UTF_8);
            LoadResult r;
            try {
                r = TestDatasets.loader().load(dir);
            } catch (RuntimeException e) {
                throw new AssertionError("case " + i + " (seed " + SEED + ") threw on a mutation of " + name, e);
            }
            assertNotNull(r);
            assertTrue(r.ok() != !r.problems().isEmpty(), "a load is either clean or has problems");
            r.problems().forEach(p -> assertFalse(p.message().isBlank()));
            for (Problem p : r.problems()) assertFalse(p.message().startsWith(DatasetLoader.INTERNAL_ERROR), "case " + i + ": " + p);
            if (!r.ok()) rejected++;
            Files.writeString(victim, text, StandardCharsets.UTF_8);
            ran++;
        }
        return new int[] {ran, rejected};
    }

    private static String mutate(String text, java.util.random.RandomGenerator random) {
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

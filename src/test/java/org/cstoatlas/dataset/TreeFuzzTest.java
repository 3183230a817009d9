package org.cstoatlas.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.cstoatlas.TestDatasets;
import org.cstoatlas.record.time.StatusSnapshot;
import org.cstoatlas.record.time.TimeIndex;
import org.junit.jupiter.api.Test;

/**
 * Mutates the minimal dataset as a tree (wrong types, calendar edge dates, reversed and overlapping
 * periods, empty strings, duplicate ids, nesting, sizes), as characters, and as files and folders
 * (articles emptied or recoded, files gone, folders where files were), then loads it and, when it
 * loads, builds its time index and asks it about every day that matters. Every case ends within a
 * time bound in a clean record or a list of problems. Seeded, so a failure replays; a failing case is
 * shrunk to its fewest and simplest mutations before it is reported.
 */
class TreeFuzzTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration BOUND = Duration.ofSeconds(30);

    enum Kind {
        WRONG_TYPE, CALENDAR_EDGE, EMPTY_STRING, DUPLICATE_ITEM, REVERSE_PERIOD, OVERLAP_PERIOD, REMOVE_FIELD, UNKNOWN_FIELD,
        NEST, HUGE_STRING, HUGE_LIST, CHARACTERS, ARTICLE, FOLDER
    }

    /** One change: what kind, to which file, at which node (counted in pre-order, modulo their number), with what seed. */
    record Mutation(Kind kind, int file, int node, int seed) {
    }

    private static final String[] EDGE_DATES = {
        "0000", "0000-01-01", "9999-12-31", "9999", "2024-02-29", "2023-02-29", "1992-13-01", "1992-00", "1992-1-1", "~1992",
        "~~1992", "-0001-01-01", "+10000-01-01", "1992-05-15T00:00", "1992-05-15 ", "", "1970-01-01", "2038-01-19", "1582-10-10"
    };

    private static final long SEED = 20261201L;
    private static final int CASES = 400;

    @Test
    void anyMutationLoadsCleanlyOrListsProblemsAndTheIndexAnswers() throws Exception {
        // The cases drawn first, in order, from the one seed; then run by two workers (each case writes a
        // folder of its own), so that the class keeps both cores busy when it runs near the suite's end.
        Random random = new Random(SEED);
        List<List<Mutation>> cases = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            List<Mutation> changes = new ArrayList<>();
            for (int m = 0, n = 1 + random.nextInt(4); m < n; m++) {
                changes.add(new Mutation(Kind.values()[random.nextInt(Kind.values().length)], random.nextInt(100), random.nextInt(10_000),
                        random.nextInt(1000)));
            }
            cases.add(changes);
        }
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        int loads = 0, rejected = 0;
        try {
            List<java.util.concurrent.Future<LoadResult>> results = new ArrayList<>();
            for (List<Mutation> changes : cases) results.add(pool.submit(() -> run(changes)));
            for (int i = 0; i < CASES; i++) {
                LoadResult r;
                try {
                    r = results.get(i).get();
                } catch (java.util.concurrent.ExecutionException e) {
                    List<Mutation> smallest = shrink(cases.get(i));
                    throw new AssertionError("case " + i + " (seed " + SEED + ") failed; smallest failing mutations: " + smallest, e.getCause());
                }
                if (r.ok()) loads++; else rejected++;
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.println("tree fuzz: " + CASES + " cases, " + loads + " load, " + rejected + " rejected with problems");
        assertTrue(loads > 0 && rejected > 0, "some mutations must load and some be caught: " + loads + " / " + rejected);
    }

    /** The fewest and simplest mutations that still fail: each left out in turn, then its numbers made small. */
    private static List<Mutation> shrink(List<Mutation> failing) {
        List<Mutation> current = new ArrayList<>(failing);
        boolean smaller = true;
        while (smaller) {
            smaller = false;
            for (int i = 0; i < current.size() && current.size() > 1; i++) {
                List<Mutation> without = new ArrayList<>(current);
                without.remove(i);
                if (fails(without)) {
                    current = without;
                    smaller = true;
                    break;
                }
            }
            for (int i = 0; i < current.size() && !smaller; i++) {
                Mutation m = current.get(i);
                for (Mutation simpler : List.of(new Mutation(m.kind(), 0, m.node(), m.seed()), new Mutation(m.kind(), m.file(), m.node() / 2, m.seed()),
                        new Mutation(m.kind(), m.file(), m.node(), m.seed() / 2))) {
                    if (simpler.equals(m)) continue;
                    List<Mutation> tried = new ArrayList<>(current);
                    tried.set(i, simpler);
                    if (fails(tried)) {
                        current = tried;
                        smaller = true;
                        break;
                    }
                }
            }
        }
        return current;
    }

    private static boolean fails(List<Mutation> changes) {
        try {
            run(changes);
            return false;
        } catch (Throwable t) {
            return true;
        }
    }

    /** One case: the minimal dataset, mutated, written to a folder of its own, loaded and checked within the bound. */
    private static LoadResult run(List<Mutation> changes) throws IOException {
        Path dir = Files.createTempDirectory("tree-fuzz");
        try {
            Path minimal = TestDatasets.folder("minimal");
            Map<String, JsonNode> trees = new LinkedHashMap<>();
            try (Stream<Path> s = Files.list(minimal)) {
                for (Path f : s.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                    trees.put(f.getFileName().toString(), JSON.readTree(f.toFile()));
                }
            }
            TestDatasets.copy(minimal, dir);
            List<String> names = new ArrayList<>(trees.keySet());
            Map<String, String> characters = new LinkedHashMap<>();
            for (Mutation m : changes) {
                String file = names.get(m.file() % names.size());
                switch (m.kind()) {
                    case CHARACTERS -> characters.put(file, m.node() + ":" + m.seed());
                    case ARTICLE -> article(dir, m);
                    case FOLDER -> folder(dir, m, names);
                    default -> trees.put(file, mutate(trees.get(file), m));
                }
            }
            for (Map.Entry<String, JsonNode> e : trees.entrySet()) {
                Path f = dir.resolve(e.getKey());
                if (!Files.isRegularFile(f)) continue; // a folder mutation replaced or removed it
                String text = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(e.getValue());
                if (characters.containsKey(e.getKey())) text = garble(text, characters.get(e.getKey()));
                Files.writeString(f, text, StandardCharsets.UTF_8);
            }
            return assertTimeoutPreemptively(BOUND, () -> check(TestDatasets.loader().load(dir)));
        } finally {
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }

    private static LoadResult check(LoadResult r) {
        assertTrue(r.ok() != !r.problems().isEmpty(), "a load is either clean or has problems");
        assertTrue(r.problems().size() <= DatasetLoader.MAX_PROBLEMS + 1);
        for (Problem p : r.problems()) {
            assertFalse(p.message().isBlank());
            assertFalse(p.message().startsWith(DatasetLoader.INTERNAL_ERROR), p.toString());
        }
        if (!r.ok()) return r;
        TimeIndex index = TimeIndex.build(r.record(), f -> { }, () -> false);
        List<LocalDate> days = new ArrayList<>(index.changeDays());
        days.add(LocalDate.of(1, 1, 1));
        days.add(LocalDate.of(9999, 12, 31));
        for (LocalDate d : days) {
            StatusSnapshot s = index.statusOn(d);
            assertEquals(r.record().countries().size(), s.all().size());
            index.changesBetween(d, d.plusDays(1));
        }
        return r;
    }

    // ---- tree mutations ----

    /** A node and where it hangs: its parent and its name or index there. */
    private record Place(JsonNode parent, String field, int index, JsonNode node) {
    }

    private static List<Place> places(JsonNode root) {
        List<Place> out = new ArrayList<>();
        walk(null, null, -1, root, out);
        return out;
    }

    private static void walk(JsonNode parent, String field, int index, JsonNode node, List<Place> out) {
        out.add(new Place(parent, field, index, node));
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                walk(node, e.getKey(), -1, e.getValue(), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) walk(node, null, i, node.get(i), out);
        }
    }

    private static void replace(Place at, JsonNode with) {
        if (at.parent() instanceof ObjectNode o) o.set(at.field(), with);
        else if (at.parent() instanceof ArrayNode a) a.set(at.index(), with);
    }

    private static JsonNode mutate(JsonNode root, Mutation m) {
        List<Place> all = places(root);
        Place at = all.get(m.node() % all.size());
        JsonNodeFactory f = JsonNodeFactory.instance;
        switch (m.kind()) {
            case WRONG_TYPE -> {
                JsonNode[] others = {f.numberNode(m.seed()), f.booleanNode(true), f.nullNode(), f.objectNode(), f.arrayNode(), f.textNode("x" + m.seed()),
                    f.numberNode(-1e308), f.numberNode(0.5)};
                if (at.parent() == null) return others[m.seed() % others.length];
                replace(at, others[m.seed() % others.length]);
            }
            case CALENDAR_EDGE -> {
                // Dates stand in strings: hit a date field when there is one near the node chosen.
                Place date = nearest(all, m.node(), p -> p.field() != null && List.of("start", "end", "date", "created", "ended").contains(p.field()));
                if (date != null) replace(date, f.textNode(EDGE_DATES[m.seed() % EDGE_DATES.length]));
            }
            case EMPTY_STRING -> {
                Place text = nearest(all, m.node(), p -> p.node().isTextual());
                if (text != null) replace(text, f.textNode(m.seed() % 2 == 0 ? "" : " \t"));
            }
            case DUPLICATE_ITEM -> {
                Place item = nearest(all, m.node(), p -> p.parent() instanceof ArrayNode);
                if (item != null) ((ArrayNode) item.parent()).add(item.node().deepCopy());
            }
            case REVERSE_PERIOD, OVERLAP_PERIOD -> {
                Place period = nearest(all, m.node(), p -> p.node().isObject() && p.node().has("start") && p.parent() instanceof ArrayNode);
                if (period == null) break;
                ObjectNode p = (ObjectNode) period.node();
                if (m.kind() == Kind.REVERSE_PERIOD) {
                    JsonNode start = p.get("start");
                    JsonNode end = p.has("end") ? p.get("end") : f.textNode("1991-12-31");
                    p.set("start", m.seed() % 3 == 0 ? start : end);
                    p.set("end", start);
                } else {
                    ObjectNode copy = p.deepCopy();
                    copy.put("id", (p.hasNonNull("id") ? p.get("id").asText() : "p") + "-overlap" + m.seed());
                    copy.put("start", m.seed() % 2 == 0 ? "1995" : "2012-06-15");
                    copy.remove("end");
                    ((ArrayNode) period.parent()).add(copy);
                }
            }
            case REMOVE_FIELD -> {
                Place member = nearest(all, m.node(), p -> p.field() != null);
                if (member != null) ((ObjectNode) member.parent()).remove(member.field());
            }
            case UNKNOWN_FIELD -> {
                Place obj = nearest(all, m.node(), p -> p.node().isObject());
                if (obj != null) ((ObjectNode) obj.node()).put("extra" + m.seed(), m.seed());
            }
            case NEST -> {
                JsonNode nested = at.node();
                for (int i = 0; i < 1 + m.seed() % 100; i++) nested = i % 2 == 0 ? f.arrayNode().add(nested) : f.objectNode().set("n", nested);
                if (at.parent() == null) return nested;
                replace(at, nested);
            }
            case HUGE_STRING -> {
                Place text = nearest(all, m.node(), p -> p.node().isTextual());
                if (text != null) replace(text, new TextNode(text.node().asText().repeat(1 + m.seed() * 50)));
            }
            case HUGE_LIST -> {
                Place item = nearest(all, m.node(), p -> p.parent() instanceof ArrayNode);
                if (item != null) {
                    ArrayNode list = (ArrayNode) item.parent();
                    for (int i = 0; i < m.seed() * 20; i++) list.add(item.node().deepCopy());
                }
            }
            default -> throw new IllegalStateException(m.kind().name());
        }
        return root;
    }

    private static Place nearest(List<Place> all, int from, java.util.function.Predicate<Place> wanted) {
        for (int i = 0; i < all.size(); i++) {
            Place p = all.get((from + i) % all.size());
            if (wanted.test(p)) return p;
        }
        return null;
    }

    // ---- characters, articles, folders ----

    private static final String[] FRAGMENTS = {"{", "}", "[", "]", ",", ":", "\"", "null", "1e309", "\\u0000", "\\ud800", "\uFFFF", "1" + "0".repeat(1500)};

    private static String garble(String text, String spec) {
        String[] parts = spec.split(":");
        int at = Integer.parseInt(parts[0]) * 7919 % Math.max(1, text.length());
        int seed = Integer.parseInt(parts[1]);
        StringBuilder s = new StringBuilder(text);
        switch (seed % 3) {
            case 0 -> s.insert(at, FRAGMENTS[seed % FRAGMENTS.length]);
            case 1 -> s.delete(at, Math.min(s.length(), at + 1 + seed % 40));
            default -> s.setCharAt(Math.min(at, s.length() - 1), (char) (32 + seed % 95));
        }
        return s.toString();
    }

    private static void article(Path dir, Mutation m) throws IOException {
        Path tiny = dir.resolve("sources/tiny.txt");
        if (!Files.isRegularFile(tiny)) return;
        String text = Files.readString(tiny);
        switch (m.seed() % 5) {
            case 0 -> Files.writeString(tiny, "");
            case 1 -> Files.writeString(tiny, text.substring(0, m.node() % (text.length() + 1)));
            case 2 -> Files.write(tiny, text.getBytes(StandardCharsets.UTF_16));
            case 3 -> Files.writeString(tiny, text.replace(" ", "\u00A0\u2009\n"));
            default -> Files.delete(tiny);
        }
    }

    private static void folder(Path dir, Mutation m, List<String> names) throws IOException {
        String victim = names.get(m.node() % names.size());
        switch (m.seed() % 5) {
            case 0 -> {
                if (Files.isRegularFile(dir.resolve(victim))) Files.delete(dir.resolve(victim));
            }
            case 1 -> Files.writeString(dir.resolve("extra-" + m.seed() + ".json"), "");
            case 2 -> {
                if (Files.isRegularFile(dir.resolve(victim))) Files.delete(dir.resolve(victim));
                Files.createDirectories(dir.resolve(victim).resolve("inner"));
            }
            case 3 -> {
                Path sources = dir.resolve("sources");
                if (Files.isDirectory(sources)) {
                    Files.move(sources, dir.resolve("sources-moved"));
                    if (m.seed() % 2 == 0) Files.writeString(sources, "not a folder");
                }
            }
            default -> Files.createDirectories(dir.resolve("sources").resolve("nested.txt"));
        }
    }
}

package org.cstoatlas.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.cstoatlas.record.Alliance;
import org.cstoatlas.files.BoundedRead;
import org.cstoatlas.record.AllianceRecord;
import org.cstoatlas.record.Base;
import org.cstoatlas.record.BaseKind;
import org.cstoatlas.record.Body;
import org.cstoatlas.record.Citation;
import org.cstoatlas.record.Confidence;
import org.cstoatlas.record.Country;
import org.cstoatlas.record.Deployment;
import org.cstoatlas.record.Disagreement;
import org.cstoatlas.record.Event;
import org.cstoatlas.record.EventKind;
import org.cstoatlas.record.Evidence;
import org.cstoatlas.record.Exercise;
import org.cstoatlas.record.Force;
import org.cstoatlas.record.ForceKind;
import org.cstoatlas.record.FuzzyDate;
import org.cstoatlas.record.Place;
import org.cstoatlas.record.Quote;
import org.cstoatlas.record.Reference;
import org.cstoatlas.record.Response;
import org.cstoatlas.record.Size;
import org.cstoatlas.record.Source;
import org.cstoatlas.record.Status;
import org.cstoatlas.record.StatusPeriod;

/**
 * Reads a dataset folder (see assets/DATASET.md) into an {@link AllianceRecord}, checking everything
 * and reporting every problem at once with its file, line, column and field. Never throws for bad
 * input: a broken dataset is a list of problems.
 */
public final class DatasetLoader {

    /** Larger files are refused unread: a dataset is text written by people. */
    public static final long MAX_FILE_BYTES = 4L << 20;

    /** All the files of one dataset together, articles included. */
    public static final long MAX_DATASET_BYTES = 16L << 20;

    /** More .json files than this in one folder is not a dataset. */
    public static final int MAX_FILES = 1_000;

    /** The most status periods, and the most events, one alliance may have: what the window draws of an alliance stays quick to draw. */
    public static final int MAX_PER_ALLIANCE = 2_000;

    /** Problems listed at most; the others are counted ("and N more problems"). */
    public static final int MAX_PROBLEMS = 1_000;

    /**
     * The map (Web Mercator) ends at 85° north and south: a place nearer a pole would be drawn nowhere or
     * at an infinite distance, blanking the map.
     */
    public static final double MAX_LATITUDE = 85;

    /** The largest head count a force, base, exercise or contingent may give: its symbol's area grows with it, and a larger one would cover the map. */
    public static final int MAX_SIZE = 1_000_000;

    static final String SOURCES_FOLDER = "sources";

    private static final List<String> SECTIONS = List.of(
            "alliances", "sources", "references", "countries", "periods", "events", "deployments", "forces", "exercises", "bases", "disagreements");

    private final Set<String> knownIsoCodes;

    /** @param knownIsoCodes the ISO alpha-3 codes that have a shape in geo/ */
    public DatasetLoader(Set<String> knownIsoCodes) {
        this.knownIsoCodes = Set.copyOf(knownIsoCodes);
    }

    /**
     * Reads and checks the folder. Whatever the folder holds, the answer is a result: links out of the
     * folder, devices and pipes are refused unread, sizes are bounded, and even running out of memory
     * becomes a problem rather than an error.
     */
    public LoadResult load(Path folder) {
        try {
            return new Run(folder).load();
        } catch (OutOfMemoryError e) {
            // The half-built load is garbage by now; say so in words.
            return new LoadResult(null, List.of(new Problem(label(folder), 0, 0, "",
                    OUT_OF_MEMORY + " (" + (Runtime.getRuntime().maxMemory() >> 20) + " MB)")));
        } catch (RuntimeException | StackOverflowError e) {
            return new LoadResult(null, List.of(new Problem(label(folder), 0, 0, "",
                    INTERNAL_ERROR + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()))));
        }
    }

    /** The start of the message of the problem that says the memory ran out (the command line gives it its own exit code). */
    public static final String OUT_OF_MEMORY = "the dataset is too large to check in the memory available";

    /** The start of the message of a problem that is the atlas's fault, not the dataset's. */
    public static final String INTERNAL_ERROR = "the atlas failed while checking this dataset (please report it): ";

    /** The folder as problems name it. */
    static String label(Path folder) {
        if (folder.toString().isEmpty()) return "\"\"";
        return folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
    }

    /** Articles of at most this many characters are kept folded (with their index) for the next load. */
    private static final int KEPT_ARTICLE_CHARS = 64 * 1024;
    private static final int KEPT_ARTICLES = 32;
    /**
     * The articles folded and indexed for the quotes, by their text, least recently used first: a dataset
     * checked again (a reload, a fuzz test's thousands of mutations of its other files) folds and indexes
     * each unchanged article once per process. The file is still read on every load, so an edited
     * article is a new text.
     */
    private static final Map<String, FoldedText> FOLDED = leastRecentlyUsedOut(KEPT_ARTICLES);

    /** A map that keeps its {@code most} last used entries and lets the least recently used go. Callers lock it. */
    private static <K, V> Map<K, V> leastRecentlyUsedOut(int most) {
        return new LinkedHashMap<>(most * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > most;
            }
        };
    }

    static FoldedText folded(String article) {
        if (article.length() > KEPT_ARTICLE_CHARS) return new FoldedText(article);
        synchronized (FOLDED) {
            return FOLDED.computeIfAbsent(article, FoldedText::new);
        }
    }

    /**
     * A file's parse, kept by its bytes for the next load that reads the same bytes (a reload of an
     * unchanged dataset; a fuzz test's thousands of mutations of one file beside sixteen unchanged ones,
     * where decoding and parsing were three fifths of a load). Only what parsed is kept, at most
     * {@link #KEPT_FILES} files of at most {@link #KEPT_FILE_BYTES} bytes, and softly: the
     * collector may take them back. The trees are never changed once parsed.
     */
    private record Parsed(byte[] bytes, Json root, List<Json.Member> duplicates, long values) {

        private static final int KEPT_FILES = 48;
        private static final int KEPT_FILE_BYTES = 1 << 20;
        private static final Map<Integer, java.lang.ref.SoftReference<Parsed>> KEPT = leastRecentlyUsedOut(KEPT_FILES);

        static Parsed of(byte[] bytes) {
            java.lang.ref.SoftReference<Parsed> ref;
            synchronized (KEPT) {
                ref = KEPT.get(java.util.Arrays.hashCode(bytes));
            }
            Parsed p = ref == null ? null : ref.get();
            return p != null && java.util.Arrays.equals(p.bytes, bytes) ? p : null;
        }

        static void keep(byte[] bytes, Json root, List<Json.Member> duplicates, long values) {
            if (bytes.length > KEPT_FILE_BYTES) return;
            Parsed p = new Parsed(bytes, root, List.copyOf(duplicates), values);
            synchronized (KEPT) {
                KEPT.put(java.util.Arrays.hashCode(bytes), new java.lang.ref.SoftReference<>(p));
            }
        }
    }

    /** One load: the state of reading one folder. */
    private final class Run {
        final Path folder;
        final Problems problems = new Problems(MAX_PROBLEMS);
        final Json.Budget values = new Json.Budget(Json.MAX_VALUES);
        long bytesLeft = MAX_DATASET_BYTES;
        boolean tooManyBytes;
        /** Null until the sources folder is first needed; then "" when it may be read, or why not. */
        String sourcesRefused;
        final Map<String, Json.Obj> roots = new LinkedHashMap<>();
        final Map<String, String> idFirstSeen = new HashMap<>();
        final Map<String, Alliance> alliances = new LinkedHashMap<>();
        /** Every body by its id, and where the first declaration of each alliance and body id stands. */
        final Map<String, Body> bodies = new LinkedHashMap<>();
        final Map<String, String> allianceIdsSeen = new HashMap<>();
        final Map<String, String> bodyIdsSeen = new HashMap<>();
        Alliance subject;
        final Map<String, Country> countries = new LinkedHashMap<>();
        final Map<String, Source> sources = new LinkedHashMap<>();
        final Map<String, FoldedText> foldedSources = new HashMap<>();
        final Map<String, Reference> references = new LinkedHashMap<>();
        final List<StatusPeriod> periods = new ArrayList<>();
        final Map<StatusPeriod, Problem> periodPlaces = new HashMap<>();
        final List<Event> events = new ArrayList<>();
        final List<Deployment> deployments = new ArrayList<>();
        final List<Force> forces = new ArrayList<>();
        final List<Exercise> exercises = new ArrayList<>();
        final List<Base> bases = new ArrayList<>();
        final List<Disagreement> disagreements = new ArrayList<>();
        /** Every id each section declares, valid or not: a reference to a broken entry is not a second problem. */
        final Map<String, Set<String>> declared = new HashMap<>();

        Run(Path folder) {
            this.folder = folder;
        }

        LoadResult load() {
            String name = label(folder);
            if (folder.toString().isEmpty()) {
                problems.add(new Problem(name, 0, 0, "", "no dataset folder given (the path is empty)"));
                return result();
            }
            BasicFileAttributes attrs;
            try {
                // The folder the user named may be reached through links; what it holds may not lead out.
                attrs = Files.readAttributes(folder, BasicFileAttributes.class);
            } catch (NoSuchFileException e) {
                problems.add(new Problem(name, 0, 0, "", "dataset folder not found"));
                return result();
            } catch (IOException e) {
                problems.add(new Problem(name, 0, 0, "", "cannot open the dataset folder: " + BoundedRead.reason(e)));
                return result();
            }
            if (!attrs.isDirectory()) {
                problems.add(new Problem(name, 0, 0, "", attrs.isRegularFile()
                        ? "is a file, not a dataset folder (give the folder that holds the .json files)"
                        : "is not a folder (a device or a pipe)"));
                return result();
            }
            List<Path> files;
            try (Stream<Path> s = Files.list(folder)) {
                // Every .json entry is taken, whatever it is: a link, a folder or a device is refused by name below.
                files = s.filter(p -> p.getFileName().toString().endsWith(".json")).limit(MAX_FILES + 1L)
                        .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
            } catch (IOException | UncheckedIOException e) {
                IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
                problems.add(new Problem(name, 0, 0, "", "cannot list the folder: " + BoundedRead.reason(cause)));
                return result();
            }
            if (files.size() > MAX_FILES) {
                problems.add(new Problem(name, 0, 0, "", "more than " + MAX_FILES + " .json files: not a dataset the atlas reads"));
                return result();
            }
            if (files.isEmpty()) {
                problems.add(new Problem(name, 0, 0, "", "no .json files in the dataset folder"));
                return result();
            }
            for (Path f : files) parseFile(f);

            eachItem("alliances", this::alliance);
            checkSubject();
            // Sources and references first: a past state's end is evidenced like any fact.
            eachItem("sources", this::source);
            eachItem("references", this::reference);
            eachItem("countries", this::country);
            checkSuccessors();
            eachItem("periods", this::period);
            eachItem("events", this::event);
            eachItem("deployments", this::deployment);
            eachItem("forces", this::force);
            eachItem("exercises", this::exercise);
            eachItem("bases", this::base);
            eachItem("disagreements", this::disagreement);
            checkOverlaps();
            return result();
        }

        LoadResult result() {
            if (!problems.isEmpty()) {
                List<Problem> sorted = new ArrayList<>(problems);
                Collections.sort(sorted);
                long more = problems.unlisted();
                if (more > 0) {
                    sorted.add(new Problem(label(folder), 0, 0, "", "and " + more + " more problems (only the first " + MAX_PROBLEMS + " are listed)"));
                }
                return new LoadResult(null, List.copyOf(sorted), more);
            }
            AllianceRecord record = new AllianceRecord(List.copyOf(alliances.values()), List.copyOf(countries.values()), List.copyOf(sources.values()),
                    List.copyOf(references.values()), periods, events, deployments, forces, exercises, bases, disagreements);
            return new LoadResult(record, List.of());
        }

        // ---- files ----

        void parseFile(Path f) {
            String file = f.getFileName().toString();
            Reading reading = new Reading(file, problems);
            byte[] bytes = readBytes(f, file);
            if (bytes == null) return;
            Parsed kept = Parsed.of(bytes);
            Json root;
            List<Json.Member> duplicates;
            if (kept != null && values.take(kept.values())) {
                root = kept.root();
                duplicates = kept.duplicates();
            } else {
                String text = text(bytes, file);
                if (text == null) return;
                duplicates = new ArrayList<>();
                long before = values.left();
                try {
                    root = Json.parse(text, duplicates, values);
                } catch (Json.Malformed e) {
                    reading.problem(e.line, e.column, "", e.getMessage());
                    return;
                }
                Parsed.keep(bytes, root, duplicates, before - values.left());
            }
            for (Json.Member d : duplicates) {
                reading.problem(d.line(), d.column(), d.path(), "field '" + d.name() + "' appears twice in one object");
            }
            if (!(root instanceof Json.Obj obj)) {
                reading.problem(root.line(), root.column(), "", "expected an object with sections (" + String.join(", ", SECTIONS) + "), found " + root.what());
                return;
            }
            for (Json.Member m : obj.members().values()) {
                if (!SECTIONS.contains(m.name())) {
                    reading.problem(m.line(), m.column(), m.name(), "unknown section '" + m.name() + "' (allowed: " + String.join(", ", SECTIONS) + ")");
                } else if (!(m.value() instanceof Json.Arr)) {
                    reading.problem(m.value().line(), m.value().column(), m.name(), "expected a list, found " + m.value().what());
                }
            }
            roots.put(file, obj);
        }

        /**
         * The file's text, or null with a problem: missing, a link out of the folder, a folder, a device
         * or a pipe, too large (alone or with the files before it), unreadable, not UTF-8.
         */
        String readText(Path f, String file) {
            byte[] bytes = readBytes(f, file);
            return bytes == null ? null : text(bytes, file);
        }

        /** The file's bytes, or null with a problem (see {@link #readText}). */
        byte[] readBytes(Path f, String file) {
            if (tooManyBytes) return null;
            byte[] bytes;
            try {
                bytes = BoundedRead.bytesInside(folder, f, MAX_FILE_BYTES);
            } catch (BoundedRead.TooLarge e) {
                problems.add(new Problem(file, 0, 0, "", e.size() > e.limit()
                        ? "file too large: " + e.size() + " bytes (at most " + e.limit() + ")"
                        : "file too large: more than " + e.limit() + " bytes"));
                return null;
            } catch (NoSuchFileException e) {
                problems.add(new Problem(file, 0, 0, "", "file not found"));
                return null;
            } catch (BoundedRead.Refused e) {
                problems.add(new Problem(file, 0, 0, "", e.getMessage()));
                return null;
            } catch (IOException e) {
                problems.add(new Problem(file, 0, 0, "", "cannot read the file: " + BoundedRead.reason(e)));
                return null;
            }
            bytesLeft -= bytes.length;
            if (bytesLeft < 0) {
                tooManyBytes = true;
                problems.add(new Problem(file, 0, 0, "", "the dataset is too large: its files hold more than " + MAX_DATASET_BYTES
                        + " bytes in all (this file and those after it are not read)"));
                return null;
            }
            return bytes;
        }

        /** The bytes as text, or null with a problem where they are not UTF-8. */
        String text(byte[] bytes, String file) {
            try {
                return BoundedRead.utf8(bytes);
            } catch (BoundedRead.NotText e) {
                if (e.encoding() != null) {
                    problems.add(new Problem(file, 1, 1, "", e.encoding() + " text, not UTF-8: save the file as UTF-8"));
                    return null;
                }
                int at = e.offset();
                int line = 1;
                int lineStart = 0;
                for (int i = 0; i < at; i++) {
                    if (bytes[i] == '\n') {
                        line++;
                        lineStart = i + 1;
                    }
                }
                problems.add(new Problem(file, line, at - lineStart + 1, "",
                        String.format("not valid UTF-8 text (byte 0x%02X at offset %d)", e.value(), at)));
                return null;
            }
        }

        /** "" when the sources folder may be read; otherwise why not, reported once. */
        String sourcesRefused() {
            if (sourcesRefused == null) {
                sourcesRefused = "";
                Path dir = folder.resolve(SOURCES_FOLDER);
                if (Files.isSymbolicLink(dir)) {
                    try {
                        BoundedRead.inside(folder, dir);
                    } catch (IOException e) {
                        sourcesRefused = BoundedRead.reason(e).replace("a file outside", "a folder outside");
                        problems.add(new Problem(SOURCES_FOLDER, 0, 0, "", sourcesRefused));
                    }
                }
            }
            return sourcesRefused;
        }

        interface ItemReader {
            void read(Reading reading, Json item, String path);
        }

        void eachItem(String section, ItemReader reader) {
            roots.forEach((file, root) -> {
                Json.Member m = root.members().get(section);
                if (m != null && m.value() instanceof Json.Arr arr) {
                    Reading reading = new Reading(file, problems);
                    for (int i = 0; i < arr.items().size(); i++) reader.read(reading, arr.items().get(i), section + "[" + i + "]");
                }
            });
        }

        /** Registers an id; a second use anywhere in the dataset is a problem. */
        boolean claimId(Entry e, String key, String id) {
            if (id == null) return false;
            Json at = e.raw(key);
            String here = e.reading.file() + ":" + at.line();
            String first = idFirstSeen.putIfAbsent(id, here);
            if (first != null) {
                e.fail(at, e.field(key), "duplicate id '" + id + "' (first used at " + first + ")");
                return false;
            }
            return true;
        }

        // ---- sections ----

        void alliance(Reading r, Json item, String path) {
            Entry e = Entry.of(r, item, path, List.of("id", "name", "nameRu", "short", "shortRu", "subject", "statuses", "bodies", "note", "noteRu"));
            if (e == null) return;
            String id = declare("alliances", e, "id");
            String name = e.text("name");
            String nameRu = RussianText.required(e, "nameRu");
            String shortName = e.text("short");
            String shortNameRu = RussianText.required(e, "shortRu");
            Boolean subjectFlag = e.optBool("subject");
            String note = e.optText("note");
            String noteRu = RussianText.read(e, "noteRu", "note");
            if (id != null && !id.matches("[a-z][a-z0-9-]*")) {
                e.fail(e.raw("id"), e.field("id"), "'" + id + "' is not an alliance id (lower-case letters, digits and -, e.g. 'nato')");
            }
            List<Status> statuses = e.list("statuses", true, true, (v, p) -> {
                if (!(v instanceof Json.Str st)) {
                    r.problem(v.line(), v.column(), p, "expected a status, found " + v.what());
                    return null;
                }
                try {
                    return Status.ofPeriod(st.value());
                } catch (IllegalArgumentException x) {
                    r.problem(v.line(), v.column(), p, x.getMessage());
                    return null;
                }
            });
            if (statuses != null && e.raw("statuses") instanceof Json.Arr listed && listed.items().size() == statuses.size()) {
                for (int i = 0; i < statuses.size(); i++) {
                    if (statuses.subList(0, i).contains(statuses.get(i))) {
                        Json at = listed.items().get(i);
                        e.fail(at, e.field("statuses") + "[" + i + "]", "status '" + statuses.get(i).id() + "' is listed twice");
                    }
                }
            }
            Map<Integer, String> precedences = new HashMap<>();
            List<Body> declaredBodies = e.list("bodies", true, true, (v, p) -> {
                Entry b = Entry.of(r, v, p, List.of("id", "title", "titleRu", "precedence"));
                if (b == null) return null;
                Json rawId = b.raw("id");
                if (rawId instanceof Json.Str bs) declared.computeIfAbsent("bodies", k -> new java.util.HashSet<>()).add(bs.value());
                String bodyId = b.text("id");
                String title = b.text("title");
                String titleRu = RussianText.required(b, "titleRu");
                Double precedence = b.number("precedence", 0, 100, true);
                if (bodyId != null && !bodyId.matches("[a-z][a-z0-9-]*")) {
                    b.fail(b.raw("id"), b.field("id"), "'" + bodyId + "' is not a body id (lower-case letters, digits and -, e.g. 'treaty')");
                }
                if (precedence != null) {
                    String other = precedences.putIfAbsent(precedence.intValue(), bodyId);
                    if (other != null) {
                        b.fail(b.raw("precedence"), b.field("precedence"), "body '" + other + "' already has precedence " + precedence.intValue()
                                + ": the bodies of one alliance need different precedences (the higher one's status wins)");
                    }
                }
                if (b.failed()) return null;
                String here = r.file() + ":" + rawId.line();
                String first = bodyIdsSeen.putIfAbsent(bodyId, here);
                if (first != null) {
                    b.fail(rawId, b.field("id"), "duplicate body id '" + bodyId + "' (first used at " + first + ")");
                    return null;
                }
                return new Body(bodyId, id, title, titleRu, precedence.intValue());
            });
            if (e.failed() || id == null) return;
            Json at = e.raw("id");
            String first = allianceIdsSeen.putIfAbsent(id, r.file() + ":" + at.line());
            if (first != null) {
                e.fail(at, e.field("id"), "duplicate alliance id '" + id + "' (first used at " + first + ")");
                return;
            }
            // The bodies are kept highest precedence first, whatever order the file lists them in.
            List<Body> ordered = declaredBodies.stream().sorted(Comparator.comparingInt(Body::precedence).reversed()).toList();
            Alliance a = new Alliance(id, name, nameRu, shortName, shortNameRu, subjectFlag != null && subjectFlag, ordered,
                    java.util.EnumSet.copyOf(statuses), note, noteRu);
            if (a.subject()) {
                if (subject != null) {
                    e.fail(e.raw("subject"), e.field("subject"), "only one alliance can be the subject; '" + subject.id() + "' already is");
                    return;
                }
                subject = a;
            }
            alliances.put(id, a);
            ordered.forEach(b -> bodies.put(b.id(), b));
        }

        /** A dataset is about one alliance: exactly one is marked {@code "subject": true}. */
        void checkSubject() {
            if (roots.isEmpty()) return;
            if (!declared.containsKey("alliances")) {
                // No file has the section: the problem goes to the first file read, as a whole.
                problems.add(new Problem(roots.keySet().iterator().next(), 0, 0, "",
                        "no 'alliances' section in the dataset: every dataset declares its alliances, one of them the subject"));
                return;
            }
            if (subject == null && alliances.size() == declared.get("alliances").size()) {
                // (when an alliance failed its checks it may be the subject: its own problems say enough)
                roots.forEach((file, root) -> {
                    Json.Member m = root.members().get("alliances");
                    if (m != null && subject == null && problems.stream().noneMatch(p -> p.message().startsWith("no alliance is the subject"))) {
                        problems.add(new Problem(file, m.line(), m.column(), "alliances",
                                "no alliance is the subject: mark the one the atlas is about with \"subject\": true"));
                    }
                });
            }
        }

        void country(Reading r, Json item, String path) {
            Entry e = Entry.of(r, item, path, List.of("iso", "name", "nameRu", "capital", "ended", "successors", "within", "drawn", "note", "noteRu", "evidence", "disputed"));
            if (e == null) return;
            String iso = declare("countries", e, "iso");
            String name = e.text("name");
            String nameRu = RussianText.required(e, "nameRu");
            Country.Capital capital = e.object("capital", false, (v, p) -> {
                Entry c = Entry.of(r, v, p, List.of("name", "lat", "lon"));
                if (c == null) return null;
                String capitalName = c.text("name");
                Double lat = c.number("lat", -MAX_LATITUDE, MAX_LATITUDE, false);
                Double lon = c.number("lon", -180, 180, false);
                return c.failed() ? null : new Country.Capital(capitalName, lat, lon);
            });
            if (iso != null) {
                if (!iso.matches("[A-Z]{3}")) {
                    e.fail(e.raw("iso"), e.field("iso"), "'" + iso + "' is not an ISO 3166-1 alpha-3 code (three capital letters)");
                } else if (e.raw("ended") == null && !knownIsoCodes.contains(iso)) {
                    e.fail(e.raw("iso"), e.field("iso"), "unknown country code '" + iso + "': no shape in geo/");
                } else if (countries.containsKey(iso)) {
                    e.fail(e.raw("iso"), e.field("iso"), "country '" + iso + "' is listed twice");
                }
            }
            FuzzyDate ended = e.optDate("ended");
            FuzzyDate disputed = e.optDate("disputed");
            List<String> successors = e.list("successors", false, false, (v, p) -> textItem(r, v, p));
            String within = e.optText("within");
            if (within != null && !knownIsoCodes.contains(within)) {
                e.fail(e.raw("within"), e.field("within"), "unknown shape '" + within + "': no shape in geo/");
            }
            List<Country.Drawn> drawn = e.list("drawn", false, true, (v, p) -> drawn(r, v, p));
            String note = e.optText("note");
            String noteRu = RussianText.read(e, "noteRu", "note");
            List<Evidence> evidence = e.raw("evidence") == null && ended == null && disputed == null ? List.of() : evidence(e);
            if (!e.failed()) {
                if (successors != null && !successors.isEmpty()) successorsAt.put(iso, new Problem(r.file(), item.line(), item.column(), path + ".successors", ""));
                countries.put(iso, new Country(iso, name, nameRu, capital, ended, successors, within, drawn, note, noteRu, evidence, disputed));
            }
        }

        /** Where each past state's successors were named: checked once every country is declared. */
        final Map<String, Problem> successorsAt = new HashMap<>();

        void checkSuccessors() {
            successorsAt.forEach((iso, at) -> {
                for (String s : countries.get(iso).successors()) {
                    if (!isDeclared("countries", s)) {
                        problems.add(new Problem(at.file(), at.line(), at.column(), at.field(), "unknown successor '" + s + "' (not in the dataset's countries)"));
                    }
                }
            });
        }

        Country.Drawn drawn(Reading r, Json v, String path) {
            Entry e = Entry.of(r, v, path, List.of("parts", "from", "until", "evidence"));
            if (e == null) return null;
            List<String> parts = e.list("parts", true, true, (pv, pp) -> {
                String code = textItem(r, pv, pp);
                if (code != null && !knownIsoCodes.contains(code)) {
                    r.problem(pv.line(), pv.column(), pp, "unknown shape '" + code + "': no shape in geo/");
                    return null;
                }
                return code;
            });
            FuzzyDate from = e.optDate("from");
            FuzzyDate until = e.date("until");
            List<Evidence> evidence = evidence(e);
            if (from != null && until != null && !until.first().isAfter(from.first())) {
                e.fail(e.raw("until"), e.field("until"), "the shape is drawn until " + until.iso() + ", before it is drawn from " + from.iso());
            }
            return e.failed() ? null : new Country.Drawn(parts, from, until, evidence);
        }

        void source(Reading r, Json item, String path) {
            Entry e = Entry.of(r, item, path, List.of("id", "title", "publisher", "author", "written", "writtenRu", "note"));
            if (e == null) return;
            String id = declare("sources", e, "id");
            String title = e.text("title");
            String publisher = e.text("publisher");
            String author = e.optText("author");
            String written = e.text("written");
            String writtenRu = e.optText("writtenRu");
            String note = e.optText("note");
            if (id != null && !id.matches("[A-Za-z0-9_.-]+")) {
                e.fail(e.raw("id"), e.field("id"), "'" + id + "' cannot name a file (letters, digits, _ . - only)");
            }
            if (e.failed() || !claimId(e, "id", id)) return;
            String fileName = SOURCES_FOLDER + "/" + id + ".txt";
            if (!sourcesRefused().isEmpty()) {
                e.markFailed();
                return;
            }
            Path file = folder.resolve(SOURCES_FOLDER).resolve(id + ".txt");
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                e.fail(e.raw("id"), e.field("id"), "no file " + fileName + " for source '" + id + "'");
                return;
            }
            String text = readText(file, fileName);
            if (text == null) return;
            sources.put(id, new Source(id, title, publisher, author, written, writtenRu, note, text));
            foldedSources.put(id, folded(text));
        }

        void reference(Reading r, Json item, String path) {
            Entry e = Entry.of(r, item, path, List.of("id", "title", "publisher", "date", "url", "confidence", "note", "noteRu", "titleRu", "publisherRu"));
            if (e == null) return;
            String id = declare("references", e, "id");
            String title = e.text("title");
            String publisher = e.text("publisher");
            String date = e.optText("date");
            String url = e.optText("url");
            Confidence confidence = e.word("confidence", Confidence::of);
            String note = e.optText("note");
            String noteRu = RussianText.read(e, "noteRu", "note");
            String titleRu = RussianText.read(e, "titleRu", "title");
            String publisherRu = RussianText.read(e, "publisherRu", "publisher");
            if (!e.failed() && claimId(e, "id", id)) {
                references.put(id, new Reference(id, title, publisher, date, url, confidence, note, noteRu, titleRu, publisherRu));
            }
        }

        void period(Reading r, Json item, String path) {
            Entry e = Entry.of(r, item, path, List.of("id", "country", "body", "status", "start", "end", "note", "noteRu", "evidence"));
            if (e == null) return;
            String id = declare("periods", e, "id");
            Country country = countryRef(e, "country");
            Body body = bodyRef(e, "body");
            Status status = e.word("status", Status::ofPeriod);
            if (body != null && status != null && alliances.containsKey(body.alliance()) && !alliances.get(body.alliance()).has(status)) {
                Alliance a = alliances.get(body.alliance());
                e.fail(e.raw("status"), e.field("status"), "'" + status.id() + "' is not a status of the " + a.shortName() + " (its statuses: "
                        + String.join(", ", a.statusList().stream().map(Status::id).toList()) + ")");
            }
            FuzzyDate start = e.date("start");
            FuzzyDate end = e.optDate("end");
            String note = e.optText("note");
            String noteRu = RussianText.read(e, "noteRu", "note");
            List<Evidence> evidence = evidence(e);
            if (start != null && end != null && !end.first().isAfter(start.first())) {
                e.fail(e.raw("end"), e.field("end"), "the period ends (" + end.iso() + ") before it starts (" + start.iso() + ")");
            }
            if (body != null) withinAllianceLimit(e, item, path, "periods", body.alliance());
            if (!e.failed() && claimId(e, "id", id)) {
                StatusPeriod p = new StatusPeriod(id, country, body, status, start, end, note, evidence, noteRu);
                periods.add(p);
                periodPlaces.put(p, new Problem(r.file(), item.line(), item.column(), path, ""));
            }
        }

        void event(Reading r, Json item, String path) {
            Entry e = Entry.of(r, item, path, List.of("id", "date", "kind", "title", "titleRu", "alliance", "countries", "place", "response", "note", "noteRu", "evidence"));
            if (e == null) return;
            String id = declare("events", e, "id");
            FuzzyDate date = e.date("date");
            EventKind kind = e.word("kind", EventKind::of);
            String title = e.text("title");
            Alliance alliance = e.raw("alliance") == null ? subject : allianceRef(e, "alliance");
            String titleRu = RussianText.read(e, "titleRu", "title");
            List<Country> involved = e.list("countries", false, false, (v, p) -> countryRef(r, v, p));
            Place place = e.object("place", false, (v, p) -> place(r, v, p));
            Response response = e.optWord("response", Response::of);
            String note = e.optText("note");
            String noteRu = RussianText.read(e, "noteRu", "note");
            List<Evidence> evidence = evidence(e);
            if (alliance != null) withinAllianceLimit(e, item, path, "events", alliance.id());
            if (!e.failed() && claimId(e, "id", id)) {
                events.add(new Event(id, date, kind, title, involved, place, response, note, evidence, titleRu, noteRu, alliance));
            }
        }

        void deployment(Reading r, Json item, String path) {
            Entry e = Entry.of(r, item, path, List.of("id", "name", "nameRu", "target", "start", "end", "places", "phases", "contingents", "totals", "evidence"));
            if (e == null) return;
            String id = declare("deployments", e, "id");
            String name = e.text("name");
            String nameRu = RussianText.read(e, "nameRu", "name");
            Country target = countryRef(e, "target");
            FuzzyDate start = e.date("start");
            FuzzyDate end = e.date("end");
            List<Place> places = e.list("places", true, true, (v, p) -> place(r, v, p));
            List<Deployment.Phase> phases = e.list("phases", true, false, (v, p) -> {
                Entry ph = Entry.of(r, v, p, List.of("date", "label", "labelRu", "evidence"));
                if (ph == null) return null;
                Deployment.Phase out = new Deployment.Phase(ph.date("date"), ph.text("label"), evidence(ph), RussianText.read(ph, "labelRu", "label"));
                return ph.failed() ? null : out;
            });
            List<Deployment.Contingent> contingents = e.list("contingents", true, true, (v, p) -> {
                Entry c = Entry.of(r, v, p, List.of("country", "size", "units", "unitsRu", "evidence"));
                if (c == null) return null;
                List<String> units = c.list("units", false, false, (uv, up) -> textItem(r, uv, up));
                List<String> unitsRu = c.list("unitsRu", false, false, (uv, up) -> RussianText.item(r, uv, up, textItem(r, uv, up)));
                // The Russian names stand one for one beside the English ones.
                if (units != null && unitsRu != null && !unitsRu.isEmpty() && units.size() != unitsRu.size()) {
                    c.fail(c.raw("unitsRu"), c.field("unitsRu"), unitsRu.size() + " Russian names for " + units.size() + " in 'units': one each, in the same order");
                }
                Deployment.Contingent out = new Deployment.Contingent(countryRef(c, "country"), c.object("size", false, (sv, sp) -> size(r, sv, sp)),
                        units, evidence(c), unitsRu);
                return c.failed() ? null : out;
            });
            List<Deployment.Total> totals = e.list("totals", false, false, (v, p) -> {
                Entry t = Entry.of(r, v, p, List.of("label", "labelRu", "size", "evidence"));
                if (t == null) return null;
                Deployment.Total out = new Deployment.Total(t.text("label"), t.object("size", true, (sv, sp) -> size(r, sv, sp)), evidence(t),
                        RussianText.read(t, "labelRu", "label"));
                return t.failed() ? null : out;
            });
            List<Evidence> evidence = evidence(e);
            if (start != null && end != null && end.last().isBefore(start.first())) {
                e.fail(e.raw("end"), e.field("end"), "the deployment ends (" + end.iso() + ") before it starts (" + start.iso() + ")");
            }
            if (!e.failed() && claimId(e, "id", id)) {
                deployments.add(new Deployment(id, name, target, start, end, places, phases, contingents, totals, evidence, nameRu));
            }
        }

        void force(Reading r, Json item, String path) {
            Entry e = Entry.of(r, item, path, List.of("id", "name", "nameRu", "short", "shortRu", "kind", "created", "ended", "base", "countries", "size", "note", "noteRu", "evidence"));
            if (e == null) return;
            String id = declare("forces", e, "id");
            String name = e.text("name");
            String nameRu = RussianText.read(e, "nameRu", "name");
            String shortName = e.optText("short");
            String shortRu = RussianText.read(e, "shortRu", "short");
            ForceKind kind = e.word("kind", ForceKind::of);
            FuzzyDate created = e.date("created");
            FuzzyDate ended = e.optDate("ended");
            Place base = e.object("base", true, (v, p) -> place(r, v, p));
            List<Country> members = e.list("countries", false, false, (v, p) -> countryRef(r, v, p));
            Size size = e.object("size", false, (v, p) -> size(r, v, p));
            String note = e.optText("note");
            String noteRu = RussianText.read(e, "noteRu", "note");
            List<Evidence> evidence = evidence(e);
            if (created != null && ended != null && !ended.first().isAfter(created.first())) {
                e.fail(e.raw("ended"), e.field("ended"), "the force ends (" + ended.iso() + ") before it is created (" + created.iso() + ")");
            }
            if (!e.failed() && claimId(e, "id", id)) {
                forces.add(new Force(id, name, shortName == null ? name : shortName, kind, created, ended, base, members, size, note, evidence,
                        nameRu, shortRu == null ? nameRu : shortRu, noteRu));
            }
        }

        void exercise(Reading r, Json item, String path) {
            Entry e = Entry.of(r, item, path, List.of("id", "name", "nameRu", "start", "end", "place", "participants", "size", "note", "noteRu", "evidence"));
            if (e == null) return;
            String id = declare("exercises", e, "id");
            String name = e.text("name");
            String nameRu = RussianText.read(e, "nameRu", "name");
            FuzzyDate start = e.date("start");
            FuzzyDate end = e.date("end");
            Place place = e.object("place", true, (v, p) -> place(r, v, p));
            List<Country> participants = e.list("participants", true, false, (v, p) -> countryRef(r, v, p));
            Size size = e.object("size", false, (v, p) -> size(r, v, p));
            String note = e.optText("note");
            String noteRu = RussianText.read(e, "noteRu", "note");
            List<Evidence> evidence = evidence(e);
            if (start != null && end != null && end.last().isBefore(start.first())) {
                e.fail(e.raw("end"), e.field("end"), "the exercise ends (" + end.iso() + ") before it starts (" + start.iso() + ")");
            }
            if (!e.failed() && claimId(e, "id", id)) {
                exercises.add(new Exercise(id, name, start, end, place, participants, size, note, evidence, nameRu, noteRu));
            }
        }

        void base(Reading r, Json item, String path) {
            Entry e = Entry.of(r, item, path, List.of("id", "name", "nameRu", "short", "shortRu", "kind", "operator", "place",
                    "opened", "closed", "attested", "note", "noteRu", "evidence"));
            if (e == null) return;
            String id = declare("bases", e, "id");
            String name = e.text("name");
            String nameRu = RussianText.read(e, "nameRu", "name");
            String shortName = e.optText("short");
            String shortRu = RussianText.read(e, "shortRu", "short");
            BaseKind kind = e.word("kind", BaseKind::of);
            Country operator = countryRef(e, "operator");
            Place place = e.object("place", true, (v, p) -> place(r, v, p));
            FuzzyDate opened = e.optDate("opened");
            FuzzyDate closed = e.optDate("closed");
            List<Base.Attestation> attested = e.list("attested", true, true, (v, p) -> {
                Entry a = Entry.of(r, v, p, List.of("date", "size", "note", "noteRu", "evidence"));
                if (a == null) return null;
                Base.Attestation out = new Base.Attestation(a.date("date"), a.object("size", false, (sv, sp) -> size(r, sv, sp)),
                        a.optText("note"), evidence(a), RussianText.read(a, "noteRu", "note"));
                return a.failed() ? null : out;
            });
            String note = e.optText("note");
            String noteRu = RussianText.read(e, "noteRu", "note");
            List<Evidence> evidence = evidence(e);
            if (operator != null && place != null && operator.equals(place.country())) {
                e.fail(e.raw("operator"), e.field("operator"), "a base stands in another country than its operator's (both are " + operator.iso() + ")");
            }
            if (attested != null && closed != null) {
                for (Base.Attestation a : attested) {
                    if (!a.date().first().isBefore(closed.first())) {
                        e.fail(e.raw("closed"), e.field("closed"), "the base closes (" + closed.iso() + ") before it is attested (" + a.date().iso() + ")");
                        break;
                    }
                }
            }
            if (attested != null && opened != null) {
                for (Base.Attestation a : attested) {
                    if (a.date().last().isBefore(opened.first())) {
                        e.fail(e.raw("opened"), e.field("opened"), "the base opens (" + opened.iso() + ") after it is attested (" + a.date().iso() + ")");
                        break;
                    }
                }
            }
            if (opened != null && closed != null && !closed.first().isAfter(opened.first())) {
                e.fail(e.raw("closed"), e.field("closed"), "the base closes (" + closed.iso() + ") before it opens (" + opened.iso() + ")");
            }
            if (!e.failed() && claimId(e, "id", id)) {
                bases.add(new Base(id, name, shortName == null ? name : shortName, kind, operator, place, opened, closed, attested, note,
                        evidence, nameRu, shortRu == null ? nameRu : shortRu, noteRu));
            }
        }

        void disagreement(Reading r, Json item, String path) {
            Entry e = Entry.of(r, item, path, List.of("id", "topic", "topicRu", "subject", "versions", "shown", "shownRu", "why", "whyRu"));
            if (e == null) return;
            String id = e.text("id");
            String topic = e.text("topic");
            Disagreement.Subject subject = e.object("subject", true, (v, p) -> {
                Entry s = Entry.of(r, v, p, List.of("kind", "id"));
                if (s == null) return null;
                Disagreement.Kind kind = s.word("kind", Disagreement.Kind::of);
                String sid = s.text("id");
                if (kind != null && sid != null && !isDeclared(kind == Disagreement.Kind.COUNTRY ? "countries" : kind.id() + "s", sid)) {
                    s.fail(s.raw("id"), s.field("id"), "unknown " + kind.id() + " '" + sid + "'");
                }
                return s.failed() ? null : new Disagreement.Subject(kind, sid);
            });
            List<Disagreement.Version> versions = e.list("versions", true, false, (v, p) -> {
                Entry ve = Entry.of(r, v, p, List.of("says", "saysRu", "evidence", "start", "end"));
                if (ve == null) return null;
                FuzzyDate start = ve.optDate("start"), end = ve.optDate("end");
                // Only a period has a start and an end a version can put elsewhere.
                if ((start != null || end != null) && subject != null && subject.kind() != Disagreement.Kind.PERIOD) {
                    ve.fail(ve.raw(start != null ? "start" : "end"), ve.field(start != null ? "start" : "end"), "only a version about a period gives a start or an end");
                }
                if (start != null && end != null && !end.first().isAfter(start.first())) {
                    ve.fail(ve.raw("end"), ve.field("end"), "the version ends (" + end.iso() + ") before it starts (" + start.iso() + ")");
                }
                Disagreement.Version out = new Disagreement.Version(ve.text("says"), evidence(ve), RussianText.read(ve, "saysRu", "says"), start, end);
                return ve.failed() ? null : out;
            });
            if (e.raw("versions") instanceof Json.Arr listed && listed.items().size() < 2) {
                e.fail(e.raw("versions"), e.field("versions"), "a disagreement needs at least two versions");
            }
            String shown = e.text("shown");
            String why = e.text("why");
            String topicRu = RussianText.read(e, "topicRu", "topic");
            String shownRu = RussianText.read(e, "shownRu", "shown");
            String whyRu = RussianText.read(e, "whyRu", "why");
            if (!e.failed() && claimId(e, "id", id)) {
                disagreements.add(new Disagreement(id, topic, subject, versions, shown, why, topicRu, shownRu, whyRu));
            }
        }

        /** Notes the id an entry declares, before its other fields are checked. */
        String declare(String section, Entry e, String key) {
            Json v = e.raw(key);
            if (v instanceof Json.Str s) declared.computeIfAbsent(section, k -> new java.util.HashSet<>()).add(s.value());
            return e.text(key);
        }

        boolean isDeclared(String section, String id) {
            return declared.getOrDefault(section, Set.of()).contains(id);
        }

        // ---- parts ----

        Body bodyRef(Entry e, String key) {
            Json v = e.raw(key);
            if (!(v instanceof Json.Str s)) {
                e.text(key); // reports the missing or mistyped field
                return null;
            }
            Body b = bodies.get(s.value());
            if (b == null) {
                // Without any alliance declared, the missing section is the one problem to report.
                if (declared.containsKey("bodies") && !isDeclared("bodies", s.value())) {
                    e.fail(v, e.field(key), "unknown body '" + s.value() + "' (bodies: " + String.join(", ", bodies.keySet()) + ")");
                } else {
                    e.markFailed();
                }
            }
            return b;
        }

        Alliance allianceRef(Entry e, String key) {
            Json v = e.raw(key);
            if (!(v instanceof Json.Str s)) {
                e.text(key);
                return null;
            }
            Alliance a = alliances.get(s.value());
            if (a == null) {
                if (declared.containsKey("alliances") && !isDeclared("alliances", s.value())) {
                    e.fail(v, e.field(key), "unknown alliance '" + s.value() + "' (alliances: " + String.join(", ", alliances.keySet()) + ")");
                } else {
                    e.markFailed();
                }
            }
            return a;
        }

        Country countryRef(Entry e, String key) {
            Json v = e.raw(key);
            if (v == null) {
                e.text(key); // reports the missing field
                return null;
            }
            Country c = countryRef(e.reading, v, e.field(key));
            if (c == null) e.markFailed();
            return c;
        }

        Country countryRef(Reading r, Json v, String path) {
            if (!(v instanceof Json.Str s)) {
                r.problem(v.line(), v.column(), path, "expected a country code, found " + v.what());
                return null;
            }
            Country c = countries.get(s.value());
            if (c == null && !isDeclared("countries", s.value())) {
                r.problem(v.line(), v.column(), path, "unknown country '" + s.value() + "' (not in the dataset's countries)");
            }
            return c;
        }

        String textItem(Reading r, Json v, String path) {
            if (v instanceof Json.Str s && !s.value().isBlank()) return s.value();
            r.problem(v.line(), v.column(), path, "expected a non-empty string, found " + v.what());
            return null;
        }

        Place place(Reading r, Json v, String path) {
            Entry e = Entry.of(r, v, path, List.of("name", "nameRu", "country", "lat", "lon"));
            if (e == null) return null;
            String name = e.text("name");
            String nameRu = RussianText.read(e, "nameRu", "name");
            Country country = countryRef(e, "country");
            Double lat = e.number("lat", -MAX_LATITUDE, MAX_LATITUDE, false);
            Double lon = e.number("lon", -180, 180, false);
            return e.failed() ? null : new Place(name, country, lat, lon, nameRu);
        }

        Size size(Reading r, Json v, String path) {
            Entry e = Entry.of(r, v, path, List.of("value", "approximate", "unit"));
            if (e == null) return null;
            Double value = e.number("value", 0, MAX_SIZE, true);
            Boolean approximate = e.optBool("approximate");
            String unit = e.optText("unit");
            return e.failed() ? null : new Size(value.intValue(), approximate != null && approximate, unit == null ? "personnel" : unit);
        }

        List<Evidence> evidence(Entry owner) {
            return owner.list("evidence", true, true, (v, p) -> evidenceItem(owner.reading, v, p));
        }

        Evidence evidenceItem(Reading r, Json v, String path) {
            Entry e = Entry.of(r, v, path, List.of("source", "quote", "reference", "says", "saysRu", "note", "noteRu"));
            if (e == null) return null;
            String note = e.optText("note");
            String noteRu = RussianText.read(e, "noteRu", "note");
            boolean isQuote = e.raw("source") != null || e.raw("quote") != null;
            boolean isCitation = e.raw("reference") != null || e.raw("says") != null || e.raw("saysRu") != null;
            if (isQuote && isCitation) {
                e.fail(v, path, "evidence is either a quote (source, quote) or a reference (reference, says), not both");
                return null;
            }
            if (!isQuote && !isCitation) {
                e.fail(v, path, "evidence needs either source and quote, or reference and says");
                return null;
            }
            if (isCitation) {
                String refId = e.text("reference");
                String says = e.text("says");
                String saysRu = RussianText.read(e, "saysRu", "says");
                if (refId == null || says == null) return null;
                Reference ref = references.get(refId);
                if (ref == null) {
                    if (!isDeclared("references", refId)) e.fail(e.raw("reference"), e.field("reference"), "unknown reference '" + refId + "'");
                    return null;
                }
                return e.failed() ? null : new Citation(ref, says, saysRu, note, noteRu);
            }
            String sourceId = e.text("source");
            String quote = e.text("quote");
            if (sourceId == null || quote == null) return null;
            Source source = sources.get(sourceId);
            if (source == null) {
                if (!isDeclared("sources", sourceId)) e.fail(e.raw("source"), e.field("source"), "unknown source '" + sourceId + "'");
                return null;
            }
            int[] at = foldedSources.get(sourceId).locate(quote);
            if (at == null) {
                e.fail(e.raw("quote"), e.field("quote"), "not found verbatim in source '" + sourceId + "': “" + abbreviate(quote) + "”");
                return null;
            }
            // The quote shown is the article's own passage, not the dataset's spelling of it (which may
            // differ in white space or Unicode normalization).
            return e.failed() ? null : new Quote(source, source.text().substring(at[0], at[1]), at[0], at[1], note, noteRu);
        }

        // ---- across entries ----

        /** How many periods and events each alliance has so far ("periods/csto"). */
        final Map<String, Integer> perAlliance = new HashMap<>();

        /** One problem, at the first entry past the limit, when an alliance holds more periods or events than {@link #MAX_PER_ALLIANCE}. */
        void withinAllianceLimit(Entry e, Json item, String path, String what, String alliance) {
            int n = perAlliance.merge(what + "/" + alliance, 1, Integer::sum);
            // The entries past it need no problem of their own: the dataset is refused already.
            if (n == MAX_PER_ALLIANCE + 1) {
                e.fail(item, path, String.format(java.util.Locale.ROOT, "the alliance '%s' has more than %,d %s (at most %,d an alliance: the window draws every one on its timeline and chart)",
                        alliance, MAX_PER_ALLIANCE, what, MAX_PER_ALLIANCE));
            }
        }

        void checkOverlaps() {
            Map<String, List<StatusPeriod>> groups = new LinkedHashMap<>();
            for (StatusPeriod p : periods) groups.computeIfAbsent(p.country().iso() + "/" + p.body().id(), k -> new ArrayList<>()).add(p);
            for (List<StatusPeriod> group : groups.values()) {
                group.sort(Comparator.comparing(StatusPeriod::start));
                for (int i = 1; i < group.size(); i++) {
                    StatusPeriod prev = group.get(i - 1);
                    StatusPeriod next = group.get(i);
                    if (prev.end() == null || prev.end().first().isAfter(next.start().first())) {
                        Problem at = periodPlaces.get(next);
                        problems.add(new Problem(at.file(), at.line(), at.column(), at.field(),
                                "period '" + next.id() + "' (from " + next.start().iso() + ") overlaps period '" + prev.id() + "' ("
                                        + prev.start().iso() + " to " + (prev.end() == null ? "now" : prev.end().iso()) + ") of "
                                        + next.country().iso() + " in the " + next.body().id()));
                    }
                }
            }
        }
    }

    static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= 80 ? one : one.substring(0, 77) + "...";
    }
}

package org.cstoatlas.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cstoatlas.Bundled;
import org.cstoatlas.dataset.DatasetLoader;
import org.cstoatlas.dataset.LoadResult;
import org.cstoatlas.dataset.Problem;
import org.cstoatlas.record.Alliance;
import org.cstoatlas.record.AllianceRecord;
import org.cstoatlas.record.Body;
import org.cstoatlas.record.Citation;
import org.cstoatlas.record.Country;
import org.cstoatlas.record.Event;
import org.cstoatlas.record.Evidence;
import org.cstoatlas.record.Quote;
import org.cstoatlas.record.Status;
import org.cstoatlas.record.StatusPeriod;
import org.cstoatlas.record.time.Membership;
import org.cstoatlas.record.time.StatusAt;
import org.cstoatlas.record.time.StatusTable;
import org.cstoatlas.record.time.TimeIndex;
import org.cstoatlas.state.Animation;
import org.cstoatlas.state.AllianceChoice;
import org.cstoatlas.state.AtlasState;
import org.cstoatlas.record.Language;
import org.cstoatlas.state.Lesson;
import org.cstoatlas.state.SavedView;
import org.cstoatlas.state.SelectionRef;
import org.cstoatlas.state.Theme;
import org.cstoatlas.state.WindowOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The atlas's command line, on picocli: with no command it opens the window (through the
 * {@link Desktop} it is handed); the commands status, summary, alliances, memberships, history, quotes, validate,
 * snapshot and bench run
 * headless. Exit codes: 0 done, 1 the data has problems, 2 the command line was wrong, 3 the atlas
 * failed unexpectedly, 4 a file could not be written, 5 the window has no display to open on. Never a
 * stack trace.
 */
public final class CommandLine {

    public static final int DONE = 0;
    public static final int DATA_PROBLEMS = 1;
    public static final int USAGE = 2;
    public static final int FAILED = 3;
    public static final int NOT_WRITTEN = 4;
    public static final int NO_DISPLAY = 5;

    /** Made when a command first prints JSON: Jackson's start has no place in the window's. */
    private static final class JsonOut {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    private final PrintStream out;
    private final PrintStream err;
    private final Desktop desktop;

    /** A command line without a window: the headless commands only. */
    public CommandLine(PrintStream out, PrintStream err) {
        this(out, err, Desktop.NONE);
    }

    public CommandLine(PrintStream out, PrintStream err, Desktop desktop) {
        this.out = out;
        this.err = err;
        this.desktop = desktop;
    }

    /** Runs the command line; the answer is the process's exit code. */
    public int run(String... args) {
        // The plain start, as a desktop starts the atlas, opens the window without building the command
        // tree: picocli's parse took a second of a loaded machine's start before the first map.
        // So does the start-up bench, which measures that start: building the tree would add a cost the
        // plain start no longer pays.
        boolean startupBench = args.length == 2 && args[0].equals("bench") && args[1].equals("--startup");
        if (args.length == 0 || startupBench) {
            try {
                return startupBench ? bench(1, true) : open(WindowOptions.NONE);
            } catch (RuntimeException e) {
                return failed(e);
            } catch (OutOfMemoryError e) {
                err.println("error: the atlas ran out of memory");
                return FAILED;
            }
        }
        picocli.CommandLine cl = new picocli.CommandLine(new Atlas(this));
        // Only the command named is built (its options read from its class), unless the words ask for
        // the whole list (help, an option of the window, a word that is no command).
        boolean one = COMMANDS.contains(args[0]) && !args[0].equals("help");
        for (String name : one ? List.of(args[0]) : COMMANDS) cl.addSubcommand(command(name));
        // Registered after the subcommands were added: every command reads these types alike.
        cl.registerConverter(LocalDate.class, new Arguments.Dates());
        cl.registerConverter(Alliance.class, new Arguments.Alliances(this::bundled));
        Arguments.describeFormats(cl);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setParameterExceptionHandler((e, a) -> {
            String message = e.getMessage();
            if (e instanceof UnmatchedArgumentException u && e.getCommandLine() == cl && !u.getUnmatched().isEmpty()
                    && !u.getUnmatched().get(0).startsWith("-")) {
                message = "unknown command '" + u.getUnmatched().get(0) + "'";
            }
            // A converter's refusal follows the option's name: "--date: '2021-02-30' is not a valid date …".
            if (e.getCause() instanceof picocli.CommandLine.TypeConversionException t && e.getArgSpec() instanceof picocli.CommandLine.Model.OptionSpec o) {
                message = o.longestName() + t.getMessage();
            }
            err.println("error: " + message);
            err.println();
            e.getCommandLine().usage(err);
            return USAGE;
        });
        cl.setExecutionExceptionHandler((e, c, parsed) -> {
            if (e instanceof DataProblems) return DATA_PROBLEMS;
            return failed(e);
        });
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            err.println("error: the atlas ran out of memory");
            return FAILED;
        }
    }

    /** The commands, in the order the help lists them. */
    private static final List<String> COMMANDS = List.of("status", "summary", "alliances", "memberships", "history", "quotes", "validate",
            "snapshot", "animate", "export", "bench", "help");

    /** A command's class by its name: only the one asked for is loaded. */
    private static Class<?> command(String name) {
        return switch (name) {
            case "status" -> Status.class;
            case "summary" -> Summary.class;
            case "alliances" -> Alliances.class;
            case "memberships" -> Memberships.class;
            case "history" -> History.class;
            case "quotes" -> Quotes.class;
            case "validate" -> Validate.class;
            case "snapshot" -> SnapshotCommand.class;
            case "animate" -> AnimateCommand.class;
            case "export" -> ExportCommand.class;
            case "bench" -> BenchCommand.class;
            case "help" -> HelpCommand.class;
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** Opens the window; without a display, says so (exit 5). */
    private int open(WindowOptions options) {
        try {
            desktop.open(options);
        } catch (Desktop.Unavailable e) {
            err.println("error: " + e.getMessage());
            return NO_DISPLAY;
        }
        return DONE;
    }

    /** Runs the benchmark on the window off-screen. */
    private int bench(int days, boolean startupOnly) {
        try {
            desktop.bench(out, days, startupOnly);
        } catch (Exception e) {
            err.println("error: the benchmark failed: " + e);
            return FAILED;
        }
        return DONE;
    }

    /** A defect of the atlas, not of the user's input: said plainly, without a trace. */
    private int failed(Exception e) {
        err.println("error: the atlas failed unexpectedly (" + e + "). Please report this.");
        return FAILED;
    }

    /** The bundled dataset, read once per run (the converters and the command share it). */
    private LoadResult loaded;

    LoadResult bundled() {
        if (loaded == null) loaded = Bundled.loadDataset();
        return loaded;
    }

    static final class Version implements IVersionProvider {
        public String[] getVersion() {
            return new String[] {"CSTO Atlas " + Bundled.version()};
        }
    }

    /** The bundled dataset had problems; they have been printed. */
    private static final class DataProblems extends Exception {
        private static final long serialVersionUID = 1L;

        DataProblems() {
            super(null, null, false, false);
        }
    }

    // ---- what every command shares ----

    /** A command with the shared ways to read its options and to print. */
    abstract static class Base implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        CommandLine cli() {
            // Every command is a subcommand of Atlas, which holds the streams and the desktop.
            return ((Atlas) spec.root().userObject()).cli;
        }

        PrintStream out() {
            return cli().out;
        }

        ParameterException usage(String message) {
            return new ParameterException(spec.commandLine(), message);
        }

        /** A date on the atlas's timeline: from the record's first day (NATO's treaty, 1949) to today. */
        LocalDate date(String option, LocalDate d) {
            if (d == null) return null;
            LocalDate first = firstDay();
            LocalDate today = LocalDate.now();
            if ((first != null && d.isBefore(first)) || d.isAfter(today)) {
                throw usage(option + ": " + d + " is outside the atlas's timeline (" + (first == null ? "" : first) + " to " + today + ")");
            }
            return d;
        }

        /** A day not after today; the window brings an earlier one to its first day itself. */
        LocalDate day(String option, LocalDate d) {
            if (d == null) return null;
            LocalDate today = LocalDate.now();
            if (d.isAfter(today)) throw usage(option + ": " + d + " is outside the atlas's timeline (to " + today + ")");
            return d;
        }

        /** The bundled record's first day; null when the dataset cannot be read (the command then says why). */
        LocalDate firstDay() {
            LoadResult r = loadBundled();
            return r.ok() ? r.record().firstDay() : null;
        }

        LocalDate required(String option, LocalDate value) {
            if (value == null) throw usage(option + " is required");
            return date(option, value);
        }

        String choice(String option, String value, List<String> allowed) {
            if (!allowed.contains(value)) throw usage(option + " must be one of " + String.join(", ", allowed) + ", not '" + value + "'");
            return value;
        }

        /**
         * A picture of that size must fit in the memory the atlas may use: measured, the window rendered
         * off-screen holds about {@value #BYTES_PER_PIXEL} bytes a pixel (its frame buffer, the scene's
         * snapshot, the picture to encode) beside about {@value #BASE_MB} MB for the record and the map. Refused
         * before anything is rendered, with the size that fits and how to give more.
         */
        void fitsInMemory(int width, int height) {
            long max = Runtime.getRuntime().maxMemory();
            long need = memoryFor(width, height);
            if (need <= max) return;
            long side = (long) Math.sqrt(Math.max(0, (max - ((long) BASE_MB << 20))) / (double) BYTES_PER_PIXEL);
            throw usage(String.format(Locale.ROOT, "a %d×%d picture needs about %,d MB of memory and the atlas may use %,d MB here: "
                    + "choose a smaller --width and --height (about %d×%d fits) or give the atlas more memory (e.g. JAVA_TOOL_OPTIONS=-Xmx%dm)",
                    width, height, need >> 20, max >> 20, side, side, (need >> 20) + 64));
        }

        LoadResult loadBundled() {
            return cli().bundled();
        }

        TimeIndex bundled() throws DataProblems {
            LoadResult r = loadBundled();
            if (!r.ok()) {
                cli().err.println("error: the bundled dataset has problems:");
                r.problems().forEach(p -> cli().err.println("  " + p));
                throw new DataProblems();
            }
            return new TimeIndex(r.record());
        }

        Country country(AllianceRecord record, String iso) {
            return record.country(iso.toUpperCase(Locale.ROOT))
                    .orElseThrow(() -> usage("no country '" + iso + "' in the dataset (use an ISO 3166-1 alpha-3 code such as KAZ)"));
        }

        void printJson(Object value) {
            try {
                out().println(JsonOut.MAPPER.writeValueAsString(value));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    // ---- the window ----

    @Command(name = "csto-atlas", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
            description = {"A desktop atlas of the Collective Security Treaty Organization.",
                "With no command, opens the atlas window; the commands run without a display."},
            footer = {"", "Exit codes: 0 done, 1 the dataset has problems, 2 the command line was wrong,",
                "3 the atlas failed unexpectedly, 4 a file could not be written, 5 no display for the window."})
    static final class Atlas extends Base {
        final CommandLine cli;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "the date the window opens on")
        LocalDate date;
        @Option(names = "--select", paramLabel = "ISO3|EVENT-ID", description = "a country (ISO3 code) or an event to select")
        String select;
        @Option(names = "--compare", paramLabel = "YYYY-MM-DD", description = "a second date to compare with")
        LocalDate compare;
        @Option(names = "--view", paramLabel = "FILE", description = "a saved view, or a lesson (opened on its first stop, ready to present)")
        Path view;
        /** A view file given alone, as a desktop passes a double-clicked one. */
        @Parameters(arity = "0..1", paramLabel = "FILE.cstoview", description = "a saved view or lesson to open, as --view does")
        String file;

        Atlas(CommandLine cli) {
            this.cli = cli;
        }

        @Override
        public Integer call() {
            if (file != null) {
                if (!SavedView.isViewFileName(file)) throw usage("unknown command '" + file + "'");
                if (view != null) throw usage("give the view file once: as --view or alone, not both");
                view = Path.of(file);
            }
            // A lesson opens as a lesson on its first stop, an old view file as a view.
            Lesson.Opening opened = new Lesson.Opening(null, null);
            if (view != null) {
                try {
                    opened = Lesson.open(view, AtlasState.initial(LocalDate.now(), Language.ofSystem()));
                } catch (SavedView.Unreadable e) {
                    throw usage("--view: " + e.getMessage());
                }
            }
            if (select != null && select.isBlank()) throw usage("--select needs an ISO3 code or an event id");
            return cli.open(new WindowOptions(day("--date", date), select, day("--compare", compare), opened.view(), opened.lesson()));
        }
    }

    // ---- status ----

    @Command(name = "status", mixinStandardHelpOptions = true, description = "Every country of an alliance's record with its status on a date and since when.")
    static final class Status extends Base implements Arguments.Printing {
        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "the date (required)")
        LocalDate date;
        @Option(names = "--alliance", paramLabel = "ID", defaultValue = "csto", description = "the alliance (default: csto; see the alliances command)")
        Alliance alliance;
        @Mixin
        Arguments.OutputFormat format;

        public List<Arguments.Form> forms() {
            return List.of(Arguments.Form.TABLE, Arguments.Form.CSV, Arguments.Form.JSON);
        }

        @Override
        public Integer call() throws DataProblems {
            LocalDate day = required("--date", date);
            TimeIndex subject = bundled();
            TimeIndex index = subject.forAlliance(alliance.id());
            List<StatusAt> rows = index.statusOn(day).all();
            switch (format.form()) {
                case CSV -> StatusTable.csvLines(index.statusOn(day)).forEach(out()::println);
                case JSON -> {
                    List<Map<String, Object>> list = new ArrayList<>();
                    for (StatusAt s : rows) {
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("iso_a3", s.country().iso());
                        m.put("name", s.country().name());
                        m.put("status", s.status().id());
                        m.put("body", s.body() == null ? null : s.body().id());
                        m.put("since", s.since() == null ? null : s.since().iso());
                        m.put("uncertain", s.uncertain());
                        list.add(m);
                    }
                    printJson(list);
                }
                default -> {
                    // The CSTO's heading stays as it always was; another alliance's is named.
                    out().println((alliance.subject() ? "" : alliance.shortName() + ": ") + "Status on " + day + " ("
                            + index.statusOn(day).count(org.cstoatlas.record.Status.MEMBER) + " members)");
                    Table t = new Table("ISO3", "Country", "Status", "Body", "Since");
                    for (StatusAt s : rows) {
                        t.row(s.country().iso(), s.country().name(), s.status().id() + (s.uncertain() ? " (uncertain)" : ""),
                                s.body() == null ? "" : s.body().id(), s.since() == null ? "" : s.since().iso());
                    }
                    t.print(out());
                }
            }
            return DONE;
        }
    }

    // ---- summary ----

    @Command(name = "summary", mixinStandardHelpOptions = true, description = "One sentence for a date: who belongs to the alliance and who stands otherwise, as the window says it under the date.")
    static final class Summary extends Base {
        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "the date (required)")
        LocalDate date;
        @Option(names = "--alliance", paramLabel = "ID", defaultValue = "csto", description = "the alliance (default: csto; see the alliances command)")
        Alliance alliance;
        @Option(names = "--language", paramLabel = "en|ru", defaultValue = "en", description = "the sentence's language (default: en)")
        String language;

        @Override
        public Integer call() throws DataProblems {
            LocalDate day = required("--date", date);
            Language words = Language.parse(choice("--language", language.toLowerCase(Locale.ROOT), List.of("en", "ru")));
            TimeIndex index = bundled();
            out().println(new org.cstoatlas.words.DateSummary(index, words).of(day, AllianceChoice.of(alliance.id())));
            return DONE;
        }
    }

    // ---- alliances ----

    @Command(name = "alliances", mixinStandardHelpOptions = true, description = "The alliances of the record: ids, names and bodies.")
    static final class Alliances extends Base implements Arguments.Printing {
        @Mixin
        Arguments.OutputFormat format;

        public List<Arguments.Form> forms() {
            return List.of(Arguments.Form.TABLE, Arguments.Form.JSON);
        }

        @Override
        public Integer call() throws DataProblems {
            AllianceRecord record = bundled().record();
            if (format.form() == Arguments.Form.JSON) {
                List<Map<String, Object>> list = new ArrayList<>();
                for (Alliance a : record.alliances()) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", a.id());
                    m.put("short", a.shortName());
                    m.put("name", a.name());
                    m.put("shortRu", a.shortNameRu());
                    m.put("nameRu", a.nameRu());
                    m.put("subject", a.subject());
                    m.put("statuses", a.statusList().stream().map(org.cstoatlas.record.Status::id).toList());
                    m.put("bodies", a.bodies().stream().map(b -> {
                        Map<String, Object> bm = new LinkedHashMap<>();
                        bm.put("id", b.id());
                        bm.put("title", b.title());
                        bm.put("precedence", b.precedence());
                        return bm;
                    }).toList());
                    list.add(m);
                }
                printJson(list);
                return DONE;
            }
            Table t = new Table("ID", "Short", "Name", "Statuses", "Bodies");
            for (Alliance a : record.alliances()) {
                t.row(a.id(), a.shortName(), a.name() + (a.subject() ? " (the atlas's subject)" : ""),
                        String.join(", ", a.statusList().stream().map(org.cstoatlas.record.Status::id).toList()),
                        String.join("; ", a.bodies().stream().map(Body::title).toList()));
            }
            t.print(out());
            return DONE;
        }
    }

    // ---- memberships ----

    @Command(name = "memberships", mixinStandardHelpOptions = true, description = "Every alliance a country belongs to on a date, with its status and since when.")
    static final class Memberships extends Base implements Arguments.Printing {
        @Option(names = "--country", paramLabel = "ISO3", description = "the country (required)")
        String iso;
        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "the date (required)")
        LocalDate date;
        @Mixin
        Arguments.OutputFormat format;

        public List<Arguments.Form> forms() {
            return List.of(Arguments.Form.TABLE, Arguments.Form.CSV, Arguments.Form.JSON);
        }

        @Override
        public Integer call() throws DataProblems {
            if (iso == null) throw usage("--country is required");
            LocalDate day = required("--date", date);
            TimeIndex index = bundled();
            Country country = country(index.record(), iso);
            List<Membership> rows = index.membershipsOn(country, day);
            switch (format.form()) {
                case CSV -> {
                    out().println("alliance,status,body,since");
                    for (Membership m : rows) {
                        out().println(StatusTable.line(m.alliance().id(), m.status().status().id(),
                                m.status().body() == null ? "" : m.status().body().id(), m.status().since() == null ? "" : m.status().since().iso()));
                    }
                }
                case JSON -> {
                    Map<String, Object> top = new LinkedHashMap<>();
                    top.put("iso_a3", country.iso());
                    top.put("name", country.name());
                    top.put("date", day.toString());
                    List<Map<String, Object>> list = new ArrayList<>();
                    for (Membership m : rows) {
                        StatusAt s = m.status();
                        Map<String, Object> mm = new LinkedHashMap<>();
                        mm.put("alliance", m.alliance().id());
                        mm.put("status", s.status().id());
                        mm.put("body", s.body() == null ? null : s.body().id());
                        mm.put("since", s.since() == null ? null : s.since().iso());
                        mm.put("uncertain", s.uncertain());
                        mm.put("evidence", s.period() == null ? List.of() : s.period().evidence().stream().map(CommandLine::evidenceJson).toList());
                        list.add(mm);
                    }
                    top.put("memberships", list);
                    printJson(top);
                }
                default -> {
                    out().println(country.name() + " (" + country.iso() + ") on " + day + ": "
                            + (rows.isEmpty() ? "in none of the record's alliances" : rows.size() + (rows.size() == 1 ? " alliance" : " alliances")));
                    if (!rows.isEmpty()) {
                        Table t = new Table("Alliance", "Status", "Body", "Since");
                        for (Membership m : rows) {
                            StatusAt s = m.status();
                            t.row(m.alliance().shortName(), s.status().id() + (s.uncertain() ? " (uncertain)" : ""),
                                    s.body() == null ? "" : s.body().id(), s.since() == null ? "" : s.since().iso());
                        }
                        t.print(out());
                    }
                }
            }
            return DONE;
        }
    }

    // ---- history ----

    @Command(name = "history", mixinStandardHelpOptions = true, description = "A country's status periods with their evidence.")
    static final class History extends Base implements Arguments.Printing {
        @Option(names = "--country", paramLabel = "ISO3", description = "the country (required)")
        String iso;
        @Mixin
        Arguments.OutputFormat format;

        public List<Arguments.Form> forms() {
            return List.of(Arguments.Form.TABLE, Arguments.Form.CSV, Arguments.Form.JSON);
        }

        @Override
        public Integer call() throws DataProblems {
            if (iso == null) throw usage("--country is required");
            TimeIndex index = bundled();
            Country country = country(index.record(), iso);
            List<StatusPeriod> periods = index.record().history(country);
            PrintStream out = out();
            switch (format.form()) {
                case CSV -> {
                    out.println("iso_a3,body,status,start,end,evidence");
                    for (StatusPeriod p : periods) {
                        out.println(StatusTable.line(country.iso(), p.body().id(), p.status().id(), p.start().iso(),
                                p.end() == null ? "" : p.end().iso(), Integer.toString(p.evidence().size())));
                    }
                }
                case JSON -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("iso_a3", country.iso());
                    m.put("name", country.name());
                    List<Map<String, Object>> list = new ArrayList<>();
                    for (StatusPeriod p : periods) {
                        Map<String, Object> pm = new LinkedHashMap<>();
                        pm.put("id", p.id());
                        pm.put("body", p.body().id());
                        pm.put("status", p.status().id());
                        pm.put("start", p.start().iso());
                        pm.put("end", p.end() == null ? null : p.end().iso());
                        pm.put("note", p.note());
                        pm.put("evidence", p.evidence().stream().map(CommandLine::evidenceJson).toList());
                        list.add(pm);
                    }
                    m.put("periods", list);
                    printJson(m);
                }
                default -> {
                    out.println(country.name() + " (" + country.iso() + ")");
                    for (StatusPeriod p : periods) {
                        out.println();
                        out.println(p.start().display() + " – " + (p.end() == null ? "now" : p.end().display()) + ": "
                                + p.status().label() + " of " + p.body().title());
                        if (p.note() != null) out.println("  Note: " + p.note());
                        for (Evidence e : p.evidence()) printEvidence(out, e);
                    }
                }
            }
            return DONE;
        }
    }

    private static void printEvidence(PrintStream out, Evidence e) {
        if (e instanceof Quote q) {
            out.println("  “" + q.text() + "”");
            out.println("      — " + q.source().citation());
        } else if (e instanceof Citation c) {
            out.println("  Reference: " + c.says());
            out.println("      — " + c.reference().citation() + " (confidence: " + c.reference().confidence().id() + ")");
        }
        if (e.note() != null) out.println("      Editor's note: " + e.note());
    }

    static Map<String, Object> evidenceJson(Evidence e) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (e instanceof Quote q) {
            m.putAll(quoteJson(q));
        } else if (e instanceof Citation c) {
            m.put("reference", c.reference().id());
            m.put("title", c.reference().title());
            m.put("publisher", c.reference().publisher());
            m.put("url", c.reference().url());
            m.put("confidence", c.reference().confidence().id());
            m.put("says", c.says());
        }
        if (e.note() != null) m.put("note", e.note());
        return m;
    }

    private static Map<String, Object> quoteJson(Quote q) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", q.source().id());
        m.put("quote", q.text());
        m.put("start", q.start());
        m.put("end", q.end());
        return m;
    }

    // ---- quotes ----

    @Command(name = "quotes", mixinStandardHelpOptions = true, description = "The verbatim quotes about a country or of an event, with source id and character offsets.")
    static final class Quotes extends Base implements Arguments.Printing {
        @Option(names = "--country", paramLabel = "ISO3", description = "the country")
        String iso;
        @Option(names = "--event", paramLabel = "ID", description = "the event")
        String eventId;
        @Mixin
        Arguments.OutputFormat format;

        public List<Arguments.Form> forms() {
            return List.of(Arguments.Form.TEXT, Arguments.Form.JSON);
        }

        @Override
        public Integer call() throws DataProblems {
            if ((iso == null) == (eventId == null)) throw usage("quotes needs exactly one of --country ISO3 or --event ID");
            AllianceRecord record = bundled().record();
            List<Quote> quotes;
            if (iso != null) {
                quotes = record.quotesAbout(country(record, iso));
            } else {
                // Any alliance's event (the Warsaw Pact's too), as the message says.
                Event event = record.allEvents().stream().filter(e -> e.id().equals(eventId)).findFirst()
                        .orElseThrow(() -> usage("no event '" + eventId + "' in the dataset"));
                quotes = record.quotesOf(event);
            }
            if (format.form() == Arguments.Form.JSON) {
                printJson(quotes.stream().map(CommandLine::quoteJson).toList());
            } else {
                for (Quote q : quotes) {
                    out().println("“" + q.text() + "”");
                    out().println("    — " + q.source().citation());
                }
                if (quotes.isEmpty()) out().println("(no quotes)");
            }
            return DONE;
        }
    }

    // ---- validate ----

    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = "Checks a dataset folder (default: the bundled one); every problem with file, line and field.")
    static final class Validate extends Base {
        @Parameters(arity = "0..1", paramLabel = "DATASET_DIR", description = "the dataset folder")
        String folder;

        @Override
        public Integer call() {
            Path dir = folder == null ? Bundled.dataset() : Path.of(folder);
            LoadResult r = Bundled.loader().load(dir);
            if (r.ok()) {
                AllianceRecord rec = r.record();
                out().println("valid: " + count(rec.alliances().size(), "alliance") + ", " + count(rec.allCountries().size(), "country") + ", "
                        + count(rec.allPeriods().size(), "period") + ", " + count(rec.allEvents().size(), "event") + ", "
                        + count(rec.deployments().size(), "deployment") + ", " + count(rec.forces().size(), "force") + ", "
                        + count(rec.exercises().size(), "exercise") + ", " + count(rec.bases().size(), "base") + ", "
                        + count(rec.allDisagreements().size(), "disagreement") + ", " + count(rec.allQuotes().size(), "quote") + " from "
                        + count(rec.sources().size(), "source") + ", " + count(rec.references().size(), "reference"));
                return DONE;
            }
            for (Problem p : r.problems()) out().println(p);
            // Past the limit the list ends with "and N more problems": its own line is not a problem to count.
            out().println(r.unlisted() > 0
                    ? String.format(Locale.ROOT, "more than %,d problems in %s (the first %,d are listed)", DatasetLoader.MAX_PROBLEMS, dir, DatasetLoader.MAX_PROBLEMS)
                    : r.problems().size() + (r.problems().size() == 1 ? " problem" : " problems") + " in " + dir);
            // Running out of memory or failing inside is the atlas's failure, not the dataset's problem.
            boolean failed = r.problems().stream().anyMatch(p -> p.message().startsWith(org.cstoatlas.dataset.DatasetLoader.OUT_OF_MEMORY)
                    || p.message().startsWith(org.cstoatlas.dataset.DatasetLoader.INTERNAL_ERROR));
            return failed ? FAILED : DATA_PROBLEMS;
        }
    }

    // ---- the window, off-screen ----

    @Command(name = "snapshot", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Renders the atlas window off-screen (no display needed) and writes it as a PNG.")
    static final class SnapshotCommand extends Base {
        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "the date (required)")
        LocalDate date;
        @Option(names = "--select", paramLabel = "ISO3|KIND:ID", description = "a country to select (ISO3), or event:ID, deployment:ID, force:ID, exercise:ID, base:ID")
        String select;
        @Option(names = "--compare", paramLabel = "YYYY-MM-DD", description = "a second date to compare with")
        LocalDate compare;
        @Option(names = "--alliance", paramLabel = "ID", defaultValue = "csto", description = "the alliance the map shows (default: csto)")
        Alliance alliance;
        @Option(names = "--with", paramLabel = "ID", description = "a second alliance, compared country by country with the first")
        Alliance with;
        @Option(names = "--width", paramLabel = "W", defaultValue = "1280", converter = Arguments.Pixels.class, description = "the window's width in pixels (default: 1280)")
        int width;
        @Option(names = "--height", paramLabel = "H", defaultValue = "800", converter = Arguments.Pixels.class, description = "the window's height in pixels (default: 800)")
        int height;
        @Option(names = "--theme", paramLabel = "light|dark|high-contrast", defaultValue = "light", description = "the look (default: light)")
        String theme;
        @Option(names = "--text-size", paramLabel = "100..200", defaultValue = "100", converter = Arguments.TextPercent.class, description = "text size in per cent (default: 100)")
        int textSize;
        @Option(names = "--language", paramLabel = "en|ru", defaultValue = "en", description = "the interface's language (default: en, so a snapshot is the same on every machine)")
        String language;
        @Option(names = "--presenting", description = "the window in presentation mode")
        boolean presenting;
        @Option(names = "--lesson", paramLabel = "FILE", description = "a lesson file: one PNG per stop, written to the folder --out names")
        Path lesson;
        @Option(names = "--out", paramLabel = "FILE.png|DIR", description = "where to write the PNG, or the folder for a lesson's PNGs (required)")
        Path out;

        /** "KAZ" a country; "deployment:kz-2022" (or event:, force:, country:) anything else the record holds. */
        private SelectionRef selection(String select) {
            if (select == null) return null;
            int colon = select.indexOf(':');
            if (colon < 0) return new SelectionRef(SelectionRef.Kind.COUNTRY, select.toUpperCase(Locale.ROOT));
            SelectionRef.Kind kind = word("--select", select.substring(0, colon), SelectionRef.Kind::of);
            String id = select.substring(colon + 1);
            if (id.isBlank()) throw usage("--select needs an id after '" + select.substring(0, colon + 1) + "'");
            return new SelectionRef(kind, kind == SelectionRef.Kind.COUNTRY ? id.toUpperCase(Locale.ROOT) : id);
        }

        @Override
        public Integer call() throws Exception {
            if (lesson != null) return lessonCall();
            LocalDate day = required("--date", date);
            int w = width, h = height;
            fitsInMemory(w, h);
            AtlasState look = look();
            if (out == null) throw usage("--out is required");
            if (!out.toString().toLowerCase(Locale.ROOT).endsWith(".png")) throw usage("--out must name a .png file, not '" + out + "'");
            Path file = out;
            if (Files.isDirectory(file)) throw usage("--out names a folder, not a file: '" + out + "'");
            AtlasState state = look.withDate(day)
                    .withSelection(selection(select))
                    .withCompareDate(date("--compare", compare)).withAlliances(alliances());
            try {
                cli().desktop.snapshot(state, w, h, presenting, file);
            } catch (Desktop.Refused e) {
                throw usage(e.getMessage());
            } catch (java.io.IOException e) {
                cli().err.println("error: the snapshot could not be written to " + out + ": " + said(e));
                return NOT_WRITTEN;
            }
            out().println(w + "×" + h + " snapshot of " + day + " written to " + out);
            return DONE;
        }

        /** The look both kinds of snapshot share: the theme, the text size and the language, over today's state. */
        private AtlasState look() {
            Theme look = word("--theme", theme, Theme::of);
            int percent = textSize;
            Language lang = word("--language", language, Language::parse);
            return AtlasState.initial(LocalDate.now(), lang).withTheme(look).withTextScale(percent / 100.0);
        }

        /** One PNG per stop of the lesson, for handouts: stop-01.png, stop-02.png, ... in the folder --out. */
        private Integer lessonCall() throws Exception {
            if (date != null || select != null || compare != null) throw usage("--lesson gives the dates and selections: leave out --date, --select and --compare");
            int w = width, h = height;
            fitsInMemory(w, h);
            AtlasState base = look();
            if (out == null) throw usage("--out is required (the folder for the lesson's PNGs)");
            Path dir = out;
            if (Files.isRegularFile(dir)) throw usage("--out names a file; with --lesson it names a folder: '" + out + "'");
            Lesson read;
            try {
                read = Lesson.read(lesson, base);
            } catch (SavedView.Unreadable e) {
                throw usage("--lesson: " + e.getMessage());
            }
            if (read.size() == 0) throw usage("--lesson: " + lesson.getFileName() + " has no stops: nothing to write");
            List<Path> written;
            try {
                written = cli().desktop.snapshotLesson(read, w, h, presenting, dir);
            } catch (Desktop.Refused e) {
                throw usage(e.getMessage());
            } catch (java.io.IOException e) {
                cli().err.println("error: the lesson's snapshots could not be written to " + out + " (none was written): " + said(e));
                return NOT_WRITTEN;
            }
            out().println(written.size() + (written.size() == 1 ? " stop" : " stops") + " written to " + out + " (" + w + "×" + h + ")");
            return DONE;
        }

        /** The alliances named, checked against the bundled record's before any window is built. */
        private AllianceChoice alliances() throws DataProblems {
            bundled();
            Alliance first = alliance, second = with;
            if (second != null && second.equals(first)) throw usage("--with must name another alliance than --alliance (" + first.id() + ")");
            return new AllianceChoice(first.id(), second == null ? null : second.id());
        }

        private <T> T word(String option, String value, java.util.function.Function<String, T> of) {
            try {
                return of.apply(value);
            } catch (IllegalArgumentException e) {
                throw usage(option + ": " + e.getMessage());
            }
        }
    }

    @Command(name = "animate", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Films the map through a range of dates as an animated GIF for slides (no display needed):",
                "one frame per day, month or year, or one per event (held, with its title and date).",
                "Each frame is the exported map picture: title, date, legend and source credits."})
    static final class AnimateCommand extends Base {
        @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "the first frame's date (required)")
        LocalDate from;
        @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "the last frame's date (required)")
        LocalDate to;
        @Option(names = "--step", paramLabel = "day|month|year|event", description = "from one frame to the next (required)")
        String step;
        @Option(names = "--alliance", paramLabel = "ID", defaultValue = "csto",
                description = "the alliance shown (default: csto; see the alliances command)")
        Alliance alliance;
        @Option(names = "--width", paramLabel = "W", defaultValue = "1280", converter = Arguments.FramePixels.class, description = "frame width in pixels (default: 1280)")
        int width;
        @Option(names = "--height", paramLabel = "H", defaultValue = "720", converter = Arguments.FramePixels.class, description = "frame height in pixels (default: 720)")
        int height;
        @Option(names = "--frame-ms", paramLabel = "N", converter = Arguments.FrameMillis.class, description = "how long each frame shows, in ms (default: 500; 2500 event by event)")
        Integer frameMs;
        @Option(names = "--theme", paramLabel = "light|dark|high-contrast", defaultValue = "light", description = "the look (default: light)")
        String theme;
        @Option(names = "--language", paramLabel = "en|ru", defaultValue = "en", description = "the titles' language (default: en)")
        String language;
        @Option(names = "--out", paramLabel = "FILE.gif", description = "where to write the GIF (required)")
        Path out;

        @Override
        public Integer call() throws Exception {
            LocalDate first = required("--from", from);
            LocalDate last = required("--to", to);
            if (last.isBefore(first)) throw usage("--to (" + last + ") is before --from (" + first + ")");
            if (step == null) throw usage("--step is required (day, month, year or event)");
            Animation.Step by;
            try {
                by = Animation.Step.of(step);
            } catch (IllegalArgumentException e) {
                throw usage("--step: " + e.getMessage());
            }
            bundled();
            int w = width, h = height;
            fitsInMemory(w, h);
            int ms = frameMs == null ? by.defaultFrameMs() : frameMs;
            Theme look;
            Language lang;
            try {
                look = Theme.of(theme);
                lang = Language.of(language);
            } catch (IllegalArgumentException e) {
                throw usage(e.getMessage());
            }
            if (out == null) throw usage("--out is required");
            if (!out.toString().toLowerCase(Locale.ROOT).endsWith(".gif")) throw usage("--out must name a .gif file, not '" + out + "'");
            Path file = out;
            if (Files.isDirectory(file)) throw usage("--out names a folder, not a file: '" + out + "'");
            Animation animation = new Animation(first, last, by, ms, w, h, Animation.Form.GIF);
            AtlasState base = AtlasState.initial(LocalDate.now(), lang).withTheme(look).withAlliances(AllianceChoice.of(alliance.id()));
            int frames;
            try {
                frames = cli().desktop.animate(animation, base, file);
            } catch (Desktop.Refused e) {
                throw usage(e.getMessage());
            } catch (java.io.IOException e) {
                cli().err.println("error: the animation could not be written to " + out + ": " + said(e));
                return NOT_WRITTEN;
            }
            out().println(frames + " frames of " + w + "×" + h + ", " + ms + " ms each, from " + first + " to " + last + " written to " + out);
            return DONE;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Writes the atlas for students and classes (no display needed):",
                "html: one offline web page (map, timeline, every country's story with its quotes; with --lesson, its stops);",
                "pdf: a lesson's handout (a page per stop: map, note, quotes and sources); pptx: its slides (quotes in the speaker notes)."})
    static final class ExportCommand extends Base implements Arguments.Printing {
        /** What to write (required): html, pdf or pptx (these two need --lesson). */
        @Mixin
        Arguments.OutputFormat written;
        @Option(names = "--lesson", paramLabel = "FILE", description = "a lesson file: the page opens on its stops")
        Path lesson;
        @Option(names = "--language", paramLabel = "en|ru", defaultValue = "en", description = "the language it opens in (default: en; the web page holds both)")
        String language;
        @Option(names = "--out", paramLabel = "FILE", description = "where to write (required)")
        Path out;
        private String format;

        public List<Arguments.Form> forms() {
            return List.of(Arguments.Form.HTML, Arguments.Form.PDF, Arguments.Form.PPTX);
        }

        public String formatHelp() {
            return "what to write (required): html, pdf or pptx (these two need --lesson)";
        }

        @Override
        public Integer call() throws Exception {
            if (written.form == null) throw usage("--format is required (html, pdf or pptx)");
            format = written.form.id();
            if (!format.equals("html") && lesson == null) throw usage("--format " + format + " needs --lesson FILE (a handout or slides are of a lesson)");
            Language lang;
            try {
                lang = Language.parse(language);
            } catch (IllegalArgumentException e) {
                throw usage("--language: " + e.getMessage());
            }
            if (out == null) throw usage("--out is required");
            if (!out.toString().toLowerCase(Locale.ROOT).endsWith("." + format)) throw usage("--out must name a ." + format + " file, not '" + out + "'");
            Path file = out;
            if (Files.isDirectory(file)) throw usage("--out names a folder, not a file: '" + out + "'");
            Lesson read = null;
            if (lesson != null) {
                try {
                    read = Lesson.read(lesson, AtlasState.initial(LocalDate.now(), lang));
                } catch (SavedView.Unreadable e) {
                    throw usage("--lesson: " + e.getMessage());
                }
            }
            TimeIndex index = bundled();
            if (!format.equals("html")) return printed(read, index, lang, file);
            long bytes;
            try {
                bytes = org.cstoatlas.share.WebAtlas.bundled(index, index.record().firstDay(), LocalDate.now()).write(read, lang, file, p -> { }, () -> false);
            } catch (java.io.IOException e) {
                cli().err.println("error: the web page could not be written to " + out + ": " + e.getMessage());
                return NOT_WRITTEN;
            } catch (org.cstoatlas.share.WebAtlas.Cancelled e) {
                return NOT_WRITTEN;
            }
            out().println("web page of " + (bytes + 1023) / 1024 + " KB" + (read == null ? "" : " with " + count(read.size(), "stop")) + " written to " + out);
            return DONE;
        }

        /** The handout or the slides: the stops' maps from the off-screen snapshot, then the document around them. */
        private Integer printed(Lesson read, TimeIndex index, Language lang, Path file) throws Exception {
            // POI's and PDFBox's logging goes through Log4j's API, which without a provider says so on every run.
            if (System.getProperty("log4j2.loggerContextFactory") == null) {
                System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
            }
            Path pictures = null;
            try {
                pictures = Files.createTempDirectory("csto-atlas-stops");
                List<Path> shots = cli().desktop.snapshotLesson(read, 1280, 800, false, pictures);
                org.cstoatlas.share.PrintedLesson printed = org.cstoatlas.share.PrintedLesson.of(read, index, lang, shots);
                int n = format.equals("pdf") ? org.cstoatlas.share.Handout.write(printed, file) : org.cstoatlas.share.Slides.write(printed, file);
                out().println((format.equals("pdf") ? "handout of " + count(n, "page") : count(n, "slide")) + " (" + (Files.size(file) + 1023) / 1024
                        + " KB) written to " + out);
                return DONE;
            } catch (Desktop.Refused e) {
                throw usage(e.getMessage());
            } catch (java.io.IOException e) {
                cli().err.println("error: the " + format + " could not be written to " + out + ": " + said(e));
                return NOT_WRITTEN;
            } finally {
                if (pictures != null) {
                    try (java.util.stream.Stream<Path> files = Files.list(pictures)) {
                        for (Path f : files.toList()) Files.deleteIfExists(f);
                        Files.deleteIfExists(pictures);
                    } catch (java.io.IOException e) {
                        // a leftover in the temporary folder harms nobody
                    }
                }
            }
        }
    }

    @Command(name = "bench", mixinStandardHelpOptions = true,
            description = "Measures start-up, scrubbing and panning on the real window off-screen; one figure a line.")
    static final class BenchCommand extends Base {
        @Option(names = "--step", paramLabel = "DAYS", defaultValue = "1", converter = Arguments.StepDays.class, description = "days per scrubbed frame (default: 1)")
        int step;
        @Option(names = "--startup", description = "only the start-up figures, to measure them many times")
        boolean startupOnly;

        @Override
        public Integer call() {
            return cli().bench(step, startupOnly);
        }
    }

    /** What rendering the window off-screen holds per pixel, and beside the pixels (measured at 4096 × 4096: 537 MB live). */
    static final int BYTES_PER_PIXEL = 32;
    static final int BASE_MB = 64;

    /** The memory a picture of that size needs. */
    static long memoryFor(int width, int height) {
        return ((long) BASE_MB << 20) + (long) BYTES_PER_PIXEL * width * height;
    }

    /** An exception's message for a reader: some say nothing (a null message), then their kind is told. */
    static String said(Exception e) {
        if (e instanceof java.io.IOException io) return org.cstoatlas.files.BoundedRead.reason(io);
        Throwable t = e instanceof java.util.concurrent.ExecutionException && e.getCause() != null ? e.getCause() : e;
        if (t instanceof OutOfMemoryError) return "the atlas ran out of memory";
        return t.getMessage() == null || t.getMessage().isBlank() ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** "1 deployment", "4 forces", "64 countries". */
    static String count(int n, String word) {
        if (n == 1) return "1 " + word;
        return n + " " + (word.endsWith("y") ? word.substring(0, word.length() - 1) + "ies" : word + "s");
    }
}

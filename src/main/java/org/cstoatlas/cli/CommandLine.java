package org.cstoatlas.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cstoatlas.Bundled;
import org.cstoatlas.dataset.LoadResult;
import org.cstoatlas.dataset.Problem;
import org.cstoatlas.record.AllianceRecord;
import org.cstoatlas.record.Citation;
import org.cstoatlas.record.Country;
import org.cstoatlas.record.Event;
import org.cstoatlas.record.Evidence;
import org.cstoatlas.record.Quote;
import org.cstoatlas.record.StatusPeriod;
import org.cstoatlas.record.time.StatusAt;
import org.cstoatlas.record.time.StatusTable;
import org.cstoatlas.record.time.TimeIndex;

/**
 * The headless commands: status, history, quotes, validate. Each returns the process's exit code:
 * 0 done, 1 the data has problems, 2 the command line was wrong. Never a stack trace.
 */
public final class CommandLine {

    static final String USAGE = String.join(System.lineSeparator(),
            "Usage: csto-atlas [COMMAND] [OPTIONS]",
            "",
            "With no command, opens the atlas window:",
            "  [--date YYYY-MM-DD] [--select ISO3|EVENT-ID] [--compare YYYY-MM-DD] [--view FILE.json]",
            "",
            "Commands:",
            "  status --date YYYY-MM-DD [--format table|csv|json]",
            "      every country of the record with its status on that date and since when",
            "  history --country ISO3 [--format table|csv|json]",
            "      a country's status periods with their evidence",
            "  quotes (--country ISO3 | --event ID) [--format text|json]",
            "      the verbatim quotes, with source id and character offsets",
            "  validate [DATASET_DIR]",
            "      check a dataset folder (default: the bundled one); every problem with file, line and field",
            "  snapshot --date YYYY-MM-DD [--select ISO3] [--width W --height H] [--theme light|dark|high-contrast]",
            "           [--text-size 100..200] [--compare YYYY-MM-DD] [--language en|ru] --out FILE.png",
            "      render the atlas window off-screen (no display needed) and write it as a PNG",
            "  bench [--step DAYS]",
            "      measure start-up, scrubbing and panning on the real window off-screen; one figure a line",
            "  help",
            "      this text");

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final PrintStream out;
    private final PrintStream err;

    public CommandLine(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** True when the arguments name a headless command rather than options for the window. */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && !args[0].startsWith("--");
    }

    public int run(String... args) {
        if (args.length == 0) {
            err.println(USAGE);
            return 2;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            return switch (args[0]) {
                case "status" -> status(new Options(rest, Set.of("date", "format"), 0));
                case "history" -> history(new Options(rest, Set.of("country", "format"), 0));
                case "quotes" -> quotes(new Options(rest, Set.of("country", "event", "format"), 0));
                case "validate" -> validate(new Options(rest, Set.of(), 1));
                case "snapshot" -> snapshot(new Options(rest, Set.of("date", "select", "compare", "width", "height", "theme", "text-size", "language", "out"), 0));
                case "bench" -> bench(new Options(rest, Set.of("step"), 0));
                case "help", "--help", "-h" -> {
                    out.println(USAGE);
                    yield 0;
                }
                default -> throw new UsageException("unknown command '" + args[0] + "'");
            };
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.println();
            err.println(USAGE);
            return 2;
        } catch (DataProblems e) {
            return 1;
        } catch (RuntimeException e) {
            // A defect of the atlas, not of the user's input: say so plainly, without a trace.
            err.println("error: the atlas failed unexpectedly (" + e + "). Please report this.");
            return 3;
        }
    }

    /** The bundled dataset had problems; they have been printed. */
    private static final class DataProblems extends Exception {
        private static final long serialVersionUID = 1L;

        DataProblems() {
            super(null, null, false, false);
        }
    }

    private TimeIndex bundled() throws DataProblems {
        LoadResult r = Bundled.loadDataset();
        if (!r.ok()) {
            err.println("error: the bundled dataset has problems:");
            r.problems().forEach(p -> err.println("  " + p));
            throw new DataProblems();
        }
        return new TimeIndex(r.record());
    }

    // ---- status ----

    private int status(Options o) throws UsageException, DataProblems {
        LocalDate date = Options.parseDate("--date", o.require("date"));
        String format = o.choice("format", "table", List.of("table", "csv", "json"));
        TimeIndex index = bundled();
        List<StatusAt> rows = index.statusOn(date).all();
        switch (format) {
            case "csv" -> StatusTable.csvLines(index.statusOn(date)).forEach(out::println);
            case "json" -> {
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
                out.println("Status on " + date + " (" + index.statusOn(date).count(org.cstoatlas.record.Status.MEMBER) + " members)");
                Table t = new Table("ISO3", "Country", "Status", "Body", "Since");
                for (StatusAt s : rows) {
                    t.row(s.country().iso(), s.country().name(), s.status().id() + (s.uncertain() ? " (uncertain)" : ""),
                            s.body() == null ? "" : s.body().id(), s.since() == null ? "" : s.since().iso());
                }
                t.print(out);
            }
        }
        return 0;
    }

    // ---- history ----

    private int history(Options o) throws UsageException, DataProblems {
        String iso = o.require("country");
        String format = o.choice("format", "table", List.of("table", "csv", "json"));
        TimeIndex index = bundled();
        Country country = country(index.record(), iso);
        List<StatusPeriod> periods = index.record().history(country);
        switch (format) {
            case "csv" -> {
                out.println("iso_a3,body,status,start,end,evidence");
                for (StatusPeriod p : periods) {
                    out.println(String.join(",", country.iso(), p.body().id(), p.status().id(), p.start().iso(),
                            p.end() == null ? "" : p.end().iso(), Integer.toString(p.evidence().size())));
                }
            }
            case "json" -> {
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
                    for (Evidence e : p.evidence()) printEvidence(e);
                }
            }
        }
        return 0;
    }

    private void printEvidence(Evidence e) {
        if (e instanceof Quote q) {
            out.println("  “" + q.text() + "”");
            out.println("      — " + q.source().citation() + " [" + q.source().id() + ", chars " + q.start() + "–" + q.end() + "]");
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

    private int quotes(Options o) throws UsageException, DataProblems {
        String iso = o.get("country");
        String eventId = o.get("event");
        if ((iso == null) == (eventId == null)) throw new UsageException("quotes needs exactly one of --country ISO3 or --event ID");
        String format = o.choice("format", "text", List.of("text", "json"));
        AllianceRecord record = bundled().record();
        List<Quote> quotes;
        if (iso != null) {
            quotes = record.quotesAbout(country(record, iso));
        } else {
            Event event = record.event(eventId).orElseThrow(() -> new UsageException("no event '" + eventId + "' in the dataset"));
            quotes = record.quotesOf(event);
        }
        if (format.equals("json")) {
            printJson(quotes.stream().map(CommandLine::quoteJson).toList());
        } else {
            for (Quote q : quotes) {
                out.println("“" + q.text() + "”");
                out.println("    — " + q.source().id() + ", chars " + q.start() + "–" + q.end() + ": " + q.source().citation());
            }
            if (quotes.isEmpty()) out.println("(no quotes)");
        }
        return 0;
    }

    private static Country country(AllianceRecord record, String iso) throws UsageException {
        return record.country(iso.toUpperCase(java.util.Locale.ROOT))
                .orElseThrow(() -> new UsageException("no country '" + iso + "' in the dataset (use an ISO 3166-1 alpha-3 code such as KAZ)"));
    }

    // ---- validate ----

    private int validate(Options o) {
        Path folder = o.plain().isEmpty() ? Bundled.dataset() : Path.of(o.plain().get(0));
        LoadResult r = Bundled.loader().load(folder);
        if (r.ok()) {
            AllianceRecord rec = r.record();
            int quotes = rec.allQuotes().size();
            out.println("valid: " + rec.countries().size() + " countries, " + rec.periods().size() + " periods, "
                    + rec.events().size() + " events, " + rec.deployments().size() + " deployments, " + rec.forces().size()
                    + " forces, " + rec.disagreements().size() + " disagreements, " + quotes + " quotes from "
                    + rec.sources().size() + " sources, " + rec.references().size() + " references");
            return 0;
        }
        for (Problem p : r.problems()) out.println(p);
        out.println(r.problems().size() + (r.problems().size() == 1 ? " problem" : " problems") + " in " + folder);
        return 1;
    }

    // ---- the window, off-screen ----

    private int snapshot(Options o) throws UsageException {
        LocalDate date = Options.parseDate("--date", o.require("date"));
        String select = o.get("select");
        int width = o.positiveInt("width", 1280, 4096);
        int height = o.positiveInt("height", 800, 4096);
        String theme = o.choice("theme", "light", List.of("light", "dark", "high-contrast"));
        int textSize = o.positiveInt("text-size", 100, 200);
        if (textSize < 100) throw new UsageException("--text-size must be from 100 to 200 (per cent), not " + textSize);
        // The interface's language, English unless asked: a snapshot is the same on every machine.
        String language = o.choice("language", "en", List.of("en", "ru"));
        String out = o.require("out");
        if (!out.toLowerCase(java.util.Locale.ROOT).endsWith(".png")) throw new UsageException("--out must name a .png file, not '" + out + "'");
        try {
            org.cstoatlas.ui.Snapshot.write(new org.cstoatlas.ui.Snapshot.Request(date, select == null ? null : select.toUpperCase(java.util.Locale.ROOT),
                    o.date("compare"), width, height, theme, textSize / 100.0, language), Path.of(out));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        } catch (Exception e) {
            err.println("error: the snapshot could not be written to " + out + ": " + e.getMessage());
            return 1;
        }
        this.out.println(width + "×" + height + " snapshot of " + date + " written to " + out);
        return 0;
    }

    private int bench(Options o) throws UsageException {
        int step = o.positiveInt("step", 1, 3650);
        try {
            org.cstoatlas.ui.Bench.run(out, step);
        } catch (Exception e) {
            err.println("error: the benchmark failed: " + e);
            return 1;
        }
        return 0;
    }

    private void printJson(Object value) {
        try {
            out.println(JSON.writeValueAsString(value));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

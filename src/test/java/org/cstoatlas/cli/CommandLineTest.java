package org.cstoatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.nio.file.Path;
import org.cstoatlas.Bundled;
import org.cstoatlas.TestDatasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands as a user runs them: arguments in, text and an exit code out. */
class CommandLineTest {

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void statusAsCsvHasTheAskedColumnsAndOneRowPerCountry() {
        Run r = run("status", "--date", "2008-06-01", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().strip().split("\\R");
        assertEquals("iso_a3,name,status,since", lines[0]);
        assertTrue(r.out().contains("\nUZB,Uzbekistan,member,2006-08-16\n"), r.out());
        assertTrue(r.out().contains("\nAZE,Azerbaijan,former,1999-04-20\n"), r.out());
        assertTrue(r.out().contains("\nUKR,Ukraine,none,\n"), r.out());
        assertEquals(Bundled.loadDataset().record().countries().size() + 1, lines.length);
    }

    @Test
    void statusAsJsonSaysWhenADateIsUncertain() throws Exception {
        Run r = run("status", "--date", "2013-06-01", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode rows = new ObjectMapper().readTree(r.out());
        JsonNode srb = null;
        for (JsonNode n : rows) if (n.get("iso_a3").asText().equals("SRB")) srb = n;
        assertEquals("observer", srb.get("status").asText());
        assertEquals("2013", srb.get("since").asText());
        assertTrue(srb.get("uncertain").asBoolean());
    }

    @Test
    void statusAsATableIsReadable() {
        Run r = run("status", "--date", "2013-06-01");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("Status on 2013-06-01 (6 members)"), r.out());
        assertTrue(r.out().contains("UZB   Uzbekistan   suspended"), r.out());
    }

    @Test
    void anImpossibleDateIsAUsageErrorNotATrace() {
        Run r = run("status", "--date", "2021-02-30");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("error: --date: '2021-02-30' is not a valid date (expected YYYY-MM-DD"), r.err());
        assertTrue(r.err().contains("Usage: csto-atlas"));
        assertFalse(r.err().contains("Exception"));
        assertEquals("", r.out());
    }

    @Test
    void badArgumentsGetAUsageMessage() {
        assertEquals(2, run("status").code());
        assertTrue(run("status").err().startsWith("error: --date is required"));
        assertEquals(2, run("status", "--date", "2000-01-01", "--format", "xml").code());
        assertEquals(2, run("frobnicate").code());
        assertTrue(run("frobnicate").err().startsWith("error: unknown command 'frobnicate'"));
        assertEquals(2, run("history", "--country", "XYZ").code());
        assertTrue(run("history", "--country", "XYZ").err().startsWith("error: no country 'XYZ' in the dataset"));
        assertEquals(2, run("quotes").code());
        assertEquals(2, run("quotes", "--country", "KAZ", "--event", "x").code());
        assertEquals(2, run("status", "--date").code());
        assertEquals(2, run("status", "--date", "2000-01-01", "--date", "2001-01-01").code());
    }

    @Test
    void historyShowsPeriodsWithTheirEvidence() {
        Run r = run("history", "--country", "UZB");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Uzbekistan (UZB)"));
        assertTrue(r.out().contains("16 August 2006 – 28 June 2012: member of the Collective Security Treaty Organization (2002)"), r.out());
        assertTrue(r.out().contains("“Uzbekistan, which had joined in 2006”"), r.out());
        Run csv = run("history", "--country", "uzb", "--format", "csv");
        assertTrue(csv.out().startsWith("iso_a3,body,status,start,end,evidence\nUZB,treaty,member,1992-05-15,1999-04-20,"), csv.out());
    }

    @Test
    void quotesAsJsonCarrySourceAndOffsetsThatPointAtTheQuote() throws Exception {
        Run r = run("quotes", "--country", "KAZ", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode list = new ObjectMapper().readTree(r.out());
        assertTrue(list.size() > 3);
        var record = Bundled.loadDataset().record();
        for (JsonNode q : list) {
            assertEquals(4, q.size(), "source, quote, start, end");
            String text = record.source(q.get("source").asText()).orElseThrow().text();
            String passage = text.substring(q.get("start").asInt(), q.get("end").asInt());
            assertEquals(q.get("quote").asText().replaceAll("\\s+", " "), passage.replaceAll("\\s+", " "));
        }
    }

    @Test
    void quotesOfAnEvent() {
        Run r = run("quotes", "--event", "kz-2022-request");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("“"), r.out());
        assertEquals(2, run("quotes", "--event", "no-such-event").code());
    }

    /** export writes the web page where it is told and says so; a handout or slides without a lesson, or a wrong name, is a usage error. */
    @Test
    void exportWritesTheWebPageAndRefusesWhatItCannotDo(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("atlas.html");
        Run r = run("export", "--format", "html", "--language", "ru", "--out", page.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("written to " + page), r.out());
        assertTrue(java.nio.file.Files.readString(page).contains("<html lang=\"ru\">"));
        Run noLesson = run("export", "--format", "pdf", "--out", dir.resolve("h.pdf").toString());
        assertEquals(2, noLesson.code());
        assertTrue(noLesson.err().contains("--format pdf needs --lesson"), noLesson.err());
        assertEquals(2, run("export", "--format", "docx", "--out", dir.resolve("a.docx").toString()).code());
        assertEquals(2, run("export", "--format", "html", "--out", dir.resolve("a.pdf").toString()).code());
        assertEquals(2, run("export", "--format", "html", "--language", "de", "--out", page.toString()).code());
        assertEquals(2, run("export", "--format", "html", "--lesson", dir.resolve("missing.cstolesson").toString(), "--out", page.toString()).code());
        assertTrue(r.err().isEmpty(), r.err());
    }

    @Test
    void validateSummarisesAValidDataset() {
        Run r = run("validate");
        assertEquals(0, r.code(), r.out());
        assertTrue(r.out().startsWith("valid: "), r.out());
        assertEquals(1, r.out().strip().lines().count(), "one line");
        // Every part of the record is counted, in plain English: the exercises and bases too (as the loaded record has them).
        var record = org.cstoatlas.Bundled.loadDataset().record();
        assertTrue(r.out().contains(" " + record.exercises().size() + " exercises, " + record.bases().size() + " bases, "), r.out());
        assertTrue(r.out().contains(" " + record.allCountries().size() + " countries, "), r.out());
        assertTrue(r.out().contains(" 1 deployment, "), r.out());
    }

    @Test
    void validateListsEveryProblemOfABrokenDataset(@TempDir Path dir) throws Exception {
        TestDatasets.copy(TestDatasets.folder("minimal"), dir);
        TestDatasets.copy(TestDatasets.folder("broken/invalid-date"), dir);
        TestDatasets.copy(TestDatasets.folder("broken/unknown-reference"), dir);
        java.nio.file.Files.delete(dir.resolve("expected.txt"));
        Run r = run("validate", dir.toString());
        assertEquals(1, r.code());
        assertEquals("events.json:7:30: events[2].date: '2021-02-30' is not a calendar date\n"
                + "forces.json:17:33: forces[0].evidence[0].reference: unknown reference 'ref-z'\n"
                + "2 problems in " + dir + "\n", r.out().replace("\r\n", "\n"));
    }

    @Test
    void everyCommandPrintsItsUsageWithHelpAndTheAtlasItsVersion() {
        for (String command : List.of("status", "history", "quotes", "validate", "snapshot", "bench")) {
            Run r = run(command, "--help");
            assertEquals(0, r.code(), command + ": " + r.err());
            assertTrue(r.out().startsWith("Usage: csto-atlas " + command), r.out());
        }
        Run top = run("--help");
        assertEquals(0, top.code());
        assertTrue(top.out().contains("Exit codes: 0 done, 1 the dataset has problems, 2 the command line was wrong"), top.out());
        Run v = run("--version");
        assertEquals(0, v.code());
        assertTrue(v.out().startsWith("CSTO Atlas "), v.out());
    }

    @Test
    void theTopHelpListsEveryCommandAndHelpExplainsOne() {
        Run top = run("--help");
        for (String command : List.of("status", "summary", "alliances", "memberships", "history", "quotes", "validate", "snapshot",
                "animate", "export", "bench", "help")) {
            assertTrue(top.out().contains("\n  " + command + " "), command + " listed: " + top.out());
        }
        Run help = run("help", "quotes");
        assertEquals(0, help.code(), help.err());
        assertTrue(help.out().startsWith("Usage: csto-atlas quotes"), help.out());
        Run unknown = run("statuses");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().startsWith("error: unknown command 'statuses'"), unknown.err());
        assertTrue(unknown.err().contains("  memberships "), "the usage lists the commands: " + unknown.err());
    }

    @Test
    void noArgumentsOpenTheWindowOnNothingAskedOrSayThereIsNoDisplay() {
        List<org.cstoatlas.state.WindowOptions> opened = new java.util.ArrayList<>();
        List<String> benched = new java.util.ArrayList<>();
        Desktop window = new Desktop() {
            public void open(org.cstoatlas.state.WindowOptions options) {
                opened.add(options);
            }

            public void snapshot(org.cstoatlas.state.AtlasState state, int width, int height, boolean presenting, Path out) {
            }

            public void bench(PrintStream out, int stepDays, boolean startupOnly) {
                benched.add(stepDays + (startupOnly ? " startup" : ""));
            }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertEquals(0, new CommandLine(System.out, errors, window).run());
        assertEquals(List.of(org.cstoatlas.state.WindowOptions.NONE), opened);
        // The start-up bench measures that start, read as quickly; the other benches as before.
        assertEquals(0, new CommandLine(System.out, errors, window).run("bench", "--startup"));
        assertEquals(0, new CommandLine(System.out, errors, window).run("bench", "--step", "7"));
        assertEquals(List.of("1 startup", "7"), benched);
        Desktop none = new Desktop() {
            public void open(org.cstoatlas.state.WindowOptions options) throws Unavailable {
                throw new Unavailable("there is no display to open the atlas window on");
            }

            public void snapshot(org.cstoatlas.state.AtlasState state, int width, int height, boolean presenting, Path out) {
            }

            public void bench(PrintStream out, int stepDays, boolean startupOnly) {
            }
        };
        assertEquals(5, new CommandLine(System.out, errors, none).run());
        assertEquals("error: there is no display to open the atlas window on", err.toString(StandardCharsets.UTF_8).strip());
    }

    @Test
    void datesOutsideTheTimelineAndSizesOutOfRangeAreSaidOnce(@TempDir Path dir) throws Exception {
        Run early = run("status", "--date", "0000-01-01");
        assertEquals(2, early.code());
        assertTrue(early.err().startsWith("error: --date: 0000-01-01 is outside the atlas's timeline (1949-01-01 to "), early.err());
        assertEquals(2, run("status", "--date", "+999999999-12-31").code());
        Run small = run("snapshot", "--date", "2008-06-01", "--text-size", "50", "--out", "x.png");
        Run big = run("snapshot", "--date", "2008-06-01", "--text-size", "big", "--out", "x.png");
        assertTrue(small.err().startsWith("error: --text-size must be a whole number from 100 to 200 (per cent), not '50'"), small.err());
        assertTrue(big.err().startsWith("error: --text-size must be a whole number from 100 to 200 (per cent), not 'big'"), big.err());
        Run folder = run("snapshot", "--date", "2008-06-01", "--out", dir.resolve("slides.png").toString());
        Run intoFolder = run("snapshot", "--date", "2008-06-01", "--out", createFolder(dir.resolve("out.png")).toString());
        assertEquals(2, intoFolder.code());
        assertTrue(intoFolder.err().startsWith("error: --out names a folder, not a file"), intoFolder.err());
        assertTrue(java.nio.file.Files.isDirectory(dir.resolve("out.png")), "the folder is left as it was");
        assertTrue(folder.code() != 0, "no window in this test's command line, but no folder was touched either");
        Run theme = run("snapshot", "--date", "2008-06-01", "--theme", "purple", "--out", "x.png");
        assertEquals(2, theme.code());
        assertTrue(theme.err().startsWith("error: --theme: 'purple' is not a theme (light, dark, high-contrast)"), theme.err());
    }

    private static Path createFolder(Path p) throws java.io.IOException {
        return java.nio.file.Files.createDirectories(p);
    }
}

package org.cstoatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cstoatlas.state.Animation;
import org.cstoatlas.state.AtlasState;
import org.cstoatlas.state.WindowOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Options read as values once, by picocli's converters: each refusal names its option and what it takes. */
class TypedOptionsTest {

    @TempDir
    Path dir;

    /** What the window side was asked to film. */
    final List<AtlasState> filmed = new ArrayList<>();

    final Desktop filming = new Desktop() {
        public void open(WindowOptions options) {
        }

        public void snapshot(AtlasState state, int width, int height, boolean presenting, Path out) {
        }

        @Override
        public int animate(Animation animation, AtlasState base, Path out) {
            filmed.add(base);
            return 1;
        }

        public void bench(PrintStream out, int stepDays, boolean startupOnly) {
        }
    };

    CommandLineTest.Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), filming).run(args);
        return new CommandLineTest.Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void animateFilmsAnyAllianceOfTheRecord() {
        CommandLineTest.Run r = run("animate", "--from", "2000-01-01", "--to", "2001-01-01", "--step", "year", "--alliance", "NATO",
                "--out", dir.resolve("nato.gif").toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("nato", filmed.get(0).alliances().first(), "the film shows NATO");
        CommandLineTest.Run unknown = run("animate", "--from", "2000-01-01", "--to", "2001-01-01", "--step", "year", "--alliance", "warsaw",
                "--out", dir.resolve("w.gif").toString());
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().startsWith("error: --alliance: no alliance 'warsaw' (known: csto, nato"), unknown.err());
    }

    @Test
    void aFormTheCommandDoesNotWriteIsRefusedWithThoseItDoes() {
        CommandLineTest.Run history = run("history", "--country", "KAZ", "--format", "yaml");
        assertEquals(2, history.code());
        assertTrue(history.err().startsWith("error: --format must be one of table, csv, json, not 'yaml'"), history.err());
        CommandLineTest.Run quotes = run("quotes", "--country", "KAZ", "--format", "csv");
        assertTrue(quotes.err().startsWith("error: --format must be one of text, json, not 'csv'"), quotes.err());
        CommandLineTest.Run alliances = run("alliances", "--format", "csv");
        assertTrue(alliances.err().startsWith("error: --format must be one of table, json, not 'csv'"), alliances.err());
        assertTrue(run("quotes", "--country", "KAZ").out().startsWith("“"), "text by default");
        String help = run("history", "--help").out();
        assertTrue(help.contains("--format=table|csv|json") && help.contains("the output's form (default: table)"), help);
        assertTrue(run("export", "--help").out().contains("--format=html|pdf|pptx"));
    }

    @Test
    void sizesAreWholeNumbersWithinTheirBounds() {
        CommandLineTest.Run word = run("snapshot", "--date", "2008-06-01", "--width", "wide", "--out", dir.resolve("a.png").toString());
        assertEquals(2, word.code());
        assertTrue(word.err().startsWith("error: --width must be a whole number from 1 to 4096, not 'wide'"), word.err());
        CommandLineTest.Run small = run("animate", "--from", "2000-01-01", "--to", "2001-01-01", "--step", "year", "--height", "8",
                "--out", dir.resolve("s.gif").toString());
        assertTrue(small.err().startsWith("error: --height must be a whole number from 16 to 4096, not '8'"), small.err());
        assertTrue(filmed.isEmpty(), "nothing filmed on a refusal");
    }

    @Test
    void aDateThatIsNoDayIsRefusedBeforeAnythingRuns() {
        CommandLineTest.Run r = run("animate", "--from", "2000-13-01", "--to", "2001-01-01", "--step", "year", "--out", dir.resolve("d.gif").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("error: --from: '2000-13-01' is not a valid date (expected YYYY-MM-DD"), r.err());
    }
}

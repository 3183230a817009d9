package org.cstoatlas.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cstoatlas.Bundled;
import org.cstoatlas.record.Citation;
import org.cstoatlas.record.Evidence;
import org.cstoatlas.record.Language;
import org.cstoatlas.record.Quote;
import org.cstoatlas.record.Status;
import org.cstoatlas.record.time.StatusAt;
import org.cstoatlas.record.time.StatusTable;
import org.cstoatlas.record.time.TimeIndex;
import org.cstoatlas.state.AllianceChoice;
import org.cstoatlas.ui.model.AtlasViewModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File ▸ Export evidence with nothing selected, and the status CSV, for the overview and the two
 * comparisons: the files as written (through the atomic write), read back as a reader would.
 */
class MapExportsTest {

    static TimeIndex index;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        index = new TimeIndex(Bundled.loadDataset().record());
    }

    private static AtlasViewModel window(LocalDate date) {
        return new AtlasViewModel(index, date);
    }

    private String written(String name, String text) throws Exception {
        Path out = dir.resolve(name);
        List<Throwable> failures = new ArrayList<>();
        Exports.write(out, text, (file, e) -> failures.add(e));
        assertEquals(List.of(), failures);
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    @Test
    void theOverviewsEvidenceIsEachStandingCountryWithItsQuotesAndReferencesByTitleNeverById() throws Exception {
        AtlasViewModel vm = window(LocalDate.of(2024, 6, 1));
        String md = written("overview.md", Exports.evidenceMarkdown(vm));
        assertTrue(md.startsWith("# CSTO on 1 June 2024\n"), md.lines().findFirst().orElse(""));
        List<StatusAt> standing = vm.statusesProperty().get().all().stream().filter(s -> s.status() != Status.NONE).toList();
        assertFalse(standing.isEmpty());
        for (StatusAt s : standing) {
            assertTrue(md.contains("## " + s.country().name() + ": "), s.country().name());
            evidenceShownByTitle(md, s.period().evidence());
        }
        // A country of the record that stands nowhere in the CSTO has no heading.
        vm.statusesProperty().get().all().stream().filter(s -> s.status() == Status.NONE)
                .forEach(s -> assertFalse(md.contains("## " + s.country().name() + ": "), s.country().name()));
        assertTrue(md.contains("## Armenia: Membership suspended or participation frozen since"), "the status in the legend's words");
    }

    @Test
    void inRussianTheHeadingsAndStatusesAreRussianAndTheQuotesVerbatim() throws Exception {
        AtlasViewModel vm = window(LocalDate.of(2013, 6, 1));
        vm.languageProperty().set(Language.RU);
        String md = written("overview-ru.md", Exports.evidenceMarkdown(vm));
        assertTrue(md.startsWith("# ОДКБ на 1 июня 2013\n"), md.lines().findFirst().orElse(""));
        assertTrue(md.contains("## Казахстан: Член ОДКБ с "), md);
        assertFalse(md.contains("Member of"), "no English status words");
        vm.statusesProperty().get().all().stream().filter(s -> s.status() != Status.NONE).forEach(s -> evidenceShownByTitle(md, s.period().evidence(), Language.RU));
    }

    @Test
    void twoAlliancesComparedExportBothSidesEachWithItsOwnCountries() throws Exception {
        AtlasViewModel vm = window(LocalDate.of(2024, 6, 1));
        vm.alliancesProperty().set(new AllianceChoice("csto", "sco"));
        String md = written("pair.md", Exports.evidenceMarkdown(vm));
        assertTrue(md.startsWith("# CSTO on 1 June 2024 · SCO on 1 June 2024\n"), md.lines().findFirst().orElse(""));
        int csto = md.indexOf("\n## CSTO on 1 June 2024"), sco = md.indexOf("\n## SCO on 1 June 2024");
        assertTrue(csto > 0 && sco > csto, "a section per alliance, the first first");
        for (StatusAt s : vm.pairedStatusesProperty().get().all()) {
            if (s.status() == Status.NONE) continue;
            assertTrue(md.indexOf("### " + s.country().name() + ": ", sco) > sco, "in the SCO's section: " + s.country().name());
            evidenceShownByTitle(md.substring(sco), s.period().evidence());
        }
        // China stands in the SCO alone: under the SCO, never under the CSTO.
        String china = "### China: ";
        assertTrue(md.indexOf(china) > sco && md.substring(csto, sco).indexOf(china) < 0, "China under the SCO only");
    }

    @Test
    void twoDatesComparedExportBothDatesTheEarlierFirst() throws Exception {
        AtlasViewModel vm = window(LocalDate.of(2024, 6, 1));
        vm.compareDateProperty().set(LocalDate.of(2008, 6, 1));
        String md = written("dates.md", Exports.evidenceMarkdown(vm));
        assertTrue(md.startsWith("# CSTO on 1 June 2008 · CSTO on 1 June 2024\n"), md.lines().findFirst().orElse(""));
        int before = md.indexOf("\n## CSTO on 1 June 2008"), after = md.indexOf("\n## CSTO on 1 June 2024");
        assertTrue(before > 0 && after > before, md);
        // Uzbekistan: back in the Organization in 2008, suspended since 2012: each section says its own.
        assertTrue(md.substring(before, after).contains("### Uzbekistan: Member of the CSTO since 16 August 2006"), md.substring(before, after));
        assertTrue(md.substring(after).contains("### Uzbekistan: Membership suspended or participation frozen since 28 June 2012"), md.substring(after));
    }

    @Test
    void theCsvOfAComparisonKeepsTheComparedAllianceAndDateOnEveryLine() throws Exception {
        AtlasViewModel vm = window(LocalDate.of(2024, 6, 1));
        String alone = written("status.csv", Exports.statusCsv(vm));
        assertTrue(alone.startsWith(StatusTable.HEADER + System.lineSeparator()), "nothing compared: the status command's table");
        vm.alliancesProperty().set(new AllianceChoice("csto", "sco"));
        String pair = written("pair.csv", Exports.statusCsv(vm));
        List<String> lines = pair.lines().toList();
        assertEquals("iso_a3,name,status,since,alliance,date", lines.get(0));
        // The CSTO's lines are the lone table's, each with its alliance and date after it.
        for (String line : alone.lines().skip(1).toList()) assertTrue(lines.contains(line + ",csto,2024-06-01"), line);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("CHN,China,member,") && l.endsWith(",sco,2024-06-01")), pair);
        for (String line : lines) assertEquals(6, cells(line), line);
        vm.alliancesProperty().set(AllianceChoice.of("csto"));
        vm.compareDateProperty().set(LocalDate.of(2008, 6, 1));
        List<String> dates = written("dates.csv", Exports.statusCsv(vm)).lines().toList();
        assertTrue(dates.stream().anyMatch(l -> l.startsWith("UZB,Uzbekistan,member,") && l.endsWith(",csto,2008-06-01")), dates.toString());
        assertTrue(dates.stream().anyMatch(l -> l.startsWith("UZB,Uzbekistan,suspended,") && l.endsWith(",csto,2024-06-01")), dates.toString());
        assertTrue(dates.indexOf(dates.stream().filter(l -> l.endsWith(",2008-06-01")).findFirst().orElseThrow())
                < dates.indexOf(dates.stream().filter(l -> l.endsWith(",2024-06-01")).findFirst().orElseThrow()), "the earlier date first");
    }

    /** Every quote verbatim with its source's title, every reference's title; no source or reference id, no file name. */
    private static void evidenceShownByTitle(String md, List<Evidence> evidence) {
        evidenceShownByTitle(md, evidence, Language.EN);
    }

    /** The same in a language: a reference is named by its title in that language (the atlas's own notes have a Russian one). */
    private static void evidenceShownByTitle(String md, List<Evidence> evidence, Language language) {
        for (Evidence e : evidence) {
            if (e instanceof Quote q) {
                assertTrue(md.contains(q.text().strip().lines().findFirst().orElseThrow()), q.text());
                assertTrue(md.contains(q.source().title()), q.source().title());
                assertFalse(md.contains(q.source().id()), "source id " + q.source().id());
            } else if (e instanceof Citation c) {
                assertTrue(md.contains(c.reference().title(language)), c.reference().title(language));
                assertFalse(md.contains(c.reference().id()), "reference id " + c.reference().id());
            }
        }
        assertFalse(md.contains(".txt") || md.contains(".json") || md.contains("`"), "no file names, no code spans");
    }

    /** The cells of a CSV line (RFC 4180 quoting). */
    private static int cells(String line) {
        int n = 1;
        boolean quoted = false;
        for (char ch : line.toCharArray()) {
            if (ch == '"') quoted = !quoted;
            else if (ch == ',' && !quoted) n++;
        }
        return n;
    }
}

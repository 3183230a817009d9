package org.cstoatlas.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import org.cstoatlas.Bundled;
import org.cstoatlas.record.AllianceRecord;
import org.cstoatlas.record.Quote;
import org.cstoatlas.record.Status;
import org.cstoatlas.record.time.TimeIndex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The dataset the atlas ships: it loads with no problem, its quotes are verbatim, its history is right. */
class BundledDatasetTest {

    static LoadResult loaded;
    static AllianceRecord record;
    static TimeIndex index;

    @BeforeAll
    static void load() {
        loaded = Bundled.loadDataset();
        record = loaded.record();
        index = record == null ? null : new TimeIndex(record);
    }

    @Test
    void loadsWithZeroProblems() {
        assertEquals("", loaded.problems().stream().map(Problem::toString).collect(Collectors.joining("\n")));
        assertTrue(loaded.ok());
    }

    @Test
    void everyQuoteStandsVerbatimWhereItsOffsetsSay() {
        List<Quote> quotes = record.allQuotes();
        assertTrue(quotes.size() > 50, "the record quotes its sources: " + quotes.size());
        for (Quote q : quotes) {
            String passage = q.source().text().substring(q.start(), q.end());
            assertEquals(FoldedText.fold(q.text()), FoldedText.fold(passage), "quote in " + q.source().id() + " at " + q.start());
        }
    }

    @Test
    void noQuoteIsPageDebris() {
        List<String> debris = List.of("Leave a Reply", "Loading Facebook", "Loading Disqus", "You may also like", "Similar Posts",
                "Related Post", "Immediate Access Pro", "Your email address");
        for (Quote q : record.allQuotes()) {
            for (String d : debris) assertFalse(q.text().contains(d), "debris quoted: " + q.text());
        }
    }

    @Test
    void theArticlesAreBundledUnchanged() throws IOException, NoSuchAlgorithmException {
        Path sources = Bundled.dataset().resolve("sources");
        List<String> sums = Files.readAllLines(sources.resolve("SHA256SUMS"));
        assertEquals(5, sums.size());
        for (String line : sums) {
            String[] parts = line.split("\\s+");
            byte[] bytes = Files.readAllBytes(sources.resolve(parts[1]));
            String actual = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            assertEquals(parts[0], actual, parts[1] + " differs from the article as received");
            String id = parts[1].replace(".txt", "");
            assertTrue(record.source(id).isPresent(), "source " + id + " is described in the dataset");
        }
    }

    @ParameterizedTest(name = "{0} on {1}: {2} of the {3}")
    @CsvSource({
            "RUS, 1992-05-15, member, treaty",
            "UZB, 1992-05-15, member, treaty",
            "AZE, 1993-09-23, none, ''",
            "AZE, 1993-09-24, member, treaty",
            "BLR, 1993-12-31, member, treaty",
            "AZE, 1998-01-01, member, treaty",
            "GEO, 1998-01-01, member, treaty",
            "UZB, 1998-01-01, member, treaty",
            "AZE, 2000-01-01, former, treaty",
            "GEO, 2000-01-01, former, treaty",
            "UZB, 2000-01-01, former, treaty",
            "KAZ, 2002-10-06, member, treaty",
            "KAZ, 2002-10-07, member, organization",
            "UZB, 2008-06-01, member, organization",
            "UZB, 2013-06-01, suspended, organization",
            "SRB, 2015-01-01, observer, organization",
            "ARM, 2024-02-22, member, organization",
            "ARM, 2024-03-01, suspended, organization",
            "BLR, 2026-11-01, member, organization",
    })
    void membershipHistoryMatchesTheReferences(String iso, String day, String status, String body) {
        var s = index.statusOn(LocalDate.parse(day)).of(iso);
        assertEquals(status, s.status().id(), iso + " on " + day);
        assertEquals(body == null ? "" : body, s.body() == null ? "" : s.body().id());
    }

    @Test
    void sixMembersWhenTheCharterWasSigned() {
        assertEquals(6, index.statusOn(LocalDate.of(2002, 10, 7)).count(Status.MEMBER));
    }

    @Test
    void observersAtTheAssemblyAreUncertainInTheirFirstYear() {
        assertTrue(index.statusOn(LocalDate.of(2013, 6, 1)).of("SRB").uncertain(), "known to the year only");
        assertFalse(index.statusOn(LocalDate.of(2014, 6, 1)).of("SRB").uncertain());
    }

    @Test
    void theKazakhstanDeploymentHasFiveContributors() {
        var kz = index.deploymentsOn(LocalDate.of(2022, 1, 7));
        assertEquals(1, kz.size());
        assertEquals(List.of("ARM", "BLR", "KGZ", "RUS", "TJK"),
                kz.get(0).contingents().stream().map(c -> c.country().iso()).sorted().toList());
        assertTrue(index.deploymentsOn(LocalDate.of(2022, 2, 1)).isEmpty());
    }

    @Test
    void appealsWithoutADeploymentAreRecordedAsSuch() {
        // Kyrgyzstan 2010, Armenia 2021 and the 2021 Kyrgyz-Tajik clash the articles say was ignored.
        for (String id : List.of("kgz-2010-appeal", "arm-2021-appeal", "kgz-tjk-border-2021")) {
            var e = record.event(id).orElseThrow();
            assertEquals("none", e.response().id(), id);
            assertTrue(e.evidence().stream().anyMatch(ev -> ev instanceof Quote), id + " cites a quote");
        }
        assertEquals("deployment", record.event("kz-2022-request").orElseThrow().response().id());
    }

    @Test
    void theRapidReactionForceSizeIsDisputedByAtLeastThreeVersions() {
        var d = record.disagreementsAbout(org.cstoatlas.record.Disagreement.Kind.FORCE, "crrf");
        assertEquals(1, d.size());
        assertTrue(d.get(0).versions().size() >= 3);
    }
}

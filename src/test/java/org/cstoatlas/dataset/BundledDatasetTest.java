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
    void everySourceSaysWhenItWasWrittenInRussianToo() {
        // The Russian window showed "(2022, after February (war in Ukraine))" under a quote.
        for (org.cstoatlas.record.Source s : record.sources()) {
            String ru = s.citation(org.cstoatlas.record.Language.RU);
            assertTrue(s.writtenRu() != null && ru.contains(s.writtenRu()) && !ru.contains(s.written()), s.id() + ": " + ru);
        }
    }

    @Test
    void theAtlasOwnReferenceNotesAreNamedInRussianToo() {
        // The Russian window showed "The CSTO's Secretaries-General, gathered from public references, CSTO Atlas reference notes".
        java.util.List<org.cstoatlas.record.Reference> own = record.references().stream().filter(r -> r.id().startsWith("atlas-reference-notes")).toList();
        assertTrue(!own.isEmpty());
        for (org.cstoatlas.record.Reference r : own) {
            String ru = r.citation(org.cstoatlas.record.Language.RU);
            assertTrue(r.titleRu() != null && r.publisherRu() != null && !ru.contains(r.title()) && !ru.contains(r.publisher()), r.id() + ": " + ru);
        }
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
            "SRB, 2015-01-01, observer, parliamentary-assembly",
            "ARM, 2024-02-21, member, organization",
            "ARM, 2024-02-22, suspended, organization",
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
    void appealsSayWhatTheAllianceDid() {
        // Kyrgyzstan 2010 got equipment, Armenia 2021 a statement and talks, the 2021 Kyrgyz-Tajik clash nothing.
        for (String[] c : new String[][] {{"kgz-2010-appeal", "aid"}, {"arm-2021-appeal", "consultations"}, {"kgz-tjk-border-2021", "none"},
                {"arm-2022-appeal", "consultations"}, {"kz-2022-request", "deployment"}}) {
            var e = record.event(c[0]).orElseThrow();
            assertEquals(c[1], e.response().id(), c[0]);
        }
        var kgz = record.event("kgz-2010-appeal").orElseThrow();
        assertTrue(kgz.evidence().stream().noneMatch(ev -> ev instanceof Quote q && q.text().contains("change of power")),
                "the change of power is not evidence about the June appeal");
    }

    @Test
    void kindsAndParticipantsAreTrue() {
        assertEquals("suspension", record.event("arm-2024-freeze").orElseThrow().kind().id());
        assertEquals("suspension", record.event("uzb-2012-suspends").orElseThrow().kind().id());
        assertEquals("context", record.event("syria-claim-2018").orElseThrow().kind().id(), "a rejected claim is no operation");
        for (String id : List.of("csto-2010-charter-amended", "infosec-2011", "kgz-2010-secretaries")) {
            assertTrue(record.event(id).orElseThrow().countries().stream().anyMatch(c -> c.iso().equals("UZB")), id + " names Uzbekistan, a member then");
        }
        assertEquals("Zhanaozen", record.event("kz-2022-riots").orElseThrow().place().name());
        assertEquals("2009-10-02", record.event("crrf-first-exercise").orElseThrow().date().iso());
        assertEquals("2024-02-22", record.event("arm-2024-freeze").orElseThrow().date().iso());
    }

    @Test
    void theKazakhstanContingentsClaimNoMoreThanTheSourcesGive() {
        var kz = record.deployments().get(0);
        var belarus = kz.contingents().stream().filter(c -> c.country().iso().equals("BLR")).findFirst().orElseThrow();
        assertEquals(null, belarus.size(), "a company, no number");
        assertTrue(belarus.units().get(0).contains("103rd"));
        var russia = kz.contingents().stream().filter(c -> c.country().iso().equals("RUS")).findFirst().orElseThrow();
        assertTrue(russia.units().contains("31st Separate Guards Air Assault Brigade"), russia.units().toString());
        for (String id : List.of("dis-kz-2022-belarus", "dis-kz-2022-31st", "dis-kz-2022-contributors")) {
            assertTrue(record.disagreements().stream().anyMatch(d -> d.id().equals(id)), id);
        }
    }

    @Test
    void observersAreTheParliamentaryAssemblys() {
        for (String iso : List.of("SRB", "AFG")) {
            var c = record.country(iso).orElseThrow();
            assertTrue(record.history(c).stream().allMatch(p -> p.body().id().equals("parliamentary-assembly")), iso);
        }
    }

    @Test
    void everyCitationSaysItsSummaryInRussianToo() throws IOException {
        // What a reference is cited for is the editors' own sentence: the Russian window shows its Russian text.
        var citations = record.allCitations();
        long inFiles = 0;
        try (var files = Files.list(Bundled.dataset())) {
            for (Path f : files.filter(x -> x.toString().endsWith(".json")).toList()) {
                inFiles += java.util.regex.Pattern.compile("\"reference\"\\s*:").matcher(Files.readString(f)).results().count();
            }
        }
        assertEquals(inFiles, citations.size(), "every citation the dataset's files hold is walked");
        List<String> missing = citations.stream().filter(c -> c.saysRu() == null || c.saysRu().isBlank())
                .map(c -> c.reference().id() + ": " + c.says()).distinct().toList();
        assertEquals("", String.join("\n", missing), missing.size() + " citations without a Russian summary");
        assertTrue(citations.stream().allMatch(c -> c.says(org.cstoatlas.record.Language.RU).equals(c.saysRu())));
    }

    @Test
    void aFactWithoutAQuoteCitesAReferenceWithAnAddressOrTheAtlasNotes() {
        // Every reference added by the audit names where it was read.
        for (var ref : record.references()) {
            boolean notes = ref.id().startsWith("atlas-reference-notes");
            // Without an address, the reference's own note says why (its page was not found again).
            assertTrue(notes || ref.url() != null || ref.note() != null || ref.id().equals("wp-2006"), ref.id() + " has no address");
        }
    }

    @Test
    void everyReferenceIsTitledByItsHeadlineNotByANumberOrAnAddress() {
        // A reader sees the title, the outlet and the date: "RFE/RL article 32938561" tells them nothing.
        List<String> bad = record.references().stream()
                .map(r -> { String why = placeholderTitle(r.title(), r.url(), r.id()); return why == null ? null : r.id() + ": \"" + r.title() + "\" " + why; })
                .filter(java.util.Objects::nonNull).toList();
        assertEquals("", String.join("\n", bad), bad.size() + " references titled by a number or an address");
    }

    @Test
    void aTitleThatIsANumberOrTheAddressIsCaught() {
        // The rule itself, on the titles the record had before they were replaced by the real headlines.
        for (String[] t : new String[][] {
                {"RFE/RL article 32938561", null, "rferl-32938561"},
                {"24.kg news item 287523", null, "24kg-287523"},
                {"TASS item 1545551 (section politics)", "https://tass.com/politics/1545551", "tass-1545551"},
                {"Kremlin website, page d/50843 (on the agreement)", "http://en.kremlin.ru/d/50843", "kremlin-50843"},
                {"RT report 592986 of 22 February 2024", "https://www.rt.com/russia/592986-armenian-suspends-pact-russia/", "rt-592986"},
                {"Jamestown article \"collective-security-treaty-shrinks-guam-set-to-grow\"", null, "jamestown-cst-shrinks"},
                {"armenian-suspends-pact-russia", "https://www.rt.com/russia/592986-armenian-suspends-pact-russia/", "rt"},
                {"592986-armenian-suspends-pact-russia", "https://www.rt.com/russia/592986-armenian-suspends-pact-russia/", "rt"},
                {"1545551", null, "x"},
                {"csto_wants_mutual_consent", "https://rferl.org/a/csto_wants_mutual_consent/24429242.html", "x"},
                {"Hürriyet Daily News report (June 2024)", null, "hurriyetdailynews"}}) {
            assertTrue(placeholderTitle(t[0], t[1], t[2]) != null, "not caught: " + t[0]);
        }
        for (String[] t : new String[][] {
                {"Armenian plans to leave key security alliance", "https://hurriyetdailynews.com/amp/armenian-plans-to-leave-key-security-alliance-197419", "h"},
                {"26 December 1991", "https://www.rightsinrussia.org/26-december-1991/", "r"},
                {"GUAM", "https://feelingeurope.eu/Pages/guam.html", "g"},
                {"Кыргызстан примет участие в учениях КСОР ОДКБ «Взаимодействие-2013» в Беларуси", null, "k"},
                {"CSTO peacekeepers' Unbreakable Brotherhood drills to be held in Kyrgyzstan on October 9-13", null, "t"}}) {
            assertEquals(null, placeholderTitle(t[0], t[1], t[2]), t[0]);
        }
    }

    /** Why a reference's title is no headline (a number, an item's number, the address's last part), or null. */
    static String placeholderTitle(String title, String url, String id) {
        String t = title.strip();
        String bare = t.replaceAll("[\\s\\p{Punct}]", "");
        long digits = bare.chars().filter(Character::isDigit).count();
        if (!bare.isEmpty() && digits == bare.length()) return "is a number";
        if (digits * 2 > bare.length()) return "is mostly a number";
        if (java.util.regex.Pattern.compile("(?i)\\b(?:article|item|report|page|story|post|no\\.?)\\s+(?:d/)?\\d{3,}").matcher(t).find()) return "names an item's number";
        if (java.util.regex.Pattern.compile("(?i)\\b(?:news item|article|report|item|page)\\s*\\((?:[a-z]+ )?\\d{4}\\)$|\\(section [a-z]+").matcher(t).find()) return "names a kind of item, not its headline";
        var numbers = java.util.regex.Pattern.compile("\\d{5,}").matcher(t);
        while (numbers.find()) {
            String n = numbers.group();
            if ((url != null && url.contains(n)) || id.contains(n)) return "carries the item's number " + n;
        }
        if (java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+(?:[-_][\\p{L}\\p{N}]+){3,}").matcher(t).find()) return "holds an address's slug";
        if (url != null) {
            String[] parts = url.replaceAll("[?#].*$", "").split("/");
            String last = parts.length == 0 ? "" : parts[parts.length - 1].replaceAll("\\.(?:html?|aspx?|php)$", "");
            // "GUAM" at .../guam.html is a title; "armenian-suspends-pact" at .../armenian-suspends-pact is not.
            if (!last.isEmpty() && t.equalsIgnoreCase(last) && last.matches(".*[-_0-9].*")) return "is the address's last part";
        }
        return null;
    }

    @Test
    void theReadmeCountsTheDatesKnownOnlyToTheMonthOrTheYear() throws IOException {
        // The README says how many remain coarse and why; the number is counted here from the record.
        List<org.cstoatlas.record.FuzzyDate> dates = new java.util.ArrayList<>();
        record.allPeriods().forEach(p -> { dates.add(p.start()); dates.add(p.end()); });
        record.allEvents().forEach(e -> dates.add(e.date()));
        record.exercises().forEach(x -> { dates.add(x.start()); dates.add(x.end()); });
        record.bases().forEach(b -> {
            dates.add(b.opened());
            dates.add(b.closed());
            b.attested().forEach(a -> dates.add(a.date()));
        });
        long coarse = dates.stream().filter(d -> d != null && d.precision() != org.cstoatlas.record.Precision.DAY).count();
        String readme = Files.readString(Path.of("README.md")).replaceAll("\\s+", " ");
        var m = java.util.regex.Pattern.compile("(\\d+) dates of periods, events, exercises and bases remain known only to the month or the year").matcher(readme);
        assertTrue(m.find(), "the README says how many dates remain coarse");
        assertEquals(coarse, Long.parseLong(m.group(1)), "the README's count of dates known only to the month or the year");
    }

    @Test
    void theRecordNamesNoFileNorItsOwnKeysToTheReader() throws IOException {
        // Every text of every dataset file a reader can meet (all but ids, the keys that point at other
        // entries, addresses and the quotes, which stay as their sources wrote them).
        java.util.Set<String> keys = java.util.Set.of("id", "reference", "source", "country", "countries", "url", "quote",
                "subject", "kind", "status", "body", "alliance", "statuses", "host", "operator", "participants", "successors",
                "members", "heldBy", "target", "contributor");
        java.util.regex.Pattern internal = java.util.regex.Pattern.compile(
                "\\b\\d{3}_[0-9a-f]{16}\\b|Article 0\\d\\d|quoted by 0\\d\\d|\\(0\\d\\d\\)|REFERENCES|\\.md\\b|\\.json\\b"
                        + "|rated [HML]\\b|carried as|no confidence stated|\\brows?\\b.*\\b(?:table|rated)\\b");
        // The keys of references and of every entry (an event's "summit-2009-06-osce-sco" is no reader's word).
        java.util.Set<String> ids = new java.util.HashSet<>();
        record.references().forEach(r -> ids.add(r.id()));
        record.allEvents().forEach(e -> ids.add(e.id()));
        record.allPeriods().forEach(p -> ids.add(p.id()));
        record.allDisagreements().forEach(d -> ids.add(d.id()));
        record.exercises().forEach(x -> ids.add(x.id()));
        record.bases().forEach(b -> ids.add(b.id()));
        record.forces().forEach(f -> ids.add(f.id()));
        record.deployments().forEach(d -> ids.add(d.id()));
        List<String> found = new java.util.ArrayList<>();
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        try (var files = Files.list(Bundled.dataset())) {
            for (Path f : files.filter(x -> x.toString().endsWith(".json")).sorted().toList()) {
                java.util.ArrayDeque<java.util.Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>> todo = new java.util.ArrayDeque<>();
                todo.add(java.util.Map.entry("", mapper.readTree(f.toFile())));
                while (!todo.isEmpty()) {
                    var e = todo.pop();
                    var n = e.getValue();
                    if (n.isObject()) n.fields().forEachRemaining(x -> { if (!keys.contains(x.getKey())) todo.add(x); });
                    else if (n.isArray()) n.forEach(x -> todo.add(java.util.Map.entry(e.getKey(), x)));
                    else if (n.isTextual()) {
                        String t = n.asText();
                        if (internal.matcher(t).find()) found.add(f.getFileName() + " " + e.getKey() + ": " + t);
                        for (String id : ids) if (id.contains("-") && t.contains(id)) found.add(f.getFileName() + " " + e.getKey() + " names the key " + id + ": " + t);
                    }
                }
            }
        }
        assertEquals("", String.join("\n", found));
    }

    @Test
    void everyTextInTheRecordsOwnWordsHasItsRussian() {
        // What the Russian window shows: titles, names, labels, notes, topics, versions and what the map shows,
        // for every alliance (the context alliances' events, periods and disagreements too).
        java.util.List<String> missing = new java.util.ArrayList<>();
        java.util.function.BiConsumer<String, String[]> check = (where, pair) -> {
            if (pair[0] != null && pair[1] == null) missing.add(where + ": " + pair[0]);
        };
        java.util.function.BiConsumer<String, java.util.List<org.cstoatlas.record.Evidence>> notes = (where, evidence) ->
                evidence.forEach(e -> check.accept(where + " evidence note", new String[] {e.note(), e.noteRu()}));
        for (var a : record.alliances()) check.accept(a.id(), new String[] {a.note(), a.noteRu()});
        for (var e : record.allEvents()) {
            check.accept(e.id(), new String[] {e.title(), e.titleRu()});
            check.accept(e.id(), new String[] {e.note(), e.noteRu()});
            notes.accept(e.id(), e.evidence());
        }
        for (var p : record.allPeriods()) {
            check.accept(p.id(), new String[] {p.note(), p.noteRu()});
            notes.accept(p.id(), p.evidence());
        }
        for (var f : record.forces()) {
            check.accept(f.id(), new String[] {f.name(), f.nameRu()});
            check.accept(f.id(), new String[] {f.shortName(), f.shortNameRu()});
            check.accept(f.id(), new String[] {f.note(), f.noteRu()});
            notes.accept(f.id(), f.evidence());
        }
        for (var d : record.deployments()) {
            check.accept(d.id(), new String[] {d.name(), d.nameRu()});
            d.phases().forEach(ph -> check.accept(d.id(), new String[] {ph.label(), ph.labelRu()}));
            d.totals().forEach(t -> check.accept(d.id(), new String[] {t.label(), t.labelRu()}));
            d.phases().forEach(ph -> notes.accept(d.id(), ph.evidence()));
            d.contingents().forEach(c -> notes.accept(d.id(), c.evidence()));
            d.totals().forEach(t -> notes.accept(d.id(), t.evidence()));
            notes.accept(d.id(), d.evidence());
        }
        for (var x : record.allDisagreements()) {
            check.accept(x.id(), new String[] {x.topic(), x.topicRu()});
            check.accept(x.id(), new String[] {x.shown(), x.shownRu()});
            check.accept(x.id(), new String[] {x.why(), x.whyRu()});
            x.versions().forEach(v -> {
                check.accept(x.id(), new String[] {v.says(), v.saysRu()});
                notes.accept(x.id(), v.evidence());
            });
        }
        for (var x : record.exercises()) {
            check.accept(x.id(), new String[] {x.name(), x.nameRu()});
            check.accept(x.id(), new String[] {x.note(), x.noteRu()});
            notes.accept(x.id(), x.evidence());
        }
        for (var b : record.bases()) {
            check.accept(b.id(), new String[] {b.name(), b.nameRu()});
            check.accept(b.id(), new String[] {b.shortName(), b.shortNameRu()});
            check.accept(b.id(), new String[] {b.note(), b.noteRu()});
            notes.accept(b.id(), b.evidence());
            b.attested().forEach(a -> {
                check.accept(b.id(), new String[] {a.note(), a.noteRu()});
                notes.accept(b.id(), a.evidence());
            });
        }
        assertEquals("", String.join("\n", missing));
        assertEquals("Коллективные силы оперативного реагирования (КСОР)",
                record.forces().stream().filter(f -> f.id().equals("crrf")).findFirst().orElseThrow().name(org.cstoatlas.record.Language.RU));
    }

    @Test
    void theRapidReactionForceSizeIsDisputedByAtLeastThreeVersions() {
        var d = record.disagreementsAbout(org.cstoatlas.record.Disagreement.Kind.FORCE, "crrf");
        assertEquals(1, d.size());
        assertTrue(d.get(0).versions().size() >= 3);
    }
}

package org.cstoatlas.words;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cstoatlas.Bundled;
import org.cstoatlas.record.AllianceRecord;
import org.cstoatlas.record.Base;
import org.cstoatlas.record.Citation;
import org.cstoatlas.record.Country;
import org.cstoatlas.record.Disagreement;
import org.cstoatlas.record.Event;
import org.cstoatlas.record.Evidence;
import org.cstoatlas.record.Exercise;
import org.cstoatlas.record.Language;
import org.cstoatlas.record.Quote;
import org.cstoatlas.record.Reference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The evidence export as a reader of the Markdown file gets it. */
class EvidenceMarkdownTest {

    static AllianceRecord record;
    static final Words EN = Words.of(Language.EN);
    static final Words RU = Words.of(Language.RU);

    @BeforeAll
    static void load() {
        record = Bundled.loadDataset().record();
    }

    @Test
    void kazakhstanCarriesEveryQuoteVerbatimWithItsSourceNamedAsReadersKnowIt() {
        Country kaz = record.country("KAZ").orElseThrow();
        String md = EvidenceMarkdown.of(record, kaz, EN);
        List<Quote> quotes = record.quotesAbout(kaz);
        assertFalse(quotes.isEmpty());
        for (Quote q : quotes) {
            String cited = "> “" + q.text() + "”\n>\n> — “" + q.source().title() + "”";
            assertTrue(md.contains(cited), "quote verbatim in a block quote with its source's title: " + q.text());
            assertTrue(md.contains("> — " + q.source().citation() + "\n"), "the source's title, outlet and date of " + q.text());
            assertFalse(md.contains(q.source().id()), "the bundled file's name is the dataset's, not the reader's: " + q.source().id());
        }
        assertFalse(md.contains("`"), "no id of the dataset in code type");
        assertTrue(md.startsWith("# Kazakhstan (KAZ)\n"), md);
    }

    @Test
    void referencesCarryTitlePublisherDateUrlAndConfidence() {
        Country uzb = record.country("UZB").orElseThrow();
        String md = EvidenceMarkdown.of(record, uzb, EN);
        List<Citation> citations = record.history(uzb).stream().flatMap(p -> p.evidence().stream())
                .filter(e -> e instanceof Citation).map(e -> (Citation) e).toList();
        assertFalse(citations.isEmpty(), "Uzbekistan's return and suspension rest on references");
        for (Citation c : citations) {
            Reference r = c.reference();
            assertTrue(md.contains("Reference: " + c.says()), c.says());
            assertTrue(md.contains("*" + r.title() + "*"), r.title());
            if (r.publisher() != null) assertTrue(md.contains(r.publisher()));
            if (r.url() != null && !r.url().isBlank()) assertTrue(md.contains("<" + r.url() + ">"), r.url());
            assertTrue(md.contains("confidence: " + r.confidence().id()));
            assertFalse(md.contains("`" + r.id()), "the reference's key is the dataset's: " + r.id());
        }
    }

    @Test
    void aDisagreementShowsEveryVersion() {
        Disagreement d = record.disagreements().stream().filter(x -> x.subject().kind() == Disagreement.Kind.EVENT).findFirst().orElseThrow();
        Event e = record.event(d.subject().id()).orElseThrow();
        String md = EvidenceMarkdown.of(record, e, EN);
        assertTrue(md.contains("**Sources disagree: " + d.topic() + "**"), md);
        for (Disagreement.Version v : d.versions()) assertTrue(md.contains(v.says()), v.says());
        assertTrue(md.contains("On the map: " + d.shown()));
    }

    @Test
    void aBaseListsEachAttestationWithItsSizeAndSource() {
        Base b = record.bases().stream().filter(x -> x.id().equals("ru-201st-base-tajikistan")).findFirst().orElseThrow();
        String md = EvidenceMarkdown.of(record, b, EN);
        assertTrue(md.startsWith("# 201st Russian military base\n\n*Russia · Dushanbe, Tajikistan · from 17 October 2004*"), md);
        assertTrue(md.contains("### Attested 25 September 2015: about 7,000 personnel"), md);
        assertTrue(md.contains("> “Afghanistan shares a long border with Tajikistan in which about 7,000 Russian soldiers are currently stationed”"), md);
    }

    @Test
    void anExerciseNamesItsDaysPlaceParticipantsAndSize() {
        Exercise x = record.exercises().stream().filter(e -> e.id().equals("interaction-2012")).findFirst().orElseThrow();
        String md = EvidenceMarkdown.of(record, x, EN);
        assertTrue(md.startsWith("# Interaction 2012\n\n*15 September 2012 – 19 September 2012 · Marshal Baghramyan training ground*"), md);
        assertTrue(md.contains("Participants: Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan."), md);
        assertTrue(md.contains("Size: about 2,000 personnel."), md);
        assertTrue(md.contains("— *CSTO joint military exercise launched in Armenia (15 September 2012)*, Asia-Plus, 2012-09-15, <"), md);
        assertFalse(md.contains("asiaplus-20120915"), md);
    }

    @Test
    void aRussianExportHasNoEnglishRecordText() {
        // Exported from the Russian window: the headings are Russian, and every text of the record's own
        // words that has a Russian version (titles, notes, summaries, versions) is in Russian. Quotes,
        // and the sources' and references' own titles, stay as their sources wrote them.
        List<String> english = new java.util.ArrayList<>();
        List<String> exports = new java.util.ArrayList<>();
        for (String iso : List.of("KAZ", "ARM", "UZB")) {
            Country c = record.country(iso).orElseThrow();
            String md = EvidenceMarkdown.of(record, c, RU);
            exports.add(md);
            assertTrue(md.startsWith("# " + c.nameRu() + " (" + iso + ")\n"), md);
            assertFalse(md.contains(c.name() + " (" + iso + ")"), "the English name of " + iso);
            record.history(c).forEach(p -> {
                english.addAll(leaks(md, p.evidence()));
                if (p.noteRu() != null && md.contains(p.note())) english.add("period note: " + p.note());
            });
            for (Event e : record.eventsOf(c)) {
                if (e.titleRu() != null && md.contains(": " + e.title() + "\n")) english.add("event title: " + e.title());
                if (e.noteRu() != null && md.contains(e.note())) english.add("event note: " + e.note());
                english.addAll(leaks(md, e.evidence()));
            }
            for (Disagreement d : record.disagreements()) {
                if (d.topicRu() != null && md.contains("**Sources disagree: " + d.topic())) english.add("topic: " + d.topic());
                for (Disagreement.Version v : d.versions()) {
                    if (v.saysRu() != null && md.contains("* " + v.says() + "\n")) english.add("version: " + v.says());
                }
            }
        }
        Base base = record.bases().stream().filter(x -> x.id().equals("ru-201st-base-tajikistan")).findFirst().orElseThrow();
        exports.add(EvidenceMarkdown.of(record, base, RU));
        Exercise x = record.exercises().stream().filter(e -> e.id().equals("interaction-2012")).findFirst().orElseThrow();
        String exercise = EvidenceMarkdown.of(record, x, RU);
        exports.add(exercise);
        assertTrue(exercise.contains(RU.format("md.participants", x.participants().stream().map(Country::nameRu).collect(java.util.stream.Collectors.joining(", ")))), exercise);
        english.addAll(leaks(exercise, x.evidence()));
        for (String md : exports) {
            // The export's own words: none of the English headings or labels.
            for (String word : List.of("## History", "## Events", "## Evidence", "Reference: ", "Sources disagree", "On the map: ",
                    "Why: ", "Editor's note", "confidence: ", "Participants: ", "Size: ", "Attested ", "Involves: ", " of Collective")) {
                if (md.contains(word)) english.add("the export's word \"" + word + "\"");
            }
            assertTrue(md.contains(RU.get("md.evidence")) || md.contains(RU.get("md.history")), md);
        }
        assertEquals("", String.join("\n", english.stream().distinct().toList()));
    }

    /** The English texts of evidence that has a Russian one, where they stand in the export. */
    private static List<String> leaks(String md, List<Evidence> evidence) {
        List<String> found = new java.util.ArrayList<>();
        for (Evidence e : evidence) {
            if (e instanceof Citation c && c.saysRu() != null && md.contains(c.says())) found.add("says: " + c.says());
            if (e.noteRu() != null && md.contains(e.note())) found.add("note: " + e.note());
            if (e instanceof Citation c && c.reference().noteRu() != null && md.contains(c.reference().note())) found.add("reference note: " + c.reference().note());
        }
        return found;
    }
}

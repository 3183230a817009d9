package org.cstoatlas.record;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cstoatlas.Bundled;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The evidence export as a reader of the Markdown file gets it. */
class EvidenceMarkdownTest {

    static AllianceRecord record;

    @BeforeAll
    static void load() {
        record = Bundled.loadDataset().record();
    }

    @Test
    void kazakhstanCarriesEveryQuoteVerbatimWithItsSourceNamedAsReadersKnowIt() {
        Country kaz = record.country("KAZ").orElseThrow();
        String md = EvidenceMarkdown.of(record, kaz);
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
        String md = EvidenceMarkdown.of(record, uzb);
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
        String md = EvidenceMarkdown.of(record, e);
        assertTrue(md.contains("**Sources disagree: " + d.topic() + "**"), md);
        for (Disagreement.Version v : d.versions()) assertTrue(md.contains(v.says()), v.says());
        assertTrue(md.contains("On the map: " + d.shown()));
    }

    @Test
    void aBaseListsEachAttestationWithItsSizeAndSource() {
        Base b = record.bases().stream().filter(x -> x.id().equals("ru-201st-base-tajikistan")).findFirst().orElseThrow();
        String md = EvidenceMarkdown.of(record, b);
        assertTrue(md.startsWith("# 201st Russian military base\n\n*Russia · Dushanbe, Tajikistan · from 17 October 2004*"), md);
        assertTrue(md.contains("### Attested 25 September 2015: about 7,000 personnel"), md);
        assertTrue(md.contains("> “Afghanistan shares a long border with Tajikistan in which about 7,000 Russian soldiers are currently stationed”"), md);
    }

    @Test
    void anExerciseNamesItsDaysPlaceParticipantsAndSize() {
        Exercise x = record.exercises().stream().filter(e -> e.id().equals("interaction-2012")).findFirst().orElseThrow();
        String md = EvidenceMarkdown.of(record, x);
        assertTrue(md.startsWith("# Interaction 2012\n\n*15 September 2012 – 19 September 2012 · Marshal Baghramyan training ground*"), md);
        assertTrue(md.contains("Participants: Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan."), md);
        assertTrue(md.contains("Size: about 2,000 personnel."), md);
        assertTrue(md.contains("— *CSTO joint military exercise launched in Armenia (15 September 2012)*, Asia-Plus, 2012-09-15, <"), md);
        assertFalse(md.contains("asiaplus-20120915"), md);
    }
}

package org.cstoatlas.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cstoatlas.Bundled;
import org.cstoatlas.record.AllianceRecord;
import org.cstoatlas.record.Deployment;
import org.cstoatlas.record.Event;
import org.cstoatlas.record.Language;
import org.cstoatlas.record.Search;
import org.cstoatlas.ui.look.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the search box suggests, as a reader of the Russian window sees it (no toolkit needed). */
class SearchSuggestionTest {

    private final AllianceRecord record = Bundled.loadDataset().record();

    @AfterEach
    void english() {
        Texts.use(Language.EN);
    }

    @Test
    void russianSuggestionsNameEventsDeploymentsAndQuotesInRussian() {
        Texts.use(Language.RU);
        Search search = Search.everyAlliance(record);
        List<Search.Hit> hits = search.find("Kazakhstan", 40);
        assertTrue(hits.stream().anyMatch(h -> h.kind() == Search.Kind.DEPLOYMENT), "the deployment is found");
        for (Search.Hit hit : hits) {
            String title = SearchSuggestion.title(hit), detail = SearchSuggestion.detail(hit);
            if (hit.kind() == Search.Kind.EVENT && hit.target() instanceof Event e && !e.title(Language.RU).equals(e.title())) {
                assertEquals(e.title(Language.RU), title);
            }
            if (hit.kind() == Search.Kind.DEPLOYMENT && hit.target() instanceof Deployment d) {
                assertEquals(d.name(Language.RU), title);
                assertFalse(title.equals(d.name()), "not the English name: " + title);
            }
            if (hit.kind() == Search.Kind.QUOTE) {
                assertFalse(detail.startsWith("in:") || detail.startsWith("about "), "English words round a quote's place: " + detail);
            }
        }
    }

    @Test
    void exercisesAndBasesAreSuggestedByTheirRussianNames() {
        Texts.use(Language.RU);
        Search search = Search.everyAlliance(record);
        Search.Hit exercise = search.find("Interaction 2014", 10).stream().filter(h -> h.kind() == Search.Kind.EXERCISE).findFirst().orElseThrow();
        assertEquals("Учения", SearchSuggestion.kindLabel(exercise.kind()));
        assertEquals("Взаимодействие-2014", SearchSuggestion.title(exercise));
        Search.Hit base = search.find("Kant", 10).stream().filter(h -> h.kind() == Search.Kind.BASE).findFirst().orElseThrow();
        assertEquals("База", SearchSuggestion.kindLabel(base.kind()));
        assertEquals("Российская авиабаза Кант", SearchSuggestion.title(base));
        assertTrue(SearchSuggestion.detail(base).endsWith(", Кант"), SearchSuggestion.detail(base));
        assertTrue(SearchSuggestion.detail(base).matches("с \\d{1,2} [а-я]+ 2003, .*"), "since its opening day: " + SearchSuggestion.detail(base));
        // A month alone after "с" takes the genitive.
        assertEquals("октября 2003", org.cstoatlas.words.Words.of(Language.RU).dateAfterPreposition(org.cstoatlas.record.FuzzyDate.parse("2003-10")));
    }

    @Test
    void aRussianTitleFindsItsEvent() {
        Event withRussian = record.events().stream().filter(e -> !e.title(Language.RU).equals(e.title())).findFirst().orElseThrow();
        String word = withRussian.title(Language.RU).split("\\s+")[0];
        assertTrue(Search.everyAlliance(record).find(word, 200).stream().anyMatch(h -> h.target() == withRussian),
                "«" + word + "» finds " + withRussian.id());
    }
}

package org.cstoatlas.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cstoatlas.Bundled;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SearchTest {

    static Search search;

    @BeforeAll
    static void load() {
        search = new Search(Bundled.loadDataset().record());
    }

    @Test
    void almatyFindsTheKazakhstanDeployment() {
        List<Search.Hit> hits = search.find("Almaty", 20);
        assertTrue(hits.stream().anyMatch(h -> h.kind() == Search.Kind.DEPLOYMENT && ((Deployment) h.target()).id().equals("kz-2022")), hits.toString());
        assertEquals(Search.Kind.DEPLOYMENT, hits.get(0).kind(), "a place's name comes before the quotes");
        // And by the place's Russian name, now that places have one.
        List<Search.Hit> ru = search.find("Алматы", 20);
        assertTrue(ru.stream().anyMatch(h -> h.kind() == Search.Kind.DEPLOYMENT && ((Deployment) h.target()).id().equals("kz-2022")), ru.toString());
        assertTrue(search.find("Гюмри", 5).stream().anyMatch(h -> h.kind() == Search.Kind.BASE && ((Base) h.target()).id().equals("ru-102nd-base-armenia")));
    }

    @Test
    void exercisesAndBasesAreFoundByNameInEitherLanguageOrByPlace() {
        assertTrue(search.find("Interaction 2014", 5).stream().anyMatch(h -> h.kind() == Search.Kind.EXERCISE && ((Exercise) h.target()).id().equals("interaction-2014")));
        assertTrue(search.find("Нерушимое братство", 5).stream().anyMatch(h -> h.kind() == Search.Kind.EXERCISE));
        assertTrue(search.find("Gyumri", 5).stream().anyMatch(h -> h.kind() == Search.Kind.BASE && ((Base) h.target()).id().equals("ru-102nd-base-armenia")));
        assertTrue(search.find("Авиабаза Кант", 5).stream().anyMatch(h -> h.kind() == Search.Kind.BASE && ((Base) h.target()).id().equals("ru-kant-air-base")));
    }

    @Test
    void countriesAreFoundInEitherLanguageOrByCode() {
        assertEquals("KAZ", ((Country) search.find("kazakh", 5).get(0).target()).iso());
        assertEquals("KAZ", ((Country) search.find("Казахстан", 5).get(0).target()).iso());
        assertEquals("UZB", ((Country) search.find("uzb", 5).get(0).target()).iso());
    }

    @Test
    void wordsInsideQuotesLeadToWhatTheySupport() {
        List<Search.Hit> hits = search.find("Tashkent Pact", 20);
        Search.Hit quote = hits.stream().filter(h -> h.kind() == Search.Kind.QUOTE).findFirst().orElseThrow();
        assertTrue(quote.title().contains("Tashkent Pact"), quote.title());
        assertTrue(quote.target() != null);
        // What it leads to is named by kind, so the window selects it without asking the value's type.
        assertTrue(quote.leadsTo() != Search.Kind.QUOTE && quote.title().contains("Tashkent Pact"), quote.toString());
        assertEquals(Search.Kind.COUNTRY, search.find("kazakh", 5).get(0).leadsTo());
    }

    @Test
    void accentsAndCaseAreIgnoredAndShortTextFindsNothing() {
        assertTrue(search.find("PASHINIAN", 10).size() > 0, "finds Pashinián and Pashinyan");
        assertEquals(List.of(), search.find("a", 10));
        assertEquals(List.of(), search.find("zzzzqqq", 10));
    }

    @Test
    void theCstosSearchStaysItsOwnAndEveryAlliancesFindsTheOthers() {
        assertEquals(List.of(), search.find("Sweden", 10), "the CSTO's record does not know Sweden");
        Search everywhere = Search.everyAlliance(Bundled.loadDataset().record());
        assertEquals("SWE", ((Country) everywhere.find("Швеция", 5).get(0).target()).iso());
        List<Search.Hit> hits = everywhere.find("Sweden joins", 5);
        assertEquals("nato-2024-sweden", ((Event) hits.get(0).target()).id());
        assertTrue(hits.get(0).detail().startsWith("NATO · "), hits.get(0).detail());
        assertTrue(everywhere.find("SCO", 40).stream().anyMatch(h -> h.target() instanceof Event e && e.id().equals("sco-2024-belarus")),
                "an alliance's short name lists its events");
        assertTrue(everywhere.find("Baltic countries", 10).stream().anyMatch(h -> h.kind() == Search.Kind.QUOTE));
    }
}

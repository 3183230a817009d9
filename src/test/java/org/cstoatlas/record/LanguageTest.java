package org.cstoatlas.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.cstoatlas.TestDatasets;
import org.junit.jupiter.api.Test;

/** The record's own words in a language: Russian where the dataset gives it, English otherwise. */
class LanguageTest {

    @Test
    void anEventsTitleIsGivenInTheLanguageAskedForWithEnglishWhereThereIsNoRussian() {
        AllianceRecord r = TestDatasets.minimal();
        Event signed = r.event("signed").orElseThrow();
        assertEquals("Договор подписан в Ташкенте", signed.title(Language.RU));
        assertEquals("Treaty signed in Tashkent", signed.title(Language.EN));
        Event appeal = r.event("appeal").orElseThrow();
        assertEquals("An appeal left unanswered", appeal.title(Language.RU), "no Russian text: the English one");
        assertNull(appeal.note(Language.RU), "no note in either language");
        assertEquals("Взаимодействие-2009", r.exercises().get(0).name(Language.RU));
        assertEquals("Radar", r.bases().stream().filter(b -> b.id().equals("radar")).findFirst().orElseThrow().shortName(Language.RU));
    }

    @Test
    void theInterfacesTagNamesTheLanguage() {
        assertEquals(Language.RU, Language.of("ru"));
        assertEquals(Language.EN, Language.of("en"));
        assertEquals(Language.EN, Language.of("de"), "any other interface language reads the English text");
    }
}

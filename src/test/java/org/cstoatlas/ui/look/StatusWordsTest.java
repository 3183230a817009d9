package org.cstoatlas.ui.look;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cstoatlas.record.Country;
import org.cstoatlas.record.FuzzyDate;
import org.cstoatlas.record.Language;
import org.cstoatlas.record.Status;
import org.cstoatlas.record.time.StatusAt;
import org.cstoatlas.words.Words;
import org.junit.jupiter.api.Test;

/** A status in words: "about" stands where each language puts it. */
class StatusWordsTest {

    private static final Country ARM = new Country("ARM", "Armenia", "Армения", null);

    @Test
    void anApproximateSinceReadsNaturallyInBothLanguages() {
        StatusAt about = new StatusAt(ARM, Status.SUSPENDED, null, FuzzyDate.parse("~2024-02-22"), true, null);
        String ru = StatusStyle.describe(about, null, Words.of(Language.RU));
        assertTrue(ru.contains("примерно с 22 февраля 2024"), ru);
        assertFalse(ru.contains("с около"), ru);
        String en = StatusStyle.describe(about, null, Words.of(Language.EN));
        assertTrue(en.contains("since about 22 February 2024"), en);
        StatusAt exact = new StatusAt(ARM, Status.MEMBER, null, FuzzyDate.parse("2002-10-07"), false, null);
        assertTrue(StatusStyle.describe(exact, null, Words.of(Language.RU)).contains(" с 7 октября 2002"));
    }
}

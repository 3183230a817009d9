package org.cstoatlas.dataset;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What the loader takes for Russian: at least one Cyrillic letter, and more of them than Latin ones. */
class RussianTextTest {

    @Test
    void russianWithLatinNamesInItIsRussian() {
        assertTrue(RussianText.mostlyCyrillic("Соглашение о КСОР (CRRF) вступило в силу 10 сентября 2010 года"));
        assertTrue(RussianText.mostlyCyrillic("Ёлки и ёж"));
    }

    @Test
    void englishAndFiguresAreNot() {
        assertFalse(RussianText.mostlyCyrillic("The CRRF agreement enters into force"));
        assertFalse(RussianText.mostlyCyrillic("2010-09-10, 500"));
        assertFalse(RussianText.mostlyCyrillic(""));
    }

    @Test
    void lettersBeyondRussiansOwnCountByTheirScript() {
        // Ukrainian and Serbian Cyrillic letters are Cyrillic; accented Latin ones are Latin.
        assertTrue(RussianText.mostlyCyrillic("Україна, Ђорђе"));
        assertFalse(RussianText.mostlyCyrillic("Ђé café résumé"));
    }
}

package org.cstoatlas.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.cstoatlas.TestDatasets;
import org.cstoatlas.record.AllianceRecord;
import org.cstoatlas.record.Quote;
import org.junit.jupiter.api.Test;

class QuoteLocationTest {

    @Test
    void offsetsPointAtThePassageInTheArticleAsBundled() {
        AllianceRecord r = TestDatasets.minimal();
        Quote q = (Quote) r.disagreements().get(0).versions().get(0).evidence().get(0);
        String article = q.source().text();
        // The article has "Uzbekistan  left   the" (runs of spaces); the quote has single spaces.
        assertEquals("Uzbekistan  left   the “alliance” in 2012", article.substring(q.start(), q.end()));
    }

    @Test
    void whitespaceIsFoldedButTypographyIsNot() {
        FoldedText t = new FoldedText("a  “b”\n\n c – d");
        assertArrayEquals(new int[] {0, 6}, t.locate("a “b”"));
        assertArrayEquals(new int[] {4, 12}, t.locate("b” c –"));
        assertNull(t.locate("a \"b\""));
        assertNull(t.locate("c - d"));
        assertNull(t.locate("   "));
    }

    @Test
    void unicodeIsComparedAfterNfc() {
        // "é" written as e + combining acute in the article, precomposed in the quote.
        FoldedText t = new FoldedText("Pashinia\u0301n said");
        assertArrayEquals(new int[] {0, 10}, t.locate("Pashini\u00e1n"));
    }
}

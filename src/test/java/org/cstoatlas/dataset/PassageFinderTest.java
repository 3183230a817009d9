package org.cstoatlas.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PassageFinderTest {

    @Test
    void findsTheFirstOccurrenceAsIndexOfDoes() {
        Random random = new Random(14);
        for (int round = 0; round < 300; round++) {
            // Small alphabets make many repeats and near misses; a wide one tests chars beyond ASCII.
            String alphabet = switch (round % 3) {
                case 0 -> "ab";
                case 1 -> "abc ";
                default -> "aбвгд\u0301€\uD83D\uDE00";
            };
            StringBuilder text = new StringBuilder();
            int n = random.nextInt(400);
            for (int i = 0; i < n; i++) text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            PassageFinder finder = new PassageFinder(text.toString());
            for (int q = 0; q < 40; q++) {
                String passage;
                if (n > 0 && random.nextBoolean()) {
                    int from = random.nextInt(n);
                    passage = text.substring(from, Math.min(n, from + 1 + random.nextInt(12)));
                } else {
                    StringBuilder p = new StringBuilder();
                    for (int i = 0, len = 1 + random.nextInt(6); i < len; i++) p.append(alphabet.charAt(random.nextInt(alphabet.length())));
                    passage = p.toString();
                }
                assertEquals(text.indexOf(passage), finder.firstIndexOf(passage), "'" + passage + "' in '" + text + "'");
            }
        }
    }

    @Test
    void aFourMegabyteArticleAndTwoThousandQuotesTakeNoMoreThanSeconds() {
        // The case that ran for minutes: one long repetitive article, many quotes that almost match everywhere.
        StringBuilder article = new StringBuilder(4 << 20);
        while (article.length() < (4 << 20) - 60) article.append("a");
        article.append(" the end of the article, where each quote really stands");
        String text = article.toString();
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            FoldedText folded = new FoldedText(text);
            for (int i = 0; i < 2000; i++) {
                String quote = "a".repeat(50 - Integer.toString(i).length()) + i;
                assertNull(folded.locate(quote));
            }
            int[] at = folded.locate("a the end of the article");
            assertArrayEquals(new int[] {text.indexOf("a the end"), text.indexOf("a the end") + 24}, at);
        });
    }
}

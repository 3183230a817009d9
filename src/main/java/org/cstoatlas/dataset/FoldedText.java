package org.cstoatlas.dataset;

import java.text.Normalizer;

/**
 * A source text as quotes are compared with it: Unicode NFC, and every run of white space one space.
 * It remembers, for each of its characters, where that character came from in the original, so a
 * match can be reported as offsets into the article as bundled.
 */
final class FoldedText {

    private final String folded;
    /** For each char of {@code folded}: the original offset it starts at; one more entry for the end. */
    private final int[] origin;
    /** Built on the first quote looked for: an article no quote cites costs nothing more. Shared by loads on several threads. */
    private PassageFinder finder;

    FoldedText(String original) {
        StringBuilder out = new StringBuilder(original.length());
        int[] map = new int[original.length() + 1];
        int i = 0;
        while (i < original.length()) {
            char c = original.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                int j = i;
                while (j < original.length() && (Character.isWhitespace(original.charAt(j)) || Character.isSpaceChar(original.charAt(j)))) j++;
                map[out.length()] = i;
                out.append(' ');
                i = j;
                continue;
            }
            // A base character with the combining marks that follow it normalizes as one unit.
            int j = i + Character.charCount(original.codePointAt(i));
            while (j < original.length() && isCombining(original.codePointAt(j))) j += Character.charCount(original.codePointAt(j));
            String unit = Normalizer.normalize(original.substring(i, j), Normalizer.Form.NFC);
            for (int k = 0; k < unit.length(); k++) {
                map = ensure(map, out.length() + 2);
                map[out.length()] = i;
                out.append(unit.charAt(k));
            }
            i = j;
        }
        map = ensure(map, out.length() + 1);
        map[out.length()] = original.length();
        this.folded = out.toString();
        this.origin = map;
    }

    private static int[] ensure(int[] map, int size) {
        return map.length >= size ? map : java.util.Arrays.copyOf(map, Math.max(size, map.length * 2));
    }

    private static boolean isCombining(int cp) {
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK;
    }

    private synchronized PassageFinder finder() {
        if (finder == null) finder = new PassageFinder(folded);
        return finder;
    }

    /** A quote as it is compared: NFC, white space folded, trimmed. */
    static String fold(String quote) {
        return Normalizer.normalize(quote, Normalizer.Form.NFC).replaceAll("[\\s\\p{Zs}]+", " ").strip();
    }

    /**
     * Where the quote stands in the original text, as {@code [start, end)}, or null when it does not.
     * The end is where the character after the quote's last one begins, so trailing white space is
     * not part of the passage.
     */
    int[] locate(String quote) {
        String q = fold(quote);
        if (q.isEmpty()) return null;
        int at = finder().firstIndexOf(q);
        if (at < 0) return null;
        int lastChar = at + q.length() - 1;
        int end = origin[lastChar + 1];
        // The folded char maps to its unit's start; the unit's original extent ends where the next begins.
        if (folded.charAt(lastChar) == ' ') end = origin[lastChar] + 1;
        return new int[] {origin[at], end};
    }
}

package org.cstoatlas.dataset;

/**
 * Finds where a passage first stands in one (folded) article, in time that does not grow with the
 * article's length times the number of quotes: the article's suffixes are sorted once (prefix
 * doubling, n log n), a quote is found by binary search among them (its length times log n), and the
 * earliest of its occurrences is read from a table of minima. Memory: about 4 ints a character while
 * building, 1 after.
 */
final class PassageFinder {

    private static final int BLOCK = 64;

    private final char[] text;
    /** The starts of the text's suffixes, in the order of the suffixes. */
    private final int[] suffixes;
    /** {@code minima[k][b]}: the least start among blocks b .. b + 2^k - 1 of {@link #suffixes}. */
    private final int[][] minima;

    PassageFinder(String article) {
        this.text = article.toCharArray();
        this.suffixes = sortSuffixes(text);
        int blocks = (suffixes.length + BLOCK - 1) / BLOCK;
        int levels = 1;
        while ((1 << levels) <= blocks) levels++;
        minima = new int[levels][];
        minima[0] = new int[blocks];
        for (int b = 0; b < blocks; b++) {
            int m = Integer.MAX_VALUE;
            for (int i = b * BLOCK; i < Math.min(suffixes.length, (b + 1) * BLOCK); i++) m = Math.min(m, suffixes[i]);
            minima[0][b] = m;
        }
        for (int k = 1; k < levels; k++) {
            int span = 1 << (k - 1);
            minima[k] = new int[blocks - (1 << k) + 1];
            for (int b = 0; b < minima[k].length; b++) minima[k][b] = Math.min(minima[k - 1][b], minima[k - 1][b + span]);
        }
    }

    /** Where {@code passage} first stands in the article, or -1. */
    int firstIndexOf(String passage) {
        char[] q = passage.toCharArray();
        if (q.length == 0 || q.length > text.length) return q.length == 0 ? 0 : -1;
        int lo = lowerBound(q, false);
        int hi = lowerBound(q, true);
        return lo >= hi ? -1 : leastStart(lo, hi);
    }

    /** The first suffix that is not below the passage ({@code after}: not below or starting with it). */
    private int lowerBound(char[] q, boolean after) {
        int lo = 0, hi = suffixes.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            int c = compare(suffixes[mid], q);
            if (c < 0 || (after && c == 0)) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /** The suffix at {@code start} against the passage, looking no further than the passage's length (0: it starts with it). */
    private int compare(int start, char[] q) {
        int n = Math.min(q.length, text.length - start);
        for (int i = 0; i < n; i++) {
            int c = text[start + i] - q[i];
            if (c != 0) return c;
        }
        return n == q.length ? 0 : -1;
    }

    private int leastStart(int lo, int hi) {
        int least = Integer.MAX_VALUE;
        int firstWhole = (lo + BLOCK - 1) / BLOCK;
        int endWhole = hi / BLOCK;
        if (firstWhole >= endWhole) {
            for (int i = lo; i < hi; i++) least = Math.min(least, suffixes[i]);
            return least;
        }
        for (int i = lo; i < firstWhole * BLOCK; i++) least = Math.min(least, suffixes[i]);
        for (int i = endWhole * BLOCK; i < hi; i++) least = Math.min(least, suffixes[i]);
        int blocks = endWhole - firstWhole;
        int k = 31 - Integer.numberOfLeadingZeros(blocks);
        least = Math.min(least, Math.min(minima[k][firstWhole], minima[k][endWhole - (1 << k)]));
        return least;
    }

    /** The suffix array by prefix doubling with counting sorts: sorted by 1, 2, 4, ... characters until all differ. */
    static int[] sortSuffixes(char[] s) {
        int n = s.length;
        int[] sa = new int[n];
        if (n == 0) return sa;
        int[] rank = new int[n];
        int[] tmp = new int[n];
        int[] count = new int[Math.max(Character.MAX_VALUE + 1, n) + 1];
        for (char c : s) count[c + 1]++;
        for (int i = 1; i < count.length; i++) count[i] += count[i - 1];
        for (int i = 0; i < n; i++) sa[count[s[i]]++] = i;
        rank[sa[0]] = 0;
        int classes = 1;
        for (int i = 1; i < n; i++) {
            if (s[sa[i]] != s[sa[i - 1]]) classes++;
            rank[sa[i]] = classes - 1;
        }
        for (int k = 1; classes < n; k <<= 1) {
            // By the second half first: suffixes too short to have one come first, then the rest in order.
            int p = 0;
            for (int i = n - k; i < n; i++) tmp[p++] = i;
            for (int i = 0; i < n; i++) if (sa[i] >= k) tmp[p++] = sa[i] - k;
            // Then, stably, by the first half.
            java.util.Arrays.fill(count, 0, classes + 1, 0);
            for (int i = 0; i < n; i++) count[rank[i] + 1]++;
            for (int i = 1; i <= classes; i++) count[i] += count[i - 1];
            for (int i = 0; i < n; i++) sa[count[rank[tmp[i]]]++] = tmp[i];
            tmp[sa[0]] = 0;
            classes = 1;
            for (int i = 1; i < n; i++) {
                int a = sa[i - 1], b = sa[i];
                int a2 = a + k < n ? rank[a + k] : -1;
                int b2 = b + k < n ? rank[b + k] : -1;
                if (rank[a] != rank[b] || a2 != b2) classes++;
                tmp[b] = classes - 1;
            }
            int[] swap = rank;
            rank = tmp;
            tmp = swap;
        }
        return sa;
    }
}

package org.cstoatlas.dataset;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The problems of one load, as a list that stops growing at a limit and counts what it did not keep:
 * a file of a million broken entries must not become five million problems in memory.
 */
final class Problems extends AbstractList<Problem> {

    private final int limit;
    private final List<Problem> kept = new ArrayList<>();
    private final Set<Problem> seen = new HashSet<>();
    private long unlisted;

    Problems(int limit) {
        this.limit = limit;
    }

    /** Keeps the problem unless it was already found or the limit is reached (then it is only counted). */
    @Override
    public boolean add(Problem p) {
        if (kept.size() >= limit) {
            // Past the limit duplicates are not told apart: the count says "at least".
            unlisted++;
            return false;
        }
        if (!seen.add(p)) return false;
        kept.add(p);
        return true;
    }

    @Override
    public Problem get(int index) {
        return kept.get(index);
    }

    @Override
    public int size() {
        return kept.size();
    }

    /** How many problems were found beyond the limit and not kept. */
    long unlisted() {
        return unlisted;
    }
}

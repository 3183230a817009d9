package org.cstoatlas.dataset;

import java.util.List;

/** The file being read, and where its problems go. */
record Reading(String file, List<Problem> problems) {

    void problem(int line, int column, String field, String message) {
        problems.add(new Problem(file, line, column, field, message));
    }
}

package org.cstoatlas.ui.quiz;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cstoatlas.record.Country;
import org.cstoatlas.record.StatusPeriod;

/**
 * A quiz question built from the record, with its answer and the periods that prove it (the evidence
 * shown once answered). Only settled facts make a question: see {@link Questions}.
 */
public sealed interface Question {

    /** The periods whose evidence proves the answer. */
    List<StatusPeriod> proof();

    /** The date the map shows once the question is answered: where the answer can be seen. */
    LocalDate shownAfter();

    /** The countries the question is about: the quiz card never covers them. */
    Set<Country> about();

    /**
     * The words for picks that were wrong ("Not members on that day: …", "Did not leave: …"); a question
     * answered on the timeline has no picks.
     */
    default String wrongPicksKey() {
        return "quiz.wrongPicks";
    }

    /** "Click every member of the alliance on {@code date}": answered by clicking countries on the map. */
    record Members(LocalDate date, Set<Country> answer, List<StatusPeriod> proof) implements Question {
        public LocalDate shownAfter() {
            return date;
        }

        public Set<Country> about() {
            return answer;
        }
    }

    /** "Which countries left between {@code from} and {@code to}?": answered by clicking countries on the map. */
    record Left(LocalDate from, LocalDate to, Set<Country> answer, List<StatusPeriod> proof) implements Question {
        public LocalDate shownAfter() {
            return to;
        }

        public String wrongPicksKey() {
            return "quiz.wrongPicks.left";
        }

        public Set<Country> about() {
            return answer;
        }
    }

    /** "In which year did {@code country} join?": answered by moving the timeline to the year. */
    record JoinYear(Country country, int year, List<StatusPeriod> proof) implements Question {
        /** What the country joined: the body of its first membership (the 1992 Treaty, or the Organization). */
        public String bodyId() {
            return proof.get(0).body().id();
        }

        public LocalDate shownAfter() {
            return proof.get(0).start().first();
        }

        public Set<Country> about() {
            return Set.of(country);
        }
    }
}

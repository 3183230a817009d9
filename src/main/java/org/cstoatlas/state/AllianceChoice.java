package org.cstoatlas.state;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What the map shows: one alliance (the CSTO by default), or two compared country by country.
 * Ids are the dataset's ({@code "csto"}, {@code "nato"}); whether the record holds them is the view
 * model's to check when the state is shown.
 *
 * @param first  the alliance shown, or the first of the two compared
 * @param second the alliance compared with the first; null when one alliance is shown
 */
public record AllianceChoice(String first, String second) {

    /** The subject's id in the bundled dataset: what the map shows unless told otherwise. */
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,31}");
    public static final String SUBJECT = "csto";
    public static final AllianceChoice CSTO = new AllianceChoice(SUBJECT, null);

    public AllianceChoice {
        check(first);
        if (second != null) check(second);
        // Comparing an alliance with itself is showing it.
        if (first.equals(second)) second = null;
    }

    private static void check(String id) {
        Objects.requireNonNull(id, "alliance id");
        if (!ID.matcher(id).matches()) throw new IllegalArgumentException("'" + id + "' is not an alliance id (lower case, e.g. nato)");
    }

    /** One alliance shown. */
    public static AllianceChoice of(String id) {
        return new AllianceChoice(id, null);
    }

    /** True when two alliances are compared. */
    public boolean paired() {
        return second != null;
    }
}

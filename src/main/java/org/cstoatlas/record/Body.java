package org.cstoatlas.record;

/**
 * What a status belongs to: one body of an alliance (the CSTO has the 1992 treaty and the 2002
 * organization; NATO has one). Bodies are data: the dataset's {@code alliances} section declares them.
 * Where a country has periods in two bodies of one alliance on a date, the body with the higher
 * {@code precedence} gives its status (the CSTO's organization wins over its treaty).
 *
 * @param id         the dataset's word for it, unique among every alliance's bodies ("treaty")
 * @param alliance   the id of the alliance it belongs to ("csto")
 * @param title      a reader's words: "the Collective Security Treaty (1992)"
 * @param titleRu    the same in Russian
 * @param precedence higher wins where two bodies of one alliance cover a date
 */
public record Body(String id, String alliance, String title, String titleRu, int precedence) implements java.io.Serializable {
}

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
public record Body(String id, String alliance, String title, String titleRu, int precedence) {

    // The CSTO's bodies as the bundled dataset declares them: what the window compared against while
    // bodies were an enum. The loader hands out these very instances for a matching declaration, so
    // comparing with == still holds. To go once the window reads the body's precedence instead.
    /** @deprecated compare {@link #precedence()} or {@link #id()}; bodies are data now */
    @Deprecated
    public static final Body TREATY = new Body("treaty", "csto", "the Collective Security Treaty (1992)",
            "Договор о коллективной безопасности (1992)", 1);
    /** @deprecated compare {@link #precedence()} or {@link #id()}; bodies are data now */
    @Deprecated
    public static final Body ORGANIZATION = new Body("organization", "csto", "the Collective Security Treaty Organization (2002)",
            "Организация Договора о коллективной безопасности (2002)", 2);

    /** @deprecated compare {@link #id()}; bodies are data now */
    @Deprecated
    public static final Body PARLIAMENTARY_ASSEMBLY = new Body("parliamentary-assembly", "csto", "the CSTO Parliamentary Assembly",
            "Парламентская ассамблея ОДКБ", 0);

    private static final Body[] LEGACY = {TREATY, ORGANIZATION, PARLIAMENTARY_ASSEMBLY};

    /** @deprecated the CSTO's two bodies of old; an alliance's {@link Alliance#bodies()} lists them all */
    @Deprecated
    public static Body[] values() {
        return new Body[] {TREATY, ORGANIZATION};
    }

    /** The shared instance for a declaration equal to a legacy constant, else the declaration itself. */
    public static Body canonical(Body declared) {
        for (Body b : LEGACY) {
            if (b.equals(declared)) return b;
        }
        return declared;
    }
}

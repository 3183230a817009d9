package org.cstoatlas.record;

/**
 * What a status belongs to: the 1992 Collective Security Treaty, the organization built on it in 2002,
 * or the organization's Parliamentary Assembly (2006), whose observers are not observers of the CSTO.
 */
public enum Body implements Word {
    TREATY("the Collective Security Treaty (1992)"),
    ORGANIZATION("the Collective Security Treaty Organization (2002)"),
    PARLIAMENTARY_ASSEMBLY("the CSTO Parliamentary Assembly (2006)");

    private final String title;

    Body(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    public static Body of(String id) {
        return Word.parse(Body.class, id, "a body");
    }
}

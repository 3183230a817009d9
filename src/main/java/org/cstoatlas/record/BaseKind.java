package org.cstoatlas.record;

/** What a foreign military facility is. */
public enum BaseKind implements Word {
    MILITARY_BASE, AIR_BASE, RADAR_STATION, COMMUNICATIONS_CENTRE, TEST_SITE;

    public static BaseKind of(String id) {
        return Word.parse(BaseKind.class, id, "a base kind");
    }
}

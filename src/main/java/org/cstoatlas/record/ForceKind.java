package org.cstoatlas.record;

/** A force the alliance keeps, or troops stationed somewhere. */
public enum ForceKind implements Word {
    STANDING_FORCE, STATIONED_TROOPS;

    public static ForceKind of(String id) {
        return Word.parse(ForceKind.class, id, "a force kind");
    }
}

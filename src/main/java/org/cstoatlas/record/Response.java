package org.cstoatlas.record;

/** What the alliance did about an appeal; {@code NONE} matters as much as a deployment. */
public enum Response implements Word {
    DEPLOYMENT, NONE, AID, CONSULTATIONS;

    public static Response of(String id) {
        return Word.parse(Response.class, id, "a response");
    }
}

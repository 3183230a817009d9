package org.cstoatlas.record;

/**
 * A reference cited for a fact; {@code says} is the editor's summary, never shown as a quote, in
 * English, with {@code saysRu} its Russian text (null where the record gives none). The reference itself
 * stays in its own language; the editor's note may have a Russian text too.
 */
public record Citation(Reference reference, String says, String saysRu, String note, String noteRu) implements Evidence, java.io.Serializable {

    /** A citation whose summary has no Russian text. */
    public Citation(Reference reference, String says, String note, String noteRu) {
        this(reference, says, null, note, noteRu);
    }

    /** The editor's summary in the language (English where no Russian is given). */
    public String says(Language language) {
        return language.pick(says, saysRu);
    }

    @Override
    public String publisher() {
        return reference.publisher();
    }

    @Override
    public String origin() {
        return "reference:" + reference.id();
    }
}

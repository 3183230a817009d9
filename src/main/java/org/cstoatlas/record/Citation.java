package org.cstoatlas.record;

/**
 * A reference cited for a fact; {@code says} is the editor's summary, never shown as a quote. It stays
 * in the reference's language, like the reference; only the editor's note may have a Russian text.
 */
public record Citation(Reference reference, String says, String note, String noteRu) implements Evidence, java.io.Serializable {

    @Override
    public String publisher() {
        return reference.publisher();
    }

    @Override
    public String origin() {
        return "reference:" + reference.id();
    }
}

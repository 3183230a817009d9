package org.cstoatlas.record;

/** A reference cited for a fact; {@code says} is the editor's summary, never shown as a quote. */
public record Citation(Reference reference, String says, String note) implements Evidence {
}

package org.cstoatlas.record;

/**
 * Words that stand verbatim in a source, at {@code [start, end)} of its text (UTF-16 offsets into the
 * article as bundled). The quote is never translated; only the editor's note may have a Russian text.
 */
public record Quote(Source source, String text, int start, int end, String note, String noteRu) implements Evidence, java.io.Serializable {

    @Override
    public String publisher() {
        return source.publisher();
    }


    /** Two quotes are the same passage when they point at the same place of the same source. */
    public boolean samePassage(Quote other) {
        return source.id().equals(other.source.id()) && start == other.start && end == other.end;
    }

    @Override
    public String origin() {
        return "source:" + source.id();
    }
}

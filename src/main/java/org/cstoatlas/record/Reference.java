/** A named outside reference; facts without a quote cite one. */
package org.cstoatlas.record;

/**
 * A named outside reference; facts without a quote cite one. {@code note} is the editors' word on the
 * reference itself (its page could not be found again, its headline is not in the copy read), with
 * {@code noteRu} its Russian text; either may be null.
 */
public record Reference(String id, String title, String publisher, String date, String url, Confidence confidence,
                        String note, String noteRu) implements java.io.Serializable {

    /** A reference without a note. */
    public Reference(String id, String title, String publisher, String date, String url, Confidence confidence) {
        this(id, title, publisher, date, url, confidence, null, null);
    }

    /** The editors' note on the reference in the language (English where no Russian is given); null where none. */
    public String note(Language language) {
        return language.pick(note, noteRu);
    }

    public String citation() {
        StringBuilder s = new StringBuilder(title);
        if (publisher != null && !publisher.isBlank()) s.append(", ").append(publisher);
        if (date != null && !date.isBlank()) s.append(", ").append(date);
        if (url != null && !url.isBlank()) s.append(", ").append(url);
        return s.toString();
    }
}

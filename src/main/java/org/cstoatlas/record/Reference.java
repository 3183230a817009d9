/** A named outside reference; facts without a quote cite one. */
package org.cstoatlas.record;

/**
 * A named outside reference; facts without a quote cite one. {@code note} is the editors' word on the
 * reference itself (its page could not be found again, its headline is not in the copy read), with
 * {@code noteRu} its Russian text; either may be null.
 */
public record Reference(String id, String title, String publisher, String date, String url, Confidence confidence,
                        String note, String noteRu, String titleRu, String publisherRu) implements java.io.Serializable {

    /** A reference without a note. */
    public Reference(String id, String title, String publisher, String date, String url, Confidence confidence) {
        this(id, title, publisher, date, url, confidence, null, null, null, null);
    }

    /**
     * The title in a language: a published page keeps its headline; the atlas's own reference notes
     * have a Russian title (the Russian window showed "gathered from public references").
     */
    public String title(Language language) {
        return language.pick(title, titleRu);
    }

    public String publisher(Language language) {
        return language.pick(publisher, publisherRu);
    }

    /** The editors' note on the reference in the language (English where no Russian is given); null where none. */
    public String note(Language language) {
        return language.pick(note, noteRu);
    }

    public String citation() {
        return citation(Language.EN);
    }

    public String citation(Language language) {
        StringBuilder s = new StringBuilder(title(language));
        String publisher = publisher(language);
        if (publisher != null && !publisher.isBlank()) s.append(", ").append(publisher);
        if (date != null && !date.isBlank()) s.append(", ").append(date);
        if (url != null && !url.isBlank()) s.append(", ").append(url);
        return s.toString();
    }
}

package org.cstoatlas.record;

/** One of the articles the atlas quotes; {@code text} is the article exactly as bundled. */
public record Source(String id, String title, String publisher, String author, String written, String writtenRu, String note, String text)
        implements java.io.Serializable {

    /** "Title" — Publisher (Author), for citations. */
    public String citation() {
        return citation(Language.EN);
    }

    /**
     * The citation in a language: the title, publisher and author as published, when it was written in
     * the reader's words (the Russian window showed "(2022, after February (war in Ukraine))").
     */
    public String citation(Language language) {
        String when = language.pick(written, writtenRu);
        StringBuilder s = new StringBuilder("“").append(title).append("”");
        if (publisher != null && !publisher.isBlank() && !"not stated".equalsIgnoreCase(publisher)) s.append(", ").append(publisher);
        if (author != null && !author.isBlank()) s.append(", ").append(author);
        if (when != null && !when.isBlank()) s.append(" (").append(when).append(")");
        return s.toString();
    }
}

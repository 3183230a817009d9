package org.cstoatlas.record;

/** One of the articles the atlas quotes; {@code text} is the article exactly as bundled. */
public record Source(String id, String title, String publisher, String author, String written, String note, String text) implements java.io.Serializable {

    /** "Title" — Publisher (Author), for citations. */
    public String citation() {
        StringBuilder s = new StringBuilder("“").append(title).append("”");
        if (publisher != null && !publisher.isBlank() && !"not stated".equalsIgnoreCase(publisher)) s.append(", ").append(publisher);
        if (author != null && !author.isBlank()) s.append(", ").append(author);
        if (written != null && !written.isBlank()) s.append(" (").append(written).append(")");
        return s.toString();
    }
}

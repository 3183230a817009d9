package org.cstoatlas.record;

/** A named outside reference; facts without a quote cite one. */
public record Reference(String id, String title, String publisher, String date, String url, Confidence confidence) implements java.io.Serializable {

    public String citation() {
        StringBuilder s = new StringBuilder(title);
        if (publisher != null && !publisher.isBlank()) s.append(", ").append(publisher);
        if (date != null && !date.isBlank()) s.append(", ").append(date);
        if (url != null && !url.isBlank()) s.append(", ").append(url);
        return s.toString();
    }
}

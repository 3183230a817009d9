package org.cstoatlas.record;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds what a user types: countries (in English or Russian, or by code), events, deployments, forces,
 * exercises and bases (by name in either language, or by place), and words inside the quotes (a quote
 * leads to what it supports). Case and accents are ignored.
 */
public final class Search {

    /** What a hit is, and what choosing it selects. */
    public enum Kind { COUNTRY, EVENT, DEPLOYMENT, FORCE, EXERCISE, BASE, QUOTE }

    /**
     * One result: what it leads to ({@code target} and its kind: a country, an event, a deployment or
     * a force), the line to show in English (a window in another language names the target in its own
     * words), and for a quote the words that matched in context; {@code leadsTo} is the target's kind
     * (a quote's is the kind of what it supports).
     */
    public record Hit(Kind kind, Object target, String title, String detail, Kind leadsTo) {
        Hit(Kind kind, Object target, String title, String detail) {
            this(kind, target, title, detail, kind);
        }
    }

    private final AllianceRecord record;
    /** The records whose countries, events and quotes are searched: the record's own, or every alliance's. */
    private final List<AllianceRecord> scope;

    /** Searches one alliance's record (the window's CSTO, as before). */
    public Search(AllianceRecord record) {
        this(record, List.of(record));
    }

    private Search(AllianceRecord record, List<AllianceRecord> scope) {
        this.record = record;
        this.scope = scope;
    }

    /**
     * Searches every alliance of the record: each country once, every alliance's events (their detail
     * names the alliance when it is not the record's own) and the quotes of all.
     */
    public static Search everyAlliance(AllianceRecord record) {
        return new Search(record, record.alliances().stream().map(a -> record.forAlliance(a.id())).toList());
    }

    /** At most {@code limit} hits for the text, best first: names before quotes. */
    public List<Hit> find(String text, int limit) {
        String q = fold(text);
        if (q.length() < 2) return List.of();
        List<Hit> hits = new ArrayList<>();
        for (Country c : scope.size() == 1 ? record.countries() : record.allCountries()) {
            if (holds(q, c.name(), c.nameRu()) || fold(c.iso()).equals(q)) {
                hits.add(new Hit(Kind.COUNTRY, c, c.name(), c.nameRu()));
            }
        }
        for (Deployment d : record.deployments()) {
            boolean named = holds(q, d.name(), d.name(Language.RU)) || d.places().stream().anyMatch(p -> holds(q, p))
                    || holds(q, d.target().name(), d.target().nameRu());
            if (named) hits.add(new Hit(Kind.DEPLOYMENT, d, d.name(), d.start().display() + " – " + d.end().display()));
        }
        for (Force f : record.forces()) {
            if (holds(q, f.name(), f.shortName(), f.name(Language.RU), f.shortName(Language.RU)) || holds(q, f.base())) {
                hits.add(new Hit(Kind.FORCE, f, f.name(), "from " + f.created().display() + ", " + f.base().name()));
            }
        }
        for (Exercise x : record.exercises()) {
            if (holds(q, x.name(), x.name(Language.RU)) || holds(q, x.place())) {
                hits.add(new Hit(Kind.EXERCISE, x, x.name(), x.start().display() + " – " + x.end().display() + ", " + x.place().name()));
            }
        }
        for (Base b : record.bases()) {
            if (holds(q, b.name(), b.name(Language.RU), b.shortName()) || holds(q, b.place())) {
                hits.add(new Hit(Kind.BASE, b, b.name(), "from " + b.from().display() + ", " + b.place().name()));
            }
        }
        for (AllianceRecord r : scope) {
            String whose = r == record ? "" : r.alliance().shortName() + " · ";
            for (Event e : r.events()) {
                if (holds(q, e.title(), e.title(Language.RU)) || (!whose.isEmpty() && fold(r.alliance().shortName()).equals(q))) {
                    hits.add(new Hit(Kind.EVENT, e, e.title(), whose + e.date().display()));
                }
            }
        }
        // Words inside quotes: each passage once, leading to the first entry that cites it.
        Map<String, Hit> quoteHits = new LinkedHashMap<>();
        for (AllianceRecord r : scope) {
            for (Quote quote : r.allQuotes()) {
                String key = quote.source().id() + "@" + quote.start();
                if (quoteHits.containsKey(key) || !fold(quote.text()).contains(q)) continue;
                Target target = targetOf(r, r.citing(quote));
                if (target != null) quoteHits.put(key, new Hit(Kind.QUOTE, target.value(), "“" + excerpt(quote.text(), q) + "”", titleOf(target.value()), target.kind()));
            }
        }
        hits.addAll(quoteHits.values());
        return hits.size() > limit ? hits.subList(0, limit) : hits;
    }

    /** What a quote leads to, and its kind. */
    private record Target(Kind kind, Object value) {
    }

    private static Target targetOf(AllianceRecord record, List<AllianceRecord.Cited> cited) {
        for (AllianceRecord.Cited c : cited) {
            Target t = switch (c.kind()) {
                case COUNTRY -> new Target(Kind.COUNTRY, record.country(c.id()).orElse(null));
                case PERIOD -> new Target(Kind.COUNTRY, record.periods().stream().filter(p -> p.id().equals(c.id())).map(p -> (Object) p.country()).findFirst().orElse(null));
                case EVENT -> new Target(Kind.EVENT, record.event(c.id()).orElse(null));
                case DEPLOYMENT -> new Target(Kind.DEPLOYMENT, record.deployments().stream().filter(d -> d.id().equals(c.id())).findFirst().orElse(null));
                case FORCE -> new Target(Kind.FORCE, record.forces().stream().filter(f -> f.id().equals(c.id())).findFirst().orElse(null));
            };
            if (t.value() != null) return t;
        }
        return null;
    }

    private static String titleOf(Object target) {
        if (target instanceof Country c) return "about " + c.name();
        if (target instanceof Event e) return "in: " + e.title();
        if (target instanceof Deployment d) return "in: " + d.name();
        if (target instanceof Force f) return "in: " + f.name();
        return "";
    }

    /** True when any of the texts (a missing one holds nothing) holds the folded query. */
    private static boolean holds(String foldedQuery, String... texts) {
        for (String t : texts) if (fold(t).contains(foldedQuery)) return true;
        return false;
    }

    /** A place by its name in English or Russian. */
    private static boolean holds(String foldedQuery, Place p) {
        return p != null && holds(foldedQuery, p.name(), p.nameRu());
    }

    /** About 80 characters of the quote around the first match. */
    static String excerpt(String quote, String foldedQuery) {
        String one = quote.replaceAll("\\s+", " ").strip();
        int at = fold(one).indexOf(foldedQuery);
        if (one.length() <= 80 || at < 0) return one;
        int from = Math.max(0, at - 30);
        int to = Math.min(one.length(), from + 80);
        return (from > 0 ? "…" : "") + one.substring(from, to) + (to < one.length() ? "…" : "");
    }

    /** Lower case, accents and marks removed, white space folded: "Pashinián" finds "pashinian". */
    static String fold(String s) {
        if (s == null) return "";
        String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return d.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}

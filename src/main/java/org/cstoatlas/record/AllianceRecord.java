package org.cstoatlas.record;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The whole record of the alliance as one validated dataset holds it. Immutable; built by the dataset
 * loader only after every check passed.
 */
public final class AllianceRecord {

    private final Map<String, Country> countries;
    private final Map<String, Source> sources;
    private final Map<String, Reference> references;
    private final List<StatusPeriod> periods;
    private final List<Event> events;
    private final List<Deployment> deployments;
    private final List<Force> forces;
    private final List<Exercise> exercises;
    private final List<Base> bases;
    private final List<Disagreement> disagreements;
    private final Map<String, List<Cited>> citationsByPassage;

    public AllianceRecord(List<Country> countries, List<Source> sources, List<Reference> references,
                          List<StatusPeriod> periods, List<Event> events, List<Deployment> deployments,
                          List<Force> forces, List<Exercise> exercises, List<Base> bases, List<Disagreement> disagreements) {
        this.countries = byId(countries, Country::iso);
        this.sources = byId(sources, Source::id);
        this.references = byId(references, Reference::id);
        this.periods = List.copyOf(periods.stream()
                .sorted(Comparator.comparing(StatusPeriod::start).thenComparing(p -> p.country().iso()).thenComparing(StatusPeriod::body))
                .toList());
        this.events = events.stream().sorted(Comparator.comparing(Event::date).thenComparing(Event::id)).toList();
        this.deployments = List.copyOf(deployments);
        this.forces = List.copyOf(forces);
        this.exercises = exercises.stream().sorted(Comparator.comparing(Exercise::start).thenComparing(Exercise::id)).toList();
        this.bases = List.copyOf(bases);
        this.disagreements = List.copyOf(disagreements);
        this.citationsByPassage = indexCitations();
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, t -> t, (a, b) -> a, LinkedHashMap::new));
    }

    public List<Country> countries() {
        return List.copyOf(countries.values());
    }

    public Optional<Country> country(String iso) {
        return Optional.ofNullable(countries.get(iso));
    }

    public List<Source> sources() {
        return List.copyOf(sources.values());
    }

    public Optional<Source> source(String id) {
        return Optional.ofNullable(sources.get(id));
    }

    public List<Reference> references() {
        return List.copyOf(references.values());
    }

    /** Every status period, ordered by start. */
    public List<StatusPeriod> periods() {
        return periods;
    }

    /** Every event, in date order. */
    public List<Event> events() {
        return events;
    }

    public Optional<Event> event(String id) {
        return events.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public List<Deployment> deployments() {
        return deployments;
    }

    public List<Force> forces() {
        return forces;
    }

    /** The alliance's named joint exercises, in date order. */
    public List<Exercise> exercises() {
        return exercises;
    }

    /** Foreign (Russian) military bases and facilities in member states. */
    public List<Base> bases() {
        return bases;
    }

    public List<Disagreement> disagreements() {
        return disagreements;
    }

    /** The disagreements about one entry of the record. */
    public List<Disagreement> disagreementsAbout(Disagreement.Kind kind, String id) {
        return disagreements.stream().filter(d -> d.subject().kind() == kind && d.subject().id().equals(id)).toList();
    }

    /**
     * Every disagreement that bears on a country's story: about the country, one of its periods, or an
     * event that involves it (the 1999 non-renewal, the founding date, the observers).
     */
    public List<Disagreement> disagreementsTouching(Country country) {
        List<Disagreement> out = new ArrayList<>(disagreementsAbout(Disagreement.Kind.COUNTRY, country.iso()));
        history(country).forEach(p -> out.addAll(disagreementsAbout(Disagreement.Kind.PERIOD, p.id())));
        eventsOf(country).forEach(e -> out.addAll(disagreementsAbout(Disagreement.Kind.EVENT, e.id())));
        return out.stream().distinct().toList();
    }

    /** The periods of one country, oldest first. */
    public List<StatusPeriod> history(Country country) {
        return periods.stream().filter(p -> p.country().equals(country)).toList();
    }

    /** The events that involve a country, in date order. */
    public List<Event> eventsOf(Country country) {
        return events.stream().filter(e -> e.countries().contains(country)).toList();
    }

    /** Every quote that supports a fact about the country: its periods, then its events; each passage once. */
    public List<Quote> quotesAbout(Country country) {
        List<Evidence> all = new ArrayList<>();
        history(country).forEach(p -> all.addAll(p.evidence()));
        eventsOf(country).forEach(e -> all.addAll(e.evidence()));
        return distinctQuotes(all);
    }

    /** The quotes an event cites, each passage once. */
    public List<Quote> quotesOf(Event event) {
        return distinctQuotes(event.evidence());
    }

    public static List<Quote> distinctQuotes(List<Evidence> evidence) {
        List<Quote> out = new ArrayList<>();
        for (Evidence e : evidence) {
            if (e instanceof Quote q && out.stream().noneMatch(q::samePassage)) out.add(q);
        }
        return out;
    }

    /** Everything in the record that cites this passage. */
    public List<Cited> citing(Quote quote) {
        return citationsByPassage.getOrDefault(passageKey(quote), List.of());
    }

    /** An entry of the record that cites a passage: its kind, its id and a title to show. */
    public record Cited(Disagreement.Kind kind, String id, String title) {
    }

    private static String passageKey(Quote q) {
        return q.source().id() + "@" + q.start() + "-" + q.end();
    }

    /** Every quote the record holds, in every entry that cites it (a passage cited twice counts twice). */
    public List<Quote> allQuotes() {
        List<Quote> out = new ArrayList<>();
        walkEvidence((who, evidence) -> evidence.forEach(e -> {
            if (e instanceof Quote q) out.add(q);
        }));
        List<Evidence> more = new ArrayList<>();
        exercises.forEach(x -> more.addAll(x.evidence()));
        bases.forEach(b -> {
            more.addAll(b.evidence());
            b.attested().forEach(a -> more.addAll(a.evidence()));
        });
        more.forEach(e -> {
            if (e instanceof Quote q) out.add(q);
        });
        return out;
    }

    /** Visits every list of evidence in the record with the entry it supports. */
    private void walkEvidence(java.util.function.BiConsumer<Cited, List<Evidence>> visit) {
        for (StatusPeriod p : periods) {
            visit.accept(new Cited(Disagreement.Kind.PERIOD, p.id(), p.country().name() + ": " + p.status().id() + " of the " + p.body().id().replace('-', ' ')), p.evidence());
        }
        for (Event e : events) visit.accept(new Cited(Disagreement.Kind.EVENT, e.id(), e.title()), e.evidence());
        for (Deployment d : deployments) {
            Cited c = new Cited(Disagreement.Kind.DEPLOYMENT, d.id(), d.name());
            visit.accept(c, d.evidence());
            d.phases().forEach(ph -> visit.accept(c, ph.evidence()));
            d.contingents().forEach(ct -> visit.accept(c, ct.evidence()));
            d.totals().forEach(t -> visit.accept(c, t.evidence()));
        }
        for (Force f : forces) visit.accept(new Cited(Disagreement.Kind.FORCE, f.id(), f.name()), f.evidence());
        for (Disagreement d : disagreements) {
            Cited c = new Cited(d.subject().kind(), d.subject().id(), d.topic());
            d.versions().forEach(v -> visit.accept(c, v.evidence()));
        }
    }

    private Map<String, List<Cited>> indexCitations() {
        Map<String, List<Cited>> index = new LinkedHashMap<>();
        walkEvidence((who, evidence) -> cite(index, evidence, who));
        index.replaceAll((k, v) -> List.copyOf(v));
        return index;
    }

    private static void cite(Map<String, List<Cited>> index, List<Evidence> evidence, Cited who) {
        for (Evidence e : evidence) {
            if (e instanceof Quote q) {
                List<Cited> list = index.computeIfAbsent(passageKey(q), k -> new ArrayList<>());
                if (!list.contains(who)) list.add(who);
            }
        }
    }
}

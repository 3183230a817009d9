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
 * The record of one alliance as one validated dataset holds it, with the dataset's other alliances
 * a call away ({@link #forAlliance(String)}). The record the loader returns is the subject's (the
 * CSTO's): its periods, events, disagreements and countries are the subject's, as before alliances
 * were data. Every view shares the dataset's countries, sources and references. Immutable; built by
 * the dataset loader only after every check passed.
 */
public final class AllianceRecord implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** What every alliance's view shares. */
    private static final class Dataset implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        final List<Alliance> alliances;
        final Map<String, Country> countries;
        final Map<String, Source> sources;
        final Map<String, Reference> references;
        final List<StatusPeriod> periods;
        final List<Event> events;
        final List<Disagreement> disagreements;
        final Map<String, AllianceRecord> views = new LinkedHashMap<>();

        Dataset(List<Alliance> alliances, List<Country> countries, List<Source> sources, List<Reference> references,
                List<StatusPeriod> periods, List<Event> events, List<Disagreement> disagreements) {
            this.alliances = List.copyOf(alliances);
            this.countries = byId(countries, Country::iso);
            this.sources = byId(sources, Source::id);
            this.references = byId(references, Reference::id);
            this.periods = periods.stream()
                    .sorted(Comparator.comparing(StatusPeriod::start).thenComparing(p -> p.country().iso())
                            .thenComparing(p -> p.body().alliance()).thenComparing(p -> p.body().precedence()))
                    .toList();
            this.events = events.stream().sorted(Comparator.comparing(Event::date).thenComparing(Event::id)).toList();
            this.disagreements = List.copyOf(disagreements);
        }
    }

    private final Dataset dataset;
    private final Alliance alliance;
    private final List<Country> countries;
    private final List<StatusPeriod> periods;
    private final List<Event> events;
    private final List<Deployment> deployments;
    private final List<Force> forces;
    private final List<Exercise> exercises;
    private final List<Base> bases;
    private final List<Disagreement> disagreements;
    private final Map<String, List<Cited>> citationsByPassage;

    /**
     * The subject alliance's record, and through it every other's.
     *
     * @param alliances every alliance, exactly one of them the subject; deployments and forces are the subject's
     */
    public AllianceRecord(List<Alliance> alliances, List<Country> countries, List<Source> sources, List<Reference> references,
                          List<StatusPeriod> periods, List<Event> events, List<Deployment> deployments,
                          List<Force> forces, List<Exercise> exercises, List<Base> bases, List<Disagreement> disagreements) {
        this(new Dataset(alliances, countries, sources, references, periods, events, disagreements),
                alliances.stream().filter(Alliance::subject).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("no subject alliance among " + alliances)),
                deployments, forces, exercises, bases);
        for (Alliance a : dataset.alliances) {
            dataset.views.put(a.id(), a.subject() ? this : new AllianceRecord(dataset, a, List.of(), List.of(), List.of(), List.of()));
        }
    }

    /** One alliance's view; deployments, forces, exercises and bases belong to the subject's only. */
    private AllianceRecord(Dataset dataset, Alliance alliance, List<Deployment> deployments, List<Force> forces,
                           List<Exercise> exercises, List<Base> bases) {
        this.dataset = dataset;
        this.alliance = alliance;
        this.periods = dataset.periods.stream().filter(p -> p.alliance().equals(alliance.id())).toList();
        this.events = dataset.events.stream().filter(e -> e.alliance().id().equals(alliance.id())).toList();
        this.deployments = List.copyOf(deployments);
        this.forces = List.copyOf(forces);
        this.exercises = exercises.stream().sorted(Comparator.comparing(Exercise::start).thenComparing(Exercise::id)).toList();
        this.bases = List.copyOf(bases);
        this.disagreements = dataset.disagreements.stream().filter(d -> alliance.id().equals(allianceOf(d.subject()))).toList();
        this.countries = mentionedCountries();
        this.citationsByPassage = indexCitations();
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, t -> t, (a, b) -> a, LinkedHashMap::new));
    }

    /** The alliance a disagreement's subject belongs to: a period's or an event's own; the subject's for the rest. */
    private String allianceOf(Disagreement.Subject s) {
        String subjectId = dataset.alliances.stream().filter(Alliance::subject).findFirst().map(Alliance::id).orElse(null);
        return switch (s.kind()) {
            case PERIOD -> dataset.periods.stream().filter(p -> p.id().equals(s.id())).findFirst().map(StatusPeriod::alliance).orElse(subjectId);
            case EVENT -> dataset.events.stream().filter(e -> e.id().equals(s.id())).findFirst().map(e -> e.alliance().id()).orElse(subjectId);
            case COUNTRY, DEPLOYMENT, FORCE -> subjectId;
        };
    }

    /**
     * The countries this alliance's story names (its periods, events, deployments, forces), and those
     * no alliance's story names, in the dataset's order: the subject's list stays what it was before
     * context alliances brought their countries.
     */
    private List<Country> mentionedCountries() {
        java.util.Set<String> mine = new java.util.HashSet<>();
        java.util.Set<String> anyone = new java.util.HashSet<>();
        for (StatusPeriod p : dataset.periods) {
            anyone.add(p.country().iso());
            if (p.alliance().equals(alliance.id())) mine.add(p.country().iso());
        }
        for (Event e : dataset.events) {
            e.countries().forEach(c -> anyone.add(c.iso()));
            if (e.place() != null && e.place().country() != null) anyone.add(e.place().country().iso());
            if (e.alliance().id().equals(alliance.id())) {
                e.countries().forEach(c -> mine.add(c.iso()));
                if (e.place() != null && e.place().country() != null) mine.add(e.place().country().iso());
            }
        }
        for (Deployment d : deployments) {
            mine.add(d.target().iso());
            d.contingents().forEach(c -> mine.add(c.country().iso()));
            d.places().forEach(p -> mine.add(p.country().iso()));
        }
        for (Force f : forces) {
            f.countries().forEach(c -> mine.add(c.iso()));
            mine.add(f.base().country().iso());
        }
        // A country the record holds for the borders of the past (a past state's shape, a successor) is no party left out.
        for (Country c : dataset.countries.values()) {
            if (!c.drawn().isEmpty()) anyone.add(c.iso());
            anyone.addAll(c.successors());
        }
        return dataset.countries.values().stream()
                .filter(c -> mine.contains(c.iso()) || (alliance.subject() && !anyone.contains(c.iso())))
                .toList();
    }

    // ---- alliances ----

    /** The alliance this record is about. */
    public Alliance alliance() {
        return alliance;
    }

    /** Every alliance of the dataset, in the dataset's order (the subject first in the bundled one). */
    public List<Alliance> alliances() {
        return dataset.alliances;
    }

    public Optional<Alliance> alliance(String id) {
        return dataset.alliances.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** The subject alliance's record (the one the loader returned). */
    public AllianceRecord subject() {
        return dataset.views.values().stream().filter(v -> v.alliance.subject()).findFirst().orElse(this);
    }

    /**
     * The record of one alliance of the dataset.
     *
     * @throws java.util.NoSuchElementException naming the known ids, when the dataset has no such alliance
     */
    public AllianceRecord forAlliance(String id) {
        AllianceRecord view = dataset.views.get(id);
        if (view == null) {
            throw new java.util.NoSuchElementException("no alliance '" + id + "' (known: " + String.join(", ", dataset.views.keySet()) + ")");
        }
        return view;
    }

    /**
     * The timeline's first day: 1 January of the year in which the record's first period or event
     * begins (NATO's treaty of 4 April 1949 in the bundled dataset, so 1 January 1949), to show the
     * months before it too. The timeline and the command line start there.
     */
    public java.time.LocalDate firstDay() {
        java.time.LocalDate first = null;
        for (StatusPeriod p : dataset.periods) first = earlier(first, p.start().first());
        for (Event e : dataset.events) first = earlier(first, e.date().first());
        return first == null ? java.time.LocalDate.of(1992, 1, 1) : first.withDayOfYear(1);
    }

    private static java.time.LocalDate earlier(java.time.LocalDate a, java.time.LocalDate b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    /** Every alliance's periods, ordered by start. */
    public List<StatusPeriod> allPeriods() {
        return dataset.periods;
    }

    /** Every alliance's events, in date order. */
    public List<Event> allEvents() {
        return dataset.events;
    }

    /** Every alliance's disagreements. */
    public List<Disagreement> allDisagreements() {
        return dataset.disagreements;
    }

    /** Every country of the dataset, in the dataset's order ({@link #countries()} is this alliance's). */
    public List<Country> allCountries() {
        return List.copyOf(dataset.countries.values());
    }

    /** Every alliance's periods of one country, oldest first. */
    public List<StatusPeriod> allHistory(Country country) {
        return dataset.periods.stream().filter(p -> p.country().equals(country)).toList();
    }

    // ---- this alliance ----

    /** The countries this alliance's story names, and those no alliance's story names (for the subject). */
    public List<Country> countries() {
        return countries;
    }

    /** Any country of the dataset. */
    public Optional<Country> country(String iso) {
        return Optional.ofNullable(dataset.countries.get(iso));
    }

    public List<Source> sources() {
        return List.copyOf(dataset.sources.values());
    }

    public Optional<Source> source(String id) {
        return Optional.ofNullable(dataset.sources.get(id));
    }

    /** Every reference of the dataset. */
    public List<Reference> references() {
        return List.copyOf(dataset.references.values());
    }

    /** This alliance's status periods, ordered by start. */
    public List<StatusPeriod> periods() {
        return periods;
    }

    /** This alliance's events, in date order. */
    public List<Event> events() {
        return events;
    }

    public Optional<Event> event(String id) {
        return events.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** The event from which Crimea is shown as disputed: named in one place. */
    static final String CRIMEA_EVENT = "crimea-2014";

    /** When Crimea's annexation makes it disputed territory on a map, as the record dates it; null if it does not. */
    public FuzzyDate crimeaDisputedFrom() {
        return event(CRIMEA_EVENT).map(Event::date).orElse(null);
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

    /** The countries a disagreement bears on, by code; made on first asking (see {@link #contested}). */
    private transient volatile java.util.Set<String> contestedIsos;

    /**
     * Whether any disagreement bears on the country's story: {@link #disagreementsTouching} not empty,
     * answered from one pass over the disagreements. The map flags every name it shows; asked country
     * by country, the whole search took 20 ms of the first map.
     */
    public boolean contested(Country country) {
        java.util.Set<String> isos = contestedIsos;
        if (isos == null) contestedIsos = isos = contestedIsos();
        return isos.contains(country.iso());
    }

    private java.util.Set<String> contestedIsos() {
        java.util.Map<Disagreement.Kind, java.util.Set<String>> about = new java.util.EnumMap<>(Disagreement.Kind.class);
        for (Disagreement d : disagreements) about.computeIfAbsent(d.subject().kind(), k -> new java.util.HashSet<>()).add(d.subject().id());
        java.util.Set<String> isos = new java.util.HashSet<>(about.getOrDefault(Disagreement.Kind.COUNTRY, java.util.Set.of()));
        java.util.Set<String> periodIds = about.getOrDefault(Disagreement.Kind.PERIOD, java.util.Set.of());
        java.util.Set<String> eventIds = about.getOrDefault(Disagreement.Kind.EVENT, java.util.Set.of());
        for (StatusPeriod p : periods) if (periodIds.contains(p.id())) isos.add(p.country().iso());
        for (Event e : events) if (eventIds.contains(e.id())) e.countries().forEach(c -> isos.add(c.iso()));
        return java.util.Set.copyOf(isos);
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
    public record Cited(Disagreement.Kind kind, String id, String title) implements java.io.Serializable {
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

    /**
     * Every citation of a reference in the record, of every alliance and every kind of entry (periods,
     * events, disagreements, deployments, forces, exercises, bases, countries), as often as it is cited.
     */
    public List<Citation> allCitations() {
        List<Evidence> all = new ArrayList<>();
        allPeriods().forEach(p -> all.addAll(p.evidence()));
        allEvents().forEach(e -> all.addAll(e.evidence()));
        allDisagreements().forEach(d -> d.versions().forEach(v -> all.addAll(v.evidence())));
        for (Deployment d : deployments) {
            all.addAll(d.evidence());
            d.phases().forEach(ph -> all.addAll(ph.evidence()));
            d.contingents().forEach(ct -> all.addAll(ct.evidence()));
            d.totals().forEach(t -> all.addAll(t.evidence()));
        }
        forces.forEach(f -> all.addAll(f.evidence()));
        exercises.forEach(x -> all.addAll(x.evidence()));
        bases.forEach(b -> {
            all.addAll(b.evidence());
            b.attested().forEach(a -> all.addAll(a.evidence()));
        });
        allCountries().forEach(c -> {
            all.addAll(c.evidence());
            c.drawn().forEach(d -> all.addAll(d.evidence()));
        });
        List<Citation> out = new ArrayList<>();
        all.forEach(e -> {
            if (e instanceof Citation c) out.add(c);
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

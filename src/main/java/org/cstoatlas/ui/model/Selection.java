package org.cstoatlas.ui.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.cstoatlas.record.AllianceRecord;
import org.cstoatlas.record.Base;
import org.cstoatlas.record.Country;
import org.cstoatlas.record.Deployment;
import org.cstoatlas.record.Event;
import org.cstoatlas.record.Exercise;
import org.cstoatlas.record.Force;
import org.cstoatlas.record.Language;
import org.cstoatlas.record.Place;
import org.cstoatlas.state.Lesson;
import org.cstoatlas.state.SelectionRef;
import org.cstoatlas.words.EvidenceMarkdown;
import org.cstoatlas.words.Words;

/**
 * What the user has selected: the detail pane shows its story and its evidence. Each kind answers for
 * itself what it is called, which countries it involves, where it stands on the map and its evidence,
 * so no caller asks which kind it holds.
 */
public sealed interface Selection {

    /** A short name for the selection in a language, for titles and accessible text. */
    String title(Language language);

    /** The selection by kind and id, as a state keeps it. */
    SelectionRef ref();

    /** The countries it involves, outlined on the map while it is selected (a country itself: none besides). */
    List<Country> countries();

    /** Where it stands on the map (a lesson's note is pinned there); null where the record gives no place. */
    Lesson.Pin where();

    /** Its evidence as Markdown with full citations (File ▸ Export evidence). */
    String evidence(AllianceRecord record, Words words);

    /**
     * The places the map must show for it, each {@code {lat, lon}}, the first being the one it stands by;
     * a country is shown where the map names it ({@code named}, null where it is not drawn).
     */
    List<double[]> places(Function<Country, double[]> named);

    /** True when the map draws a box beside its first place (a deployment's): framing keeps room for it. */
    default boolean boxed() {
        return false;
    }

    private static List<double[]> placed(double[]... places) {
        List<double[]> all = new ArrayList<>();
        for (double[] p : places) if (p != null) all.add(p);
        return all;
    }

    private static double[] of(Place p) {
        return p == null ? null : new double[] {p.lat(), p.lon()};
    }

    /**
     * The date the atlas shows it on when it is selected on {@code date}: the same date where it is
     * there then (a country always), else the day it begins; an event always its own day.
     */
    LocalDate dateFor(LocalDate date);

    /**
     * The alliance the map must show beside its first for this to be seen (a context alliance's event);
     * null where the alliance shown serves.
     */
    default String alliance() {
        return null;
    }

    /**
     * Where the map writes its name, which the operations' boxes leave uncovered: a country's name by its
     * capital; null for what the operations layer labels itself.
     */
    default Lesson.Pin namedAt() {
        return null;
    }

    /** What to do for each kind: where a view lays each out its own way (Java 17 has no switch on types). */
    interface Cases<R> {
        R country(Country c);

        R event(Event e);

        R deployment(Deployment d);

        R force(Force f);

        R exercise(Exercise x);

        R base(Base b);
    }

    /** The case of {@code cases} for this kind. */
    <R> R match(Cases<R> cases);

    private static Lesson.Pin at(double lat, double lon) {
        // Web Mercator ends short of the poles: a pin is kept where the map can show it.
        return new Lesson.Pin(Math.max(-85, Math.min(85, lat)), lon);
    }

    private static Lesson.Pin at(Place p) {
        return p == null ? null : at(p.lat(), p.lon());
    }

    private static Lesson.Pin atCapital(Country c) {
        return c.capital() == null ? null : at(c.capital().lat(), c.capital().lon());
    }

    private static List<Country> with(List<Country> some, Country one) {
        List<Country> all = new ArrayList<>(some);
        all.add(one);
        return List.copyOf(all);
    }

    record OfCountry(Country country) implements Selection {
        public String title(Language language) {
            return country.name(language);
        }

        public SelectionRef ref() {
            return new SelectionRef(SelectionRef.Kind.COUNTRY, country.iso());
        }

        public List<Country> countries() {
            return List.of();
        }

        public Lesson.Pin where() {
            return atCapital(country);
        }

        public List<double[]> places(Function<Country, double[]> named) {
            return placed(named.apply(country));
        }

        public String evidence(AllianceRecord record, Words words) {
            return EvidenceMarkdown.of(record, country, words);
        }

        public LocalDate dateFor(LocalDate date) {
            return date;
        }

        public Lesson.Pin namedAt() {
            return atCapital(country);
        }

        public <R> R match(Cases<R> cases) {
            return cases.country(country);
        }
    }

    record OfEvent(Event event) implements Selection {
        public String title(Language language) {
            return event.title(language);
        }

        public SelectionRef ref() {
            return new SelectionRef(SelectionRef.Kind.EVENT, event.id());
        }

        public List<Country> countries() {
            return event.countries();
        }

        /** At its first country's capital. */
        public Lesson.Pin where() {
            return event.countries().isEmpty() ? null : atCapital(event.countries().get(0));
        }

        /** Where its first country is named. */
        public List<double[]> places(Function<Country, double[]> named) {
            return event.countries().isEmpty() ? List.of() : placed(named.apply(event.countries().get(0)));
        }

        public String evidence(AllianceRecord record, Words words) {
            return EvidenceMarkdown.of(record, event, words);
        }

        public LocalDate dateFor(LocalDate date) {
            return event.date().first();
        }

        /** A context alliance's event is shown with its alliance beside the one shown first. */
        public String alliance() {
            return event.alliance().subject() ? null : event.alliance().id();
        }

        public <R> R match(Cases<R> cases) {
            return cases.event(event);
        }
    }

    record OfDeployment(Deployment deployment) implements Selection {
        public String title(Language language) {
            return deployment.name(language);
        }

        public SelectionRef ref() {
            return new SelectionRef(SelectionRef.Kind.DEPLOYMENT, deployment.id());
        }

        public List<Country> countries() {
            return with(deployment.contingents().stream().map(Deployment.Contingent::country).toList(), deployment.target());
        }

        /** At its first place in the target country. */
        public Lesson.Pin where() {
            return deployment.places().isEmpty() ? null : at(deployment.places().get(0));
        }

        /** Its first place, then every contributor's capital. */
        public List<double[]> places(Function<Country, double[]> named) {
            List<double[]> all = placed(deployment.places().isEmpty() ? null : of(deployment.places().get(0)));
            for (Deployment.Contingent c : deployment.contingents()) {
                Country.Capital capital = c.country().capital();
                if (capital != null) all.add(new double[] {capital.lat(), capital.lon()});
            }
            return all;
        }

        public boolean boxed() {
            return true;
        }

        public String evidence(AllianceRecord record, Words words) {
            return EvidenceMarkdown.of(record, deployment, words);
        }

        public LocalDate dateFor(LocalDate date) {
            return deployment.activeOn(date) ? date : deployment.start().first();
        }

        public <R> R match(Cases<R> cases) {
            return cases.deployment(deployment);
        }
    }

    record OfForce(Force force) implements Selection {
        public String title(Language language) {
            return force.name(language);
        }

        public SelectionRef ref() {
            return new SelectionRef(SelectionRef.Kind.FORCE, force.id());
        }

        public List<Country> countries() {
            return force.countries();
        }

        /** At its base. */
        public Lesson.Pin where() {
            return at(force.base());
        }

        public List<double[]> places(Function<Country, double[]> named) {
            return placed(of(force.base()));
        }

        public String evidence(AllianceRecord record, Words words) {
            return EvidenceMarkdown.of(record, force, words);
        }

        public LocalDate dateFor(LocalDate date) {
            return force.activeOn(date) ? date : force.created().first();
        }

        public <R> R match(Cases<R> cases) {
            return cases.force(force);
        }
    }

    record OfExercise(Exercise exercise) implements Selection {
        public String title(Language language) {
            return exercise.name(language);
        }

        public SelectionRef ref() {
            return new SelectionRef(SelectionRef.Kind.EXERCISE, exercise.id());
        }

        /** Its participants and its host. */
        public List<Country> countries() {
            return with(exercise.participants(), exercise.host());
        }

        /** On its ground. */
        public Lesson.Pin where() {
            return at(exercise.place());
        }

        public List<double[]> places(Function<Country, double[]> named) {
            return placed(of(exercise.place()));
        }

        public String evidence(AllianceRecord record, Words words) {
            return EvidenceMarkdown.of(record, exercise, words);
        }

        public LocalDate dateFor(LocalDate date) {
            return exercise.activeOn(date) ? date : exercise.start().first();
        }

        public <R> R match(Cases<R> cases) {
            return cases.exercise(exercise);
        }
    }

    record OfBase(Base base) implements Selection {
        public String title(Language language) {
            return base.name(language);
        }

        public SelectionRef ref() {
            return new SelectionRef(SelectionRef.Kind.BASE, base.id());
        }

        /** Its host and the country that keeps it. */
        public List<Country> countries() {
            return List.of(base.host(), base.operator());
        }

        /** Where it stands. */
        public Lesson.Pin where() {
            return at(base.place());
        }

        public List<double[]> places(Function<Country, double[]> named) {
            return placed(of(base.place()));
        }

        public String evidence(AllianceRecord record, Words words) {
            return EvidenceMarkdown.of(record, base, words);
        }

        public LocalDate dateFor(LocalDate date) {
            return base.activeOn(date) ? date : base.from().first();
        }

        public <R> R match(Cases<R> cases) {
            return cases.base(base);
        }
    }

    /** What a reference names in the record, if it holds it (a country's code in any case). */
    static Optional<Selection> find(AllianceRecord record, SelectionRef ref) {
        if (ref == null) return Optional.empty();
        String id = ref.id();
        return switch (ref.kind()) {
            case COUNTRY -> record.country(id.toUpperCase(Locale.ROOT)).map(OfCountry::new);
            // Any alliance's event: a lesson on the Warsaw Pact selects its events beside the CSTO's.
            case EVENT -> record.allEvents().stream().filter(e -> e.id().equals(id)).findFirst().map(OfEvent::new);
            case DEPLOYMENT -> record.deployments().stream().filter(d -> d.id().equals(id)).findFirst().map(OfDeployment::new);
            case FORCE -> record.forces().stream().filter(f -> f.id().equals(id)).findFirst().map(OfForce::new);
            case EXERCISE -> record.exercises().stream().filter(x -> x.id().equals(id)).findFirst().map(OfExercise::new);
            case BASE -> record.bases().stream().filter(b -> b.id().equals(id)).findFirst().map(OfBase::new);
        };
    }

    /** What a search hit leads to (a quote to what it supports). */
    static Selection of(org.cstoatlas.record.Search.Hit hit) {
        Object t = hit.target();
        return switch (hit.leadsTo()) {
            case COUNTRY -> new OfCountry((Country) t);
            case EVENT -> new OfEvent((Event) t);
            case DEPLOYMENT -> new OfDeployment((Deployment) t);
            case FORCE -> new OfForce((Force) t);
            case EXERCISE -> new OfExercise((Exercise) t);
            case BASE -> new OfBase((Base) t);
            // A quote's hit leads to what it supports: never a quote.
            case QUOTE -> throw new IllegalArgumentException("a hit leads to a quote");
        };
    }

    /** What {@code --select} names: a country by its ISO3 code (any case), else an event by its id. */
    static Optional<Selection> findCountryOrEvent(AllianceRecord record, String id) {
        Optional<Selection> country = find(record, new SelectionRef(SelectionRef.Kind.COUNTRY, id));
        return country.isPresent() ? country : find(record, new SelectionRef(SelectionRef.Kind.EVENT, id));
    }
}

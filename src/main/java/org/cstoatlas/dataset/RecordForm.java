package org.cstoatlas.dataset;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.cstoatlas.record.Alliance;
import org.cstoatlas.record.AllianceRecord;
import org.cstoatlas.record.Base;
import org.cstoatlas.record.BaseKind;
import org.cstoatlas.record.Body;
import org.cstoatlas.record.Citation;
import org.cstoatlas.record.Confidence;
import org.cstoatlas.record.Country;
import org.cstoatlas.record.Deployment;
import org.cstoatlas.record.Disagreement;
import org.cstoatlas.record.Event;
import org.cstoatlas.record.EventKind;
import org.cstoatlas.record.Evidence;
import org.cstoatlas.record.Exercise;
import org.cstoatlas.record.Force;
import org.cstoatlas.record.ForceKind;
import org.cstoatlas.record.FuzzyDate;
import org.cstoatlas.record.Place;
import org.cstoatlas.record.Precision;
import org.cstoatlas.record.Quote;
import org.cstoatlas.record.Reference;
import org.cstoatlas.record.Response;
import org.cstoatlas.record.Size;
import org.cstoatlas.record.Source;
import org.cstoatlas.record.Status;
import org.cstoatlas.record.StatusPeriod;

/**
 * The checked record's compact form, written and read field by field. Each object is written once
 * and named by its number where it comes again, so a country, source or reference is one object
 * wherever the record names it, as the loader made it. Java's own serialization did the same, but
 * building its readers for some thirty record types cost the window's start about a third of a second.
 *
 * <p>Read only from the atlas's own build, and still bounded: a count, a length or a number that does
 * not fit what is left ends the read with an IOException.
 */
final class RecordForm {

    /** "CSTO" and the form's version: any other file is refused at its first four bytes. */
    static final int MAGIC = 0x4353544F;
    static final int VERSION = 1;

    private static final int NULL = -1;
    private static final int NEW = -2;
    private static final int MAX_COUNT = 1_000_000;
    private static final int MAX_STRING = 16 << 20;

    private RecordForm() {
    }

    // ------------------------------------------------------------------------------------------ writing

    static void write(AllianceRecord any, DataOutputStream out) throws IOException {
        // The subject's view holds the deployments, forces, exercises and bases; every view, the rest.
        AllianceRecord record = any.alliances().stream().filter(Alliance::subject).findFirst().map(a -> any.forAlliance(a.id())).orElse(any);
        Writer w = new Writer(out);
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        w.list(record.alliances(), w::alliance);
        w.list(record.allCountries(), w::country);
        w.list(record.sources(), w::source);
        w.list(record.references(), w::reference);
        w.list(record.allPeriods(), w::period);
        w.list(record.allEvents(), w::event);
        w.list(record.deployments(), w::deployment);
        w.list(record.forces(), w::force);
        w.list(record.exercises(), w::exercise);
        w.list(record.bases(), w::base);
        w.list(record.allDisagreements(), w::disagreement);
        out.writeInt(MAGIC);
    }

    private interface Part<T> {
        void write(T t) throws IOException;
    }

    private static final class Writer {
        private final DataOutputStream out;
        private final Map<Object, Integer> written = new IdentityHashMap<>();

        Writer(DataOutputStream out) {
            this.out = out;
        }

        /** Writes the object's number where it was written before; otherwise marks it new and writes it. */
        private <T> void object(T t, Part<T> body) throws IOException {
            if (t == null) {
                out.writeInt(NULL);
                return;
            }
            Integer seen = written.get(t);
            if (seen != null) {
                out.writeInt(seen);
                return;
            }
            written.put(t, written.size());
            out.writeInt(NEW);
            body.write(t);
        }

        <T> void list(List<T> items, Part<T> part) throws IOException {
            if (items == null) {
                out.writeInt(NULL);
                return;
            }
            out.writeInt(items.size());
            for (T t : items) part.write(t);
        }

        void string(String s) throws IOException {
            if (s == null) {
                out.writeInt(NULL);
                return;
            }
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            out.writeInt(bytes.length);
            out.write(bytes);
        }

        void strings(List<String> items) throws IOException {
            list(items, this::string);
        }

        void word(Enum<?> e) throws IOException {
            out.writeInt(e == null ? NULL : e.ordinal());
        }

        void date(FuzzyDate d) throws IOException {
            object(d, x -> {
                out.writeBoolean(x.first() != null);
                if (x.first() != null) out.writeLong(x.first().toEpochDay());
                word(x.precision());
                out.writeBoolean(x.approximate());
            });
        }

        void size(Size s) throws IOException {
            object(s, x -> {
                out.writeInt(x.value());
                out.writeBoolean(x.approximate());
                string(x.unit());
            });
        }

        void evidence(List<Evidence> items) throws IOException {
            list(items, e -> object(e, x -> {
                // Evidence is one of two kinds: a quote of a source, or a reference's citation.
                out.writeBoolean(x instanceof Quote);
                if (x instanceof Quote q) {
                    source(q.source());
                    string(q.text());
                    out.writeInt(q.start());
                    out.writeInt(q.end());
                    string(q.note());
                    string(q.noteRu());
                } else {
                    Citation c = (Citation) x;
                    reference(c.reference());
                    string(c.says());
                    string(c.saysRu());
                    string(c.note());
                    string(c.noteRu());
                }
            }));
        }

        void alliance(Alliance a) throws IOException {
            object(a, x -> {
                string(x.id());
                string(x.name());
                string(x.nameRu());
                string(x.shortName());
                string(x.shortNameRu());
                out.writeBoolean(x.subject());
                list(x.bodies(), this::body);
                // In the words' order: a Set.copyOf iterates in an order of its own each run, and the form is the same every build.
                list(x.statuses() == null ? null : x.statuses().stream().sorted().toList(), this::word);
                string(x.note());
                string(x.noteRu());
            });
        }

        void body(Body b) throws IOException {
            object(b, x -> {
                string(x.id());
                string(x.alliance());
                string(x.title());
                string(x.titleRu());
                out.writeInt(x.precedence());
            });
        }

        void country(Country c) throws IOException {
            object(c, x -> {
                string(x.iso());
                string(x.name());
                string(x.nameRu());
                object(x.capital(), k -> {
                    string(k.name());
                    out.writeDouble(k.lat());
                    out.writeDouble(k.lon());
                });
                date(x.ended());
                strings(x.successors());
                string(x.within());
                list(x.drawn(), d -> object(d, k -> {
                    strings(k.parts());
                    date(k.from());
                    date(k.until());
                    evidence(k.evidence());
                }));
                string(x.note());
                string(x.noteRu());
                evidence(x.evidence());
                date(x.disputed());
            });
        }

        void source(Source s) throws IOException {
            object(s, x -> {
                string(x.id());
                string(x.title());
                string(x.publisher());
                string(x.author());
                string(x.written());
                string(x.writtenRu());
                string(x.note());
                string(x.text());
            });
        }

        void reference(Reference r) throws IOException {
            object(r, x -> {
                string(x.id());
                string(x.title());
                string(x.publisher());
                string(x.date());
                string(x.url());
                word(x.confidence());
                string(x.note());
                string(x.noteRu());
                string(x.titleRu());
                string(x.publisherRu());
            });
        }

        void place(Place p) throws IOException {
            object(p, x -> {
                string(x.name());
                country(x.country());
                out.writeDouble(x.lat());
                out.writeDouble(x.lon());
                string(x.nameRu());
            });
        }

        void period(StatusPeriod p) throws IOException {
            object(p, x -> {
                string(x.id());
                country(x.country());
                body(x.body());
                word(x.status());
                date(x.start());
                date(x.end());
                string(x.note());
                evidence(x.evidence());
                string(x.noteRu());
            });
        }

        void event(Event e) throws IOException {
            object(e, x -> {
                string(x.id());
                date(x.date());
                word(x.kind());
                string(x.title());
                list(x.countries(), this::country);
                place(x.place());
                word(x.response());
                string(x.note());
                evidence(x.evidence());
                string(x.titleRu());
                string(x.noteRu());
                alliance(x.alliance());
            });
        }

        void deployment(Deployment d) throws IOException {
            object(d, x -> {
                string(x.id());
                string(x.name());
                country(x.target());
                date(x.start());
                date(x.end());
                list(x.places(), this::place);
                list(x.phases(), p -> object(p, k -> {
                    date(k.date());
                    string(k.label());
                    evidence(k.evidence());
                    string(k.labelRu());
                }));
                list(x.contingents(), c -> object(c, k -> {
                    country(k.country());
                    size(k.size());
                    strings(k.units());
                    evidence(k.evidence());
                    strings(k.unitsRu());
                }));
                list(x.totals(), t -> object(t, k -> {
                    string(k.label());
                    size(k.size());
                    evidence(k.evidence());
                    string(k.labelRu());
                }));
                evidence(x.evidence());
                string(x.nameRu());
            });
        }

        void force(Force f) throws IOException {
            object(f, x -> {
                string(x.id());
                string(x.name());
                string(x.shortName());
                word(x.kind());
                date(x.created());
                date(x.ended());
                place(x.base());
                list(x.countries(), this::country);
                size(x.size());
                string(x.note());
                evidence(x.evidence());
                string(x.nameRu());
                string(x.shortNameRu());
                string(x.noteRu());
            });
        }

        void exercise(Exercise e) throws IOException {
            object(e, x -> {
                string(x.id());
                string(x.name());
                date(x.start());
                date(x.end());
                place(x.place());
                list(x.participants(), this::country);
                size(x.size());
                string(x.note());
                evidence(x.evidence());
                string(x.nameRu());
                string(x.noteRu());
            });
        }

        void base(Base b) throws IOException {
            object(b, x -> {
                string(x.id());
                string(x.name());
                string(x.shortName());
                word(x.kind());
                country(x.operator());
                place(x.place());
                date(x.opened());
                date(x.closed());
                list(x.attested(), a -> object(a, k -> {
                    date(k.date());
                    size(k.size());
                    string(k.note());
                    evidence(k.evidence());
                    string(k.noteRu());
                }));
                string(x.note());
                evidence(x.evidence());
                string(x.nameRu());
                string(x.shortNameRu());
                string(x.noteRu());
            });
        }

        void disagreement(Disagreement d) throws IOException {
            object(d, x -> {
                string(x.id());
                string(x.topic());
                object(x.subject(), s -> {
                    word(s.kind());
                    string(s.id());
                });
                list(x.versions(), v -> object(v, k -> {
                    string(k.says());
                    evidence(k.evidence());
                    string(k.saysRu());
                    date(k.start());
                    date(k.end());
                }));
                string(x.shown());
                string(x.why());
                string(x.topicRu());
                string(x.shownRu());
                string(x.whyRu());
            });
        }
    }

    // ------------------------------------------------------------------------------------------ reading

    static AllianceRecord read(DataInputStream in) throws IOException {
        if (in.readInt() != MAGIC) throw new IOException("not a checked record");
        int version = in.readInt();
        if (version != VERSION) throw new IOException("a checked record of another version (" + version + ")");
        Reader r = new Reader(in);
        List<Alliance> alliances = r.list(r::alliance);
        List<Country> countries = r.list(r::country);
        List<Source> sources = r.list(r::source);
        List<Reference> references = r.list(r::reference);
        List<StatusPeriod> periods = r.list(r::period);
        List<Event> events = r.list(r::event);
        List<Deployment> deployments = r.list(r::deployment);
        List<Force> forces = r.list(r::force);
        List<Exercise> exercises = r.list(r::exercise);
        List<Base> bases = r.list(r::base);
        List<Disagreement> disagreements = r.list(r::disagreement);
        if (in.readInt() != MAGIC) throw new IOException("a checked record cut short or run on");
        return new AllianceRecord(alliances, countries, sources, references, periods, events, deployments, forces, exercises, bases, disagreements);
    }

    private interface Read<T> {
        T read() throws IOException;
    }

    private static final class Reader {
        private final DataInputStream in;
        private final List<Object> objects = new ArrayList<>();

        Reader(DataInputStream in) {
            this.in = in;
        }

        /** The object a number names, or a new one read in the place the writer gave it. */
        @SuppressWarnings("unchecked")
        private <T> T object(Class<T> type, Read<T> body) throws IOException {
            int n = in.readInt();
            if (n == NULL) return null;
            if (n == NEW) {
                if (objects.size() >= MAX_COUNT) throw new IOException("too many objects");
                int at = objects.size();
                objects.add(null);
                T t = body.read();
                objects.set(at, t);
                return t;
            }
            if (n < 0 || n >= objects.size() || !type.isInstance(objects.get(n))) throw new IOException("a broken reference (" + n + ")");
            return (T) objects.get(n);
        }

        <T> List<T> list(Read<T> part) throws IOException {
            int n = count();
            if (n == NULL) return null;
            List<T> items = new ArrayList<>(Math.min(n, 1024));
            for (int i = 0; i < n; i++) items.add(part.read());
            return items;
        }

        private int count() throws IOException {
            int n = in.readInt();
            if (n < NULL || n > MAX_COUNT) throw new IOException("a count out of bounds (" + n + ")");
            return n;
        }

        String string() throws IOException {
            int n = in.readInt();
            if (n == NULL) return null;
            if (n < 0 || n > MAX_STRING) throw new IOException("a string's length out of bounds (" + n + ")");
            byte[] bytes = in.readNBytes(n);
            if (bytes.length != n) throw new IOException("a checked record cut short");
            return new String(bytes, StandardCharsets.UTF_8);
        }

        List<String> strings() throws IOException {
            return list(this::string);
        }

        private <E extends Enum<E>> E word(E[] values) throws IOException {
            int n = in.readInt();
            if (n == NULL) return null;
            if (n < 0 || n >= values.length) throw new IOException("an unknown word (" + n + ")");
            return values[n];
        }

        FuzzyDate date() throws IOException {
            return object(FuzzyDate.class, () -> {
                LocalDate first = in.readBoolean() ? LocalDate.ofEpochDay(in.readLong()) : null;
                return new FuzzyDate(first, word(Precision.values()), in.readBoolean());
            });
        }

        Size size() throws IOException {
            return object(Size.class, () -> new Size(in.readInt(), in.readBoolean(), string()));
        }

        List<Evidence> evidence() throws IOException {
            return list(() -> object(Evidence.class, () -> in.readBoolean()
                    ? new Quote(source(), string(), in.readInt(), in.readInt(), string(), string())
                    : new Citation(reference(), string(), string(), string(), string())));
        }

        Alliance alliance() throws IOException {
            return object(Alliance.class, () -> {
                String id = string(), name = string(), nameRu = string(), shortName = string(), shortNameRu = string();
                boolean subject = in.readBoolean();
                List<Body> bodies = list(this::body);
                List<Status> statuses = list(() -> word(Status.values()));
                return new Alliance(id, name, nameRu, shortName, shortNameRu, subject, bodies,
                        statuses == null ? null : statuses.isEmpty() ? EnumSet.noneOf(Status.class) : EnumSet.copyOf(statuses), string(), string());
            });
        }

        Body body() throws IOException {
            return object(Body.class, () -> new Body(string(), string(), string(), string(), in.readInt()));
        }

        Country country() throws IOException {
            return object(Country.class, () -> {
                String iso = string(), name = string(), nameRu = string();
                Country.Capital capital = object(Country.Capital.class, () -> new Country.Capital(string(), in.readDouble(), in.readDouble()));
                FuzzyDate ended = date();
                List<String> successors = strings();
                String within = string();
                List<Country.Drawn> drawn = list(() -> object(Country.Drawn.class, () -> new Country.Drawn(strings(), date(), date(), evidence())));
                return new Country(iso, name, nameRu, capital, ended, successors, within, drawn, string(), string(), evidence(), date());
            });
        }

        Source source() throws IOException {
            return object(Source.class, () -> new Source(string(), string(), string(), string(), string(), string(), string(), string()));
        }

        Reference reference() throws IOException {
            return object(Reference.class, () -> new Reference(string(), string(), string(), string(), string(), word(Confidence.values()),
                    string(), string(), string(), string()));
        }

        Place place() throws IOException {
            return object(Place.class, () -> new Place(string(), country(), in.readDouble(), in.readDouble(), string()));
        }

        StatusPeriod period() throws IOException {
            return object(StatusPeriod.class, () -> new StatusPeriod(string(), country(), body(), word(Status.values()), date(), date(),
                    string(), evidence(), string()));
        }

        Event event() throws IOException {
            return object(Event.class, () -> new Event(string(), date(), word(EventKind.values()), string(), list(this::country), place(),
                    word(Response.values()), string(), evidence(), string(), string(), alliance()));
        }

        Deployment deployment() throws IOException {
            return object(Deployment.class, () -> new Deployment(string(), string(), country(), date(), date(), list(this::place),
                    list(() -> object(Deployment.Phase.class, () -> new Deployment.Phase(date(), string(), evidence(), string()))),
                    list(() -> object(Deployment.Contingent.class, () -> new Deployment.Contingent(country(), size(), strings(), evidence(), strings()))),
                    list(() -> object(Deployment.Total.class, () -> new Deployment.Total(string(), size(), evidence(), string()))),
                    evidence(), string()));
        }

        Force force() throws IOException {
            return object(Force.class, () -> new Force(string(), string(), string(), word(ForceKind.values()), date(), date(), place(),
                    list(this::country), size(), string(), evidence(), string(), string(), string()));
        }

        Exercise exercise() throws IOException {
            return object(Exercise.class, () -> new Exercise(string(), string(), date(), date(), place(), list(this::country), size(),
                    string(), evidence(), string(), string()));
        }

        Base base() throws IOException {
            return object(Base.class, () -> new Base(string(), string(), string(), word(BaseKind.values()), country(), place(), date(), date(),
                    list(() -> object(Base.Attestation.class, () -> new Base.Attestation(date(), size(), string(), evidence(), string()))),
                    string(), evidence(), string(), string(), string()));
        }

        Disagreement disagreement() throws IOException {
            return object(Disagreement.class, () -> new Disagreement(string(), string(),
                    object(Disagreement.Subject.class, () -> new Disagreement.Subject(word(Disagreement.Kind.values()), string())),
                    list(() -> object(Disagreement.Version.class, () -> new Disagreement.Version(string(), evidence(), string(), date(), date()))),
                    string(), string(), string(), string(), string()));
        }
    }
}

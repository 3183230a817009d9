package org.cstoatlas.ui.model;

import java.util.Locale;
import java.util.Optional;
import org.cstoatlas.record.AllianceRecord;
import org.cstoatlas.record.Base;
import org.cstoatlas.record.Country;
import org.cstoatlas.record.Deployment;
import org.cstoatlas.record.Event;
import org.cstoatlas.record.Exercise;
import org.cstoatlas.record.Force;
import org.cstoatlas.state.SelectionRef;

/** What the user has selected: the detail pane shows its story and its evidence. */
public sealed interface Selection {

    /** A short name for the selection, for titles and accessible text. */
    String title();

    /** The selection by kind and id, as a state keeps it. */
    SelectionRef ref();

    record OfCountry(Country country) implements Selection {
        public String title() {
            return country.name();
        }

        public SelectionRef ref() {
            return new SelectionRef(SelectionRef.Kind.COUNTRY, country.iso());
        }
    }

    record OfEvent(Event event) implements Selection {
        public String title() {
            return event.title();
        }

        public SelectionRef ref() {
            return new SelectionRef(SelectionRef.Kind.EVENT, event.id());
        }
    }

    record OfDeployment(Deployment deployment) implements Selection {
        public String title() {
            return deployment.name();
        }

        public SelectionRef ref() {
            return new SelectionRef(SelectionRef.Kind.DEPLOYMENT, deployment.id());
        }
    }

    record OfForce(Force force) implements Selection {
        public String title() {
            return force.name();
        }

        public SelectionRef ref() {
            return new SelectionRef(SelectionRef.Kind.FORCE, force.id());
        }
    }

    record OfExercise(Exercise exercise) implements Selection {
        public String title() {
            return exercise.name();
        }

        public SelectionRef ref() {
            return new SelectionRef(SelectionRef.Kind.EXERCISE, exercise.id());
        }
    }

    record OfBase(Base base) implements Selection {
        public String title() {
            return base.name();
        }

        public SelectionRef ref() {
            return new SelectionRef(SelectionRef.Kind.BASE, base.id());
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

    /** What {@code --select} names: a country by its ISO3 code (any case), else an event by its id. */
    static Optional<Selection> findCountryOrEvent(AllianceRecord record, String id) {
        Optional<Selection> country = find(record, new SelectionRef(SelectionRef.Kind.COUNTRY, id));
        return country.isPresent() ? country : find(record, new SelectionRef(SelectionRef.Kind.EVENT, id));
    }
}

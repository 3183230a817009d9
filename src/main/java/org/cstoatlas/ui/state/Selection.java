package org.cstoatlas.ui.state;

import org.cstoatlas.record.Country;
import org.cstoatlas.record.Deployment;
import org.cstoatlas.record.Event;
import org.cstoatlas.record.Force;

/** What the user has selected: the detail pane shows its story and its evidence. */
public sealed interface Selection {

    /** A short name for the selection, for titles and accessible text. */
    String title();

    record OfCountry(Country country) implements Selection {
        public String title() {
            return country.name();
        }
    }

    record OfEvent(Event event) implements Selection {
        public String title() {
            return event.title();
        }
    }

    record OfDeployment(Deployment deployment) implements Selection {
        public String title() {
            return deployment.name();
        }
    }

    record OfForce(Force force) implements Selection {
        public String title() {
            return force.name();
        }
    }
}

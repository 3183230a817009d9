package org.cstoatlas.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cstoatlas.Bundled;
import org.junit.jupiter.api.Test;

class ContestedTest {

    /** The quick answer the map flags names by is the whole search's, for every alliance's view and every country. */
    @Test
    void aCountryIsContestedExactlyWhenADisagreementTouchesIt() {
        AllianceRecord record = Bundled.loadDataset().record();
        int contested = 0, clear = 0;
        for (Alliance a : record.alliances()) {
            AllianceRecord view = record.forAlliance(a.id());
            for (Country c : view.allCountries()) {
                boolean touched = !view.disagreementsTouching(c).isEmpty();
                assertEquals(touched, view.contested(c), a.id() + ": " + c.iso());
                if (touched) contested++;
                else clear++;
            }
        }
        // Both answers are met: a rule that always said one of them would have failed above.
        assertTrue(contested > 0 && clear > 0, contested + " contested, " + clear + " clear");
    }
}

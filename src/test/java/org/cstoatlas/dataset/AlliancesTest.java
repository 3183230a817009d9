package org.cstoatlas.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cstoatlas.Bundled;
import org.cstoatlas.record.Alliance;
import org.cstoatlas.record.AllianceRecord;
import org.cstoatlas.record.Body;
import org.cstoatlas.record.Status;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled alliances as the window and the command line will list them. */
class AlliancesTest {

    static AllianceRecord record;

    @BeforeAll
    static void load() {
        LoadResult r = Bundled.loadDataset();
        assertTrue(r.ok(), () -> r.problems().toString());
        record = r.record();
    }

    @Test
    void theSevenAlliancesTheCstoFirstAndTheSubject() {
        assertEquals(List.of("csto", "nato", "cis", "sco", "eaeu", "guam", "warsaw-pact"), record.alliances().stream().map(Alliance::id).toList());
        assertEquals(List.of("CSTO", "NATO", "CIS", "SCO", "EAEU", "GUAM", "Warsaw Pact"), record.alliances().stream().map(Alliance::shortName).toList());
        assertEquals(List.of("ОДКБ", "НАТО", "СНГ", "ШОС", "ЕАЭС", "ГУАМ", "ОВД"), record.alliances().stream().map(Alliance::shortNameRu).toList());
        assertEquals("csto", record.alliance().id());
        assertTrue(record.alliance().subject());
        assertEquals(1, record.alliances().stream().filter(Alliance::subject).count());
    }

    @Test
    void eachAllianceHasOnlyTheStatusesItsPeriodsUse() {
        // A legend entry per status the alliance has: a status no period uses would be an empty legend row.
        assertEquals(List.of(Status.MEMBER, Status.ASSOCIATE, Status.PARTICIPANT, Status.FORMER), record.alliance("cis").orElseThrow().statusList());
        assertEquals(List.of(Status.MEMBER, Status.OBSERVER, Status.PARTNER), record.alliance("sco").orElseThrow().statusList());
        for (Alliance a : record.alliances()) {
            if (a.subject()) continue; // the CSTO's are the lead's and issue 13's to settle
            List<Status> used = record.forAlliance(a.id()).periods().stream().map(p -> p.status()).distinct().sorted().toList();
            assertEquals(a.statusList(), used, a.id());
        }
    }

    @Test
    void theCstosBodiesAreDataWithTheOrganizationWinning() {
        Alliance csto = record.alliance("csto").orElseThrow();
        assertEquals(List.of("organization", "treaty", "parliamentary-assembly"), csto.bodies().stream().map(Body::id).toList());
        assertTrue(csto.body("organization").orElseThrow().precedence() > csto.body("treaty").orElseThrow().precedence());
        assertEquals("the Collective Security Treaty (1992)", csto.body("treaty").orElseThrow().title());
        assertTrue(record.alliances().stream().filter(a -> !a.subject()).allMatch(a -> a.bodies().size() == 1));
    }
}

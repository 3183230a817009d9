package org.cstoatlas.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.cstoatlas.Bundled;
import org.cstoatlas.record.AllianceRecord;
import org.cstoatlas.record.Search;
import org.cstoatlas.record.time.TimeIndex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each kind of selection answers for itself: where the date goes, which alliance the map needs, what a hit selects. */
class SelectionTest {

    static AllianceRecord record;

    @BeforeAll
    static void load() {
        record = Bundled.loadDataset().record();
    }

    @Test
    void selectingMovesTheDateToWhereItIsThere() {
        AtlasViewModel vm = new AtlasViewModel(new TimeIndex(record), LocalDate.of(2026, 1, 1));
        var kz = record.deployments().stream().filter(d -> d.id().equals("kz-2022")).findFirst().orElseThrow();
        vm.setDate(LocalDate.of(2010, 6, 1));
        vm.select(new Selection.OfDeployment(kz));
        assertEquals(kz.start().first(), vm.getDate(), "a deployment not under way: its first day");
        LocalDate during = kz.start().first().plusDays(2);
        vm.setDate(during);
        vm.select(new Selection.OfDeployment(kz));
        assertEquals(during, vm.getDate(), "under way on the date: the date stays");
        var kaz = record.country("KAZ").orElseThrow();
        vm.select(new Selection.OfCountry(kaz));
        assertEquals(during, vm.getDate(), "a country never moves the date");
        assertEquals(new Selection.OfCountry(kaz), vm.getSelection());
    }

    @Test
    void aContextAlliancesEventAsksForItsAllianceOnTheMap() {
        var nato = record.allEvents().stream().filter(e -> e.id().equals("nato-2024-sweden")).findFirst().orElseThrow();
        assertEquals("nato", new Selection.OfEvent(nato).alliance());
        var csto = record.events().get(0);
        assertNull(new Selection.OfEvent(csto).alliance(), "the CSTO's own event: the map serves as it is");
    }

    @Test
    void aSearchHitSelectsWhatItLeadsTo() {
        Search search = Search.everyAlliance(record);
        Search.Hit quote = search.find("Tashkent Pact", 20).stream().filter(h -> h.kind() == Search.Kind.QUOTE).findFirst().orElseThrow();
        Selection s = Selection.of(quote);
        assertNotNull(s.title(org.cstoatlas.record.Language.EN));
        assertEquals(quote.target(), s.match(new Selection.Cases<Object>() {
            public Object country(org.cstoatlas.record.Country c) { return c; }
            public Object event(org.cstoatlas.record.Event e) { return e; }
            public Object deployment(org.cstoatlas.record.Deployment d) { return d; }
            public Object force(org.cstoatlas.record.Force f) { return f; }
            public Object exercise(org.cstoatlas.record.Exercise x) { return x; }
            public Object base(org.cstoatlas.record.Base b) { return b; }
        }));
        Search.Hit gyumri = search.find("Gyumri", 5).stream().filter(h -> h.kind() == Search.Kind.BASE).findFirst().orElseThrow();
        assertEquals(new Selection.OfBase((org.cstoatlas.record.Base) gyumri.target()), Selection.of(gyumri));
    }

    @Test
    void aCountrysNameStandsByItsCapitalAndAnOperationNamesItself() {
        var kaz = record.country("KAZ").orElseThrow();
        assertEquals(kaz.capital().lat(), new Selection.OfCountry(kaz).namedAt().lat(), 1e-9);
        assertNull(new Selection.OfForce(record.forces().get(0)).namedAt());
    }
}

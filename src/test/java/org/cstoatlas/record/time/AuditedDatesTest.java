package org.cstoatlas.record.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.cstoatlas.Bundled;
import org.cstoatlas.record.AllianceRecord;
import org.cstoatlas.record.Body;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every date the audit of the bundled record changed or added, on the day before and the day of: what
 * the map and the timeline show.
 */
class AuditedDatesTest {

    static AllianceRecord record;
    static TimeIndex index;

    @BeforeAll
    static void load() {
        record = Bundled.loadDataset().record();
        index = new TimeIndex(record);
    }

    @ParameterizedTest(name = "{0} on {1}: {2} of the {3}")
    @CsvSource({
            // Armenia's freeze: the interview was broadcast on 22 February 2024 (approximate: no date of effect).
            "ARM, 2024-02-21, member, organization, false",
            "ARM, 2024-02-22, suspended, organization, true",
            // Observers of the Parliamentary Assembly, not of the organization.
            "SRB, 2012-12-31, none, '', false",
            "SRB, 2013-01-01, observer, parliamentary-assembly, true",
            "AFG, 2013-01-01, observer, parliamentary-assembly, true",
            "AFG, 2021-08-14, observer, parliamentary-assembly, false",
            "AFG, 2021-08-15, none, '', true",
            // Uzbekistan: the return by the protocol, the suspension from the note.
            "UZB, 2006-08-15, former, treaty, false",
            "UZB, 2006-08-16, member, organization, false",
            "UZB, 2012-06-27, member, organization, false",
            "UZB, 2012-06-28, suspended, organization, false",
    })
    void statusOnTheDayBeforeAndTheDayOf(String iso, String day, String status, String body, boolean uncertain) {
        StatusAt s = index.statusOn(LocalDate.parse(day)).of(iso);
        assertEquals(status, s.status().id(), iso + " on " + day);
        assertEquals(body.isEmpty() ? null : body, s.body() == null ? null : s.body().id(), iso + " on " + day);
        assertEquals(uncertain, s.uncertain(), iso + " on " + day + " uncertain");
    }

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({
            "crrf-first-exercise, 2009-10-02",
            "summit-2009-06-osce-sco, 2009-06-14",
            "kgz-2010-secretaries, 2010-06-14",
            "kz-2022-framing, 2022-01-05",
            "kz-2022-zas-duration, 2022-01-06",
            "kz-2022-zakharova, 2022-01-11",
            "blr-2022-claim, 2022-02-24",
            "arm-2022-appeal, 2022-09-13",
            "arm-2022-mission, 2022-09-13",
            "arm-2023-exercises-refused, 2023-01-10",
            "arm-2024-freeze, 2024-02-22",
            "irn-2024-membership-talk, 2024-12-10",
    })
    void anEventIsOnTheTimelineFromItsDayNotTheDayBefore(String id, String day) {
        LocalDate d = LocalDate.parse(day);
        assertTrue(index.eventsBetween(d, d).stream().anyMatch(e -> e.id().equals(id)), id + " on " + d);
        assertFalse(index.eventsBetween(d.minusDays(1), d.minusDays(1)).stream().anyMatch(e -> e.id().equals(id)), id + " before " + d);
        assertEquals(id, index.nextEvent(d.minusDays(1), e -> e.id().equals(id)).orElseThrow().id());
    }
}

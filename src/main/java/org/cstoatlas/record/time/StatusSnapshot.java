package org.cstoatlas.record.time;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cstoatlas.record.Status;

/** Every country's status on one stretch of days; shared by all the days of that stretch. */
public final class StatusSnapshot {

    private final List<StatusAt> all;
    private final Map<String, StatusAt> byIso;
    private final Map<Status, Integer> counts;

    StatusSnapshot(List<StatusAt> all) {
        this.all = List.copyOf(all);
        Map<String, StatusAt> m = new LinkedHashMap<>();
        Map<Status, Integer> c = new EnumMap<>(Status.class);
        for (Status s : Status.values()) c.put(s, 0);
        for (StatusAt s : all) {
            m.put(s.country().iso(), s);
            c.merge(s.status(), 1, Integer::sum);
        }
        this.byIso = Collections.unmodifiableMap(m);
        this.counts = Collections.unmodifiableMap(c);
    }

    /** Every country of the record, in the record's order. */
    public List<StatusAt> all() {
        return all;
    }

    /** The status of one country, or null if the record does not know the country. */
    public StatusAt of(String iso) {
        return byIso.get(iso);
    }

    /** How many countries hold each status. */
    public int count(Status status) {
        return counts.get(status);
    }
}

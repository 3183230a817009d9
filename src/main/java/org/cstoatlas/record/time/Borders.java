package org.cstoatlas.record.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.cstoatlas.record.Country;

/**
 * The borders of one day, as the record's past states give them: which past shapes are drawn (a
 * state as the union of today's shapes), which of today's shapes are therefore not drawn on their
 * own, and which shape stands for a past state it cannot draw (Germany for the GDR). The map shows
 * exactly this; it holds no dates of its own.
 *
 * @param drawn   each past shape drawn on the day, with its state
 * @param inside  today's codes drawn inside a past shape, or drawn by a shape of the past, not on their own
 * @param divided today's codes whose shape also stands for a past state on the day
 */
public record Borders(LocalDate day, List<Shown> drawn, Set<String> inside, Set<String> divided) {

    /** One past shape drawn on the day. */
    public record Shown(Country state, Country.Drawn drawn) {
    }

    public static Borders on(List<Country> countries, LocalDate day) {
        List<Shown> drawn = new ArrayList<>();
        Set<String> inside = new HashSet<>();
        Set<String> divided = new HashSet<>();
        for (Country c : countries) {
            for (Country.Drawn d : c.drawn()) {
                if (d.holds(day)) {
                    drawn.add(new Shown(c, d));
                    inside.addAll(d.parts());
                    // A present country drawn otherwise (the Federal Republic before 1990) hides today's shape.
                    inside.add(c.iso());
                }
            }
            if (c.withinOn(day)) divided.add(c.within());
        }
        return new Borders(day, List.copyOf(drawn), Set.copyOf(inside), Set.copyOf(divided));
    }

    /** The code whose shape is drawn for a country's area on the day, or null where it is not on the map. */
    public String shapeOf(Country c) {
        for (Shown s : drawn) if (s.state().equals(c)) return c.iso();
        if (c.withinOn(day)) return c.within();
        if (!c.drawn().isEmpty() && c.past()) return null; // a past state outside its days
        if (c.past() && !c.existsOn(day)) return null;
        return inside.contains(c.iso()) ? null : c.iso();
    }

    /** Every day on which the borders change: each past shape's first and last-plus-one day, and each past state's end. */
    public static List<LocalDate> changes(List<Country> countries) {
        TreeSet<LocalDate> days = new TreeSet<>();
        for (Country c : countries) {
            for (Country.Drawn d : c.drawn()) {
                if (d.from() != null) days.add(d.from().first());
                days.add(d.until().first());
            }
            if (c.ended() != null) days.add(c.ended().first());
        }
        return List.copyOf(days);
    }
}

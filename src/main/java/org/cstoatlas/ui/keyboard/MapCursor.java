package org.cstoatlas.ui.keyboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.cstoatlas.geo.WebMercator;
import org.cstoatlas.record.Alliance;
import org.cstoatlas.record.Country;
import org.cstoatlas.record.time.StatusAt;
import org.cstoatlas.ui.model.AtlasViewModel;
import org.cstoatlas.ui.model.Selection;

/**
 * The map by keyboard: a country has the keyboard's focus on the map, the arrow keys move it to the
 * nearest country in that direction, Enter selects it. Which country is where comes from the caller
 * (the map's name anchors in the window, capitals in a test), so the rule needs no toolkit.
 */
public final class MapCursor {

    /** A direction on the map, as the arrow keys give it: north is up. */
    public enum Direction {
        UP(0, -1), DOWN(0, 1), LEFT(-1, 0), RIGHT(1, 0);

        final int dx, dy;

        Direction(int dx, int dy) {
            this.dx = dx;
            this.dy = dy;
        }
    }

    /** A step sideways costs this many steps forward: a country straight ahead wins over a nearer one aside. */
    static final double ASIDE = 2;

    private final AtlasViewModel vm;
    private final Function<Country, double[]> where;
    private final ReadOnlyObjectWrapper<Country> focused = new ReadOnlyObjectWrapper<>(this, "focused");

    /**
     * @param where a country's place on the map as {latitude, longitude}, or null where it has none
     */
    public MapCursor(AtlasViewModel vm, Function<Country, double[]> where) {
        this.vm = vm;
        this.where = where;
        // A country selected another way (search, the table, a click) is where the keyboard goes on from.
        vm.selectionProperty().addListener((obs, o, n) -> {
            if (n instanceof Selection.OfCountry c && reachable().contains(c.country())) focused.set(c.country());
        });
    }

    /** The country with the keyboard's focus on the map; null until the map is first reached. */
    public ReadOnlyObjectProperty<Country> focusedProperty() {
        return focused.getReadOnlyProperty();
    }

    /**
     * Gives the map's keyboard focus a country when it has none: the selected country, else the first
     * country of the alliance shown.
     */
    public void reach() {
        if (focused.get() != null && reachable().contains(focused.get())) return;
        Country start = vm.getSelection() instanceof Selection.OfCountry c ? c.country() : null;
        List<Country> all = reachable();
        focused.set(start != null && all.contains(start) ? start : all.isEmpty() ? null : all.get(0));
    }

    /** Moves the focus to the nearest country in the direction; stays where it is when there is none. */
    public void move(Direction d) {
        if (focused.get() == null) {
            reach();
            return;
        }
        Map<Country, double[]> places = new LinkedHashMap<>();
        for (Country c : reachable()) {
            double[] p = where.apply(c);
            if (p != null) places.put(c, p);
        }
        nearest(places, focused.get(), d).ifPresent(focused::set);
    }

    /** Selects the focused country on the map (Enter). */
    public void select() {
        if (focused.get() != null) vm.selectCountry(focused.get());
    }

    /** The focused country's status in the first alliance shown, for its accessible text; null without a focus. */
    public StatusAt status() {
        Country c = focused.get();
        return c == null ? null : vm.index().forAlliance(firstAlliance().id()).statusOf(c, vm.getDate());
    }

    public Alliance firstAlliance() {
        return vm.shownAlliances().get(0);
    }

    /** The countries of the alliances shown, in the record's order, each once. */
    List<Country> reachable() {
        List<Country> out = new ArrayList<>();
        for (Alliance a : vm.shownAlliances()) {
            for (Country c : vm.index().forAlliance(a.id()).record().countries()) if (!out.contains(c)) out.add(c);
        }
        return out;
    }

    /**
     * The nearest country in a direction on the map (Web Mercator, as drawn): among those within 45° of
     * the direction (or, where none is, anywhere ahead), the one with the least distance ahead plus
     * {@link #ASIDE} times the distance aside.
     *
     * @param places each country's {latitude, longitude}
     */
    public static Optional<Country> nearest(Map<Country, double[]> places, Country from, Direction d) {
        double[] origin = places.get(from);
        if (origin == null) return Optional.empty();
        Optional<Country> inCone = nearest(places, from, origin, d, true);
        return inCone.isPresent() ? inCone : nearest(places, from, origin, d, false);
    }

    private static Optional<Country> nearest(Map<Country, double[]> places, Country from, double[] origin, Direction d, boolean cone) {
        double ox = WebMercator.x(origin[1]), oy = WebMercator.y(origin[0]);
        Country best = null;
        double bestScore = Double.POSITIVE_INFINITY;
        for (Map.Entry<Country, double[]> e : places.entrySet()) {
            if (e.getKey().equals(from)) continue;
            double dx = WebMercator.x(e.getValue()[1]) - ox, dy = WebMercator.y(e.getValue()[0]) - oy;
            double ahead = dx * d.dx + dy * d.dy;
            double aside = Math.abs(dx * d.dy - dy * d.dx);
            if (ahead <= 0 || cone && aside > ahead) continue;
            double score = ahead + ASIDE * aside;
            if (score < bestScore) {
                bestScore = score;
                best = e.getKey();
            }
        }
        return Optional.ofNullable(best);
    }
}

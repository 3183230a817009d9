package org.cstoatlas.state;

import org.cstoatlas.record.Language;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.cstoatlas.record.EventKind;

/**
 * Everything that makes a view of the atlas, in one immutable value: what a saved view, the remembered
 * settings, the snapshot command, the picture export, a language switch and a dataset reload all take
 * and give back. Nulls: no selection, no compare date, the map fitted to Eurasia. {@code alliances}: what the
 * map shows (the CSTO, another alliance, or two compared).
 */
public record AtlasState(LocalDate date, SelectionRef selection, LocalDate compareDate, Set<EventKind> shownKinds,
                         Theme theme, Language language, double textScale, PlaySpeed playSpeed, MapFrame map, Panes panes,
                         AllianceChoice alliances) {

    /**
     * The earliest day a state may name: the first of the year the bundled record begins (NATO's treaty,
     * 1949). A view or lesson file naming an earlier day is refused; the window brings a day before its
     * own record's first to that first day.
     */
    public static final LocalDate FIRST_DAY = LocalDate.of(1949, 1, 1);

    /** Why a date given from outside (the command line, a view or lesson file) is refused, or null when it lies on the timeline. */
    public static String offTimeline(LocalDate d, LocalDate today) {
        if (!d.isBefore(FIRST_DAY) && !d.isAfter(today)) return null;
        return d + " is outside the atlas's timeline (" + FIRST_DAY + " to " + today + ")";
    }

    public AtlasState {
        Objects.requireNonNull(date, "date");
        shownKinds = shownKinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(shownKinds));
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(language, "language");
        textScale = TextScale.clamp(textScale);
        Objects.requireNonNull(playSpeed, "playSpeed");
        Objects.requireNonNull(panes, "panes");
        Objects.requireNonNull(alliances, "alliances");
    }

    /** The atlas as it first opens: today, nothing selected, every kind of event shown, light, 100 %. */
    public static AtlasState initial(LocalDate today, Language language) {
        return new AtlasState(today, null, null, EnumSet.allOf(EventKind.class), Theme.LIGHT, language, TextScale.MIN,
                PlaySpeed.YEAR, null, Panes.ALL, AllianceChoice.CSTO);
    }

    public AtlasState withDate(LocalDate d) {
        return new AtlasState(d, selection, compareDate, shownKinds, theme, language, textScale, playSpeed, map, panes, alliances);
    }

    public AtlasState withSelection(SelectionRef s) {
        return new AtlasState(date, s, compareDate, shownKinds, theme, language, textScale, playSpeed, map, panes, alliances);
    }

    public AtlasState withCompareDate(LocalDate d) {
        return new AtlasState(date, selection, d, shownKinds, theme, language, textScale, playSpeed, map, panes, alliances);
    }

    public AtlasState withShownKinds(Set<EventKind> kinds) {
        return new AtlasState(date, selection, compareDate, kinds, theme, language, textScale, playSpeed, map, panes, alliances);
    }

    public AtlasState withTheme(Theme t) {
        return new AtlasState(date, selection, compareDate, shownKinds, t, language, textScale, playSpeed, map, panes, alliances);
    }

    public AtlasState withLanguage(Language l) {
        return new AtlasState(date, selection, compareDate, shownKinds, theme, l, textScale, playSpeed, map, panes, alliances);
    }

    public AtlasState withTextScale(double scale) {
        return new AtlasState(date, selection, compareDate, shownKinds, theme, language, scale, playSpeed, map, panes, alliances);
    }

    public AtlasState withPlaySpeed(PlaySpeed s) {
        return new AtlasState(date, selection, compareDate, shownKinds, theme, language, textScale, s, map, panes, alliances);
    }

    public AtlasState withMap(MapFrame frame) {
        return new AtlasState(date, selection, compareDate, shownKinds, theme, language, textScale, playSpeed, frame, panes, alliances);
    }

    public AtlasState withPanes(Panes p) {
        return new AtlasState(date, selection, compareDate, shownKinds, theme, language, textScale, playSpeed, map, p, alliances);
    }

    public AtlasState withAlliances(AllianceChoice a) {
        return new AtlasState(date, selection, compareDate, shownKinds, theme, language, textScale, playSpeed, map, panes, a);
    }

    /**
     * This state's view (date, selection, comparison, event kinds, map, alliances) in another's look
     * (theme, language, text size, play speed, panes): what a lesson stop shows in the teacher's window.
     */
    public AtlasState viewIn(AtlasState look) {
        return new AtlasState(date, selection, compareDate, shownKinds, look.theme, look.language, look.textScale, look.playSpeed, map,
                look.panes, alliances);
    }

    /** The earlier and the later of the date and the compare date; null when not comparing. */
    public DateSpan compared() {
        return compareDate == null ? null : DateSpan.of(date, compareDate);
    }
}

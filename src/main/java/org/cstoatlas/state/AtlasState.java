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
 * and give back. Nulls: no selection, no compare date, the map fitted to Eurasia.
 */
public record AtlasState(LocalDate date, SelectionRef selection, LocalDate compareDate, Set<EventKind> shownKinds,
                         Theme theme, Language language, double textScale, PlaySpeed playSpeed, MapFrame map, Panes panes) {

    public AtlasState {
        Objects.requireNonNull(date, "date");
        shownKinds = shownKinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(shownKinds));
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(language, "language");
        textScale = TextScale.clamp(textScale);
        Objects.requireNonNull(playSpeed, "playSpeed");
        Objects.requireNonNull(panes, "panes");
    }

    /** The atlas as it first opens: today, nothing selected, every kind of event shown, light, 100 %. */
    public static AtlasState initial(LocalDate today, Language language) {
        return new AtlasState(today, null, null, EnumSet.allOf(EventKind.class), Theme.LIGHT, language, TextScale.MIN,
                PlaySpeed.YEAR, null, Panes.ALL);
    }

    public AtlasState withDate(LocalDate d) {
        return new AtlasState(d, selection, compareDate, shownKinds, theme, language, textScale, playSpeed, map, panes);
    }

    public AtlasState withSelection(SelectionRef s) {
        return new AtlasState(date, s, compareDate, shownKinds, theme, language, textScale, playSpeed, map, panes);
    }

    public AtlasState withCompareDate(LocalDate d) {
        return new AtlasState(date, selection, d, shownKinds, theme, language, textScale, playSpeed, map, panes);
    }

    public AtlasState withShownKinds(Set<EventKind> kinds) {
        return new AtlasState(date, selection, compareDate, kinds, theme, language, textScale, playSpeed, map, panes);
    }

    public AtlasState withTheme(Theme t) {
        return new AtlasState(date, selection, compareDate, shownKinds, t, language, textScale, playSpeed, map, panes);
    }

    public AtlasState withLanguage(Language l) {
        return new AtlasState(date, selection, compareDate, shownKinds, theme, l, textScale, playSpeed, map, panes);
    }

    public AtlasState withTextScale(double scale) {
        return new AtlasState(date, selection, compareDate, shownKinds, theme, language, scale, playSpeed, map, panes);
    }

    public AtlasState withPlaySpeed(PlaySpeed s) {
        return new AtlasState(date, selection, compareDate, shownKinds, theme, language, textScale, s, map, panes);
    }

    public AtlasState withMap(MapFrame frame) {
        return new AtlasState(date, selection, compareDate, shownKinds, theme, language, textScale, playSpeed, frame, panes);
    }

    public AtlasState withPanes(Panes p) {
        return new AtlasState(date, selection, compareDate, shownKinds, theme, language, textScale, playSpeed, map, p);
    }

    /** The earlier and the later of the date and the compare date; null when not comparing. */
    public DateSpan compared() {
        return compareDate == null ? null : DateSpan.of(date, compareDate);
    }
}

package org.cstoatlas.ui.detail;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.cstoatlas.record.Base;
import org.cstoatlas.record.Country;
import org.cstoatlas.record.Deployment;
import org.cstoatlas.record.Event;
import org.cstoatlas.record.Exercise;
import org.cstoatlas.record.Force;
import org.cstoatlas.record.time.Change;
import org.cstoatlas.record.time.Membership;
import org.cstoatlas.record.time.StatusAt;
import org.cstoatlas.record.time.TimeIndex;
import org.cstoatlas.record.time.StatusSnapshot;
import org.cstoatlas.state.DateSpan;
import org.cstoatlas.ui.look.StatusStyle;
import org.cstoatlas.ui.model.AtlasViewModel;
import org.cstoatlas.ui.model.Selection;

/**
 * What the detail pane shows, decided here and only laid out by the pane: the story of what is selected,
 * or, with nothing selected, the overview of the alliance on the date or the changes between two dates.
 * {@link #contentProperty()} changes with the selection and the comparison (the pane is rebuilt);
 * {@link #onDateProperty()} changes with the date (only the lines that depend on it are updated).
 */
public final class DetailViewModel {

    /** What the pane shows. */
    public sealed interface Content {
    }

    /** Something selected: its story (the selection itself says what it is). */
    public record Selected(Selection selection) implements Content {
    }

    /** Nothing selected and not comparing: the overview of the alliance(s) the map shows (another choice is another overview, read from its top). */
    public record Overview(org.cstoatlas.state.AllianceChoice alliances) implements Content {
    }

    /** Nothing selected, two dates compared. */
    public record Comparison() implements Content {
    }

    /** What depends on the date. */
    public sealed interface OnDate {
    }

    /**
     * A country's status in the CSTO on the date (none for a country the CSTO's record never names), and
     * every alliance it has a standing in that day (member, associate, observer, partner, suspended,
     * former), in the record's order of alliances, each with its period and so its evidence.
     */
    public record CountryOnDate(LocalDate date, StatusAt status, List<Membership> memberships) implements OnDate {
    }

    /**
     * One alliance the map shows, on a date: how many in its highest body and in a lower one only (the
     * CSTO's organization and its 1992 treaty), and who the members are (in the record's order).
     */
    public record Standing(org.cstoatlas.record.Alliance alliance, long inOrganization, long inTreatyOnly, List<Country> members) {
    }

    /**
     * The alliance(s) the map shows on a date, first the first, and the latest event of theirs up to that
     * day; {@code firstEvent} is the first event of theirs the record has, for a date before any.
     */
    public record OverviewOnDate(LocalDate date, List<Standing> shown, Event latest, Event firstEvent) implements OnDate {

        public OverviewOnDate {
            shown = List.copyOf(shown);
        }

        /** The alliance the map shows first. */
        public Standing first() {
            return shown.get(0);
        }

        public long inOrganization() {
            return first().inOrganization();
        }

        public long inTreatyOnly() {
            return first().inTreatyOnly();
        }

        public List<Country> members() {
            return first().members();
        }
    }

    /** Who joined, who left, who changed and who stayed between the earlier and the later date. */
    public record ComparisonOnDate(DateSpan span, List<Change> joined, List<Change> left, List<Change> changed, List<Change> same) implements OnDate {
        /** How many countries changed in any way. */
        public int moved() {
            return joined.size() + left.size() + changed.size();
        }
    }

    /**
     * A base on a date: whether the record has it then, and the attestation whose head count stands
     * for it (the latest on or before the day that gives one; null when none does yet).
     */
    public record BaseOnDate(LocalDate date, boolean there, Base.Attestation sized) implements OnDate {
    }

    /** Nothing depends on the date (an event, a deployment, a force, an exercise). */
    public record Fixed() implements OnDate {
    }

    private final AtlasViewModel vm;
    private final ReadOnlyObjectWrapper<Content> content = new ReadOnlyObjectWrapper<>(this, "content");
    private final ReadOnlyObjectWrapper<OnDate> onDate = new ReadOnlyObjectWrapper<>(this, "onDate");

    public DetailViewModel(AtlasViewModel vm) {
        this.vm = vm;
        vm.selectionProperty().addListener((obs, o, n) -> refresh());
        vm.compareDateProperty().addListener((obs, o, n) -> refresh());
        vm.dateProperty().addListener((obs, o, n) -> onDate.set(onDate(content.get())));
        // The overview follows the alliance(s) the map shows.
        vm.alliancesProperty().addListener((obs, o, n) -> refresh());
        refresh();
    }

    public ReadOnlyObjectProperty<Content> contentProperty() {
        return content.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<OnDate> onDateProperty() {
        return onDate.getReadOnlyProperty();
    }

    public AtlasViewModel atlas() {
        return vm;
    }

    private void refresh() {
        Content c = content(vm.getSelection(), vm.compareDateProperty().get() != null, vm.alliancesProperty().get());
        // A compare date moved while a country is selected changes nothing here: no rebuild.
        if (!c.equals(content.get())) content.set(c);
        onDate.set(onDate(c));
    }

    static Content content(Selection s, boolean comparing, org.cstoatlas.state.AllianceChoice alliances) {
        if (s == null) return comparing ? new Comparison() : new Overview(alliances);
        return new Selected(s);
    }

    private OnDate onDate(Content c) {
        LocalDate d = vm.getDate();
        if (c instanceof Selected selected) return onDate(selected.selection(), d);
        // The overview is of the alliance(s) the map shows: the Warsaw Pact in 1985, not the CSTO.
        if (c instanceof Overview) return overview(vm, d);
        return comparison(vm.comparedSpan(), vm.changes());
    }

    /** What of a selection's story depends on the date: a country's standing, a base's presence and size; nothing for the others. */
    private OnDate onDate(Selection s, LocalDate d) {
        return s.match(new Selection.Cases<OnDate>() {
            public OnDate country(Country c) {
                return countryOnDate(vm.index(), c, d);
            }

            public OnDate event(Event e) {
                return new Fixed();
            }

            public OnDate deployment(Deployment x) {
                return new Fixed();
            }

            public OnDate force(Force f) {
                return new Fixed();
            }

            public OnDate exercise(Exercise x) {
                return new Fixed();
            }

            public OnDate base(Base b) {
                return baseOnDate(b, d);
            }
        });
    }

    /**
     * A row of a country's history strip: the CSTO's lower body (its 1992 treaty), the CSTO itself (the
     * organization, and the assembly's observers), or one context alliance.
     */
    public record StripRow(org.cstoatlas.record.Alliance alliance, boolean lowerBody, List<org.cstoatlas.record.StatusPeriod> periods) {
    }

    /** The rows of a country's history strip: the CSTO's two always, then each other alliance it ever had a standing in. */
    public static List<StripRow> stripRows(org.cstoatlas.record.AllianceRecord record, Country country) {
        List<StripRow> rows = new java.util.ArrayList<>();
        for (org.cstoatlas.record.Alliance a : record.alliances()) {
            List<org.cstoatlas.record.StatusPeriod> mine = record.allHistory(country).stream().filter(p -> p.alliance().equals(a.id())).toList();
            if (a.subject()) {
                int top = a.bodies().get(0).precedence();
                rows.add(new StripRow(a, true, mine.stream().filter(p -> lower(p, top)).toList()));
                rows.add(new StripRow(a, false, mine.stream().filter(p -> !lower(p, top)).toList()));
            } else if (!mine.isEmpty()) {
                rows.add(new StripRow(a, false, mine));
            }
        }
        return rows;
    }

    /** A body below the alliance's top one that still holds members (the treaty; the assembly's precedence is 0). */
    private static boolean lower(org.cstoatlas.record.StatusPeriod p, int top) {
        return p.body().precedence() > 0 && p.body().precedence() < top;
    }

    static BaseOnDate baseOnDate(Base b, LocalDate d) {
        return new BaseOnDate(d, b.activeOn(d), b.sizedOn(d));
    }

    static CountryOnDate countryOnDate(TimeIndex index, Country country, LocalDate d) {
        StatusAt s = index.statusOf(country, d);
        return new CountryOnDate(d, s != null ? s : new StatusAt(country, org.cstoatlas.record.Status.NONE, null, null, false, null),
                index.membershipsOn(country, d));
    }

    static OverviewOnDate overview(AtlasViewModel vm, LocalDate d) {
        List<Standing> shown = new java.util.ArrayList<>();
        Event latest = null;
        Event firstEvent = null;
        for (org.cstoatlas.record.Alliance a : vm.shownAlliances()) {
            TimeIndex index = vm.index().forAlliance(a.id());
            shown.add(standing(a, index.statusOn(d)));
            Event e = index.previousEvent(d.plusDays(1)).orElse(null);
            if (e != null && (latest == null || e.date().first().isAfter(latest.date().first()))) latest = e;
            Event f = index.nextEvent(LocalDate.MIN).orElse(null);
            if (f != null && (firstEvent == null || f.date().first().isBefore(firstEvent.date().first()))) firstEvent = f;
        }
        return new OverviewOnDate(d, shown, latest, firstEvent);
    }

    static Standing standing(org.cstoatlas.record.Alliance alliance, StatusSnapshot s) {
        long organization = s.all().stream().filter(a -> StatusStyle.of(a, alliance) == StatusStyle.MEMBER_ORGANIZATION).count();
        long treaty = s.all().stream().filter(a -> StatusStyle.of(a, alliance) == StatusStyle.MEMBER_TREATY).count();
        List<Country> members = s.all().stream().filter(a -> a.status() == org.cstoatlas.record.Status.MEMBER).map(StatusAt::country).toList();
        return new Standing(alliance, organization, treaty, members);
    }

    static ComparisonOnDate comparison(DateSpan span, List<Change> changes) {
        return new ComparisonOnDate(span, ofKind(changes, Change.Kind.JOINED), ofKind(changes, Change.Kind.LEFT),
                ofKind(changes, Change.Kind.CHANGED), ofKind(changes, Change.Kind.SAME));
    }

    private static List<Change> ofKind(List<Change> changes, Change.Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).toList();
    }
}

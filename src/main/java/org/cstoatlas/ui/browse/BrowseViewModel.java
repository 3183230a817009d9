package org.cstoatlas.ui.browse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.collections.transformation.FilteredList;
import org.cstoatlas.record.AllianceRecord;
import org.cstoatlas.record.Base;
import org.cstoatlas.record.Citation;
import org.cstoatlas.record.Deployment;
import org.cstoatlas.record.Event;
import org.cstoatlas.record.EventKind;
import org.cstoatlas.record.Evidence;
import org.cstoatlas.record.Exercise;
import org.cstoatlas.record.Force;
import org.cstoatlas.record.ForceKind;
import org.cstoatlas.record.FuzzyDate;
import org.cstoatlas.record.Quote;
import org.cstoatlas.ui.look.Formats;
import org.cstoatlas.ui.look.Texts;
import org.cstoatlas.ui.model.AtlasViewModel;
import org.cstoatlas.ui.model.Selection;

/**
 * What the browse lists show: the event kinds the record has with how many of each (the filter's
 * boxes), the events of the kinds shown, and how many disagreements there are; the operations table's
 * rows (deployments, forces, exercises, bases), its filter by kind and the rows of the kinds shown.
 */
public final class BrowseViewModel {

    /** The kinds of row of the operations table, each with its box in the table's filter. */
    public enum OperationKind { DEPLOYMENT, FORCE, EXERCISE, BASE }

    /**
     * One deployment, force, exercise or base as the operations table shows it: {@code kind} says
     * what it is in words (a force's or a base's own kind), {@code of} which filter box governs it.
     */
    public record OperationRow(OperationKind of, Object subject, String name, String kind, FuzzyDate from, FuzzyDate to, String where,
                               String contributors, Integer size, String sizeText, String sources, Selection selection) {
    }

    private final AtlasViewModel vm;
    private final Map<EventKind, Long> kindCounts;
    private final FilteredList<Event> shownEvents;
    private final List<OperationRow> operations;
    private final ObservableSet<OperationKind> shownOperations = FXCollections.observableSet(EnumSet.allOf(OperationKind.class));
    private final FilteredList<OperationRow> shownOperationRows;

    public BrowseViewModel(AtlasViewModel vm) {
        this.vm = vm;
        Map<EventKind, Long> counts = new EnumMap<>(EventKind.class);
        vm.record().events().forEach(e -> counts.merge(e.kind(), 1L, Long::sum));
        kindCounts = Collections.unmodifiableMap(counts);
        shownEvents = new FilteredList<>(FXCollections.observableArrayList(vm.record().events()), e -> vm.shownKinds().contains(e.kind()));
        vm.shownKinds().addListener((SetChangeListener<EventKind>) c -> shownEvents.setPredicate(e -> vm.shownKinds().contains(e.kind())));
        operations = operationRows(vm.record());
        shownOperationRows = new FilteredList<>(FXCollections.observableArrayList(operations), r -> shownOperations.contains(r.of()));
        shownOperations.addListener((SetChangeListener<OperationKind>) c -> shownOperationRows.setPredicate(r -> shownOperations.contains(r.of())));
    }

    public AtlasViewModel atlas() {
        return vm;
    }

    /** The kinds the record has, in the enum's order, with how many events each. */
    public Map<EventKind, Long> kindCounts() {
        return kindCounts;
    }

    /** Shows or hides a kind of event on the list, the timeline and Page Up / Page Down. */
    public void show(EventKind kind, boolean on) {
        if (on) vm.shownKinds().add(kind); else vm.shownKinds().remove(kind);
    }

    public boolean shown(EventKind kind) {
        return vm.shownKinds().contains(kind);
    }

    /** The events of the kinds shown, in the record's order; follows the filter. */
    public FilteredList<Event> shownEvents() {
        return shownEvents;
    }

    public int disagreementCount() {
        return vm.record().disagreements().size();
    }

    // ---- the operations table ----

    /** How many rows of each kind the table has, in the enum's order (every kind, even one with none). */
    public Map<OperationKind, Long> operationCounts() {
        Map<OperationKind, Long> counts = new EnumMap<>(OperationKind.class);
        for (OperationKind k : OperationKind.values()) counts.put(k, operations.stream().filter(r -> r.of() == k).count());
        return counts;
    }

    /** Shows or hides a kind's rows in the table (the map shows them all the same). */
    public void showOperations(OperationKind kind, boolean on) {
        if (on) shownOperations.add(kind); else shownOperations.remove(kind);
    }

    public boolean operationsShown(OperationKind kind) {
        return shownOperations.contains(kind);
    }

    /** The rows of the kinds shown, in the record's order (deployments, forces, exercises, bases); follows the filter. */
    public FilteredList<OperationRow> shownOperations() {
        return shownOperationRows;
    }

    /** Every row of the table, in the interface's language. */
    static List<OperationRow> operationRows(AllianceRecord r) {
        List<OperationRow> rows = new ArrayList<>();
        for (Deployment d : r.deployments()) {
            List<Evidence> all = new ArrayList<>(d.evidence());
            d.contingents().forEach(c -> all.addAll(c.evidence()));
            d.totals().forEach(t -> all.addAll(t.evidence()));
            d.phases().forEach(p -> all.addAll(p.evidence()));
            var largest = d.totals().stream().map(Deployment.Total::size).filter(s -> s.unit().equals("personnel")).findFirst();
            rows.add(new OperationRow(OperationKind.DEPLOYMENT, d, d.name(Texts.language()), Texts.get("operations.kind.deployment"), d.start(), d.end(),
                    Texts.name(d.target()), d.contingents().stream().map(c -> Texts.name(c.country())).collect(Collectors.joining(", ")),
                    largest.map(s -> s.value()).orElse(null), largest.map(Formats::size).orElse(Texts.get("operations.notGiven")), sources(all),
                    new Selection.OfDeployment(d)));
        }
        for (Force f : r.forces()) {
            rows.add(new OperationRow(OperationKind.FORCE, f, f.name(Texts.language()),
                    Texts.get(f.kind() == ForceKind.STANDING_FORCE ? "forceKind.standingForce" : "forceKind.stationedTroops"),
                    f.created(), f.ended(), f.base().name(Texts.language()), f.countries().stream().map(Texts::name).collect(Collectors.joining(", ")),
                    f.size() == null ? null : f.size().value(), f.size() == null ? Texts.get("operations.notGiven") : Formats.size(f.size()), sources(f.evidence()),
                    new Selection.OfForce(f)));
        }
        for (Exercise x : r.exercises()) {
            rows.add(new OperationRow(OperationKind.EXERCISE, x, x.name(Texts.language()), Texts.get("operations.kind.exercise"), x.start(), x.end(),
                    x.place().name(Texts.language()) + ", " + Texts.name(x.host()), x.participants().stream().map(Texts::name).collect(Collectors.joining(", ")),
                    x.size() == null ? null : x.size().value(), x.size() == null ? Texts.get("operations.notGiven") : Formats.size(x.size()), sources(x.evidence()),
                    new Selection.OfExercise(x)));
        }
        for (Base b : r.bases()) {
            // The latest head count any attestation gives, with its date: the table is not tied to the map's date.
            Base.Attestation latest = b.sizedOn(LocalDate.MAX);
            List<Evidence> all = new ArrayList<>(b.evidence());
            b.attested().forEach(a -> all.addAll(a.evidence()));
            rows.add(new OperationRow(OperationKind.BASE, b, b.name(Texts.language()), Texts.get("baseKind." + b.kind().id()), b.from(), b.closed(),
                    b.place().name(Texts.language()) + ", " + Texts.name(b.host()), Texts.name(b.operator()),
                    latest == null ? null : latest.size().value(),
                    latest == null ? Texts.get("operations.notGiven") : Formats.size(latest.size()) + " (" + Formats.date(latest.date()) + ")", sources(all),
                    new Selection.OfBase(b)));
        }
        return List.copyOf(rows);
    }

    /** "3 quotes (000, 002, 004); 2 references". */
    static String sources(List<Evidence> evidence) {
        var quotes = evidence.stream().filter(e -> e instanceof Quote).map(e -> ((Quote) e).source().id().substring(0, 3)).distinct().sorted().toList();
        long refs = evidence.stream().filter(e -> e instanceof Citation).map(e -> ((Citation) e).reference().id()).distinct().count();
        long quoteCount = evidence.stream().filter(e -> e instanceof Quote).count();
        return Texts.format(quoteCount == 1 ? "operations.sources.quote" : "operations.sources.quotes", quoteCount)
                + (quotes.isEmpty() ? "" : " (" + String.join(", ", quotes) + ")")
                + "; " + Texts.format(refs == 1 ? "operations.sources.reference" : "operations.sources.references", refs);
    }
}

package org.cstoatlas.ui.detail;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.cstoatlas.record.AllianceRecord;
import org.cstoatlas.record.Base;
import org.cstoatlas.record.Country;
import org.cstoatlas.record.Deployment;
import org.cstoatlas.record.Disagreement;
import org.cstoatlas.record.Event;
import org.cstoatlas.record.Evidence;
import org.cstoatlas.record.Exercise;
import org.cstoatlas.record.Force;
import org.cstoatlas.record.Quote;
import org.cstoatlas.record.StatusPeriod;
import org.cstoatlas.record.time.Membership;
import org.cstoatlas.record.time.Change;
import org.cstoatlas.record.time.StatusAt;
import org.cstoatlas.ui.look.Formats;
import org.cstoatlas.ui.look.Texts;
import org.cstoatlas.ui.look.CompareStyle;
import org.cstoatlas.ui.look.StatusStyle;
import org.cstoatlas.ui.model.AtlasViewModel;

/**
 * What the selection is and what supports it: for a country its status on the date, its history and
 * every piece of evidence; for an event, a deployment, a force, an exercise or a base the same (a
 * base's head count on the date, and each attestation with its evidence). With nothing selected, an
 * overview of the alliance on the date. Rebuilt when the selection changes; on a date change only the
 * lines that depend on the date are updated.
 */
public final class DetailPane extends ScrollPane {

    private final DetailViewModel model;
    private final AtlasViewModel vm;
    private final Consumer<Quote> readInContext;
    private final VBox content = new VBox();
    /** Refreshes the date-dependent lines of what is shown; replaced with the content. */
    private Consumer<DetailViewModel.OnDate> onDate = d -> { };

    public DetailPane(DetailViewModel model, Consumer<Quote> readInContext) {
        this.model = model;
        this.vm = model.atlas();
        this.readInContext = readInContext;
        getStyleClass().add("detail-pane");
        setId("detail-pane");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        content.getStyleClass().add("detail-content");
        setContent(content);
        model.contentProperty().addListener((obs, o, n) -> rebuild(n));
        model.onDateProperty().addListener((obs, o, n) -> onDate.accept(n));
        rebuild(model.contentProperty().get());
    }

    private void rebuild(DetailViewModel.Content c) {
        content.getChildren().clear();
        onDate = d -> { };
        if (c instanceof DetailViewModel.Selected s) show(s.selection());
        else if (c instanceof DetailViewModel.Comparison) showChanges();
        else showOverview();
        setVvalue(0);
        onDate.accept(model.onDateProperty().get());
    }

    /** Each kind's story laid out its own way. */
    private void show(org.cstoatlas.ui.model.Selection selection) {
        selection.match(new org.cstoatlas.ui.model.Selection.Cases<Void>() {
            public Void country(org.cstoatlas.record.Country c) {
                showCountry(c);
                return null;
            }

            public Void event(org.cstoatlas.record.Event e) {
                showEvent(e);
                return null;
            }

            public Void deployment(org.cstoatlas.record.Deployment d) {
                showDeployment(d);
                return null;
            }

            public Void force(org.cstoatlas.record.Force f) {
                showForce(f);
                return null;
            }

            public Void exercise(org.cstoatlas.record.Exercise x) {
                showExercise(x);
                return null;
            }

            public Void base(org.cstoatlas.record.Base b) {
                showBase(b);
                return null;
            }
        });
    }

    // ---- building blocks ----

    private Label heading(String text) {
        Label l = EvidenceView.wrapped(text, "detail-title");
        l.setId("detail-title");
        return l;
    }

    private Label section(String text) {
        return EvidenceView.wrapped(text, "detail-section");
    }

    private HBox titleRow(String title, String subtitle) {
        VBox titles = new VBox(2, heading(title));
        if (subtitle != null) titles.getChildren().add(EvidenceView.wrapped(subtitle, "detail-subtitle"));
        HBox.setHgrow(titles, Priority.ALWAYS);
        Button close = new Button("✕");
        close.getStyleClass().add("close-selection");
        close.setAccessibleText(Texts.get("detail.clear"));
        close.setTooltip(new javafx.scene.control.Tooltip(Texts.get("detail.clear.tip")));
        close.setOnAction(e -> vm.clearSelection());
        HBox row = new HBox(8, titles, close);
        row.getStyleClass().add("detail-header");
        return row;
    }

    private void evidence(List<Evidence> evidence) {
        for (Evidence e : evidence) content.getChildren().add(new EvidenceView(e, readInContext));
    }

    private void disagreements(List<Disagreement> list) {
        for (Disagreement d : list) content.getChildren().add(new DisagreementView(d, readInContext));
    }

    // ---- a country ----

    private void showCountry(Country c) {
        AllianceRecord r = vm.record();
        content.getChildren().add(titleRow(Texts.name(c), (Texts.russian() ? c.name() : c.nameRu()) + " · " + c.iso()));
        Label status = EvidenceView.wrapped("", "detail-status");
        status.setId("detail-status");
        content.getChildren().add(status);
        if (c.past()) {
            // A state of the past: when it ended, who succeeded it, how the map draws it, and the evidence.
            String successors = String.join(", ", c.successors().stream()
                    .map(iso -> r.country(iso).map(Texts::name).orElse(iso)).toList());
            Label past = EvidenceView.wrapped(Texts.format("detail.pastState", Formats.date(c.ended()), successors), "detail-past");
            past.setId("detail-past");
            content.getChildren().add(past);
            String note = c.note(Texts.language());
            if (note != null) content.getChildren().add(EvidenceView.wrapped(note, "detail-note"));
            for (Evidence e : c.evidence()) content.getChildren().add(new EvidenceView(e, readInContext));
        }
        onDate = d -> {
            if (!(d instanceof DetailViewModel.CountryOnDate on)) return;
            status.setText(Texts.format("detail.onDate", Formats.day(on.date()), StatusStyle.describe(on.status())));
            for (StatusStyle style : StatusStyle.values()) status.pseudoClassStateChanged(style.pseudoClass(), style == StatusStyle.of(on.status()));
        };
        // Every alliance the country stands in on the date, with since when and (for the context
        // alliances; the CSTO's own periods come first) the evidence: rebuilt only when it changes.
        VBox memberships = new VBox(4);
        memberships.setId("detail-memberships");
        Consumer<DetailViewModel.OnDate> statusOnly = onDate;
        List<List<Membership>> shownMemberships = new java.util.ArrayList<>(java.util.Collections.singletonList(null));
        onDate = d -> {
            statusOnly.accept(d);
            if (!(d instanceof DetailViewModel.CountryOnDate on) || on.memberships().equals(shownMemberships.get(0))) return;
            shownMemberships.set(0, on.memberships());
            memberships.getChildren().clear();
            if (on.memberships().isEmpty()) memberships.getChildren().add(EvidenceView.wrapped(Texts.get("detail.membershipsNone"), "membership-line"));
            for (Membership m : on.memberships()) {
                Label line = EvidenceView.wrapped(Texts.shortName(m.alliance()) + ": " + StatusStyle.describe(m.status(), m.alliance()), "membership-line");
                for (StatusStyle style : StatusStyle.values()) line.pseudoClassStateChanged(style.pseudoClass(), style == StatusStyle.of(m.status(), m.alliance()));
                memberships.getChildren().add(line);
                if (!m.alliance().subject() && m.status().period() != null) {
                    for (Evidence e : m.status().period().evidence()) memberships.getChildren().add(new EvidenceView(e, readInContext));
                }
            }
        };
        List<StatusPeriod> periods = r.history(c);
        List<DetailViewModel.StripRow> rows = DetailViewModel.stripRows(r, c);
        if (rows.stream().anyMatch(row -> !row.periods().isEmpty())) {
            content.getChildren().add(section(Texts.get("detail.history")));
            VBox labels = new VBox(4);
            for (DetailViewModel.StripRow row : rows) {
                String name = !row.alliance().subject() ? Texts.shortName(row.alliance()) : Texts.get(row.lowerBody() ? "detail.strip.treaty" : "detail.strip.csto");
                labels.getChildren().add(EvidenceView.wrapped(name, "strip-label"));
            }
            labels.getStyleClass().add("strip-labels");
            HistoryStrip strip = new HistoryStrip(vm, rows, labels.getChildren());
            // The strip's date line follows the date through this pane's one date listener, so a strip
            // left behind by a new selection leaves no listener behind.
            Consumer<DetailViewModel.OnDate> statusLine = onDate;
            onDate = d -> {
                statusLine.accept(d);
                strip.requestLayout();
            };
            HBox.setHgrow(strip, Priority.ALWAYS);
            content.getChildren().add(new HBox(6, labels, strip));
        }
        for (StatusPeriod p : periods) {
            Label head = EvidenceView.wrapped(StatusStyle.of(new StatusAt(c, p.status(), p.body(), p.start(), false, p)).label()
                    + " · " + Formats.date(p.start()) + " – " + (p.end() == null ? Texts.get("date.today") : Formats.date(p.end())), "period-heading");
            Hyperlink go = new Hyperlink(Texts.get("detail.goToDate"));
            go.setTooltip(new javafx.scene.control.Tooltip(Texts.format("detail.goToDate.tip", Formats.date(p.start()))));
            go.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            go.getStyleClass().add("go-to-date");
            go.setOnAction(e -> vm.setDate(p.start().first()));
            // The link goes under the heading: beside it, in a narrow pane or at a projector's text
            // size, the heading was squeezed into a tower a word wide.
            head.setMaxWidth(Double.MAX_VALUE);
            content.getChildren().add(new VBox(0, head, go));
            if (p.note() != null) content.getChildren().add(EvidenceView.wrapped(p.note(Texts.language()), "period-note"));
            disagreements(r.disagreementsAbout(Disagreement.Kind.PERIOD, p.id()));
            evidence(p.evidence());
        }
        // Beyond its own periods: what the sources dispute about the country and the events that involve it.
        disagreements(r.disagreementsTouching(c).stream()
                .filter(d -> d.subject().kind() != Disagreement.Kind.PERIOD).toList());
        List<Event> events = r.eventsOf(c);
        if (!events.isEmpty()) {
            content.getChildren().add(section(Texts.get("detail.events")));
            for (Event e : events) content.getChildren().add(eventLink(e));
        }
        // After the CSTO's own story: every alliance the country stands in on the date.
        content.getChildren().addAll(section(Texts.get("detail.memberships")), memberships);
    }

    private Hyperlink eventLink(Event e) {
        Hyperlink link = new Hyperlink(Formats.date(e.date()) + " · " + e.title(Texts.language()));
        link.getStyleClass().add("event-link");
        link.setWrapText(true);
        link.setOnAction(a -> vm.selectEvent(e));
        return link;
    }

    // ---- an event ----

    private void showEvent(Event e) {
        AllianceRecord r = vm.record();
        content.getChildren().add(titleRow(e.title(Texts.language()), Formats.date(e.date()) + " · " + kindLabel(e)));
        if (!e.countries().isEmpty()) {
            content.getChildren().add(EvidenceView.wrapped(Texts.format("detail.involves", e.countries().stream().map(Texts::name).collect(Collectors.joining(", "))), "detail-line"));
        }
        if (e.response() != null) {
            Label response = EvidenceView.wrapped(responseText(e), "appeal-response");
            response.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("no-deployment"), e.response() != org.cstoatlas.record.Response.DEPLOYMENT);
            content.getChildren().add(response);
        }
        if (e.note() != null) content.getChildren().add(EvidenceView.wrapped(e.note(Texts.language()), "period-note"));
        disagreements(r.disagreementsAbout(Disagreement.Kind.EVENT, e.id()));
        content.getChildren().add(section(Texts.get("detail.evidence")));
        evidence(e.evidence());
    }

    static String kindLabel(Event e) {
        return Texts.get("kind." + e.kind().id());
    }

    static String responseText(Event e) {
        return switch (e.response()) {
            case DEPLOYMENT -> Texts.get("detail.response.deployment");
            case NONE -> Texts.get("detail.response.none");
            case AID -> Texts.get("detail.response.aid");
            case CONSULTATIONS -> Texts.get("detail.response.consultations");
        };
    }

    // ---- a deployment or a force ----

    private void showDeployment(Deployment d) {
        content.getChildren().add(titleRow(d.name(Texts.language()), Texts.format("detail.deploymentIn", Formats.date(d.start()), Formats.date(d.end()), Texts.name(d.target()))));
        content.getChildren().add(EvidenceView.wrapped(Texts.format("detail.places", d.places().stream().map(p -> p.name(Texts.language())).collect(Collectors.joining(", "))), "detail-line"));
        content.getChildren().add(section(Texts.get("detail.phases")));
        for (Deployment.Phase p : d.phases()) {
            Hyperlink go = new Hyperlink(Formats.date(p.date()) + " · " + p.label(Texts.language()));
            go.getStyleClass().add("event-link");
            go.setWrapText(true);
            go.setOnAction(e -> vm.setDate(p.date().first()));
            content.getChildren().add(go);
        }
        content.getChildren().add(section(Texts.get("detail.contingents")));
        for (Deployment.Contingent c : d.contingents()) {
            String size = c.size() == null ? Texts.get("detail.sizeNotGiven") : Formats.size(c.size());
            content.getChildren().add(EvidenceView.wrapped(Texts.name(c.country()) + ": " + size
                    + (c.units().isEmpty() ? "" : " (" + String.join("; ", c.units(Texts.language())) + ")"), "contingent-line"));
        }
        if (!d.totals().isEmpty()) {
            content.getChildren().add(section(Texts.get("detail.totals")));
            for (Deployment.Total t : d.totals()) content.getChildren().add(EvidenceView.wrapped(t.label(Texts.language()) + ": " + Formats.size(t.size()), "contingent-line"));
        }
        disagreements(vm.record().disagreementsAbout(Disagreement.Kind.DEPLOYMENT, d.id()));
        content.getChildren().add(section(Texts.get("detail.evidence")));
        evidence(d.evidence());
    }

    private void showForce(Force f) {
        content.getChildren().add(titleRow(f.name(Texts.language()), (f.ended() == null ? Texts.format("detail.forceFrom", Formats.dateAfterPreposition(f.created()))
                : Texts.format("detail.forceFromTo", Formats.dateAfterPreposition(f.created()), Formats.dateAfterPreposition(f.ended()))) + " · " + f.base().name(Texts.language())));
        if (f.size() != null) content.getChildren().add(EvidenceView.wrapped(Texts.format("detail.size", Formats.size(f.size())), "detail-line"));
        if (!f.countries().isEmpty()) {
            content.getChildren().add(EvidenceView.wrapped(Texts.format("detail.countries", f.countries().stream().map(Texts::name).collect(Collectors.joining(", "))), "detail-line"));
        }
        if (f.note() != null) content.getChildren().add(EvidenceView.wrapped(f.note(Texts.language()), "period-note"));
        disagreements(vm.record().disagreementsAbout(Disagreement.Kind.FORCE, f.id()));
        content.getChildren().add(section(Texts.get("detail.evidence")));
        evidence(f.evidence());
    }

    // ---- an exercise or a base ----

    private void showExercise(Exercise x) {
        content.getChildren().add(titleRow(x.name(Texts.language()), Texts.format("detail.exerciseIn", Formats.date(x.start()), Formats.date(x.end()), Texts.name(x.host()))));
        Hyperlink go = new Hyperlink(Texts.get("detail.goToStart"));
        go.getStyleClass().add("go-to-date");
        go.setTooltip(new javafx.scene.control.Tooltip(Texts.format("detail.goToDate.tip", Formats.date(x.start()))));
        go.setOnAction(e -> vm.setDate(x.start().first()));
        content.getChildren().add(go);
        content.getChildren().add(EvidenceView.wrapped(Texts.format("detail.where", x.place().name(Texts.language())), "detail-line"));
        content.getChildren().add(EvidenceView.wrapped(x.participants().isEmpty() ? Texts.get("detail.participantsNone")
                : Texts.format("detail.participants", x.participants().stream().map(Texts::name).collect(Collectors.joining(", "))), "detail-line"));
        content.getChildren().add(EvidenceView.wrapped(x.size() == null ? Texts.format("detail.size", Texts.get("detail.sizeNotGiven"))
                : Texts.format("detail.size", Formats.size(x.size())), "detail-line"));
        if (x.note() != null) content.getChildren().add(EvidenceView.wrapped(x.note(Texts.language()), "period-note"));
        content.getChildren().add(section(Texts.get("detail.evidence")));
        evidence(x.evidence());
    }

    private void showBase(Base b) {
        content.getChildren().add(titleRow(b.name(Texts.language()), Texts.format("detail.baseSubtitle", Texts.get("baseKind." + b.kind().id()),
                Texts.name(b.operator()), b.place().name(Texts.language()), Texts.name(b.host()))));
        content.getChildren().add(EvidenceView.wrapped(b.closed() == null ? Texts.format("detail.baseFrom", Formats.dateAfterPreposition(b.from()))
                : Texts.format("detail.baseFromTo", Formats.dateAfterPreposition(b.from()), Formats.dateAfterPreposition(b.closed())), "detail-line"));
        // The head count on the date: the latest attestation by then that gives one.
        Label size = EvidenceView.wrapped("", "detail-status");
        size.setId("detail-base-size");
        content.getChildren().add(size);
        onDate = d -> {
            if (!(d instanceof DetailViewModel.BaseOnDate on)) return;
            size.setText(!on.there() ? Texts.format("detail.baseNotOn", Formats.day(on.date()))
                    : on.sized() == null ? Texts.format("detail.baseSizeNoneOn", Formats.day(on.date()))
                    : Texts.format("detail.baseSizeOn", Formats.day(on.date()), Formats.size(on.sized().size()), Formats.date(on.sized().date())));
        };
        if (b.note() != null) content.getChildren().add(EvidenceView.wrapped(b.note(Texts.language()), "period-note"));
        if (!b.evidence().isEmpty()) {
            content.getChildren().add(section(Texts.get("detail.evidence")));
            evidence(b.evidence());
        }
        // Each attestation: its date (a click goes there), the size it gives, what it says and its evidence.
        content.getChildren().add(section(Texts.get("detail.attested")));
        for (Base.Attestation a : b.attested()) {
            Hyperlink go = new Hyperlink(Formats.date(a.date()) + (a.size() == null ? "" : " · " + Formats.size(a.size())));
            go.getStyleClass().add("event-link");
            go.setWrapText(true);
            go.setTooltip(new javafx.scene.control.Tooltip(Texts.format("detail.goToDate.tip", Formats.date(a.date()))));
            go.setOnAction(e -> vm.setDate(a.date().first()));
            content.getChildren().add(go);
            if (a.note() != null) content.getChildren().add(EvidenceView.wrapped(a.note(Texts.language()), "period-note"));
            evidence(a.evidence());
        }
    }

    // ---- two dates compared ----

    /** Who joined, who left and who changed between the two dates, each with the evidence for its new status. */
    private void showChanges() {
        content.getChildren().add(heading(Texts.get("detail.changes")));
        Label span = EvidenceView.wrapped("", "detail-status");
        span.setId("compare-span");
        VBox list = new VBox(8);
        list.setId("change-list");
        content.getChildren().addAll(span, list);
        List<Change>[] shown = new List[] {null};
        onDate = d -> {
            if (!(d instanceof DetailViewModel.ComparisonOnDate cmp)) return;
            int moved = cmp.moved();
            span.setText(Texts.format("detail.changes.span", Formats.day(cmp.span().from()), Formats.day(cmp.span().to()),
                    moved == 0 ? Texts.get("detail.changes.none") : moved == 1 ? Texts.get("detail.changes.one") : Texts.format("detail.changes.many", moved)));
            List<Change> all = new java.util.ArrayList<>(cmp.joined());
            all.addAll(cmp.left());
            all.addAll(cmp.changed());
            all.addAll(cmp.same());
            if (all.equals(shown[0])) return;
            shown[0] = all;
            list.getChildren().clear();
            for (List<Change> ofKind : List.of(cmp.joined(), cmp.left(), cmp.changed())) {
                if (ofKind.isEmpty()) continue;
                list.getChildren().add(section(Texts.format("detail.changes.count", CompareStyle.of(ofKind.get(0).kind()).label(), ofKind.size())));
                for (Change c : ofKind) list.getChildren().add(changeView(c));
            }
            Label same = EvidenceView.wrapped(Texts.format("detail.changes.same", cmp.same().stream()
                    .map(c -> Texts.name(c.before().country())).collect(Collectors.joining(", "))), "detail-line");
            list.getChildren().add(same);
        };
    }

    private VBox changeView(Change c) {
        Country country = c.before().country();
        Hyperlink name = new Hyperlink(Texts.name(country));
        name.getStyleClass().add("change-country");
        name.setOnAction(e -> vm.selectCountry(country));
        Label what = EvidenceView.wrapped(StatusStyle.describe(c.before()) + "  →  " + StatusStyle.describe(c.after()), "change-line");
        VBox box = new VBox(4, name, what);
        box.getStyleClass().add("change-row");
        box.setUserData(c);
        // The evidence for the status it came to; where it came to none, for the status it left.
        StatusPeriod period = c.after().period() != null ? c.after().period() : c.before().period();
        if (period != null) period.evidence().forEach(ev -> box.getChildren().add(new EvidenceView(ev, readInContext)));
        return box;
    }

    // ---- nothing selected ----

    /** How many members an alliance shown has on the date: the CSTO's organization and treaty told apart. */
    private static String members(DetailViewModel.Standing st) {
        if (!st.alliance().subject()) {
            return st.members().isEmpty() ? Texts.format("detail.overview.noMembersOf", Texts.shortName(st.alliance()))
                    : Texts.format("detail.overview.membersOf", st.members().size(), Texts.shortName(st.alliance()));
        }
        return st.inOrganization() > 0 ? (st.inTreatyOnly() > 0 ? Texts.format("detail.overview.membersAndTreaty", st.inOrganization(), st.inTreatyOnly())
                : Texts.format("detail.overview.members", st.inOrganization()))
                : st.inTreatyOnly() > 0 ? Texts.format("detail.overview.treaty", st.inTreatyOnly()) : Texts.get("detail.overview.noMembers");
    }

    private void showOverview() {
        content.getChildren().add(heading(Texts.get("detail.overview")));
        Label counts = EvidenceView.wrapped("", "detail-status");
        counts.setId("overview-counts");
        Label hint = EvidenceView.wrapped(Texts.get("detail.overview.hint"), "detail-hint");
        VBox latest = new VBox(6);
        latest.getStyleClass().add("overview-latest");
        content.getChildren().addAll(counts, hint, section(Texts.get("detail.overview.latest")), latest);
        Event[] shown = new Event[1];
        boolean[] first = {true};
        onDate = d -> {
            if (!(d instanceof DetailViewModel.OverviewOnDate o)) return;
            StringBuilder lines = new StringBuilder();
            for (DetailViewModel.Standing st : o.shown()) {
                String members = members(st);
                String names = st.members().stream().map(Texts::name).collect(Collectors.joining(", "));
                if (lines.length() == 0) {
                    lines.append(names.isEmpty() ? Texts.format("detail.overview.counts", Formats.day(o.date()), members)
                            : Texts.format("detail.overview.countsNamed", Formats.day(o.date()), members, names));
                } else {
                    lines.append("\n").append(names.isEmpty() ? members
                            : Texts.format("detail.overview.alsoNamed", members, names));
                }
            }
            counts.setText(lines.toString());
            Event e = o.latest();
            if (e != shown[0] || first[0]) {
                first[0] = false;
                shown[0] = e;
                latest.getChildren().clear();
                if (e == null) {
                    Event f = o.firstEvent();
                    latest.getChildren().add(EvidenceView.wrapped(o.first().alliance().subject() || f == null ? Texts.get("detail.overview.nothingYet")
                            : Texts.format("detail.overview.nothingYetOf", f.title(Texts.language()), Formats.day(f.date().first())), "detail-line"));
                } else {
                    latest.getChildren().add(eventLink(e));
                    List<Quote> quotes = vm.record().quotesOf(e);
                    if (!quotes.isEmpty()) latest.getChildren().add(new EvidenceView(quotes.get(0), readInContext));
                    else if (!e.evidence().isEmpty()) latest.getChildren().add(new EvidenceView(e.evidence().get(0), readInContext));
                }
            }
        };
        Region pad = new Region();
        pad.setMinHeight(8);
        content.getChildren().add(pad);
    }
}

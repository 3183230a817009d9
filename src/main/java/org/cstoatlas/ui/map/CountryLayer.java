package org.cstoatlas.ui.map;

import org.cstoatlas.ui.look.CompareStyle;
import org.cstoatlas.ui.look.PairStyle;
import org.cstoatlas.ui.look.StatusStyle;

import com.gluonhq.maps.MapLayer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.SVGPath;
import javafx.scene.text.Text;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import javafx.util.Duration;
import org.cstoatlas.geo.CountryShape;
import org.cstoatlas.geo.CountryShapes;
import org.cstoatlas.geo.PlaneRing;
import org.cstoatlas.geo.WebMercator;
import org.cstoatlas.record.Country;
import org.cstoatlas.record.FuzzyDate;
import org.cstoatlas.record.time.StatusAt;
import org.cstoatlas.record.time.StatusSnapshot;
import org.cstoatlas.ui.look.Formats;
import org.cstoatlas.ui.look.HoverTip;
import org.cstoatlas.ui.look.Texts;
import org.cstoatlas.ui.model.AtlasViewModel;
import org.cstoatlas.ui.model.Selection;

/**
 * Fills every country of the record by its status on the selected date. The shapes are built once,
 * in world pixels, and placed by one transform; a date change only switches pseudo-classes (CSS
 * gives the colours), and only when some status really changed.
 */
public final class CountryLayer extends MapLayer {

    /** Below this zoom the 110m shapes are drawn, above it the 50m ones, like the basemap's tiles. */
    static final double DETAIL_ZOOM = 4;

    private static final PseudoClass UNCERTAIN = PseudoClass.getPseudoClass("uncertain");
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass DISPUTED = PseudoClass.getPseudoClass("disputed");
    private static final PseudoClass INVOLVED = PseudoClass.getPseudoClass("involved");
    /** The country the keyboard is on, while the map has the focus: a ring the theme colours against its fill. */
    private static final PseudoClass KEYBOARD_FOCUS = PseudoClass.getPseudoClass("keyboard-focus");
    /** The quiz's outlines' pseudo-classes: restroke runs for every path on each zoom, so no stream there. */
    private static final java.util.Set<PseudoClass> OUTLINED = java.util.Arrays.stream(org.cstoatlas.ui.model.Outline.values())
            .map(org.cstoatlas.ui.model.Outline::pseudoClass).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private final AtlasViewModel vm;
    private final Group coarse = new Group();
    private final Group detailed = new Group();
    private final Translate translate = new Translate();
    private final Scale scale = new Scale();
    private final Map<String, List<SVGPath>> pathsByIso = new HashMap<>();
    /** Names, drawn in screen pixels so they stay readable; each with where it stands and its country's world width. */
    private final Group labels = new Group();
    private final List<NameLabel> names = new ArrayList<>();
    private final List<SVGPath> crimea = new ArrayList<>();
    private final LocalDate crimeaDisputedFrom;
    /** The 50m shapes, read and turned into paths the first time the map is zoomed in that far (not at start-up). */
    private java.util.function.Supplier<CountryShapes> detailedShapes;
    /** The 50m shapes once turned into paths, for countries added later. */
    private CountryShapes detailShapesBuilt;
    /** Every country drawn, with its tooltip once made (null until the pointer first comes over it). */
    private final Map<Country, Tooltip> tooltips = new HashMap<>();
    /** Past states' shapes: each span of days a country is drawn as a union of today's shapes, built when first shown. */
    private final List<PastShape> pastShapes = new ArrayList<>();
    /** The spans shown on the date last drawn: a border change swaps these, nothing is rebuilt. */
    private java.util.Set<PastShape> shownPast = java.util.Set.of();
    /** Codes whose own shapes are not drawn on that date: today's shapes inside a past state's. */
    private java.util.Set<String> offMap = java.util.Set.of();
    /** Whether Germany's shape stands for both German states on that date. */
    private boolean divided;
    private static final PseudoClass DIVIDED = PseudoClass.getPseudoClass("divided");

    /** One span of a past state's shape: its paths (coarse, then detailed once zoomed in), made on first need. */
    private static final class PastShape {
        final Country country;
        final Country.Drawn drawn;
        SVGPath coarsePath;
        SVGPath detailedPath;

        PastShape(Country country, Country.Drawn drawn) {
            this.country = country;
            this.drawn = drawn;
        }
    }
    private double lastScale = Double.NaN;
    private final CountryShapes coarseShapes;
    /** False until another alliance than the CSTO is first shown: only then are the other countries drawn. */
    private boolean everyCountry;
    /** Whether the last refill showed two alliances. */
    private boolean paired;

    public CountryLayer(AtlasViewModel vm, CountryShapes coarseShapes, java.util.function.Supplier<CountryShapes> detailedShapes, FuzzyDate crimeaAnnexed) {
        this(vm, coarseShapes, detailedShapes, crimeaAnnexed, false);
    }

    /** {@code namesLater}: the names wait for {@link #showNames()}, so that a first map is its shapes and statuses. */
    public CountryLayer(AtlasViewModel vm, CountryShapes coarseShapes, java.util.function.Supplier<CountryShapes> detailedShapes, FuzzyDate crimeaAnnexed,
                        boolean namesLater) {
        if (namesLater) heldNames = new ArrayList<>();
        this.vm = vm;
        this.crimeaDisputedFrom = crimeaAnnexed == null ? null : crimeaAnnexed.first();
        getStyleClass().add("country-layer");
        Group world = new Group(coarse, detailed);
        world.getTransforms().addAll(translate, scale);
        // A pan only moves the shapes: drawn once into a bitmap that a pan frame merely shifts (the
        // software renderer drew every path again on every frame); a fill or a zoom draws it anew.
        world.setCache(true);
        world.setCacheHint(javafx.scene.CacheHint.DEFAULT);
        labels.setCache(true);
        settle.setOnFinished(e -> {
            placeNeeded = true;
            markDirty();
        });
        vm.textScaleProperty().addListener((obs, o, n) -> {
            placeNeeded = true;
            markDirty();
        });
        labels.setMouseTransparent(true);
        getChildren().addAll(world, labels);
        this.detailedShapes = detailedShapes;
        this.coarseShapes = coarseShapes;
        for (Country c : vm.record().countries()) addCountry(c);
        // A state of the past is drawn on its days whatever alliance is shown: the borders are the day's.
        for (Country c : vm.record().allCountries()) if (!c.drawn().isEmpty() && !tooltips.containsKey(c)) addCountry(c);
        if (!vm.state().alliances().equals(org.cstoatlas.state.AllianceChoice.CSTO)) addEveryCountry();
        vm.alliancesProperty().addListener((obs, old, now) -> {
            if (!now.equals(org.cstoatlas.state.AllianceChoice.CSTO)) addEveryCountry();
            refill(vm.statusesProperty().get());
        });
        vm.statusesProperty().addListener((obs, old, now) -> refill(now));
        vm.pairedStatusesProperty().addListener((obs, old, now) -> {
            if (now != null) refill(vm.statusesProperty().get());
        });
        vm.compareDateProperty().addListener((obs, old, now) -> refill(vm.statusesProperty().get()));
        vm.dateProperty().addListener((obs, old, now) -> {
            markCrimea(now);
            markDisputed(now);
            showBorders(now);
        });
        vm.selectionProperty().addListener((obs, old, now) -> markSelection(old, now));
        showBorders(vm.getDate());
        refill(vm.statusesProperty().get());
        markCrimea(vm.getDate());
        markDisputed(vm.getDate());
        // A window built on a state that already has a selection (a view, a language switch) outlines it at once.
        markSelection(null, vm.getSelection());
    }

    private void addCountry(Country c) {
        // Its tooltip is made when the pointer first comes over it (see HoverTip).
        tooltips.put(c, null);
        add(c, coarseShapes, coarse);
        name(() -> addName(c, coarseShapes));
        for (Country.Drawn d : c.drawn()) pastShapes.add(new PastShape(c, d));
    }

    /**
     * Draws the borders of the day: a past state's union where one of its spans holds, today's shapes
     * elsewhere. Only when the set of spans changes; a span's paths are made the first time it is shown
     * (never at start-up, which opens on today), then only shown or hidden.
     */
    private void showBorders(LocalDate date) {
        org.cstoatlas.record.time.Borders borders = org.cstoatlas.record.time.Borders.on(vm.record().allCountries(), date);
        java.util.Set<PastShape> now = new java.util.HashSet<>();
        for (PastShape ps : pastShapes) if (borders.drawn().contains(new org.cstoatlas.record.time.Borders.Shown(ps.country, ps.drawn))) now.add(ps);
        boolean nowDivided = !borders.divided().isEmpty();
        if (now.equals(shownPast) && nowDivided == divided) return;
        if (nowDivided != divided) {
            divided = nowDivided;
            for (Country c : vm.record().allCountries()) {
                if (c.within() == null) continue;
                pathsByIso.getOrDefault(c.within(), List.of()).forEach(p -> {
                    p.pseudoClassStateChanged(DIVIDED, divided);
                    restroke(p);
                });
            }
        }
        java.util.Set<String> off = new java.util.HashSet<>(borders.inside());
        for (PastShape ps : now) {
            if (ps.coarsePath == null) ps.coarsePath = pastPath(ps, coarseShapes, coarse);
            if (ps.detailedPath == null && detailShapesBuilt != null) ps.detailedPath = pastPath(ps, detailShapesBuilt, detailed);
        }
        shownPast = now;
        offMap = off;
        showPaths();
        placeNeeded = true;
        markDirty();
    }

    /** Shows each path as the day's borders say: a past span's while it holds, today's shape unless inside one. */
    private void showPaths() {
        for (PastShape ps : pastShapes) {
            boolean on = shownPast.contains(ps);
            if (ps.coarsePath != null) ps.coarsePath.setVisible(on);
            if (ps.detailedPath != null) ps.detailedPath.setVisible(on);
        }
        pathsByIso.forEach((iso, paths) -> {
            boolean own = !offMap.contains(iso);
            for (SVGPath p : paths) if (!pastPaths.contains(p)) p.setVisible(own);
        });
    }

    private final java.util.Set<SVGPath> pastPaths = new java.util.HashSet<>();

    private SVGPath pastPath(PastShape ps, CountryShapes shapes, Group into) {
        Country c = ps.country;
        CountryShape union = shapes.union(c.iso(), c.name(), ps.drawn.parts());
        SVGPath p = new SVGPath();
        p.setContent(svg(union));
        p.setFillRule(FillRule.EVEN_ODD);
        p.getStyleClass().addAll("country", "iso-" + c.iso(), "past-state");
        p.setAccessibleText(Texts.name(c));
        HoverTip.install(p, () -> tipOf(c));
        p.setOnMouseClicked(e -> {
            if (e.isStillSincePress()) vm.selectCountry(c);
        });
        pastPaths.add(p);
        pathsByIso.computeIfAbsent(c.iso(), k -> new ArrayList<>()).add(p);
        into.getChildren().add(p);
        if (shapes == coarseShapes) name(() -> {
            if (names.stream().noneMatch(n -> n.iso().equals(c.iso()))) addName(c, union);
        });
        refill(vm.statusesProperty().get());
        markSelection(null, vm.getSelection());
        return p;
    }

    /** The countries only context alliances name (NATO's west, the SCO's south), drawn once they are first needed. */
    private void addEveryCountry() {
        if (everyCountry) return;
        everyCountry = true;
        for (Country c : vm.record().allCountries()) {
            if (tooltips.containsKey(c)) continue;
            addCountry(c);
            // Already zoomed in: the new countries need their detailed shapes as well.
            if (detailedShapes == null && detailShapesBuilt != null) add(c, detailShapesBuilt, detailed);
        }
        markDisputed(vm.getDate());
        showPaths();
        markDirty();
    }

    /** The country's tooltip, made the first time it is wanted. */
    private Tooltip tipOf(Country c) {
        Tooltip tip = tooltips.get(c);
        if (tip == null) {
            Tooltip made = new Tooltip();
            made.setShowDelay(Duration.millis(150));
            made.setOnShowing(e -> made.setText(tooltipText(c)));
            tooltips.put(c, made);
            tip = made;
        }
        return tip;
    }

    private void add(Country c, CountryShapes shapes, Group into) {
        for (CountryShape shape : shapes.of(c.iso())) {
            SVGPath p = new SVGPath();
            p.setContent(svg(shape));
            p.setFillRule(FillRule.EVEN_ODD);
            p.getStyleClass().addAll("country", "iso-" + c.iso());
            p.setAccessibleText(Texts.name(c));
            boolean isCrimea = "Crimea".equals(shape.name());
            if (isCrimea) {
                // Crimea carries Ukraine's code and never the alliance's fill; from 2014 it is marked disputed.
                p.getStyleClass().add("crimea");
                crimea.add(p);
                HoverTip.install(p, () -> {
                    Tooltip crimeaTip = new Tooltip();
                    crimeaTip.setShowDelay(Duration.millis(150));
                    crimeaTip.setOnShowing(e -> crimeaTip.setText(crimeaText()));
                    return crimeaTip;
                });
            } else {
                HoverTip.install(p, () -> tipOf(c));
            }
            p.setOnMouseClicked(e -> {
                if (e.isStillSincePress()) vm.selectCountry(c);
            });
            pathsByIso.computeIfAbsent(c.iso(), k -> new ArrayList<>()).add(p);
            into.getChildren().add(p);
        }
    }

    /** A country's name on the map, at the centre of its largest ring: the text over its halo. */
    private record NameLabel(String iso, Group node, Text text, double lat, double lon, double worldWidth) {
    }

    /** The names held back until {@link #showNames()}, in the order they came; null once shown. */
    private List<Runnable> heldNames;

    /** Names a country now, or once the names are shown. */
    private void name(Runnable adding) {
        if (heldNames != null) heldNames.add(adding);
        else adding.run();
    }

    /**
     * Puts in the names held back, in the order they came, and places them: around the operations'
     * words and clear of what stands over the map, which a window opening map first puts in with them.
     */
    public void showNames() {
        if (heldNames == null) return;
        List<Runnable> held = heldNames;
        heldNames = null;
        held.forEach(Runnable::run);
        placeAgain();
    }

    private void addName(Country c, CountryShapes shapes) {
        addName(c, shapes.of(c.iso()));
    }

    private void addName(Country c, CountryShape shape) {
        addName(c, List.of(shape));
    }

    private void addName(Country c, List<CountryShape> shapes) {
        double[] best = null;
        double bestArea = 0;
        for (CountryShape shape : shapes) {
            if ("Crimea".equals(shape.name())) continue;
            for (double[] ring : shape.rings()) {
                double area = Math.abs(PlaneRing.area(ring));
                if (area > bestArea) {
                    bestArea = area;
                    best = ring;
                }
            }
        }
        if (best == null) return;
        double[] centre = PlaneRing.centroid(best);
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE;
        for (int i = 0; i < best.length; i += 2) {
            minX = Math.min(minX, WebMercator.x(best[i]));
            maxX = Math.max(maxX, WebMercator.x(best[i]));
        }
        // The halo is a second text with a centred stroke behind the name: an outside stroke would be
        // computed with area geometry on every glyph, every frame (it cost ~60 ms a frame when panning).
        String name = contested(c) ? Texts.name(c) + " ⚑" : Texts.name(c);
        Text halo = new Text(name);
        halo.getStyleClass().add("country-label-halo");
        Text t = new Text(name);
        t.getStyleClass().add("country-label");
        Group node = new Group(halo, t);
        labels.getChildren().add(node);
        names.add(new NameLabel(c.iso(), node, t, centre[1], centre[0], maxX - minX));
        names.sort(java.util.Comparator.comparingDouble(NameLabel::worldWidth).reversed());
    }

    /** True when the sources disagree on a fact of the country's history: its name carries a flag. */
    private boolean contested(Country c) {
        return vm.record().contested(c);
    }


    private static String svg(CountryShape shape) {
        StringBuilder s = new StringBuilder();
        for (double[] ring : shape.rings()) {
            for (int i = 0; i < ring.length; i += 2) {
                s.append(i == 0 ? 'M' : 'L');
                s.append(round(WebMercator.x(ring[i]))).append(' ').append(round(WebMercator.y(ring[i + 1]))).append(' ');
            }
            s.append('Z');
        }
        return s.toString();
    }

    private static String round(double v) {
        return Double.toString(Math.round(v * 1e4) / 1e4);
    }

    private String tooltipText(Country c) {
        List<org.cstoatlas.record.Alliance> shown = vm.shownAlliances();
        StringBuilder status = new StringBuilder(describe(vm.statusesProperty().get(), c, shown.get(0)));
        if (shown.size() > 1) status.append("\n").append(describe(vm.pairedStatusesProperty().get(), c, shown.get(1)));
        StringBuilder within = new StringBuilder();
        for (Country other : vm.record().allCountries()) {
            if (c.iso().equals(other.within()) && other.withinOn(vm.getDate())) within.append("\n").append(Texts.format("country.divided", Texts.name(other)));
        }
        if (c.disputedOn(vm.getDate())) within.append("\n").append(Texts.format("country.disputedSince", Formats.day(c.disputed().first())));
        return Texts.name(c) + "\n" + status + within + (contested(c) ? "\n" + Texts.get("country.contested") : "")
                + "\n" + Texts.get("country.click");
    }

    private static String describe(StatusSnapshot snapshot, Country c, org.cstoatlas.record.Alliance a) {
        StatusAt s = snapshot == null ? null : snapshot.of(c.iso());
        return StatusStyle.describe(s == null ? new StatusAt(c, org.cstoatlas.record.Status.NONE, null, null, false, null) : s, a);
    }

    private String crimeaText() {
        boolean disputed = crimeaDisputedFrom != null && !vm.getDate().isBefore(crimeaDisputedFrom);
        return Texts.get("crimea.name") + "\n" + Texts.get(disputed ? "crimea.disputed" : "crimea.ukraine");
    }

    /** Builds the 50m paths and brings them to the state the coarse ones are in. */
    private void buildDetail() {
        if (detailedShapes == null) return;
        CountryShapes fine = detailedShapes.get();
        // Unreadable (a defect: the build checks them): the 110 m shapes stand in rather than no map.
        if (fine == null) fine = coarseShapes;
        for (Country c : tooltips.keySet()) add(c, fine, detailed);
        detailShapesBuilt = fine;
        detailedShapes = null;
        for (PastShape ps : shownPast) if (ps.detailedPath == null) ps.detailedPath = pastPath(ps, detailShapesBuilt, detailed);
        showPaths();
        if (divided) {
            for (Country c : vm.record().allCountries()) {
                if (c.within() != null) pathsByIso.getOrDefault(c.within(), List.of()).forEach(p -> p.pseudoClassStateChanged(DIVIDED, true));
            }
        }
        refill(vm.statusesProperty().get());
        markCrimea(vm.getDate());
        markDisputed(vm.getDate());
        markSelection(null, vm.getSelection());
    }

    private void refill(StatusSnapshot snapshot) {
        // While comparing, a country is shaded by what changed between the two dates, not by its status;
        // while two alliances are shown, by which of them it stands in.
        Map<String, CompareStyle> compare = new HashMap<>();
        if (vm.compareDateProperty().get() != null) {
            for (var c : vm.changes()) compare.put(c.before().country().iso(), CompareStyle.of(c.kind()));
        }
        StatusSnapshot second = vm.pairedStatusesProperty().get();
        org.cstoatlas.record.Alliance alliance = vm.shownAlliances().get(0);
        // The pair classes are cleared once when two alliances give way to one, then left alone while scrubbing.
        boolean pairClasses = second != null || paired;
        paired = second != null;
        for (Map.Entry<String, List<SVGPath>> e : pathsByIso.entrySet()) {
            // A country the alliance's record does not name has no status in it.
            StatusAt s = snapshot.of(e.getKey());
            PairStyle pair = compare.isEmpty() && second != null ? PairStyle.of(s, second.of(e.getKey())) : null;
            boolean partial = pair != null && PairStyle.partial(s, second.of(e.getKey()));
            StatusStyle style = compare.isEmpty() && pair == null ? StatusStyle.of(s, alliance) : null;
            CompareStyle change = compare.get(e.getKey());
            boolean uncertain = style != null && s != null && s.uncertain();
            for (SVGPath p : e.getValue()) {
                if (crimea.contains(p)) continue;
                for (StatusStyle other : StatusStyle.values()) p.pseudoClassStateChanged(other.pseudoClass(), other == style);
                for (CompareStyle other : CompareStyle.values()) p.pseudoClassStateChanged(other.pseudoClass(), other == change);
                if (pairClasses) {
                    for (PairStyle other : PairStyle.values()) p.pseudoClassStateChanged(other.pseudoClass(), other == pair);
                    p.pseudoClassStateChanged(PairStyle.PARTIAL, partial);
                }
                p.pseudoClassStateChanged(UNCERTAIN, uncertain);
                restroke(p);
            }
        }
    }

    private void markCrimea(LocalDate date) {
        boolean disputed = crimeaDisputedFrom != null && !date.isBefore(crimeaDisputedFrom);
        // Only when it flips: this runs on every date change while the slider moves.
        if (crimea.stream().allMatch(p -> p.getPseudoClassStates().contains(DISPUTED) == disputed)) return;
        crimea.forEach(p -> {
            p.pseudoClassStateChanged(DISPUTED, disputed);
            restroke(p);
        });
    }

    /** A country the record shows as disputed from a day (Kosovo from 17 February 2008): its outline dashed from then on. */
    private void markDisputed(LocalDate date) {
        for (Country c : vm.record().allCountries()) {
            if (c.disputed() == null) continue;
            boolean on = c.disputedOn(date);
            for (SVGPath p : pathsByIso.getOrDefault(c.iso(), List.of())) {
                if (p.getPseudoClassStates().contains(DISPUTED) == on) continue;
                p.pseudoClassStateChanged(DISPUTED, on);
                restroke(p);
            }
        }
    }

    private void markSelection(Selection old, Selection now) {
        // The selected country's name is placed first.
        placeNeeded = true;
        markDirty();
        if (old instanceof Selection.OfCountry o) setSelected(o.country(), false);
        if (now instanceof Selection.OfCountry n) setSelected(n.country(), true);
        List<Country> involved = involved(now);
        pathsByIso.forEach((iso, paths) -> {
            boolean on = involved.stream().anyMatch(c -> c.iso().equals(iso));
            paths.forEach(p -> {
                if (p.getPseudoClassStates().contains(INVOLVED) != on) {
                    p.pseudoClassStateChanged(INVOLVED, on);
                    restroke(p);
                }
            });
        });
    }

    /**
     * The countries an event, a deployment, a force, an exercise (its host and participants) or a base
     * (its host and the country that keeps it) involves: outlined on the map while it is selected.
     */
    private static List<Country> involved(Selection s) {
        return s == null ? List.of() : s.countries();
    }

    private void setSelected(Country c, boolean on) {
        pathsByIso.getOrDefault(c.iso(), List.of()).forEach(p -> {
            p.pseudoClassStateChanged(SELECTED, on);
            if (on) p.toFront();
            restroke(p);
        });
    }

    private String keyboardFocus;

    /** Rings the country the keyboard is on (null: none, when the map loses the focus). */
    public void keyboardFocus(String iso) {
        if (java.util.Objects.equals(iso, keyboardFocus)) return;
        String before = keyboardFocus;
        keyboardFocus = iso;
        for (String each : java.util.Arrays.asList(before, iso)) {
            if (each == null) continue;
            boolean on = each.equals(iso);
            pathsByIso.getOrDefault(each, List.of()).forEach(p -> {
                p.pseudoClassStateChanged(KEYBOARD_FOCUS, on);
                if (on) p.toFront();
                restroke(p);
            });
        }
    }

    /** The country ringed for the keyboard, or null. */
    public String keyboardFocus() {
        return keyboardFocus;
    }

    /** The quiz's outlines now, by country code: the countries outlined are those of the map alone. */
    private java.util.Map<String, org.cstoatlas.ui.model.Outline> outlines = java.util.Map.of();

    /** Outlines countries for the quiz (picked, then right, wrong or missed); an empty map takes every outline off. */
    public void outline(java.util.Map<String, org.cstoatlas.ui.model.Outline> byIso) {
        java.util.Set<String> touched = new java.util.HashSet<>(outlines.keySet());
        touched.addAll(byIso.keySet());
        outlines = java.util.Map.copyOf(byIso);
        for (String iso : touched) {
            org.cstoatlas.ui.model.Outline now = outlines.get(iso);
            pathsByIso.getOrDefault(iso, List.of()).forEach(p -> {
                for (org.cstoatlas.ui.model.Outline o : org.cstoatlas.ui.model.Outline.values()) p.pseudoClassStateChanged(o.pseudoClass(), o == now);
                if (now != null) p.toFront();
                restroke(p);
            });
        }
    }

    /** The quiz's outline of a country now, or null. */
    public org.cstoatlas.ui.model.Outline outlineOf(String iso) {
        return outlines.get(iso);
    }

    /** The paths of a country (both levels of detail), for tests and the legend. */
    public List<SVGPath> pathsOf(String iso) {
        return pathsByIso.getOrDefault(iso, List.of());
    }

    /** Where a country's name stands (the centre of its largest ring), as latitude and longitude; null if it has no shape. */
    public double[] anchorOf(String iso) {
        for (NameLabel n : names) if (n.iso().equals(iso)) return new double[] {n.lat(), n.lon()};
        return null;
    }

    /** Where the selected country stands, in scene pixels: a small square round its name's place; null for none. */
    public javafx.geometry.Bounds selectedArea() {
        if (!(vm.getSelection() instanceof Selection.OfCountry c) || anchorOf(c.country().iso()) == null) return null;
        double[] a = anchorOf(c.country().iso());
        Point2D p = scenePoint(a[0], a[1]);
        return new javafx.geometry.BoundingBox(p.getX() - 14, p.getY() - 14, 28, 28);
    }

    /** Where a place stands in the window's scene, in pixels. */
    public Point2D scenePoint(double lat, double lon) {
        return localToScene(getMapPoint(lat, lon));
    }

    @Override
    protected void initialize() {
        // MapView lays layers out only when the centre moves; a zoom must re-place the shapes too.
        baseMap.zoom().addListener((obs, o, n) -> markDirty());
    }

    @Override
    protected void layoutLayer() {
        // World pixels (zoom 0) map linearly to the screen: find the scale and origin from two points.
        Point2D west = getMapPoint(0, -180);
        Point2D centre = getMapPoint(0, 0);
        double s = (centre.getX() - west.getX()) / (WebMercator.WORLD / 2);
        if (!(s > 0)) return;
        translate.setX(west.getX());
        translate.setY(west.getY() - s * WebMercator.WORLD / 2);
        scale.setX(s);
        scale.setY(s);
        boolean detail = baseMap.zoom().get() >= DETAIL_ZOOM;
        if (detail) buildDetail();
        coarse.setVisible(!detail);
        detailed.setVisible(detail);
        if (s != lastScale) {
            lastScale = s;
            placeNeeded = true;
            pathsByIso.values().forEach(paths -> paths.forEach(this::restroke));
        }
        // A pan moves every word by the same amount: the names move as one (their bitmap shifted) and
        // are placed anew once the map rests, or at once after a zoom or a change of what they avoid.
        Point2D origin = getMapPoint(0, 0);
        if (placeNeeded || Double.isNaN(placedAtX) || mapWidth() != placedWidth || mapHeight() != placedHeight) {
            placeNames();
        } else {
            labels.setTranslateX(origin.getX() - placedAtX);
            labels.setTranslateY(origin.getY() - placedAtY);
            settle.playFromStart();
        }
    }

    /** Places the names anew at the next layout (what lies over the map has moved). */
    public void placeAgain() {
        placeNeeded = true;
        markDirty();
    }

    /** Whether the names must be placed anew at the next layout, rather than moved with the map. */
    private boolean placeNeeded = true;
    /** Where the point (0°, 0°) stood, and the layer's size, when the names were last placed. */
    private double placedAtX = Double.NaN, placedAtY = Double.NaN, placedWidth, placedHeight;
    /** Places the names anew once a pan has rested this long. */
    private final javafx.animation.PauseTransition settle = new javafx.animation.PauseTransition(Duration.millis(150));

    /** Where the words go: one placement shared with the operations layer (a layer alone keeps its own). */
    private LabelPlacement placement = new LabelPlacement();

    /** Shares the map's label placement: the names are placed again around the operations' words after each of their passes. */
    public void placeWith(LabelPlacement placement) {
        this.placement = placement;
        placement.afterOperations(this::placeNames);
    }

    /**
     * A name is shown where its country is wide enough on screen to hold most of it, and where it
     * overlaps neither the operations' words nor a name placed before it (the selected country's
     * first, then larger countries first: names are sorted by width); where its centre is taken it
     * tries a line above and a line below, then half its width right or left, else it is left out.
     */
    private void placeNames() {
        if (Double.isNaN(lastScale)) return;
        double s = lastScale;
        labels.setTranslateX(0);
        labels.setTranslateY(0);
        Point2D origin = getMapPoint(0, 0);
        placedAtX = origin.getX();
        placedAtY = origin.getY();
        placedWidth = mapWidth();
        placedHeight = mapHeight();
        placeNeeded = false;
        placement.start(getParent() == null ? null : getParent().localToScene(getParent().getLayoutBounds()));
        List<javafx.geometry.Bounds> placed = new ArrayList<>();
        String selected = vm.getSelection() instanceof Selection.OfCountry c ? c.country().iso() : null;
        for (int pass = 0; pass < 2; pass++) {
            for (NameLabel n : names) {
                if ((pass == 0) != n.iso().equals(selected)) continue;
                if (!namedOnDay(n.iso())) {
                    n.node().setVisible(false);
                    continue;
                }
                double width = n.text().getLayoutBounds().getWidth();
                double height = n.text().getLayoutBounds().getHeight();
                Point2D p = getMapPoint(n.lat(), n.lon());
                boolean fits = false;
                if (n.worldWidth() * s >= width * 0.7 || n.iso().equals(selected)) {
                    // Centred, a line above or below; else half its width to either side (a base's
                    // symbol may stand on the country's middle: Belarus's radar and naval centre).
                    double[][] places = {{0, 0}, {0, -height}, {0, height}, {width / 2, 0}, {-width / 2, 0}};
                    // The selected country's name is never dropped for want of a place: it also tries
                    // further off, nearest first, up to three lines and a whole width away (bases and
                    // arrows crowd Belarus's middle).
                    if (n.iso().equals(selected)) places = nearestFirst(width, height);
                    for (double[] at : places) {
                        double dx = at[0], dy = at[1];
                        var box = localToScene(new javafx.geometry.BoundingBox(p.getX() + dx - width / 2 - 2, p.getY() + dy - height / 2, width + 4, height));
                        if (placement.free(box, placed, n.iso().equals(selected))) {
                            placed.add(box);
                            n.node().relocate(p.getX() + dx - width / 2, p.getY() + dy - height / 2);
                            fits = true;
                            break;
                        }
                    }
                }
                n.node().setVisible(fits);
            }
        }
    }

    /** Whether a country is on the map on the day drawn: not inside a past state's shape, and a past state only on its days. */
    private boolean namedOnDay(String iso) {
        for (PastShape ps : shownPast) if (ps.country.iso().equals(iso)) return true;
        if (offMap.contains(iso)) return false;
        return pastShapes.stream().noneMatch(ps -> ps.country.iso().equals(iso) && ps.country.past());
    }

    /** Offsets round a name's place, nearest first: a quarter width and a line at a time, up to a width and three lines. */
    private static double[][] nearestFirst(double width, double height) {
        List<double[]> at = new ArrayList<>();
        for (int i = -4; i <= 4; i++) for (int j = -3; j <= 3; j++) at.add(new double[] {i * width / 4, j * height});
        at.sort(java.util.Comparator.comparingDouble(o -> Math.hypot(o[0] / width * 2, o[1] / height)));
        return at.toArray(new double[0][]);
    }

    /** Whether a country's name is on the map now. */
    public boolean nameShown(String iso) {
        for (NameLabel n : names) if (n.iso().equals(iso)) return n.node().isVisible();
        return false;
    }

    /** The names shown on the map now, in scene pixels: for tests. */
    public List<javafx.geometry.Bounds> visibleLabelBounds() {
        List<javafx.geometry.Bounds> all = new ArrayList<>();
        for (NameLabel n : names) if (n.node().isVisible()) all.add(n.text().localToScene(n.text().getLayoutBounds()));
        return all;
    }

    /**
     * Strokes are drawn in world pixels, so their width and dashes are divided by the scale to stay the
     * same on screen at every zoom: wider for the selection, dashed where a date is uncertain or disputed.
     */
    private void restroke(SVGPath p) {
        double s = Double.isNaN(lastScale) ? 1 : lastScale;
        var states = p.getPseudoClassStates();
        boolean outlined = !java.util.Collections.disjoint(states, OUTLINED) || states.contains(KEYBOARD_FOCUS);
        p.setStrokeWidth((outlined ? 3.5 : states.contains(SELECTED) ? 3.0 : states.contains(INVOLVED) ? 2.5 : 1.0) / s);
        // A country missed in the quiz is dashed: it was not picked, the answer shows where it is.
        if (states.contains(org.cstoatlas.ui.model.Outline.MISSED.pseudoClass())) p.getStrokeDashArray().setAll(7 / s, 4 / s);
        else if (states.contains(UNCERTAIN) || states.contains(DISPUTED)) p.getStrokeDashArray().setAll(6 / s, 4 / s);
        // Germany standing for both German states: a dash-dot outline, as a border still drawn apart.
        else if (states.contains(DIVIDED)) p.getStrokeDashArray().setAll(10 / s, 3 / s, 2 / s, 3 / s);
        else if (states.contains(PairStyle.PARTIAL)) p.getStrokeDashArray().setAll(2 / s, 3 / s);
        else if (!p.getStrokeDashArray().isEmpty()) p.getStrokeDashArray().clear();
    }

    private double mapWidth() {
        return getParent() instanceof javafx.scene.layout.Region r ? r.getWidth() : 0;
    }

    private double mapHeight() {
        return getParent() instanceof javafx.scene.layout.Region r ? r.getHeight() : 0;
    }
}

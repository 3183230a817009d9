package org.cstoatlas.ui.map;

import com.gluonhq.maps.MapLayer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.Polygon;
import javafx.util.Duration;
import org.cstoatlas.record.Base;
import org.cstoatlas.record.Country;
import org.cstoatlas.record.Deployment;
import org.cstoatlas.record.Disagreement;
import org.cstoatlas.record.Exercise;
import org.cstoatlas.record.Force;
import org.cstoatlas.record.FuzzyDate;
import org.cstoatlas.record.Place;
import org.cstoatlas.record.Precision;
import org.cstoatlas.record.Size;
import org.cstoatlas.ui.look.Formats;
import org.cstoatlas.ui.look.Texts;
import org.cstoatlas.ui.model.AtlasViewModel;
import org.cstoatlas.ui.model.Selection;

/**
 * Who sent what where: for each deployment under way on the date, an arrow from each contributor's
 * capital to the place named, as wide as the contingent where its size is known and dashed where it
 * is not, with the size and units the sources give; a symbol for each force in existence where it
 * is based; a star for each exercise held within a month of the date (faded while not under way) and
 * a triangle for each base or facility the record has that day. Forces, exercises and bases are
 * proportional symbols alike: the area grows with the head count; an exercise or a base whose size no
 * source gives is hollow and dashed. Nodes are rebuilt only when the set of things under way changes;
 * a pan or zoom only moves them.
 */
public final class OperationsLayer extends MapLayer {

    private static final PseudoClass UNKNOWN_SIZE = PseudoClass.getPseudoClass("unknown-size");
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass CONTESTED = PseudoClass.getPseudoClass("contested");
    private static final PseudoClass COMING = PseudoClass.getPseudoClass("coming");
    private static final PseudoClass PAST = PseudoClass.getPseudoClass("past");

    private final OperationsViewModel model;
    private final AtlasViewModel vm;
    private final Group arrows = new Group();
    private final Group symbols = new Group();
    private final List<Arrow> arrowList = new ArrayList<>();
    private final List<Symbol> symbolList = new ArrayList<>();
    private List<Deployment> shownDeployments = List.of();
    private List<Force> shownForces = List.of();
    private List<OperationsViewModel.ExerciseOnMap> shownExercises = List.of();
    private List<OperationsViewModel.BaseOnMap> shownBases = List.of();

    /** One contingent's arrow: its shaft, head and label, from the capital to the target. */
    public record Arrow(Deployment deployment, Deployment.Contingent contingent, Path shaft, Polygon head, Label label,
                        double fromLat, double fromLon, double toLat, double toLon) {
    }

    /** A node standing at a place: a force's, an exercise's or a base's symbol, or a deployment's target with its box. */
    private record Symbol(Node node, double lat, double lon, int stack, Object subject) {
    }

    public OperationsLayer(AtlasViewModel vm) {
        this(new OperationsViewModel(vm));
    }

    public OperationsLayer(OperationsViewModel model) {
        this.model = model;
        this.vm = model.atlas();
        getStyleClass().add("operations-layer");
        getChildren().addAll(arrows, symbols);
        arrows.setCache(true);
        symbols.setCache(true);
        settle.setOnFinished(e -> placeAgain());
        model.onMapProperty().addListener((obs, o, now) -> refresh(now));
        vm.selectionProperty().addListener((obs, o, n) -> {
            markSelection();
            placeAgain();
        });
        // Symbols grow with the text for a projector: rebuild them at the new scale.
        vm.textScaleProperty().addListener((obs, o, n) -> {
            shownDeployments = null;
            shownForces = null;
            refresh(model.onMapProperty().get());
        });
        refresh(model.onMapProperty().get());
    }

    private void refresh(OperationsViewModel.OnMap now) {
        List<Deployment> deployments = now.deployments();
        List<Force> forces = now.forces();
        if (deployments.equals(shownDeployments) && forces.equals(shownForces) && now.exercises().equals(shownExercises) && now.bases().equals(shownBases)) {
            updatePhases(now);
            return;
        }
        shownDeployments = deployments;
        shownForces = forces;
        shownExercises = now.exercises();
        shownBases = now.bases();
        arrows.getChildren().clear();
        symbols.getChildren().clear();
        arrowList.clear();
        symbolList.clear();
        Map<String, Integer> stacks = new HashMap<>();
        for (Force f : forces) {
            int stack = stacks.merge(stackKey(f.base()), 1, Integer::sum) - 1;
            addSymbol(forceSymbol(f), f.base().lat(), f.base().lon(), stack, f);
        }
        for (OperationsViewModel.ExerciseOnMap x : now.exercises()) {
            Place at = x.exercise().place();
            addSymbol(exerciseSymbol(x), at.lat(), at.lon(), stacks.merge(stackKey(at), 1, Integer::sum) - 1, x.exercise());
        }
        for (OperationsViewModel.BaseOnMap b : now.bases()) {
            Place at = b.base().place();
            addSymbol(baseSymbol(b), at.lat(), at.lon(), stacks.merge(stackKey(at), 1, Integer::sum) - 1, b.base());
        }
        for (Deployment d : deployments) addDeployment(d);
        updatePhases(now);
        markSelection();
        placeAgain();
    }

    // ---- deployments ----

    private void addDeployment(Deployment d) {
        var target = d.places().get(0);
        for (Deployment.Contingent c : d.contingents()) {
            Country.Capital from = c.country().capital();
            if (from == null) continue;
            Path shaft = new Path();
            shaft.getStyleClass().add("deployment-arrow");
            Polygon head = new Polygon();
            head.getStyleClass().add("deployment-arrow-head");
            boolean unknown = c.size() == null;
            shaft.pseudoClassStateChanged(UNKNOWN_SIZE, unknown);
            head.pseudoClassStateChanged(UNKNOWN_SIZE, unknown);
            shaft.setStrokeWidth(width(c.size()) * symbolScale());
            if (unknown) shaft.getStrokeDashArray().setAll(8.0, 6.0);
            Label label = new Label(Texts.name(c.country()) + " · " + (unknown ? Texts.get("operations.sizeNotGiven") : Formats.size(c.size())));
            label.getStyleClass().add("contingent-label");
            label.pseudoClassStateChanged(UNKNOWN_SIZE, unknown);
            Tooltip tip = new Tooltip(contingentText(c, target.name(Texts.language())));
            tip.setShowDelay(Duration.millis(150));
            for (Node n : List.of(shaft, head, label)) {
                Tooltip.install(n, tip);
                n.setOnMouseClicked(e -> vm.selectDeployment(d));
                n.setUserData(d);
            }
            arrows.getChildren().addAll(shaft, head, label);
            arrowList.add(new Arrow(d, c, shaft, head, label, from.lat(), from.lon(), target.lat(), target.lon()));
        }
        addSymbol(deploymentBox(d), target.lat(), target.lon(), 0, d);
    }

    /** Wider for a larger contingent (by the square root, so 2,000 is not twenty times 100); 3 px when unknown. */
    static double width(Size size) {
        if (size == null) return 3;
        return Math.min(16, 2.5 + Math.sqrt(size.value()) / 3.5);
    }

    private static String contingentText(Deployment.Contingent c, String to) {
        StringBuilder s = new StringBuilder(Texts.name(c.country()) + " → " + to + "\n");
        s.append(c.size() == null ? Texts.get("operations.sizeUnknown") : Texts.format("operations.size", Formats.size(c.size())));
        if (!c.units().isEmpty()) s.append('\n').append(Texts.format("operations.units", String.join("; ", c.units(Texts.language()))));
        return s.append('\n').append(Texts.get("operations.clickOperation")).toString();
    }

    private Node deploymentBox(Deployment d) {
        Circle dot = new Circle(6);
        dot.getStyleClass().add("deployment-target");
        Label title = new Label(d.name(Texts.language()));
        title.getStyleClass().add("deployment-title");
        title.setWrapText(true);
        Label phase = new Label();
        phase.getStyleClass().add("deployment-phase");
        phase.setWrapText(true);
        phase.setId("deployment-phase-" + d.id());
        // Every contributor with its size and units, readable whatever the arrows' labels can show.
        Label contributors = new Label(d.contingents().stream().map(c -> Texts.name(c.country()) + ": "
                + (c.size() == null ? Texts.get("operations.sizeNotGiven") : compact(c.size())) + (c.units().isEmpty() ? "" : " (" + String.join("; ", c.units(Texts.language())) + ")"))
                .collect(Collectors.joining("\n")));
        contributors.getStyleClass().add("deployment-contributors");
        contributors.setWrapText(true);
        // Every figure the sources give, short on the map; what each figure is stands in the tooltip
        // and in the detail pane.
        Label totals = new Label(Texts.format("operations.totals", d.totals().stream().map(t -> compact(t.size()) + " " + Formats.unit(t.size().unit()))
                .collect(Collectors.joining("; "))));
        totals.getStyleClass().add("deployment-totals");
        totals.setWrapText(true);
        Tooltip totalsTip = new Tooltip(d.totals().stream().map(t -> compact(t.size()) + " " + Formats.unit(t.size().unit()) + " — " + t.label(Texts.language()))
                .collect(Collectors.joining("\n")));
        totalsTip.setShowDelay(Duration.millis(150));
        Tooltip.install(totals, totalsTip);
        VBox box = new VBox(2, title, phase, contributors, totals);
        if (!vm.record().disagreementsAbout(Disagreement.Kind.DEPLOYMENT, d.id()).isEmpty()) {
            Label flag = new Label(Texts.get("operations.contestedFigures"));
            flag.getStyleClass().add("contested-flag");
            box.getChildren().add(flag);
            box.pseudoClassStateChanged(CONTESTED, true);
        }
        box.getStyleClass().add("deployment-box");
        Tooltip boxTip = new Tooltip(contributors.getText() + "\n" + d.totals().stream()
                .map(t -> compact(t.size()) + " " + Formats.unit(t.size().unit()) + " — " + t.label(Texts.language())).collect(Collectors.joining("\n")));
        boxTip.setShowDelay(Duration.millis(300));
        Tooltip.install(title, boxTip);
        box.setMaxWidth(280);
        box.setPrefWidth(280);
        box.setLayoutX(16);
        box.setLayoutY(14);
        Group g = new Group(dot, box);
        g.setOnMouseClicked(e -> vm.selectDeployment(d));
        g.setUserData(d);
        return g;
    }

    private void updatePhases(OperationsViewModel.OnMap now) {
        for (Deployment d : shownDeployments) {
            Node n = symbols.lookup("#deployment-phase-" + d.id());
            if (!(n instanceof Label phase)) continue;
            Deployment.Phase current = now.phaseOf(d);
            phase.setText(current == null ? "" : Texts.format("operations.phaseSince", Formats.dateAfterPreposition(current.date()), current.label(Texts.language())));
        }
    }

    // ---- forces ----

    /**
     * A force as a proportional symbol: a circle whose area grows with its size (a square where no
     * source gives one), and a short label beside it that gives way where labels would collide.
     */
    private Node forceSymbol(Force f) {
        boolean contested = !vm.record().disagreementsAbout(Disagreement.Kind.FORCE, f.id()).isEmpty();
        javafx.scene.shape.Shape mark;
        if (f.size() == null) {
            double half = 5 * symbolScale();
            mark = new javafx.scene.shape.Rectangle(-half, -half, 2 * half, 2 * half);
        } else {
            mark = new Circle(radius(f.size()) * symbolScale());
        }
        mark.getStyleClass().addAll("force-mark", "force-" + f.kind().id());
        Label label = new Label((contested ? "⚑ " : "") + f.shortName(Texts.language()) + (f.size() == null ? "" : " · " + compact(f.size())));
        label.getStyleClass().addAll("force-symbol", "force-" + f.kind().id());
        label.pseudoClassStateChanged(CONTESTED, contested);
        Group g = new Group(mark, label);
        g.getStyleClass().add("force");
        Tooltip tip = new Tooltip(f.name(Texts.language()) + "\n" + Texts.format("force.based", f.base().name(Texts.language())) + "\n" + Texts.format("force.from", Formats.dateAfterPreposition(f.created()))
                + "\n" + (f.size() == null ? Texts.get("force.sizeUnknown") : Texts.format("operations.size", Formats.size(f.size())))
                + (contested ? "\n" + Texts.get("force.contested") : "") + "\n" + Texts.get("force.click"));
        tip.setShowDelay(Duration.millis(150));
        Tooltip.install(g, tip);
        g.setOnMouseClicked(e -> vm.selectForce(f));
        g.setUserData(f);
        return g;
    }

    private double symbolScale() {
        return Math.max(1.0, Math.min(2.0, vm.textScaleProperty().get()));
    }

    /** A circle's radius in pixels whose area is proportional to the head count. */
    static double radius(Size size) {
        return Math.max(4, Math.sqrt(size.value()) / 11);
    }

    /** "≈18,000": a size as short as a map symbol needs (the unit is in the tooltip). */
    static String compact(Size size) {
        return Formats.compact(size);
    }

    // ---- exercises and bases ----

    /** A five-pointed star round the origin (its centroid), circumradius 1. */
    private static final double[] STAR = star();
    /** A triangle pointing up round the origin (its centroid), circumradius 1. */
    private static final double[] TRIANGLE = {0, -1, Math.sqrt(3) / 2, 0.5, -Math.sqrt(3) / 2, 0.5};
    /** The radius of the circle as large as a force's "size not given" square (10 px a side, before scaling). */
    static final double SIZE_NOT_GIVEN_RADIUS = 10 / Math.sqrt(Math.PI);

    private static double[] star() {
        double[] p = new double[20];
        for (int i = 0; i < 10; i++) {
            double r = i % 2 == 0 ? 1 : 0.5, a = -Math.PI / 2 + i * Math.PI / 5;
            p[2 * i] = r * Math.cos(a);
            p[2 * i + 1] = r * Math.sin(a);
        }
        return p;
    }

    /**
     * The shape scaled so that its area is that of a circle of the radius: a star or a triangle for
     * 4,000 covers as much of the map as a force's circle for 4,000.
     */
    static double[] sized(double[] shape, double radius) {
        double area = 0;
        for (int i = 0; i < shape.length; i += 2) {
            int j = (i + 2) % shape.length;
            area += shape[i] * shape[j + 1] - shape[j] * shape[i + 1];
        }
        double k = radius * Math.sqrt(Math.PI / Math.abs(area / 2));
        double[] out = new double[shape.length];
        for (int i = 0; i < shape.length; i++) out[i] = shape[i] * k;
        return out;
    }

    /** A mark of the shape, sized by the head count, or hollow and dashed where no source gives one. */
    private Polygon mark(double[] shape, Size size, String styleClass) {
        Polygon mark = new Polygon(sized(shape, (size == null ? SIZE_NOT_GIVEN_RADIUS : radius(size)) * symbolScale()));
        mark.getStyleClass().add(styleClass);
        // Hollow and dashed (the stylesheet's "unknown-size" look), as a deployment's arrow is dashed.
        mark.pseudoClassStateChanged(UNKNOWN_SIZE, size == null);
        return mark;
    }

    /** An exercise as a star sized by its head count; faded, its label saying when, within a month before or after. */
    private Node exerciseSymbol(OperationsViewModel.ExerciseOnMap on) {
        Exercise x = on.exercise();
        Polygon mark = mark(STAR, x.size(), "exercise-mark");
        // Known only to the month or year, an exercise is on the map the whole month or year: its label says so.
        boolean daysUnknown = x.start().precision() != Precision.DAY || x.end().precision() != Precision.DAY;
        List<String> words = new ArrayList<>(List.of(x.shortName(Texts.language())));
        if (on.timing() == OperationsViewModel.Timing.COMING) words.add(Texts.format("exercise.from", shortDate(x.start())));
        if (on.timing() == OperationsViewModel.Timing.PAST) words.add(Texts.format("exercise.ended", shortDate(x.end())));
        if (on.underWay() && x.size() != null) words.add(compact(x.size()));
        if (on.underWay() && daysUnknown) words.add(Texts.get("exercise.daysUnknown"));
        Label label = new Label(String.join(" · ", words));
        label.getStyleClass().add("exercise-symbol");
        Group g = new Group(mark, label);
        g.getStyleClass().add("exercise");
        g.pseudoClassStateChanged(COMING, on.timing() == OperationsViewModel.Timing.COMING);
        g.pseudoClassStateChanged(PAST, on.timing() == OperationsViewModel.Timing.PAST);
        // Drawn after the forces (added after them), over any it touches: an exercise is never moved
        // off its ground, which may lie by a border (Combat Brotherhood 2021 by the Afghan one).
        String timing = switch (on.timing()) {
            case COMING -> Texts.get("exercise.coming");
            case PAST -> Texts.get("exercise.past");
            case UNDER_WAY -> Texts.get("exercise.underWay");
        };
        Tooltip tip = new Tooltip(x.name(Texts.language()) + "\n" + Texts.format("exercise.days", Formats.date(x.start()), Formats.date(x.end())) + " · " + timing
                + "\n" + Texts.format("exercise.where", x.place().name(Texts.language()), Texts.name(x.host()))
                + "\n" + (x.size() == null ? Texts.get("operations.sizeUnknownHollow") : Texts.format("operations.size", Formats.size(x.size())))
                + "\n" + Texts.get("exercise.click"));
        tip.setShowDelay(Duration.millis(150));
        Tooltip.install(g, tip);
        g.setOnMouseClicked(e -> vm.selectExercise(x));
        g.setUserData(x);
        return g;
    }

    /** A base as a triangle sized by the head count the sources give by the date. */
    private Node baseSymbol(OperationsViewModel.BaseOnMap on) {
        Base b = on.base();
        Size size = on.size();
        Polygon mark = mark(TRIANGLE, size, "base-mark");
        Label label = new Label(b.shortName(Texts.language()) + (size == null ? "" : " · " + compact(size)));
        label.getStyleClass().add("base-symbol");
        Group g = new Group(mark, label);
        g.getStyleClass().add("base");
        // Behind every other symbol: a base is often where a force or an exercise is too.
        g.setViewOrder(2);
        Tooltip tip = new Tooltip(b.name(Texts.language()) + "\n" + Texts.get("baseKind." + b.kind().id())
                + " · " + Texts.format("base.operator", Texts.name(b.operator()), b.place().name(Texts.language()), Texts.name(b.host()))
                + "\n" + Texts.format("base.from", Formats.dateAfterPreposition(b.from()))
                + "\n" + (size == null ? Texts.get("operations.sizeUnknownHollow")
                        : Texts.format("base.sizeAttested", Formats.size(size), Formats.date(on.sized().date())))
                + "\n" + Texts.get("base.click"));
        tip.setShowDelay(Duration.millis(150));
        Tooltip.install(g, tip);
        g.setOnMouseClicked(e -> vm.selectBase(b));
        g.setUserData(b);
        return g;
    }

    /** "18 October" for a day (the year is in the exercise's name), else the date as the record knows it. */
    private static String shortDate(FuzzyDate d) {
        return d.precision() == Precision.DAY && !d.approximate() ? Formats.dayOfMonth(d.first()) : Formats.date(d);
    }

    /** Symbols at one place (to about a kilometre) share a stack, whatever the place is called. */
    private static String stackKey(Place p) {
        return Math.round(p.lat() * 100) + "," + Math.round(p.lon() * 100);
    }

    private void addSymbol(Node node, double lat, double lon, int stack, Object subject) {
        symbols.getChildren().add(node);
        symbolList.add(new Symbol(node, lat, lon, stack, subject));
    }

    private void markSelection() {
        Object selected = selectedSubject();
        for (Arrow a : arrowList) {
            boolean on = a.deployment() == selected;
            a.shaft().pseudoClassStateChanged(SELECTED, on);
            a.head().pseudoClassStateChanged(SELECTED, on);
        }
        for (Symbol s : symbolList) s.node().pseudoClassStateChanged(SELECTED, s.subject() == selected);
    }

    /** What the selection draws on this layer: a deployment, a force, an exercise or a base; null for anything else. */
    private Object selectedSubject() {
        Selection sel = vm.getSelection();
        return sel instanceof Selection.OfDeployment d ? d.deployment() : sel instanceof Selection.OfForce f ? f.force()
                : sel instanceof Selection.OfExercise x ? x.exercise() : sel instanceof Selection.OfBase b ? b.base() : null;
    }

    // ---- placing ----

    @Override
    protected void initialize() {
        baseMap.zoom().addListener((obs, o, n) -> markDirty());
    }

    @Override
    protected void layoutLayer() {
        // A pan moves everything by the same amount: the arrows, symbols and words move as one (their
        // bitmaps shifted); they are placed anew once the map rests, or at once after a zoom, a resize
        // or a change of what is shown.
        Point2D origin = getMapPoint(0, 0);
        double scale = origin.getX() - getMapPoint(0, -180).getX();
        if (!placeNeeded && scale == placedScale && mapWidth() == placedWidth && mapHeight() == placedHeight) {
            arrows.setTranslateX(origin.getX() - placedAtX);
            arrows.setTranslateY(origin.getY() - placedAtY);
            symbols.setTranslateX(origin.getX() - placedAtX);
            symbols.setTranslateY(origin.getY() - placedAtY);
            settle.playFromStart();
            return;
        }
        placeNeeded = false;
        placedAtX = origin.getX();
        placedAtY = origin.getY();
        placedScale = scale;
        placedWidth = mapWidth();
        placedHeight = mapHeight();
        arrows.setTranslateX(0);
        arrows.setTranslateY(0);
        symbols.setTranslateX(0);
        symbols.setTranslateY(0);
        // The arrows and symbols first; then the words, in the order LabelPlacement states: the
        // operation's box and target, the contingents' labels, the forces', exercises' and bases'
        // labels (the order they were added in); the countries' names go around them last.
        placement.startOperations(getParent() == null ? null : getParent().localToScene(getParent().getLayoutBounds()));
        for (Arrow a : arrowList) place(a);
        List<Label> forceLabels = new ArrayList<>();
        placedMarks.clear();
        for (Symbol s : symbolList) {
            Point2D p = getMapPoint(s.lat(), s.lon());
            if (!(s.subject() instanceof Deployment) && s.node() instanceof Group g) {
                // Symbols sharing a place (forces, exercises, bases) fan out a little, so every one can be seen and clicked.
                double dx = s.stack() * 14, dy = s.stack() * 10;
                g.setLayoutX(p.getX() + dx);
                g.setLayoutY(p.getY() + dy);
                if (s.subject() instanceof Base) nudgeClear(g);
                placedMarks.add(markBounds(g, 0, 0));
                forceLabels.add((Label) g.getChildren().get(1));
                // A symbol is never covered by another's words.
                Node mark = g.getChildren().get(0);
                placement.claimAlways(mark.localToScene(mark.getLayoutBounds()));
            } else {
                // The group's origin is the target itself (its dot is centred there); relocate() would
                // place it by its bounds, which move whenever the box flips.
                s.node().setLayoutX(p.getX());
                s.node().setLayoutY(p.getY());
                keepBoxInside(s.node(), p);
                // What is shown of it (a box left out claims no room).
                if (s.node() instanceof Group g) g.getChildren().stream().filter(Node::isVisible).forEach(n -> placement.claimAlways(n.localToScene(n.getLayoutBounds())));
            }
        }
        for (Arrow a : arrowList) placeLabel(a);
        // The selected symbol's label first: the one the class is looking at keeps its name.
        Object selected = selectedSubject();
        forceLabels.sort(java.util.Comparator.comparing(label -> label.getParent().getUserData() != selected));
        // The bases' labels (but the selected one's) go after the countries' names: a base stands for
        // years in a member state, and "Belarus" matters more to the map than "Vileyka naval centre".
        List<Label> baseLabels = forceLabels.stream().filter(l -> l.getParent().getUserData() instanceof Base && l.getParent().getUserData() != selected).toList();
        for (Label label : forceLabels) if (!baseLabels.contains(label)) placeForceLabel(label, placement::claimOperation);
        placement.operationsPlaced();
        for (Label label : baseLabels) placeForceLabel(label, placement::claimAfterNames);
    }

    /** The marks placed so far in this pass (forces', exercises', bases'), in the layer's pixels. */
    private final List<javafx.geometry.Bounds> placedMarks = new ArrayList<>();

    /**
     * Moves a base's symbol off the marks placed before it (forces, exercises, other bases), by the
     * least of a few steps in eight directions (east first); where none is free it stays. Places a few
     * kilometres apart (the Kant air base and the rapid deployment forces at Bishkek, the Sary-Shagan
     * and Balkhash facilities) would otherwise hide one symbol under another; the tooltip and the
     * detail pane give the place itself. A base stands for years and is found again in the table; an
     * exercise's days are short, so it is the one left where it was held.
     */
    private void nudgeClear(Group g) {
        double x0 = g.getLayoutX(), y0 = g.getLayoutY();
        double step = Math.max(4, markBounds(g, 0, 0).getWidth() / 3);
        for (int k = 0; k <= 6; k++) {
            for (int a = 0; a < (k == 0 ? 1 : 8); a++) {
                double dx = k * step * Math.cos(a * Math.PI / 4), dy = k * step * Math.sin(a * Math.PI / 4);
                javafx.geometry.Bounds at = markBounds(g, dx, dy);
                if (placedMarks.stream().noneMatch(at::intersects)) {
                    g.setLayoutX(x0 + dx);
                    g.setLayoutY(y0 + dy);
                    return;
                }
            }
        }
    }

    /** A symbol's mark in the layer's pixels, were its group moved by (dx, dy). */
    private static javafx.geometry.Bounds markBounds(Group g, double dx, double dy) {
        javafx.geometry.Bounds b = g.getChildren().get(0).getBoundsInParent();
        return new javafx.geometry.BoundingBox(g.getLayoutX() + dx + b.getMinX(), g.getLayoutY() + dy + b.getMinY(), b.getWidth(), b.getHeight());
    }

    /** Whether everything must be placed anew at the next layout, rather than moved with the map. */
    private boolean placeNeeded = true;
    /** Where the point (0°, 0°) stood, the scale and the layer's size when everything was last placed. */
    private double placedAtX, placedAtY, placedScale = Double.NaN, placedWidth, placedHeight;
    /** Places everything anew once a pan has rested this long. */
    private final javafx.animation.PauseTransition settle = new javafx.animation.PauseTransition(Duration.millis(150));

    /** Places everything anew at the next layout (what lies over the map has moved). */
    public void placeAgain() {
        placeNeeded = true;
        markDirty();
    }

    /** The pixels at the map's right that a drawer covers: the operation's box stays clear of them. */
    private double rightInset;

    public void keepClearOfRight(double pixels) {
        if (pixels != rightInset) {
            rightInset = pixels;
            placeAgain();
        }
    }

    /** Where the words go: one placement shared with the country layer (a layer alone keeps its own). */
    private LabelPlacement placement = new LabelPlacement();

    public void placeWith(LabelPlacement placement) {
        this.placement = placement;
    }

    /** A contingent's label along its arrow: at the middle, else a little towards either end, else dropped. */
    private void placeLabel(Arrow a) {
        Label label = a.label();
        label.setVisible(false);
        if (a.shaft().getElements().size() < 2 || !(a.shaft().getElements().get(0) instanceof MoveTo m)
                || !(a.shaft().getElements().get(1) instanceof CubicCurveTo c)) return;
        label.autosize();
        for (double t : new double[] {0.5, 0.38, 0.62, 0.27, 0.73}) {
            double u = 1 - t;
            double x = u * u * u * m.getX() + 3 * u * u * t * c.getControlX1() + 3 * u * t * t * c.getControlX2() + t * t * t * c.getX();
            double y = u * u * u * m.getY() + 3 * u * u * t * c.getControlY1() + 3 * u * t * t * c.getControlY2() + t * t * t * c.getY();
            label.relocate(x - label.getWidth() / 2, y - label.getHeight() / 2);
            if (placement.claimOperation(label.localToScene(label.getLayoutBounds()))) {
                label.setVisible(true);
                return;
            }
        }
    }

    /**
     * A force's, an exercise's or a base's label: right of its symbol, else left, above or below, else
     * at one of its corners, wherever {@code claim} grants the room; else dropped (its tooltip tells all).
     */
    private void placeForceLabel(Label label, java.util.function.Predicate<javafx.geometry.Bounds> claim) {
        label.setVisible(false);
        label.autosize();
        double r = ((javafx.scene.shape.Shape) label.getParent().getChildrenUnmodifiable().get(0)).getLayoutBounds().getWidth() / 2;
        double w = label.getWidth(), h = label.getHeight();
        // Beside, then at a corner: a symbol in a cluster (a base stepped aside) may have room only there.
        double[][] places = {{r + 3, -h / 2}, {-r - 3 - w, -h / 2}, {-w / 2, -r - 3 - h}, {-w / 2, r + 3},
                {r + 1, -r - 1 - h}, {r + 1, r + 1}, {-r - 1 - w, -r - 1 - h}, {-r - 1 - w, r + 1}};
        for (double[] at : places) {
            label.relocate(at[0], at[1]);
            if (claim.test(label.localToScene(label.getLayoutBounds()))) {
                label.setVisible(true);
                return;
            }
        }
    }

    /** A deployment's box sits below right of its target, or flips up or left where the map ends. */
    private void keepBoxInside(Node target, Point2D p) {
        if (!(target instanceof Group g) || g.getChildren().size() < 2 || !(g.getChildren().get(1) instanceof VBox box)) return;
        if (!(getParent() instanceof javafx.scene.layout.Region map)) return;
        box.setVisible(true);
        // Where the map is small for it (a projector's text size in a small window), the box folds to its
        // title and phase; the contributors and totals stay in its tooltip and in the detail pane.
        // Every line shown again first: a box folded for an earlier, smaller map unfolds.
        fold(box, box.getChildren().size());
        box.applyCss();
        box.autosize();
        // Folded further, to its title alone, where even that leaves it over a third of the map's height.
        for (int keep = 2; keep >= 1 && box.getHeight() > map.getHeight() * (keep == 2 ? 0.4 : 0.33); keep--) fold(box, keep);
        Point2D avoid = null;
        if (vm.getSelection() instanceof Selection.OfCountry c && c.country().capital() != null) {
            avoid = getMapPoint(c.country().capital().lat(), c.country().capital().lon());
        }
        double free = map.getWidth() - rightInset;
        double[] chosen = corner(box, p, avoid, free, map.getHeight());
        // No corner free (a small map, what lies over it): fold the box a step further and try again.
        for (int keep = visibleLines(box) - 1; chosen == null && keep >= 1; keep--) {
            fold(box, keep);
            chosen = corner(box, p, avoid, free, map.getHeight());
        }
        // Nowhere free even as its title: the box is left out (the less important gives way, as for
        // every word on the map); the target stays, and the detail pane and the tooltips tell all.
        box.setVisible(chosen != null);
        if (chosen == null) return;
        box.setLayoutX(chosen[0]);
        box.setLayoutY(chosen[1]);
    }

    /**
     * Below right of the target, else above right, below left, above left: the first corner where the box
     * stays on the free map, clear of what lies over it, and leaves the selected country's capital
     * uncovered (with room round it for the country's name); null where none does.
     */
    private double[] corner(VBox box, Point2D p, Point2D avoid, double free, double height) {
        double w = box.getWidth(), h = box.getHeight();
        double[][] corners = {{16, 14}, {16, -14 - h}, {-w - 4, 14}, {-w - 4, -14 - h}};
        for (double[] at : corners) {
            double left = p.getX() + at[0], top = p.getY() + at[1];
            boolean fits = left >= 0 && left + w <= free && top >= 0 && top + h <= height
                    && placement.clearOfWhatLiesOver(localToScene(new javafx.geometry.BoundingBox(left, top, w, h)));
            boolean covers = avoid != null && avoid.getX() >= left - 70 && avoid.getX() <= left + w + 70 && avoid.getY() >= top - 20 && avoid.getY() <= top + h + 20;
            if (fits && !covers) return at;
        }
        return null;
    }

    /** Shows the box's first {@code keep} lines (its title first) and hides the rest, then sizes it again. */
    private static void fold(VBox box, int keep) {
        for (int i = 0; i < box.getChildren().size(); i++) {
            box.getChildren().get(i).setVisible(i < keep);
            box.getChildren().get(i).setManaged(i < keep);
        }
        box.autosize();
    }

    private static int visibleLines(VBox box) {
        int n = 0;
        for (Node line : box.getChildren()) if (line.isManaged()) n++;
        return n;
    }

    /** A curved arrow: bowed to one side, ending a little short of the target so the head shows. */
    private void place(Arrow a) {
        Point2D from = getMapPoint(a.fromLat(), a.fromLon());
        Point2D to = getMapPoint(a.toLat(), a.toLon());
        Point2D d = to.subtract(from);
        double length = d.magnitude();
        if (length < 1) return;
        Point2D unit = d.multiply(1 / length);
        Point2D normal = new Point2D(-unit.getY(), unit.getX());
        double headLength = Math.max(12, a.shaft().getStrokeWidth() * 2.2);
        Point2D end = to.subtract(unit.multiply(8));
        Point2D tip = end;
        Point2D shaftEnd = tip.subtract(unit.multiply(headLength * 0.8));
        Point2D c1 = from.add(d.multiply(0.33)).add(normal.multiply(length * 0.12));
        Point2D c2 = from.add(d.multiply(0.66)).add(normal.multiply(length * 0.12));
        a.shaft().getElements().setAll(new MoveTo(from.getX(), from.getY()),
                new CubicCurveTo(c1.getX(), c1.getY(), c2.getX(), c2.getY(), shaftEnd.getX(), shaftEnd.getY()));
        // The head points along the curve's last tangent.
        Point2D dir = shaftEnd.subtract(c2).normalize();
        Point2D side = new Point2D(-dir.getY(), dir.getX());
        double half = Math.max(7, a.shaft().getStrokeWidth() * 1.1);
        Point2D base = tip.subtract(dir.multiply(headLength));
        a.head().getPoints().setAll(tip.getX(), tip.getY(),
                base.getX() + side.getX() * half, base.getY() + side.getY() * half,
                base.getX() - side.getX() * half, base.getY() - side.getY() * half);
    }

    /** The arrows drawn on the date, for tests and the legend. */
    public List<Arrow> arrows() {
        return List.copyOf(arrowList);
    }

    /** The words shown on the map now (contingents, forces, exercises, bases, the operation's box), in scene pixels: for tests. */
    public List<javafx.geometry.Bounds> visibleLabelBounds() {
        List<javafx.geometry.Bounds> all = new ArrayList<>();
        for (Arrow a : arrowList) if (a.label().isVisible()) all.add(a.label().localToScene(a.label().getLayoutBounds()));
        for (Symbol s : symbolList) {
            if (!(s.node() instanceof Group g)) continue;
            Node words = g.getChildren().get(1);
            if (words.isVisible()) all.add(words.localToScene(words.getLayoutBounds()));
        }
        return all;
    }

    /** The forces shown on the date. */
    public List<Force> forces() {
        return shownForces;
    }

    /** The exercises shown on the date, with where the date stands against each. */
    public List<OperationsViewModel.ExerciseOnMap> exercises() {
        return shownExercises;
    }

    /** The bases shown on the date, with the attestation that sizes each. */
    public List<OperationsViewModel.BaseOnMap> bases() {
        return shownBases;
    }

    /** The mark (circle, square, star or triangle) drawn for a force, an exercise or a base; null when it is not on the map. */
    public javafx.scene.shape.Shape markOf(Object subject) {
        for (Symbol s : symbolList) {
            if (s.subject() == subject && !(subject instanceof Deployment) && s.node() instanceof Group g) return (javafx.scene.shape.Shape) g.getChildren().get(0);
        }
        return null;
    }

    /** The label beside a force's, an exercise's or a base's mark; null when it is not on the map. */
    public Label labelOf(Object subject) {
        javafx.scene.shape.Shape mark = markOf(subject);
        return mark == null ? null : (Label) mark.getParent().getChildrenUnmodifiable().get(1);
    }

    private double mapWidth() {
        return getParent() instanceof javafx.scene.layout.Region r ? r.getWidth() : 0;
    }

    private double mapHeight() {
        return getParent() instanceof javafx.scene.layout.Region r ? r.getHeight() : 0;
    }
}

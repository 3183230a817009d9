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
import org.cstoatlas.record.Country;
import org.cstoatlas.record.Deployment;
import org.cstoatlas.record.Disagreement;
import org.cstoatlas.record.Force;
import org.cstoatlas.record.Size;
import org.cstoatlas.ui.look.Formats;
import org.cstoatlas.ui.look.Texts;
import org.cstoatlas.ui.model.AtlasViewModel;
import org.cstoatlas.ui.model.Selection;

/**
 * Who sent what where: for each deployment under way on the date, an arrow from each contributor's
 * capital to the place named, as wide as the contingent where its size is known and dashed where it
 * is not, with the size and units the sources give; and a symbol for each force in existence where it
 * is based. Nodes are rebuilt only when the set of things under way changes; a pan or zoom only moves them.
 */
public final class OperationsLayer extends MapLayer {

    private static final PseudoClass UNKNOWN_SIZE = PseudoClass.getPseudoClass("unknown-size");
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass CONTESTED = PseudoClass.getPseudoClass("contested");

    private final OperationsViewModel model;
    private final AtlasViewModel vm;
    private final Group arrows = new Group();
    private final Group symbols = new Group();
    private final List<Arrow> arrowList = new ArrayList<>();
    private final List<Symbol> symbolList = new ArrayList<>();
    private List<Deployment> shownDeployments = List.of();
    private List<Force> shownForces = List.of();

    /** One contingent's arrow: its shaft, head and label, from the capital to the target. */
    public record Arrow(Deployment deployment, Deployment.Contingent contingent, Path shaft, Polygon head, Label label,
                        double fromLat, double fromLon, double toLat, double toLon) {
    }

    /** A node standing at a place: a force's symbol or a deployment's target with its box. */
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
        model.onMapProperty().addListener((obs, o, now) -> refresh(now));
        vm.selectionProperty().addListener((obs, o, n) -> markSelection());
        // Symbols grow with the text for a projector: rebuild them at the new scale.
        vm.textScaleProperty().addListener((obs, o, n) -> {
            shownDeployments = List.of();
            shownForces = List.of();
            refresh(model.onMapProperty().get());
        });
        refresh(model.onMapProperty().get());
    }

    private void refresh(OperationsViewModel.OnMap now) {
        List<Deployment> deployments = now.deployments();
        List<Force> forces = now.forces();
        if (deployments.equals(shownDeployments) && forces.equals(shownForces)) {
            updatePhases(now);
            return;
        }
        shownDeployments = deployments;
        shownForces = forces;
        arrows.getChildren().clear();
        symbols.getChildren().clear();
        arrowList.clear();
        symbolList.clear();
        Map<String, Integer> stacks = new HashMap<>();
        for (Force f : forces) {
            int stack = stacks.merge(f.base().name(), 1, Integer::sum) - 1;
            addSymbol(forceSymbol(f), f.base().lat(), f.base().lon(), stack, f);
        }
        for (Deployment d : deployments) addDeployment(d);
        updatePhases(now);
        markSelection();
        markDirty();
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
            Tooltip tip = new Tooltip(contingentText(c, target.name()));
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
        if (!c.units().isEmpty()) s.append('\n').append(Texts.format("operations.units", String.join("; ", c.units())));
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
                + (c.size() == null ? Texts.get("operations.sizeNotGiven") : compact(c.size())) + (c.units().isEmpty() ? "" : " (" + String.join("; ", c.units()) + ")"))
                .collect(Collectors.joining("\n")));
        contributors.getStyleClass().add("deployment-contributors");
        contributors.setWrapText(true);
        // Every figure the sources give, short on the map; what each figure is stands in the tooltip
        // and in the detail pane.
        Label totals = new Label(Texts.format("operations.totals", d.totals().stream().map(t -> compact(t.size()) + " " + t.size().unit())
                .collect(Collectors.joining("; "))));
        totals.getStyleClass().add("deployment-totals");
        totals.setWrapText(true);
        Tooltip totalsTip = new Tooltip(d.totals().stream().map(t -> compact(t.size()) + " " + t.size().unit() + " — " + t.label(Texts.language()))
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
                .map(t -> compact(t.size()) + " " + t.size().unit() + " — " + t.label(Texts.language())).collect(Collectors.joining("\n")));
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
            phase.setText(current == null ? "" : Texts.format("operations.phaseSince", Formats.date(current.date()), current.label(Texts.language())));
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
        Tooltip tip = new Tooltip(f.name(Texts.language()) + "\n" + Texts.format("force.based", f.base().name()) + "\n" + Texts.format("force.from", Formats.date(f.created()))
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

    private void addSymbol(Node node, double lat, double lon, int stack, Object subject) {
        symbols.getChildren().add(node);
        symbolList.add(new Symbol(node, lat, lon, stack, subject));
    }

    private void markSelection() {
        Selection sel = vm.getSelection();
        Object selected = sel instanceof Selection.OfDeployment d ? d.deployment() : sel instanceof Selection.OfForce f ? f.force() : null;
        for (Arrow a : arrowList) {
            boolean on = a.deployment() == selected;
            a.shaft().pseudoClassStateChanged(SELECTED, on);
            a.head().pseudoClassStateChanged(SELECTED, on);
        }
        for (Symbol s : symbolList) s.node().pseudoClassStateChanged(SELECTED, s.subject() == selected);
    }

    // ---- placing ----

    @Override
    protected void initialize() {
        baseMap.zoom().addListener((obs, o, n) -> markDirty());
    }

    @Override
    protected void layoutLayer() {
        // Labels are placed in order of importance (the operation's first, then forces by size);
        // one that would overlap a label already placed is hidden; its tooltip still tells all.
        List<javafx.geometry.Bounds> placed = new ArrayList<>();
        for (Arrow a : arrowList) {
            place(a);
            claim(a.label(), placed);
        }
        for (Symbol s : symbolList) {
            Point2D p = getMapPoint(s.lat(), s.lon());
            if (s.subject() instanceof Force && s.node() instanceof Group g) {
                // Forces sharing a base fan out a little, so every symbol can be seen and clicked.
                double dx = s.stack() * 14, dy = s.stack() * 10;
                g.setLayoutX(p.getX() + dx);
                g.setLayoutY(p.getY() + dy);
                Label label = (Label) g.getChildren().get(1);
                label.autosize();
                double r = ((javafx.scene.shape.Shape) g.getChildren().get(0)).getLayoutBounds().getWidth() / 2;
                label.relocate(r + 3, -label.getHeight() / 2);
                claim(label, placed);
            } else {
                // The group's origin is the target itself (its dot is centred there); relocate() would
                // place it by its bounds, which move whenever the box flips.
                s.node().setLayoutX(p.getX());
                s.node().setLayoutY(p.getY());
                keepBoxInside(s.node(), p);
            }
        }
    }

    /** A deployment's box sits below right of its target, or flips up or left where the map ends. */
    private void keepBoxInside(Node target, Point2D p) {
        if (!(target instanceof Group g) || g.getChildren().size() < 2 || !(g.getChildren().get(1) instanceof VBox box)) return;
        if (!(getParent() instanceof javafx.scene.layout.Region map)) return;
        // Where the map is small for it (a projector's text size in a small window), the box folds to its
        // title and phase; the contributors and totals stay in its tooltip and in the detail pane.
        for (int i = 2; i < box.getChildren().size(); i++) {
            box.getChildren().get(i).setVisible(true);
            box.getChildren().get(i).setManaged(true);
        }
        box.applyCss();
        box.autosize();
        if (box.getHeight() > map.getHeight() * 0.55) {
            for (int i = 2; i < box.getChildren().size(); i++) {
                box.getChildren().get(i).setVisible(false);
                box.getChildren().get(i).setManaged(false);
            }
            box.autosize();
        }
        double w = box.getWidth(), h = box.getHeight();
        double x = p.getX() + 16 + w > map.getWidth() ? -w - 4 : 16;
        double y = 14;
        if (p.getY() + 14 + h > map.getHeight()) y = Math.max(4 - p.getY(), map.getHeight() - p.getY() - h - 4);
        box.setLayoutX(x);
        box.setLayoutY(y);
    }

    /** Shows a label if it overlaps none placed before it, and then counts it as placed. */
    private static void claim(Label label, List<javafx.geometry.Bounds> placed) {
        label.setVisible(true);
        var b = label.localToParent(label.getLayoutBounds());
        if (label.getParent() != null && label.getParent().getParent() instanceof Group) b = label.getParent().localToParent(b);
        final var box = b;
        boolean free = placed.stream().noneMatch(box::intersects);
        label.setVisible(free);
        if (free) placed.add(box);
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
        // The label stands at the curve's middle, beside the shaft.
        Point2D mid = from.multiply(0.125).add(c1.multiply(0.375)).add(c2.multiply(0.375)).add(shaftEnd.multiply(0.125));
        a.label().autosize();
        a.label().relocate(mid.getX() - a.label().getWidth() / 2, mid.getY() - a.label().getHeight() / 2);
    }

    /** The arrows drawn on the date, for tests and the legend. */
    public List<Arrow> arrows() {
        return List.copyOf(arrowList);
    }

    /** The forces shown on the date. */
    public List<Force> forces() {
        return shownForces;
    }
}

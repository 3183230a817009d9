package org.cstoatlas.ui.map;

import com.gluonhq.maps.MapLayer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javafx.animation.PauseTransition;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Shape;
import javafx.util.Duration;
import org.cstoatlas.record.Deployment;
import org.cstoatlas.record.Force;
import org.cstoatlas.state.Lesson;
import org.cstoatlas.ui.map.OperationsNodes.Boxed;
import org.cstoatlas.ui.map.OperationsNodes.Drawn;
import org.cstoatlas.ui.map.model.OperationsMarks;
import org.cstoatlas.ui.map.model.OperationsPlaces;
import org.cstoatlas.ui.map.model.OperationsPlaces.Box;
import org.cstoatlas.ui.map.model.OperationsViewModel;
import org.cstoatlas.ui.model.AtlasViewModel;

/**
 * Who sent what where, drawn as {@link OperationsMarks} decides (arrows, symbols, the deployments'
 * boxes and their words, made by {@link OperationsNodes}) and placed as {@link OperationsPlaces} rules; this layer
 * measures the nodes and puts them there, as Gluon's PoiLayer places its points. Nodes are rebuilt only when
 * the set of things under way changes; a pan or zoom only moves them.
 */
public final class OperationsLayer extends MapLayer {

    private final OperationsViewModel model;
    private final AtlasViewModel vm;
    private final Group arrows = new Group();
    private final Group symbols = new Group();
    private OperationsNodes nodes;
    private final Map<Arrow, OperationsPlaces.Curve> curves = new IdentityHashMap<>();
    private OperationsViewModel.OnMap shown;

    /** One contingent's arrow: its shaft, head and label, from the capital to the target. */
    public record Arrow(OperationsMarks.Arrow mark, Path shaft, Polygon head, Label label) {
        public Deployment.Contingent contingent() {
            return mark.contingent();
        }
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
        model.onMapProperty().addListener((obs, o, now) -> refresh(now, false));
        vm.selectionProperty().addListener((obs, o, n) -> {
            markSelection();
            placeAgain();
        });
        // Symbols grow with the text for a projector: rebuild them at the new scale.
        vm.textScaleProperty().addListener((obs, o, n) -> refresh(model.onMapProperty().get(), true));
        refresh(model.onMapProperty().get(), true);
    }

    private void refresh(OperationsViewModel.OnMap now, boolean anew) {
        boolean same = shown != null && now.deployments().equals(shown.deployments()) && now.forces().equals(shown.forces())
                && now.exercises().equals(shown.exercises()) && now.bases().equals(shown.bases());
        shown = now;
        if (same && !anew) {
            updatePhases();
            return;
        }
        curves.clear();
        nodes = new OperationsNodes(OperationsMarks.of(now, vm.record(), vm.words(), vm.textScaleProperty().get()), vm::select);
        arrows.getChildren().setAll(nodes.arrowNodes);
        symbols.getChildren().setAll(nodes.symbolNodes);
        updatePhases();
        markSelection();
        placeAgain();
    }

    private void updatePhases() {
        for (Boxed b : nodes.boxes) b.phase().setText(OperationsMarks.phase(shown, b.target().deployment(), vm.words()));
    }

    private void markSelection() {
        nodes.markSelection(vm.getSelection());
    }

    // ---- placing ----

    @Override
    protected void initialize() {
        baseMap.zoom().addListener((obs, o, n) -> markDirty());
    }

    /** Whether everything must be placed anew at the next layout, rather than moved with the map. */
    private boolean placeNeeded = true;
    /** Where the point (0°, 0°) stood, the scale and the layer's size when everything was last placed. */
    private double placedAtX, placedAtY, placedScale = Double.NaN, placedWidth, placedHeight;
    /** Places everything anew once a pan has rested this long. */
    private final PauseTransition settle = new PauseTransition(Duration.millis(150));
    /** The pixels at the map's right that a drawer covers: the operation's box stays clear of them. */
    private double rightInset;
    /** Where the words go: one placement shared with the country layer (a layer alone keeps its own). */
    private LabelPlacement placement = new LabelPlacement();

    /** Places everything anew at the next layout (what lies over the map has moved). */
    public void placeAgain() {
        placeNeeded = true;
        markDirty();
    }

    public void keepClearOfRight(double pixels) {
        if (pixels != rightInset) {
            rightInset = pixels;
            placeAgain();
        }
    }

    public void placeWith(LabelPlacement placement) {
        this.placement = placement;
    }

    @Override
    protected void layoutLayer() {
        // A pan moves everything by the same amount: the arrows, symbols and words move as one (their
        // bitmaps shifted); they are placed anew once the map rests, or at once after a zoom, a resize
        // or a change of what is shown.
        Point2D origin = getMapPoint(0, 0);
        double scale = origin.getX() - getMapPoint(0, -180).getX();
        if (!placeNeeded && scale == placedScale && mapWidth() == placedWidth && mapHeight() == placedHeight) {
            for (Group g : List.of(arrows, symbols)) {
                g.setTranslateX(origin.getX() - placedAtX);
                g.setTranslateY(origin.getY() - placedAtY);
            }
            settle.playFromStart();
            return;
        }
        placeNeeded = false;
        placedAtX = origin.getX();
        placedAtY = origin.getY();
        placedScale = scale;
        placedWidth = mapWidth();
        placedHeight = mapHeight();
        for (Group g : List.of(arrows, symbols)) {
            g.setTranslateX(0);
            g.setTranslateY(0);
        }
        // The arrows and symbols first; then the words, in the order LabelPlacement states: the
        // operation's box and target, the contingents' labels, the forces', exercises' and bases' labels.
        placement.startOperations(getParent() == null ? null : getParent().localToScene(getParent().getLayoutBounds()));
        for (Arrow a : nodes.arrows) place(a);
        List<Box> placedMarks = new ArrayList<>();
        for (Drawn d : nodes.symbols) {
            Point2D p = getMapPoint(d.mark().lat(), d.mark().lon());
            d.group().setLayoutX(p.getX() + d.mark().fanX());
            d.group().setLayoutY(p.getY() + d.mark().fanY());
            if (d.mark().stepsAside()) {
                OperationsPlaces.Point step = OperationsPlaces.stepAside(markBox(d), placedMarks);
                d.group().setLayoutX(d.group().getLayoutX() + step.x());
                d.group().setLayoutY(d.group().getLayoutY() + step.y());
            }
            placedMarks.add(markBox(d));
            // A symbol is never covered by another's words.
            placement.claimAlways(d.shape().localToScene(d.shape().getLayoutBounds()));
        }
        for (Boxed b : nodes.boxes) {
            // The group's origin is the target itself (its dot is centred there); relocate() would
            // place it by its bounds, which move whenever the box flips.
            Point2D p = getMapPoint(b.target().lat(), b.target().lon());
            b.group().setLayoutX(p.getX());
            b.group().setLayoutY(p.getY());
            keepBoxInside(b, p);
            // What is shown of it (a box left out claims no room).
            b.group().getChildren().stream().filter(Node::isVisible).forEach(n -> placement.claimAlways(n.localToScene(n.getLayoutBounds())));
        }
        for (Arrow a : nodes.arrows) placeLabel(a);
        OperationsPlaces.LabelOrder order = OperationsPlaces.labelOrder(nodes.symbols.stream().map(Drawn::mark).toList(), vm.getSelection());
        for (OperationsMarks.Symbol s : order.beforeNames()) placeSymbolLabel(nodes.bySymbol.get(s), placement::claimOperation);
        placement.operationsPlaced();
        for (OperationsMarks.Symbol s : order.afterNames()) placeSymbolLabel(nodes.bySymbol.get(s), placement::claimAfterNames);
    }

    /** A symbol's mark in the layer's pixels. */
    private static Box markBox(Drawn d) {
        Bounds b = d.shape().getBoundsInParent();
        return new Box(d.group().getLayoutX() + b.getMinX(), d.group().getLayoutY() + b.getMinY(), b.getWidth(), b.getHeight());
    }

    /** A contingent's arrow along its curve, with its head. */
    private void place(Arrow a) {
        Point2D from = getMapPoint(a.mark().fromLat(), a.mark().fromLon());
        Point2D to = getMapPoint(a.mark().toLat(), a.mark().toLon());
        OperationsPlaces.Curve c = OperationsPlaces.arrow(from.getX(), from.getY(), to.getX(), to.getY(), a.shaft().getStrokeWidth());
        if (c == null) return;
        curves.put(a, c);
        a.shaft().getElements().setAll(new MoveTo(c.from().x(), c.from().y()), new CubicCurveTo(c.control1().x(), c.control1().y(),
                c.control2().x(), c.control2().y(), c.end().x(), c.end().y()));
        a.head().getPoints().setAll(c.head());
    }

    /** A contingent's label along its arrow, at the first spot that is free; else dropped. */
    private void placeLabel(Arrow a) {
        Label label = a.label();
        label.setVisible(false);
        OperationsPlaces.Curve c = curves.get(a);
        if (c == null) return;
        label.autosize();
        for (OperationsPlaces.Point at : OperationsPlaces.alongArrow(c)) {
            label.relocate(at.x() - label.getWidth() / 2, at.y() - label.getHeight() / 2);
            if (placement.claimOperation(label.localToScene(label.getLayoutBounds()))) {
                label.setVisible(true);
                return;
            }
        }
    }

    /** A symbol's label beside its mark, wherever {@code claim} grants the room; else dropped (its tooltip tells all). */
    private static void placeSymbolLabel(Drawn d, Predicate<Bounds> claim) {
        Label label = d.label();
        label.setVisible(false);
        label.autosize();
        double r = d.shape().getLayoutBounds().getWidth() / 2;
        for (OperationsPlaces.Point at : OperationsPlaces.besideMark(r, label.getWidth(), label.getHeight())) {
            label.relocate(at.x(), at.y());
            if (claim.test(label.localToScene(label.getLayoutBounds()))) {
                label.setVisible(true);
                return;
            }
        }
    }

    /** A deployment's box at the corner of its target and as folded as {@link OperationsPlaces#fold} says; left out where it fits nowhere. */
    private void keepBoxInside(Boxed b, Point2D p) {
        if (!(getParent() instanceof Region map)) return;
        VBox box = b.box();
        box.setVisible(true);
        // Every line shown again first: a box folded for an earlier, smaller map unfolds.
        show(box, box.getChildren().size());
        box.applyCss();
        Lesson.Pin named = vm.getSelection() == null ? null : vm.getSelection().namedAt();
        Point2D avoid = named == null ? null : getMapPoint(named.lat(), named.lon());
        OperationsPlaces.Fold fold = OperationsPlaces.fold(box.getChildren().size(), lines -> {
            show(box, lines);
            return new double[] {box.getWidth(), box.getHeight()};
        }, new OperationsPlaces.Point(p.getX(), p.getY()), avoid == null ? null : new OperationsPlaces.Point(avoid.getX(), avoid.getY()),
                map.getWidth() - rightInset, map.getHeight(),
                r -> placement.clearOfWhatLiesOver(localToScene(new BoundingBox(r.x(), r.y(), r.width(), r.height()))));
        box.setVisible(fold != null);
        if (fold == null) return;
        show(box, fold.lines());
        box.setLayoutX(fold.dx());
        box.setLayoutY(fold.dy());
    }

    /** Shows the box's first {@code lines} lines (its title first) and hides the rest, then sizes it again. */
    private static void show(VBox box, int lines) {
        for (int i = 0; i < box.getChildren().size(); i++) {
            box.getChildren().get(i).setVisible(i < lines);
            box.getChildren().get(i).setManaged(i < lines);
        }
        box.autosize();
    }

    // ---- for tests and the legend ----

    /** The arrows drawn on the date. */
    public List<Arrow> arrows() {
        return List.copyOf(nodes.arrows);
    }

    /** The words shown on the map now (contingents, forces, exercises, bases, the operation's box), in scene pixels. */
    public List<Bounds> visibleLabelBounds() {
        List<Node> words = new ArrayList<>();
        nodes.arrows.forEach(a -> words.add(a.label()));
        nodes.symbols.forEach(d -> words.add(d.label()));
        nodes.boxes.forEach(b -> words.add(b.box()));
        return words.stream().filter(Node::isVisible).map(n -> n.localToScene(n.getLayoutBounds())).toList();
    }

    /** The forces shown on the date. */
    public List<Force> forces() {
        return shown.forces();
    }

    /** The exercises shown on the date, with where the date stands against each. */
    public List<OperationsViewModel.ExerciseOnMap> exercises() {
        return shown.exercises();
    }

    /** The bases shown on the date, with the attestation that sizes each. */
    public List<OperationsViewModel.BaseOnMap> bases() {
        return shown.bases();
    }

    /** The mark (circle, square, star or triangle) drawn for a force, an exercise or a base; null when it is not on the map. */
    public Shape markOf(Object subject) {
        return nodes.symbols.stream().filter(d -> d.mark().subject() == subject).map(Drawn::shape).findFirst().orElse(null);
    }

    /** The label beside a force's, an exercise's or a base's mark; null when it is not on the map. */
    public Label labelOf(Object subject) {
        return nodes.symbols.stream().filter(d -> d.mark().subject() == subject).map(Drawn::label).findFirst().orElse(null);
    }

    private double mapWidth() {
        return getParent() instanceof Region r ? r.getWidth() : 0;
    }

    private double mapHeight() {
        return getParent() instanceof Region r ? r.getHeight() : 0;
    }
}

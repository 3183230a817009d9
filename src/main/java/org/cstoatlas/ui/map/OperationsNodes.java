package org.cstoatlas.ui.map;

import org.cstoatlas.ui.look.HoverTip;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Path;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import org.cstoatlas.ui.map.model.OperationsMarks;
import org.cstoatlas.ui.map.model.OperationsViewModel;
import org.cstoatlas.ui.model.Selection;

/**
 * The nodes for what {@link OperationsMarks} decided, with the stylesheet's classes, their tooltips
 * and a click that selects what they stand for; {@link OperationsLayer} places them.
 */
final class OperationsNodes {

    private static final PseudoClass UNKNOWN_SIZE = PseudoClass.getPseudoClass("unknown-size");
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass CONTESTED = PseudoClass.getPseudoClass("contested");
    private static final PseudoClass COMING = PseudoClass.getPseudoClass("coming");
    private static final PseudoClass PAST = PseudoClass.getPseudoClass("past");

    /** A force's, an exercise's or a base's symbol as drawn: its group, mark and label. */
    record Drawn(OperationsMarks.Symbol mark, Group group, Shape shape, Label label) {
    }

    /** A deployment's target and box as drawn. */
    record Boxed(OperationsMarks.Target target, Group group, VBox box, Label phase) {
    }

    final List<OperationsLayer.Arrow> arrows = new ArrayList<>();
    final List<Drawn> symbols = new ArrayList<>();
    final Map<OperationsMarks.Symbol, Drawn> bySymbol = new IdentityHashMap<>();
    final List<Boxed> boxes = new ArrayList<>();
    /** The arrows' nodes and the symbols' and boxes' groups, in the order they are drawn. */
    final List<Node> arrowNodes = new ArrayList<>(), symbolNodes = new ArrayList<>();
    private final Consumer<Selection> select;

    OperationsNodes(OperationsMarks marks, Consumer<Selection> select) {
        this.select = select;
        for (OperationsMarks.Symbol s : marks.symbols()) draw(s);
        for (OperationsMarks.Arrow a : marks.arrows()) draw(a);
        for (OperationsMarks.Target t : marks.targets()) draw(t);
    }

    /** Draws what is selected as selected, and nothing else. */
    void markSelection(Selection selected) {
        for (OperationsLayer.Arrow a : arrows) {
            boolean on = a.mark().selection().equals(selected);
            a.shaft().pseudoClassStateChanged(SELECTED, on);
            a.head().pseudoClassStateChanged(SELECTED, on);
        }
        for (Drawn d : symbols) d.group().pseudoClassStateChanged(SELECTED, d.mark().selection().equals(selected));
        for (Boxed b : boxes) b.group().pseudoClassStateChanged(SELECTED, b.target().selection().equals(selected));
    }

    private void draw(OperationsMarks.Arrow a) {
        Path shaft = new Path();
        shaft.getStyleClass().add("deployment-arrow");
        Polygon head = new Polygon();
        head.getStyleClass().add("deployment-arrow-head");
        shaft.setStrokeWidth(a.width());
        if (a.unknownSize()) shaft.getStrokeDashArray().setAll(8.0, 6.0);
        Label label = new Label(a.label());
        label.getStyleClass().add("contingent-label");
        var tip = HoverTip.shared(a.tooltip(), 150);
        for (Node n : List.of(shaft, head, label)) {
            n.pseudoClassStateChanged(UNKNOWN_SIZE, a.unknownSize());
            HoverTip.install(n, a.tooltip(), tip);
            n.setOnMouseClicked(e -> select.accept(a.selection()));
            n.setUserData(a.deployment());
        }
        arrowNodes.addAll(List.of(shaft, head, label));
        arrows.add(new OperationsLayer.Arrow(a, shaft, head, label));
    }

    private void draw(OperationsMarks.Symbol s) {
        Shape mark = switch (s.shape()) {
            case CIRCLE -> new Circle(s.size());
            case SQUARE -> new Rectangle(-s.size(), -s.size(), 2 * s.size(), 2 * s.size());
            case POLYGON -> new Polygon(s.points().stream().mapToDouble(Double::doubleValue).toArray());
        };
        String kind = s.kind().name().toLowerCase(Locale.ROOT);
        mark.getStyleClass().add(kind + "-mark");
        // Hollow and dashed (the stylesheet's "unknown-size" look), as a deployment's arrow is dashed.
        mark.pseudoClassStateChanged(UNKNOWN_SIZE, s.unknownSize());
        Label label = new Label(s.label());
        label.getStyleClass().add(kind + "-symbol");
        label.pseudoClassStateChanged(CONTESTED, s.contested());
        if (s.variant() != null) {
            mark.getStyleClass().add(kind + "-" + s.variant());
            label.getStyleClass().add(kind + "-" + s.variant());
        }
        Group g = new Group(mark, label);
        g.getStyleClass().add(kind);
        g.pseudoClassStateChanged(COMING, s.timing() == OperationsViewModel.Timing.COMING);
        g.pseudoClassStateChanged(PAST, s.timing() == OperationsViewModel.Timing.PAST);
        if (s.behind()) g.setViewOrder(2);
        HoverTip.install(g, s.tooltip(), 150);
        g.setOnMouseClicked(e -> select.accept(s.selection()));
        g.setUserData(s.subject());
        symbolNodes.add(g);
        Drawn d = new Drawn(s, g, mark, label);
        bySymbol.put(s, d);
        symbols.add(d);
    }

    private void draw(OperationsMarks.Target t) {
        Circle dot = new Circle(6);
        dot.getStyleClass().add("deployment-target");
        Label title = line(t.title(), "deployment-title");
        Label phase = line("", "deployment-phase");
        phase.setId("deployment-phase-" + t.deployment().id());
        Label contributors = line(t.contributors(), "deployment-contributors");
        Label totals = line(t.totals(), "deployment-totals");
        HoverTip.install(totals, t.totalsTip(), 150);
        VBox box = new VBox(2, title, phase, contributors, totals);
        if (t.contested() != null) {
            Label flag = new Label(t.contested());
            flag.getStyleClass().add("contested-flag");
            box.getChildren().add(flag);
            box.pseudoClassStateChanged(CONTESTED, true);
        }
        box.getStyleClass().add("deployment-box");
        HoverTip.install(title, t.titleTip(), 300);
        box.setMaxWidth(280);
        box.setPrefWidth(280);
        box.setLayoutX(16);
        box.setLayoutY(14);
        Group g = new Group(dot, box);
        g.setOnMouseClicked(e -> select.accept(t.selection()));
        g.setUserData(t.deployment());
        symbolNodes.add(g);
        boxes.add(new Boxed(t, g, box, phase));
    }

    private static Label line(String text, String styleClass) {
        Label l = new Label(text);
        l.getStyleClass().add(styleClass);
        l.setWrapText(true);
        return l;
    }
}

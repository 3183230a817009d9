package org.cstoatlas.ui.look;

import java.util.function.Supplier;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;

/**
 * A node's tooltip, made and installed when the pointer first comes over the node. Each tooltip is a
 * popup window with its own scene: the window made 164 before its first map (the legend's rows, the
 * timeline's event ticks, the map's marks), and making as many took 160 to 260 ms in a started atlas.
 * A tooltip shows only after the pointer has moved over its node, so one installed on entering shows
 * as before.
 *
 * <p>A control's tooltip is made so too ({@link #help}): a screen reader reads a control's tooltip as
 * its help, so the words are its accessible help from the start.
 */
public final class HoverTip {

    /** The text the tooltip will show; kept in the node's properties, where a reader of the window's texts finds it. */
    private final String text;

    private HoverTip(String text) {
        this.text = text;
    }

    /** The tooltip's text. */
    public String text() {
        return text;
    }

    /** A tooltip of this text, shown after JavaFX's usual delay. */
    public static void install(Node node, String text) {
        install(node, text, () -> new Tooltip(text));
    }

    /** A tooltip of this text, shown after {@code millis}. */
    public static void install(Node node, String text, double millis) {
        install(node, text, () -> made(text, millis));
    }

    /**
     * One tooltip of this text, shown after {@code millis}, for several nodes (an arrow's shaft, head
     * and label): made once, when the pointer first enters one of them.
     */
    public static Supplier<Tooltip> shared(String text, double millis) {
        Tooltip[] tip = new Tooltip[1];
        return () -> {
            if (tip[0] == null) tip[0] = made(text, millis);
            return tip[0];
        };
    }

    /** The tooltip {@code tip} makes (or finds), of this text. */
    public static void install(Node node, String text, Supplier<Tooltip> tip) {
        node.getProperties().put(HoverTip.class, new HoverTip(text));
        install(node, tip);
    }

    private static Tooltip made(String text, double millis) {
        Tooltip tip = new Tooltip(text);
        tip.setShowDelay(Duration.millis(millis));
        return tip;
    }

    /**
     * A control's tooltip of this text, made when the pointer first comes over it (the first map's
     * controls made 24 tooltips, about 45 ms). The words are the control's accessible help from the
     * start: what a screen reader reads of a tooltip.
     */
    public static void help(javafx.scene.control.Control control, String text) {
        control.setAccessibleHelp(text);
        install(control, text);
    }

    /** The tooltip {@code tip} makes (or finds), installed when the pointer first enters the node. */
    public static void install(Node node, Supplier<Tooltip> tip) {
        EventHandler<MouseEvent> once = new EventHandler<>() {
            @Override
            public void handle(MouseEvent e) {
                node.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                node.getProperties().remove(HoverTip.class);
                Tooltip.install(node, tip.get());
            }
        };
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, once);
    }
}

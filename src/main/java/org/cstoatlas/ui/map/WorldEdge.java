package org.cstoatlas.ui.map;

import com.gluonhq.impl.maps.BaseMap;
import com.gluonhq.maps.MapView;
import java.util.function.DoubleSupplier;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import org.cstoatlas.ui.map.model.WorldSpan;

/**
 * Holds Gluon's base map inside the world, as {@link WorldSpan} decides, however it was moved, zoomed
 * or resized: the map's part left of a drawer never shows past the world's edges.
 */
public final class WorldEdge {

    private final MapView map;
    private final BaseMap base;
    private final DoubleSupplier covered;

    private WorldEdge(MapView map, BaseMap base, DoubleSupplier covered) {
        this.map = map;
        this.base = base;
        this.covered = covered;
        base.translateXProperty().addListener(o -> hold());
        base.zoom().addListener(o -> hold());
        map.widthProperty().addListener(o -> hold());
        // The wheel and a pinch zoom out no further than the world's width (Gluon stops only at its height).
        map.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() < -1 && base.zoom().get() - 0.1 < minZoom()) e.consume();
        });
        map.addEventFilter(ZoomEvent.ZOOM, e -> {
            if (e.getZoomFactor() < 1 && base.zoom().get() + e.getZoomFactor() - 1 < minZoom()) e.consume();
        });
    }

    /** Keeps the map's world in sight; {@code covered} is how much of the map's right side a drawer hides (0 for none). */
    public static WorldEdge keep(MapView map, DoubleSupplier covered) {
        BaseMap base = baseOf(map);
        if (base == null) throw new IllegalStateException("a map without its base map");
        return new WorldEdge(map, base, covered);
    }

    /** Gluon's base map inside a map view (the tiles' layer, which pans and zooms); null if there is none. */
    static BaseMap baseOf(MapView map) {
        for (javafx.scene.Node n : map.getChildrenUnmodifiable()) {
            if (n instanceof BaseMap base) return base;
        }
        return null;
    }

    /** The least zoom the user may zoom out to: the world as wide as the map's free part. */
    public double minZoom() {
        return WorldSpan.minZoom(map.getWidth() - covered.getAsDouble());
    }

    /** Moves the world back into the map's free part if it stands inside it; call when the drawer opened or closed. */
    public void hold() {
        double width = map.getWidth(), west = base.getTranslateX();
        if (width <= 0) return;
        double to = WorldSpan.westEdge(west, width - covered.getAsDouble(), base.zoom().get());
        // moveX, not setTranslateX: it also tells the layers that the map moved.
        if (to != west) base.moveX(west - to);
    }
}

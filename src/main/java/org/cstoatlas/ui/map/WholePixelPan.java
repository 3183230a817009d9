package org.cstoatlas.ui.map;

import com.gluonhq.maps.MapView;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.scene.Node;

/**
 * A pan moves the basemap as one bitmap by whole pixels. Gluon draws every tile scaled to the map's
 * fractional zoom and at fractional offsets, which the software renderer resamples pixel by pixel on
 * every pan frame; cached, the tiles are drawn once (again only when a tile arrives or the zoom
 * changes), and a whole-pixel offset lets the cache be copied, not resampled. The centre moves by under
 * half a pixel.
 */
public final class WholePixelPan {

    private WholePixelPan() {
    }

    public static void install(MapView map) {
        Node n = WorldEdge.baseOf(map);
        if (n == null) return;
        n.setCache(true);
        for (DoubleProperty t : List.of(n.translateXProperty(), n.translateYProperty())) {
            t.addListener((o, old, now) -> {
                double whole = Math.rint(now.doubleValue());
                if (whole != now.doubleValue()) t.set(whole);
            });
        }
    }
}

package org.cstoatlas.ui;

import org.cstoatlas.ui.window.AtlasWindow;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.shape.SVGPath;
import javafx.scene.text.Text;

/** Finds where on the map a country can be seen or clicked: inside its shape, clear of any name. */
public final class MapProbe {

    private MapProbe() {
    }

    /** The visible (current level of detail, the day's borders) mainland shape of a country. */
    public static SVGPath visiblePath(AtlasWindow window, String iso) {
        return window.countries().pathsOf(iso).stream().filter(p -> p.isVisible() && p.getParent().isVisible() && !p.getStyleClass().contains("crimea"))
                .findFirst().orElseThrow();
    }

    /** A point in scene coordinates inside the country and away from every name written on the map. Call on the FX thread. */
    public static Point2D scenePointInside(AtlasWindow window, String iso) {
        SVGPath path = visiblePath(window, iso);
        List<Bounds> names = window.root().lookupAll(".country-label").stream().filter(n -> n.getParent().isVisible())
                .map(n -> n.localToScene(n.getBoundsInLocal())).toList();
        Bounds b = path.getBoundsInLocal();
        for (int i = 1; i < 40; i++) {
            for (int j = 1; j < 40; j++) {
                double x = b.getMinX() + b.getWidth() * (0.2 + 0.6 * i / 40.0);
                double y = b.getMinY() + b.getHeight() * (0.2 + 0.6 * j / 40.0);
                if (!path.contains(x, y)) continue;
                Point2D scene = path.localToScene(x, y);
                boolean clear = names.stream().noneMatch(n -> n.getMinX() - 4 <= scene.getX() && scene.getX() <= n.getMaxX() + 4
                        && n.getMinY() - 4 <= scene.getY() && scene.getY() <= n.getMaxY() + 4);
                if (clear && path.contains(path.sceneToLocal(scene.add(3, 3))) && path.contains(path.sceneToLocal(scene.subtract(3, 3)))) return scene;
            }
        }
        throw new AssertionError("no clear point inside " + iso);
    }

    /** The same point on screen, for the robot. */
    public static Point2D screenPointInside(AtlasWindow window, String iso) {
        Point2D scene = scenePointInside(window, iso);
        return window.root().getScene().getWindow() == null ? scene
                : new Point2D(scene.getX() + window.root().getScene().getWindow().getX() + window.root().getScene().getX(),
                        scene.getY() + window.root().getScene().getWindow().getY() + window.root().getScene().getY());
    }
}

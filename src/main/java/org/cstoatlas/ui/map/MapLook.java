package org.cstoatlas.ui.map;

import com.gluonhq.maps.MapView;
import javafx.geometry.Point2D;
import javafx.scene.layout.Region;
import org.cstoatlas.geo.WebMercator;
import org.cstoatlas.ui.model.CardPlace;

/** Where a map looks, in the plain numbers {@link org.cstoatlas.ui.model.Framing} and {@link CardPlace} decide in, and back. */
public final class MapLook {

    private MapLook() {
    }

    /** Where the map under {@code pane} looks now, in world pixels; null before it is laid out. */
    public static CardPlace.View of(CountryLayer countries, Region pane) {
        Point2D west = countries.scenePoint(0, -180), centre0 = countries.scenePoint(0, 0);
        double scale = (centre0.getX() - west.getX()) / (WebMercator.WORLD / 2);
        if (!(scale > 0)) return null;
        // The map's centre in world pixels, read from where the world's middle stands on the pane.
        Point2D origin = pane.sceneToLocal(centre0);
        return new CardPlace.View(WebMercator.WORLD / 2 + (pane.getWidth() / 2 - origin.getX()) / scale,
                WebMercator.y(0) + (pane.getHeight() / 2 - origin.getY()) / scale, scale);
    }

    /**
     * The least scale the map may zoom out to from the view {@code now}: the world as wide as the map's
     * free part ({@code freeWidth}, see {@link org.cstoatlas.ui.map.model.WorldSpan}), and never below the atlas's least zoom.
     */
    public static double leastScale(MapView map, CardPlace.View now, double freeWidth) {
        return now.scale() * Math.pow(2, org.cstoatlas.ui.map.model.WorldSpan.minZoom(freeWidth) - map.getZoom());
    }

    /** Moves the map from the view {@code now} to {@code view}. */
    public static void to(MapView map, CardPlace.View now, CardPlace.View view) {
        map.setZoom(map.getZoom() + Math.log(view.scale() / now.scale()) / Math.log(2));
        map.setCenter(WebMercator.lat(view.centreY()), WebMercator.lon(view.centreX()));
    }
}

package org.cstoatlas.ui.app;

import com.gluonhq.maps.MapView;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.cstoatlas.AtlasData;
import org.cstoatlas.state.AtlasState;
import org.cstoatlas.state.MapFrame;
import org.cstoatlas.ui.look.Look;
import org.cstoatlas.record.Source;
import org.cstoatlas.ui.window.AtlasWindow;
import org.cstoatlas.words.Words;
import org.cstoatlas.ui.map.CountryLayer;
import org.cstoatlas.ui.map.Legend;
import org.cstoatlas.ui.model.AtlasViewModel;

/**
 * The map "for slides": a title with the date, the map as the window shows it (same centre, the same
 * stretch of the world at the asked size) with its legend, and the sources' credits below. Built in a
 * scene of its own, off the live window, so the window is not disturbed.
 */
final class MapPicture {

    /** The longest wait for the map's tiles: past it the picture fails, saying how many were missing. */
    private static final long TILES_DEADLINE_MS = 60_000;

    private MapPicture() {
    }

    /** The picture's title in the words of its state's language (a film is the language it was filmed in, whatever the window's). */
    static String title(LocalDate date, Words words) {
        return words.format("export.picture.title", words.day(date));
    }

    static String credits(AtlasData data, Words words) {
        return words.format("export.picture.credits", data.index().record().sources().stream().map(Source::title).collect(Collectors.joining("; ")));
    }

    /**
     * Renders the picture of a state, completed on the FX thread; it fails when the map's tiles were not
     * all drawn in time. {@code liveMapWidth} is the width of the map the state was seen on, so the
     * picture shows the same stretch of the world.
     */
    static CompletableFuture<WritableImage> render(AtlasState state, AtlasData data, double liveMapWidth, int width, int height) {
        return new Slide(state, data, liveMapWidth, width, height).render(state, null);
    }

    /**
     * The picture's scene, built once and kept for many frames (an animation): each frame shows another
     * state in the same frame of the world, with an optional caption under the title. FX thread only.
     */
    static final class Slide {
        // A view model of its own: the picture's legend and layer never listen to the live window.
        private final AtlasViewModel vm;
        private final Label title = new Label();
        private final Label caption = new Label();
        private final VBox slide;
        private final Scene scene;

        Slide(AtlasState state, AtlasData data, double liveMapWidth, int width, int height) {
            vm = new AtlasViewModel(data.index(), LocalDate.now());
            vm.apply(state);

            MapView map = new MapView();
            CountryLayer countries = new CountryLayer(vm, data.coarseShapes(), data.detailedShapes(), vm.crimeaDisputedFrom());
            map.addLayer(countries);
            map.getStyleClass().add("map");
            org.cstoatlas.ui.map.WorldEdge.keep(map, () -> 0);
            Legend legend = new Legend(vm);
            legend.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
            StackPane.setAlignment(legend, Pos.TOP_LEFT);
            StackPane.setMargin(legend, new Insets(10));
            StackPane mapPane = new StackPane(map, legend);
            mapPane.getStyleClass().addAll("map-pane", "export-map");
            VBox.setVgrow(mapPane, Priority.ALWAYS);

            title.getStyleClass().add("export-title");
            title.setMaxWidth(Double.MAX_VALUE);
            caption.getStyleClass().add("export-caption");
            caption.setMaxWidth(Double.MAX_VALUE);
            caption.setWrapText(true);
            caption.setMinHeight(Region.USE_PREF_SIZE);
            caption.managedProperty().bind(caption.visibleProperty());
            Label credits = new Label(credits(data, vm.words()));
            credits.getStyleClass().add("export-credits");
            credits.setWrapText(true);
            credits.setMaxWidth(Double.MAX_VALUE);
            credits.setMinHeight(Region.USE_PREF_SIZE);
            slide = new VBox(title, caption, mapPane, credits);
            slide.getStyleClass().addAll("atlas", "export-slide");

            scene = new Scene(slide, width, height);
            Look.bind(scene, vm);
            show(state, null);
            // The same stretch of the world as on screen: one zoom level per doubling of the width.
            MapFrame frame = state.map();
            if (frame == null) {
                map.setZoom(org.cstoatlas.ui.model.Framing.eurasiaZoom(map.getWidth()));
                map.setCenter(org.cstoatlas.ui.model.Framing.EURASIA_LAT, org.cstoatlas.ui.model.Framing.EURASIA_LON);
                frameTheAlliance(state, map, countries, legend, mapPane);
            } else {
                double zoom = frame.zoom() + Math.log(Math.max(1, map.getWidth()) / Math.max(1, liveMapWidth)) / Math.log(2);
                map.setZoom(Math.max(MapFrame.MIN_ZOOM, Math.min(MapFrame.MAX_ZOOM, zoom)));
                map.setCenter(frame.lat(), frame.lon());
            }
        }

        /**
         * Looks where the alliance's members (of any day of the record) stand, clear of the legend: the
         * opening fit of Eurasia put the film's full legend over Belarus at 1280 × 720.
         */
        private void frameTheAlliance(AtlasState state, MapView map, CountryLayer countries, Legend legend, StackPane mapPane) {
            slide.applyCss();
            slide.layout();
            org.cstoatlas.ui.model.CardPlace.View now = org.cstoatlas.ui.map.MapLook.of(countries, mapPane);
            if (now == null) return;
            java.util.List<double[]> places = vm.record().forAlliance(state.alliances().first()).periods().stream()
                    .filter(p -> p.status() == org.cstoatlas.record.Status.MEMBER || p.status() == org.cstoatlas.record.Status.SUSPENDED)
                    .map(p -> p.country().iso()).distinct().map(countries::anchorOf).filter(java.util.Objects::nonNull).toList();
            javafx.geometry.Bounds l = legend.getBoundsInParent();
            double minScale = org.cstoatlas.ui.map.MapLook.leastScale(map, now, mapPane.getWidth());
            org.cstoatlas.ui.model.CardPlace.View view = org.cstoatlas.ui.model.Framing.show(places, false, now, mapPane.getWidth(), mapPane.getHeight(),
                    mapPane.getWidth(), new org.cstoatlas.ui.model.CardPlace.Box(l.getMinX(), l.getMinY(), l.getMaxX(), l.getMaxY()), null, minScale);
            if (view != null) org.cstoatlas.ui.map.MapLook.to(map, now, view);
        }

        private void show(AtlasState state, String captionText) {
            vm.apply(state);
            title.setText(title(vm.getDate(), vm.words()));
            caption.setText(captionText == null ? "" : captionText);
            caption.setVisible(captionText != null);
            slide.applyCss();
            slide.layout();
        }

        /** The picture's root, as a test reads its words. */
        javafx.scene.Parent picture() {
            return slide;
        }

        /**
         * Shows the state (the map keeps its frame); its picture once the tiles are in (a scene without a
         * window gets no pulses: it is laid out by hand as each tile arrives), on the FX thread.
         */
        CompletableFuture<WritableImage> render(AtlasState state, String captionText) {
            show(state, captionText);
            return TilesDrawn.under(slide, TILES_DEADLINE_MS).thenApply(drawn -> scene.snapshot(null));
        }
    }
}

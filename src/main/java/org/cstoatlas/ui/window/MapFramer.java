package org.cstoatlas.ui.window;

import com.gluonhq.maps.MapPoint;
import com.gluonhq.maps.MapView;
import java.util.function.DoubleSupplier;
import javafx.application.Platform;
import javafx.scene.layout.StackPane;
import org.cstoatlas.AtlasData;
import org.cstoatlas.geo.WebMercator;
import org.cstoatlas.state.MapFrame;
import org.cstoatlas.ui.lesson.LessonNote;
import org.cstoatlas.ui.map.CountryLayer;
import org.cstoatlas.ui.map.Legend;
import org.cstoatlas.ui.model.AtlasViewModel;
import org.cstoatlas.ui.model.CardPlace;
import org.cstoatlas.ui.model.Framing;
import org.cstoatlas.ui.quiz.QuizViewModel;

/**
 * Moves the map where {@link Framing} and {@link CardPlace} decide: to a selection or a lesson's pin,
 * clear of the quiz card, to a saved frame; and tells the view model where the user has panned to.
 */
final class MapFramer {

    private final AtlasViewModel vm;
    private final AtlasData data;
    private final MapView map;
    private final StackPane mapPane;
    private final CountryLayer countries;
    private final Legend legend;
    private final javafx.scene.Node controls;
    private final LessonNote lessonNote;
    private final QuizViewModel quiz;
    /** The quiz card, once built (the first quiz shown); null before. */
    private javafx.scene.Node quizPane;
    private final DoubleSupplier drawerWidth;

    MapFramer(AtlasViewModel vm, AtlasData data, MapView map, StackPane mapPane, CountryLayer countries, Legend legend, javafx.scene.Node controls,
              LessonNote lessonNote, QuizViewModel quiz, DoubleSupplier drawerWidth) {
        this.vm = vm;
        this.data = data;
        this.map = map;
        this.mapPane = mapPane;
        this.countries = countries;
        this.legend = legend;
        this.controls = controls;
        this.lessonNote = lessonNote;
        this.quiz = quiz;
        this.drawerWidth = drawerWidth;
        // The map's frame: the view model says where to look, and reads where the user has panned to.
        vm.readMapWith(this::frame);
        // Dragged, scrolled or pinched, the map is the user's: it no longer follows the opening fit.
        for (javafx.event.EventType<?> moved : java.util.List.of(javafx.scene.input.MouseEvent.MOUSE_DRAGGED, javafx.scene.input.ScrollEvent.ANY,
                javafx.scene.input.ZoomEvent.ANY)) {
            map.addEventFilter(moved, e -> openingZoom = Double.NaN);
        }
        vm.mapFrameProperty().addListener((obs, o, f) -> {
            if (map.getWidth() > 0) look(f);
        });
        map.widthProperty().addListener((obs, o, n) -> {
            if (o.doubleValue() == 0) look(vm.mapFrameProperty().get());
        });
        // Selecting something brings it into view, clear of the legend and the map's buttons; so does a lesson's pin, clear of its note.
        vm.selectionProperty().addListener((obs, o, now) -> Platform.runLater(this::frameSelection));
        vm.lesson().pinProperty().addListener((obs, o, now) -> Platform.runLater(this::frameSelection));
        vm.lesson().noteShownProperty().addListener((obs, o, now) -> Platform.runLater(this::frameSelection));
        // The quiz card covers none of the question's countries: the map moves (and zooms out if it must) to keep them clear.
        quiz.questionProperty().addListener((obs, o, q) -> Platform.runLater(this::keepQuizClear));
        map.widthProperty().addListener((obs, o, n) -> {
            if (o.doubleValue() == 0) Platform.runLater(this::frameSelection);
            else refitOpening();
        });
    }

    /** Where the map looks now, in world pixels; null before the map is laid out. */
    private CardPlace.View view() {
        return org.cstoatlas.ui.map.MapLook.of(countries, mapPane);
    }

    /** Looks at a view {@link Framing} or {@link CardPlace} decided, from the view {@code now}. */
    private void look(CardPlace.View now, CardPlace.View view) {
        if (view == null || view.equals(now)) return;
        openingZoom = Double.NaN;
        org.cstoatlas.ui.map.MapLook.to(map, now, view);
    }

    private static CardPlace.Box box(javafx.scene.Node n) {
        javafx.geometry.Bounds b = n.getBoundsInParent();
        return new CardPlace.Box(b.getMinX(), b.getMinY(), b.getMaxX(), b.getMaxY());
    }

    /** The smallest scale the map may show, for a view at this scale now. */
    private double minScale(CardPlace.View now) {
        return org.cstoatlas.ui.map.MapLook.leastScale(map, now, map.getWidth() - drawerWidth.getAsDouble());
    }

    /** Brings the selection and the lesson's pin into view, clear of what lies over the map ({@link Framing}'s rule). */
    void frameSelection() {
        org.cstoatlas.ui.model.Selection s = vm.getSelection();
        java.util.List<double[]> places = new java.util.ArrayList<>(s == null ? java.util.List.of() : s.places(c -> countries.anchorOf(c.iso())));
        org.cstoatlas.state.Lesson.Pin pin = vm.lesson().pinProperty().get();
        if (pin != null) places.add(new double[] {pin.lat(), pin.lon()});
        if (places.isEmpty() || mapPane.getWidth() <= 0 || map.getCenter() == null) return;
        // Styled first: what stands over the map may have come in since the last pulse (a window opened map
        // first fills in when something is picked, just before this).
        mapPane.applyCss();
        mapPane.layout();
        CardPlace.View now = view();
        if (now == null) return;
        double free = Math.min(mapPane.getWidth() - drawerWidth.getAsDouble(), controls.getBoundsInParent().getMinX());
        // The presenter's note stands at the right: a pin is framed left of it, its line running to the note.
        if (lessonNote.isVisible()) free = Math.min(free, lessonNote.getBoundsInParent().getMinX());
        look(now, Framing.show(places, s != null && s.boxed(), now, mapPane.getWidth(), mapPane.getHeight(), free,
                legend.isVisible() ? box(legend) : null, box(controls), minScale(now)));
    }

    /** The quiz card, built: where it grows or moves, the question's countries are kept clear of it. */
    void watchQuizCard(javafx.scene.Node card) {
        quizPane = card;
        card.boundsInParentProperty().addListener((obs, o, b) -> {
            if (quiz.runningProperty().get() && (o.getWidth() != b.getWidth() || o.getHeight() != b.getHeight() || o.getMinX() != b.getMinX() || o.getMinY() != b.getMinY())) {
                Platform.runLater(this::keepQuizClear);
            }
        });
    }

    /**
     * While a quiz question is open: where the card covers a country the question is about, the map
     * looks elsewhere (the least move, zoomed out no more than needed) so that every such country is in
     * sight and clear of the card.
     */
    void keepQuizClear() {
        org.cstoatlas.ui.quiz.Question q = quiz.questionProperty().get();
        double w = mapPane.getWidth(), h = mapPane.getHeight();
        if (q == null || quizPane == null || !quizPane.isVisible() || w <= 0 || h <= 0 || map.getCenter() == null) return;
        mapPane.layout();
        java.util.List<double[]> rings = new java.util.ArrayList<>();
        java.util.List<double[]> anchors = new java.util.ArrayList<>();
        for (org.cstoatlas.record.Country c : q.about()) {
            rings.addAll(CardPlace.worldRings(data.coarseShapes().of(c.iso())));
            double[] a = countries.anchorOf(c.iso());
            if (a != null) anchors.add(new double[] {WebMercator.x(a[1]), WebMercator.y(a[0])});
        }
        CardPlace.View now = view();
        if (now == null) return;
        java.util.List<CardPlace.Box> over = new java.util.ArrayList<>();
        for (javafx.scene.Node n : java.util.List.of(legend, controls)) if (n.isVisible()) over.add(box(n));
        double text = vm.textScaleProperty().get();
        CardPlace.Box card = box(quizPane);
        // Beside the card the world may end at the card's left side (CardPlace, WorldEdge): the map zooms out as far as that allows.
        double minScale = org.cstoatlas.ui.map.MapLook.leastScale(map, now, card.minX());
        CardPlace.View v = CardPlace.clear(now, w, h, card, over, rings, anchors, new double[] {70 * text, 16 * text}, minScale);
        // Where nothing fits with the world reaching the card, the world may end left of it: the question's countries come first.
        worldEndBesideCard = v == null ? card.minX() : Math.min(card.minX(), w / 2 + (WebMercator.WORLD - v.centreX()) * v.scale());
        look(now, v);
    }

    /** Where the world's east edge may stand while the quiz card does: its left side, or left of it where the question needs. */
    private double worldEndBesideCard = Double.POSITIVE_INFINITY;

    /**
     * How much of the map's right side the world may leave blank past the date line (see WorldEdge):
     * a drawer's width, or the quiz card's and what its question needs (CardPlace), while it stands.
     */
    double rightOfWorld() {
        double covered = drawerWidth.getAsDouble();
        if (quizPane != null && quizPane.isVisible() && quiz.runningProperty().get()) covered = Math.max(covered, mapPane.getWidth() - worldEndBesideCard);
        return covered;
    }

    /** Where the map looks now; null while it still shows the opening fit of Eurasia. */
    private MapFrame frame() {
        MapPoint c = map.getCenter();
        if (c == null || map.getWidth() <= 0) return vm.mapFrameProperty().get();
        double lat = Math.max(-85, Math.min(85, c.getLatitude()));
        double lon = Math.max(-180, Math.min(180, c.getLongitude()));
        return new MapFrame(Math.max(MapFrame.MIN_ZOOM, Math.min(MapFrame.MAX_ZOOM, map.getZoom())), lat, lon);
    }

    private void look(MapFrame f) {
        if (f == null) {
            showEurasia();
        } else {
            openingZoom = Double.NaN;
            map.setZoom(f.zoom());
            map.setCenter(f.lat(), f.lon());
        }
    }

    /**
     * Fits the alliance's part of the world (from the Caucasus to the Pacific) to the part of the map
     * a drawer leaves: at 1024 pixels and 175 % the detail drawer covers the map's right third, which
     * hid Central Asia under it when the map's whole width was fitted.
     */
    public void showEurasia() {
        double width = map.getWidth(), free = width - drawerWidth.getAsDouble();
        double zoom = Framing.eurasiaZoom(free);
        double lon = Framing.eurasiaCentreLon(width, free, zoom);
        map.setZoom(zoom);
        map.setCenter(Framing.EURASIA_LAT, lon);
        openingZoom = zoom;
    }

    /** The zoom the opening fit set, while the map still shows it; NaN once the user or a selection moved it. */
    private double openingZoom = Double.NaN;

    /**
     * Fits Eurasia again when the map's free part changed (the window resized, the text grown, the
     * detail pane turned into a drawer) while the map still shows the opening fit: at 175 % the
     * drawer came over Central Asia. A map the user or a selection moved stays where it is.
     */
    void refitOpening() {
        if (Double.isNaN(openingZoom) || map.getCenter() == null || map.getWidth() <= 0) return;
        if (map.getZoom() == openingZoom) showEurasia();
        else openingZoom = Double.NaN; // zoomed with the buttons or the keys
    }

}

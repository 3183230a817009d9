package org.cstoatlas.ui.window;

import org.cstoatlas.ui.look.Look;
import org.cstoatlas.ui.look.Texts;

import com.gluonhq.maps.MapPoint;
import com.gluonhq.maps.MapView;
import javafx.geometry.Point2D;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import org.cstoatlas.record.Language;
import org.cstoatlas.state.MapFrame;
import org.cstoatlas.state.TextScale;
import org.cstoatlas.state.Theme;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.cstoatlas.AtlasData;
import org.cstoatlas.record.Quote;
import org.cstoatlas.ui.browse.BrowsePane;
import org.cstoatlas.ui.detail.ArticleReader;
import org.cstoatlas.ui.detail.DetailPane;
import org.cstoatlas.ui.detail.DetailViewModel;
import org.cstoatlas.ui.map.CountryLayer;
import org.cstoatlas.ui.map.LabelPlacement;
import org.cstoatlas.ui.map.Legend;
import org.cstoatlas.ui.map.OperationsLayer;
import org.cstoatlas.ui.model.AtlasViewModel;
import org.cstoatlas.ui.timeline.TimelineBar;
import org.cstoatlas.ui.lesson.LessonNote;
import org.cstoatlas.ui.lesson.PinLayer;
import org.cstoatlas.ui.quiz.QuizPane;
import org.cstoatlas.ui.quiz.QuizViewModel;

/**
 * The main window's content: the map with its legend, the detail pane beside it and the timeline
 * below. One way to build it, used by the application, the snapshot command, the benchmark and the
 * tests alike.
 */
public final class AtlasWindow {

    /** Where the map opens: Eurasia, from the Caucasus to the Pacific. */
    public static final double CENTRE_LAT = 48;
    public static final double CENTRE_LON = 70;
    /** Degrees of longitude the opening view spans: from the Black Sea to the Sea of Okhotsk. */
    static final double OPENING_SPAN = 125;

    private final AtlasViewModel vm;
    private final AtlasData data;
    private final WindowActions actions;
    private final BorderPane root = new BorderPane();
    private final MapView map = new MapView();


    /**
     * A pan moves the basemap as one bitmap by whole pixels. Gluon draws every tile scaled to the
     * map's fractional zoom and at fractional offsets, which the software renderer resamples pixel
     * by pixel on every pan frame; cached, the tiles are drawn once (again only when a tile arrives
     * or the zoom changes), and a whole-pixel offset lets the cache be copied, not resampled. The
     * centre moves by under half a pixel.
     */
    private static void panAsOneBitmap(MapView map) {
        for (javafx.scene.Node n : map.getChildrenUnmodifiable()) {
            if (!n.getClass().getName().endsWith(".BaseMap")) continue;
            n.setCache(true);
            for (javafx.beans.property.DoubleProperty t : java.util.List.of(n.translateXProperty(), n.translateYProperty())) {
                t.addListener((o, old, now) -> {
                    double whole = Math.rint(now.doubleValue());
                    if (whole != now.doubleValue()) t.set(whole);
                });
            }
        }
    }

    private final CountryLayer countries;
    /** The chooser of what the map shows, over the map's lower left corner. */
    private final org.cstoatlas.ui.map.AllianceChooser alliances;
    private final OperationsLayer operations;
    private final BrowsePane browse;
    private final SplitPane split;
    private final CheckMenuItem showBrowse;
    private final Legend legend;
    private final TimelineBar timeline;
    private final SearchField search;
    private final DetailPane detail;
    private final QuizViewModel quiz;
    private final QuizPane quizPane;
    private final StackPane mapPane;
    private final LessonNote lessonNote;
    private final PinLayer pins;
    private final VBox controls;

    /** A window nobody owns: for a picture or a test. */
    public AtlasWindow(AtlasViewModel vm, AtlasData data) {
        this(vm, data, WindowActions.NONE);
    }

    public AtlasWindow(AtlasViewModel vm, AtlasData data, WindowActions actions) {
        this.vm = vm;
        this.data = data;
        this.actions = actions;
        // The window speaks its view model's language; switching language builds a new window.
        Texts.use(vm.languageProperty().get());
        showBrowse = new CheckMenuItem(Texts.get("menu.view.browse"));
        root.getStyleClass().add("atlas");
        root.setId("atlas");
        root.getProperties().put(AtlasWindow.class, this);
        showBrowse.selectedProperty().bindBidirectional(vm.browseShownProperty());
        vm.browseShownProperty().addListener((obs, o, on) -> placeBrowse(on));
        vm.detailShownProperty().addListener((obs, o, on) -> placeDetail(on));
        vm.presentingProperty().addListener((obs, o, on) -> fullScreen(on));

        countries = new CountryLayer(vm, data.coarseShapes(), data.detailedShapes(), vm.crimeaDisputedFrom());
        map.addLayer(countries);
        // One account of what is on the map on the date, for the operations layer and the legend alike.
        org.cstoatlas.ui.map.OperationsViewModel onMap = new org.cstoatlas.ui.map.OperationsViewModel(vm);
        operations = new OperationsLayer(onMap);
        map.addLayer(operations);
        // One placement for the map's words: the operations' first, the countries' names around them.
        LabelPlacement placement = new LabelPlacement();
        operations.placeWith(placement);
        // The bases' labels go around the names the country layer shows.
        placement.namesFrom(countries::visibleLabelBounds);
        countries.placeWith(placement);
        placement.keepClearOf(this::overTheMap, this::selectedArea);
        panAsOneBitmap(map);
        map.setCenter(CENTRE_LAT, CENTRE_LON);
        map.setZoom(3);
        map.getStyleClass().add("map");
        map.setId("map");

        legend = new Legend(new org.cstoatlas.ui.map.LegendViewModel(vm, onMap));
        // Top left lies over the Arctic and Scandinavia: the alliance's countries stay visible.
        StackPane.setAlignment(legend, Pos.TOP_LEFT);
        StackPane.setMargin(legend, new Insets(10));
        legend.setMaxSize(javafx.scene.layout.Region.USE_PREF_SIZE, javafx.scene.layout.Region.USE_PREF_SIZE);
        // What lies over the map moves (the legend folds or becomes a strip, the drawer opens): the words move aside.
        legend.boundsInParentProperty().addListener((obs, o, n) -> {
            operations.placeAgain();
            countries.placeAgain();
        });

        Button zoomIn = mapButton("+", Texts.get("map.zoomIn"), () -> map.setZoom(Math.min(8, map.getZoom() + 1)));
        Button zoomOut = mapButton("−", Texts.get("map.zoomOut"), () -> map.setZoom(Math.max(1, map.getZoom() - 1)));
        Button home = mapButton("⌂", Texts.get("map.eurasia"), this::showEurasia);
        Button lists = mapButton("☰", Texts.get("map.toggleBrowse"), () -> vm.browseShownProperty().set(!vm.browseShownProperty().get()));
        lists.setId("toggle-browse");
        Button about = mapButton("i", Texts.get("map.toggleDetail"), () -> vm.detailShownProperty().set(!vm.detailShownProperty().get()));
        about.setId("toggle-detail");
        VBox zoom = new VBox(4, zoomIn, zoomOut, home, lists, about);
        zoom.getStyleClass().add("map-controls");
        zoom.setMaxSize(javafx.scene.layout.Region.USE_PREF_SIZE, javafx.scene.layout.Region.USE_PREF_SIZE);
        StackPane.setAlignment(zoom, Pos.TOP_RIGHT);
        StackPane.setMargin(zoom, new Insets(10));

        alliances = new org.cstoatlas.ui.map.AllianceChooser(vm);
        alliances.boundsInParentProperty().addListener((obs, o, n) -> {
            operations.placeAgain();
            countries.placeAgain();
        });
        alliances.setMaxSize(javafx.scene.layout.Region.USE_PREF_SIZE, javafx.scene.layout.Region.USE_PREF_SIZE);
        StackPane.setAlignment(alliances, Pos.BOTTOM_LEFT);
        StackPane.setMargin(alliances, new Insets(10));

        quiz = new QuizViewModel(vm);
        quizPane = new QuizPane(quiz);
        controls = zoom;
        lessonNote = new LessonNote(vm.lesson());
        pins = new PinLayer(vm.lesson(), lessonNote);
        // The map outlines the quiz's countries: picked while the question is open, then right, wrong or missed.
        Runnable outline = () -> {
            java.util.Map<String, org.cstoatlas.ui.model.Outline> byIso = new java.util.HashMap<>();
            quiz.outlines().forEach((c, o) -> byIso.put(c.iso(), o));
            countries.outline(byIso);
        };
        quiz.picked().addListener((javafx.collections.SetChangeListener<org.cstoatlas.record.Country>) c -> outline.run());
        quiz.markedProperty().addListener((obs, o, m) -> outline.run());
        quiz.questionProperty().addListener((obs, o, q) -> outline.run());
        quiz.runningProperty().addListener((obs, o, on) -> outline.run());
        // A quiz running hides the lesson's pin: its note would answer or confuse a question.
        pins.visibleProperty().bind(quiz.runningProperty().not());
        map.addLayer(pins);
        StackPane mapPane = new StackPane(map, legend, zoom, alliances, lessonNote, quizPane) {
            @Override
            protected void layoutChildren() {
                fitLegend(getWidth() - drawerWidth(), getHeight());
                super.layoutChildren();
            }
        };
        mapPane.getStyleClass().add("map-pane");
        this.mapPane = mapPane;

        detail = new DetailPane(new DetailViewModel(vm), this::readInContext);
        browse = new BrowsePane(vm);
        browse.setMinWidth(240);
        split = new SplitPane(browse, mapPane, detail);
        split.setDividerPositions(0.22, 0.70);
        SplitPane.setResizableWithParent(browse, false);
        SplitPane.setResizableWithParent(detail, false);
        detail.setMinWidth(300);

        timeline = new TimelineBar(vm);
        search = new SearchField(vm);
        search.setOnDone(map::requestFocus);
        // A click on the map takes the keys, wherever they were (the search box kept them before).
        map.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> map.requestFocus());
        MenuBar menuBar = menus();
        // The menus' names are never cut short ("F...", "Vi..." at 1024 px and 175 %): the search box gives way.
        menuBar.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        search.setMinWidth(80);
        javafx.scene.layout.HBox top = new javafx.scene.layout.HBox(menuBar, search);
        javafx.scene.layout.HBox.setHgrow(menuBar, javafx.scene.layout.Priority.ALWAYS);
        top.getStyleClass().add("top-bar");
        top.setAlignment(Pos.CENTER_LEFT);
        root.setTop(top);
        root.setCenter(split);
        root.setBottom(timeline);
        // The map's frame: the view model says where to look, and reads where the user has panned to.
        vm.readMapWith(this::frame);
        vm.mapFrameProperty().addListener((obs, o, f) -> {
            if (map.getWidth() > 0) look(f);
        });
        map.widthProperty().addListener((obs, o, n) -> {
            if (o.doubleValue() == 0) look(vm.mapFrameProperty().get());
        });
        // Selecting something brings it into view, clear of the legend and the map's buttons; so does a lesson's pin, clear of its note.
        vm.selectionProperty().addListener((obs, o, now) -> javafx.application.Platform.runLater(this::frameSelection));
        vm.lesson().pinProperty().addListener((obs, o, now) -> javafx.application.Platform.runLater(this::frameSelection));
        vm.lesson().noteShownProperty().addListener((obs, o, now) -> javafx.application.Platform.runLater(this::frameSelection));
        // The quiz card covers none of the question's countries: the map moves (and zooms out if it must) to keep them clear.
        quiz.questionProperty().addListener((obs, o, q) -> javafx.application.Platform.runLater(this::keepQuizClear));
        quizPane.boundsInParentProperty().addListener((obs, o, b) -> {
            if (quiz.runningProperty().get() && (o.getWidth() != b.getWidth() || o.getHeight() != b.getHeight() || o.getMinX() != b.getMinX() || o.getMinY() != b.getMinY())) {
                javafx.application.Platform.runLater(this::keepQuizClear);
            }
        });
        map.widthProperty().addListener((obs, o, n) -> {
            if (o.doubleValue() == 0) javafx.application.Platform.runLater(this::frameSelection);
        });
        legend.fold(!vm.legendShownProperty().get());
        vm.legendShownProperty().addListener((obs, o, on) -> legend.fold(!on));
        placeBrowse(vm.browseShownProperty().get());
        placeDetail(vm.detailShownProperty().get());
        root.widthProperty().addListener((obs, o, n) -> placeDetail(vm.detailShownProperty().get()));
        vm.textScaleProperty().addListener((obs, o, n) -> placeDetail(vm.detailShownProperty().get()));
    }

    /**
     * The legend's part of the map: the whole legend where it covers at most a small part of the map
     * (a third of its height and under half its width), else the compact strip of the colours shown.
     */
    private void fitLegend(double width, double height) {
        if (width <= 0 || height <= 0) return;
        javafx.geometry.Dimension2D full = legend.fullSize();
        boolean compact = full.getHeight() > height / 3 || full.getWidth() > width * 0.45;
        legend.compact(compact);
        // The strip keeps clear of the map's buttons at the right.
        legend.setMaxWidth(compact ? Math.max(120, width - controls.prefWidth(-1) - 40) : javafx.scene.layout.Region.USE_PREF_SIZE);
    }

    /** What lies over the map (the legend, its buttons, the alliance chooser, a drawer), in scene pixels: the map's words keep clear of it. */
    public java.util.List<javafx.geometry.Bounds> overTheMap() {
        java.util.List<javafx.geometry.Bounds> over = new java.util.ArrayList<>();
        if (legend.isVisible()) over.add(legend.localToScene(legend.getLayoutBounds()));
        over.add(controls.localToScene(controls.getLayoutBounds()));
        if (alliances.isVisible()) over.add(alliances.localToScene(alliances.getLayoutBounds()));
        if (mapPane.getChildren().contains(detail)) over.add(detail.localToScene(detail.getLayoutBounds()));
        return over;
    }

    /** Where the selected country stands, in scene pixels: a small square round its name's place; null for none. */
    private javafx.geometry.Bounds selectedArea() {
        if (!(vm.getSelection() instanceof org.cstoatlas.ui.model.Selection.OfCountry c) || countries.anchorOf(c.country().iso()) == null) return null;
        double[] a = countries.anchorOf(c.country().iso());
        Point2D p = countries.scenePoint(a[0], a[1]);
        return new javafx.geometry.BoundingBox(p.getX() - 14, p.getY() - 14, 28, 28);
    }

    /**
     * The places a selection must show: a country's name, a deployment's target and every
     * contributor's capital, a force's base, an exercise's ground, a base's place, an event's first
     * country; empty for none.
     */
    private java.util.List<double[]> placesOf(org.cstoatlas.ui.model.Selection s) {
        java.util.List<double[]> places = new java.util.ArrayList<>();
        if (s instanceof org.cstoatlas.ui.model.Selection.OfCountry c) places.add(countries.anchorOf(c.country().iso()));
        if (s instanceof org.cstoatlas.ui.model.Selection.OfDeployment d) {
            var target = d.deployment().places().get(0);
            places.add(new double[] {target.lat(), target.lon()});
            for (var c : d.deployment().contingents()) {
                if (c.country().capital() != null) places.add(new double[] {c.country().capital().lat(), c.country().capital().lon()});
            }
        }
        if (s instanceof org.cstoatlas.ui.model.Selection.OfForce f) places.add(new double[] {f.force().base().lat(), f.force().base().lon()});
        if (s instanceof org.cstoatlas.ui.model.Selection.OfExercise x) places.add(new double[] {x.exercise().place().lat(), x.exercise().place().lon()});
        if (s instanceof org.cstoatlas.ui.model.Selection.OfBase b) places.add(new double[] {b.base().place().lat(), b.base().place().lon()});
        if (s instanceof org.cstoatlas.ui.model.Selection.OfEvent e && !e.event().countries().isEmpty()) {
            places.add(countries.anchorOf(e.event().countries().get(0).iso()));
        }
        places.removeIf(java.util.Objects::isNull);
        return places;
    }

    /**
     * Brings the selection into view: where any of its places stands off the free map (the part the
     * legend, the map's buttons and the drawer leave), the map pans, and zooms out where needed, so
     * that all of them stand in it; a deployment keeps room right of its target for its box.
     */
    void frameSelection() {
        java.util.List<double[]> places = placesOf(vm.getSelection());
        org.cstoatlas.state.Lesson.Pin pin = vm.lesson().pinProperty().get();
        if (pin != null) places.add(new double[] {pin.lat(), pin.lon()});
        double w = mapPane.getWidth(), h = mapPane.getHeight();
        if (places.isEmpty() || w <= 0 || h <= 0 || map.getCenter() == null) return;
        mapPane.layout();
        double margin = 40;
        javafx.geometry.Bounds legendBox = legend.isVisible() ? legend.getBoundsInParent() : new javafx.geometry.BoundingBox(0, 0, 0, 0);
        javafx.geometry.Bounds buttons = controls.getBoundsInParent();
        double free = Math.min(w - drawerWidth(), buttons.getMinX());
        // The presenter's note stands at the right: a pin is framed left of it, its line running to the note.
        if (lessonNote.isVisible()) free = Math.min(free, lessonNote.getBoundsInParent().getMinX());
        boolean deployment = vm.getSelection() instanceof org.cstoatlas.ui.model.Selection.OfDeployment;
        // The free part: below the legend, or right of it, whichever is larger.
        double belowArea = free * (h - legendBox.getMaxY());
        double rightArea = (free - legendBox.getMaxX()) * h;
        javafx.geometry.Bounds region = belowArea >= rightArea
                ? new javafx.geometry.BoundingBox(margin, legendBox.getMaxY() + margin, free - 2 * margin, h - legendBox.getMaxY() - 2 * margin)
                : new javafx.geometry.BoundingBox(legendBox.getMaxX() + margin, margin, free - legendBox.getMaxX() - 2 * margin, h - 2 * margin);
        // The places in world pixels (zoom 0), the first being the one a deployment's box stands beside.
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (double[] p : places) {
            double x = org.cstoatlas.geo.WebMercator.x(p[1]), y = org.cstoatlas.geo.WebMercator.y(p[0]);
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
        }
        double boxRoom = deployment ? Math.min(310, region.getWidth() / 2) : 0;
        double targetX = org.cstoatlas.geo.WebMercator.x(places.get(0)[1]);
        Point2D west = countries.scenePoint(0, -180), centre0 = countries.scenePoint(0, 0);
        double scale = (centre0.getX() - west.getX()) / (org.cstoatlas.geo.WebMercator.WORLD / 2);
        if (!(scale > 0)) return;
        // Already in view and clear: nothing moves.
        boolean clear = true;
        for (double[] p : places) {
            Point2D at = mapPane.sceneToLocal(countries.scenePoint(p[0], p[1]));
            boolean inside = at.getX() > margin && at.getX() < free - margin && at.getY() > margin && at.getY() < h - margin;
            boolean covered = grown(legendBox, 24).contains(at) || grown(buttons, 24).contains(at);
            if (!inside || covered) clear = false;
        }
        Point2D firstAt = mapPane.sceneToLocal(countries.scenePoint(places.get(0)[0], places.get(0)[1]));
        if (deployment && firstAt.getX() > free - boxRoom) clear = false;
        if (clear) return;
        // Zoom out until the places fit the region (the deployment's box beside its target).
        double fitX = region.getWidth() - boxRoom, fitY = region.getHeight();
        double needed = Math.min(fitX / Math.max(1e-9, Math.max(targetX, maxX) - minX), fitY / Math.max(1e-9, maxY - minY));
        double zoom = map.getZoom();
        if (needed < scale) {
            zoom = Math.max(MapFrame.MIN_ZOOM, zoom + Math.log(needed / scale) / Math.log(2));
            scale = scale * Math.pow(2, zoom - map.getZoom());
            map.setZoom(zoom);
        }
        // The places' middle at the region's middle (left of it by half the box's room for a deployment).
        double midX = (minX + maxX) / 2, midY = (minY + maxY) / 2;
        double screenX = region.getMinX() + (region.getWidth() - boxRoom) / 2, screenY = region.getMinY() + region.getHeight() / 2;
        double cx = midX + (w / 2 - screenX) / scale;
        double cy = midY + (h / 2 - screenY) / scale;
        map.setCenter(org.cstoatlas.geo.WebMercator.lat(cy), org.cstoatlas.geo.WebMercator.lon(cx));
    }

    /**
     * While a quiz question is open: where the card covers a country the question is about, the map
     * looks elsewhere (the least move, zoomed out no more than needed) so that every such country is in
     * sight and clear of the card.
     */
    void keepQuizClear() {
        org.cstoatlas.ui.quiz.Question q = quiz.questionProperty().get();
        double w = mapPane.getWidth(), h = mapPane.getHeight();
        if (q == null || !quizPane.isVisible() || w <= 0 || h <= 0 || map.getCenter() == null) return;
        mapPane.layout();
        java.util.List<double[]> rings = new java.util.ArrayList<>();
        java.util.List<double[]> anchors = new java.util.ArrayList<>();
        for (org.cstoatlas.record.Country c : q.about()) {
            for (org.cstoatlas.geo.CountryShape shape : data.coarseShapes().of(c.iso())) {
                for (double[] ring : shape.rings()) {
                    double[] world = new double[ring.length];
                    for (int i = 0; i + 1 < ring.length; i += 2) {
                        world[i] = org.cstoatlas.geo.WebMercator.x(ring[i]);
                        world[i + 1] = org.cstoatlas.geo.WebMercator.y(ring[i + 1]);
                    }
                    rings.add(world);
                }
            }
            double[] a = countries.anchorOf(c.iso());
            if (a != null) anchors.add(new double[] {org.cstoatlas.geo.WebMercator.x(a[1]), org.cstoatlas.geo.WebMercator.y(a[0])});
        }
        Point2D west = countries.scenePoint(0, -180), centre0 = countries.scenePoint(0, 0);
        double scale = (centre0.getX() - west.getX()) / (org.cstoatlas.geo.WebMercator.WORLD / 2);
        if (!(scale > 0)) return;
        // The map's centre in world pixels, read from where the world's middle stands on the pane.
        Point2D origin = mapPane.sceneToLocal(centre0);
        double cx = org.cstoatlas.geo.WebMercator.WORLD / 2 + (w / 2 - origin.getX()) / scale;
        double cy = org.cstoatlas.geo.WebMercator.y(0) + (h / 2 - origin.getY()) / scale;
        javafx.geometry.Bounds card = quizPane.getBoundsInParent();
        var now = new org.cstoatlas.ui.quiz.CardPlace.View(cx, cy, scale);
        double minScale = scale * Math.pow(2, MapFrame.MIN_ZOOM - map.getZoom());
        java.util.List<org.cstoatlas.ui.quiz.CardPlace.Box> over = new java.util.ArrayList<>();
        for (javafx.scene.Node n : java.util.List.of(legend, controls)) {
            if (!n.isVisible()) continue;
            javafx.geometry.Bounds b = n.getBoundsInParent();
            over.add(new org.cstoatlas.ui.quiz.CardPlace.Box(b.getMinX(), b.getMinY(), b.getMaxX(), b.getMaxY()));
        }
        var view = org.cstoatlas.ui.quiz.CardPlace.clear(now, w, h,
                new org.cstoatlas.ui.quiz.CardPlace.Box(card.getMinX(), card.getMinY(), card.getMaxX(), card.getMaxY()), over, rings, anchors,
                new double[] {70 * vm.textScaleProperty().get(), 16 * vm.textScaleProperty().get()}, minScale);
        if (view == null || view.equals(now)) return;
        map.setZoom(map.getZoom() + Math.log(view.scale() / scale) / Math.log(2));
        map.setCenter(org.cstoatlas.geo.WebMercator.lat(view.centreY()), org.cstoatlas.geo.WebMercator.lon(view.centreX()));
    }

    private static javafx.geometry.Bounds grown(javafx.geometry.Bounds b, double by) {
        return new javafx.geometry.BoundingBox(b.getMinX() - by, b.getMinY() - by, b.getWidth() + 2 * by, b.getHeight() + 2 * by);
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
            map.setZoom(f.zoom());
            map.setCenter(f.lat(), f.lon());
        }
    }

    private MenuItem legendItem() {
        CheckMenuItem item = new CheckMenuItem(Texts.get("menu.view.legend"));
        item.setAccelerator(KeyCombination.keyCombination("Shortcut+L"));
        item.selectedProperty().bindBidirectional(vm.legendShownProperty());
        return item;
    }

    /** Presenting fills the screen; what it does to the panes and the text is the view model's rule. */
    private void fullScreen(boolean on) {
        javafx.stage.Window w = root.getScene() == null ? null : root.getScene().getWindow();
        if (w instanceof javafx.stage.Stage stage) {
            stage.setFullScreenExitHint(Texts.get(vm.lesson().isOpen() ? "presentation.exitHintLesson" : "presentation.exitHint"));
            stage.setFullScreen(on);
        }
    }

    private void placeBrowse(boolean on) {
        if (on && !split.getItems().contains(browse)) split.getItems().add(0, browse);
        else if (!on) split.getItems().remove(browse);
        placeDividers();
    }

    /**
     * Beside the map where the window is wide for its text size; where it is narrow (a projector's
     * 1024 or 1280 pixels at 150 % and more) the detail pane is a drawer over the map's right side, so
     * the map keeps the whole width behind it and closes it with ✕ or the map's i button.
     */
    private void placeDetail(boolean on) {
        double width = root.getWidth();
        boolean narrow = width > 0 && width / vm.textScaleProperty().get() < NARROW;
        alliances.setCompact(narrow);
        if (!on || narrow) split.getItems().remove(detail);
        if (!on || !narrow) mapPane.getChildren().remove(detail);
        if (on && narrow && !mapPane.getChildren().contains(detail)) {
            mapPane.getChildren().add(detail);
            StackPane.setAlignment(detail, Pos.TOP_RIGHT);
        }
        if (on && !narrow && !split.getItems().contains(detail)) split.getItems().add(detail);
        detail.getStyleClass().remove("drawer");
        if (on && narrow) detail.getStyleClass().add("drawer");
        double drawer = drawerWidth();
        detail.setMaxWidth(on && narrow ? drawer : Double.MAX_VALUE);
        detail.setPrefWidth(on && narrow ? drawer : javafx.scene.layout.Region.USE_COMPUTED_SIZE);
        StackPane.setMargin(controls, new Insets(10, 10 + drawer, 10, 10));
        operations.keepClearOfRight(drawer);
        countries.placeAgain();
        placeDividers();
    }

    /** Below this many pixels of width per unit of text scale the window is narrow: the detail pane becomes a drawer. */
    static final double NARROW = 1000;

    /** The width of the detail drawer over the map; 0 when the detail pane is not a drawer. */
    private double drawerWidth() {
        if (!mapPane.getChildren().contains(detail)) return 0;
        double width = root.getWidth();
        return Math.max(300, Math.min(width * 0.4, 260 * vm.textScaleProperty().get()));
    }

    /** The map keeps most of the width: about two thirds with the detail pane, half with both panes. */
    private void placeDividers() {
        boolean withBrowse = split.getItems().contains(browse);
        boolean withDetail = split.getItems().contains(detail);
        if (withBrowse && withDetail) split.setDividerPositions(0.22, 0.70);
        else if (withBrowse) split.setDividerPositions(0.25);
        else if (withDetail) split.setDividerPositions(0.68);
    }

    private Button mapButton(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.getStyleClass().add("map-button");
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(tip);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** Fits the alliance's part of the world (from the Caucasus to the Pacific) to the map's width. */
    public void showEurasia() {
        map.setZoom(eurasiaZoom(map.getWidth()));
        map.setCenter(CENTRE_LAT, CENTRE_LON);
    }

    /** The zoom that fits the opening span of Eurasia to a map this wide. */
    public static double eurasiaZoom(double mapWidth) {
        double width = Math.max(400, mapWidth);
        double zoom = Math.log(width * 360.0 / OPENING_SPAN / 256.0) / Math.log(2);
        return Math.max(2, Math.min(5, zoom));
    }

    private MenuBar menus() {
        MenuItem quit = item("menu.file.quit", null, "Shortcut+Q", actions::quit);
        MenuItem evidence = item("menu.file.exportEvidence", "export-evidence", null, actions::exportEvidence);
        evidence.disableProperty().bind(vm.selectionProperty().isNull());
        Menu file = new Menu(Texts.get("menu.file"), null,
                item("menu.file.exportPng", "export-png", "Shortcut+E", actions::exportMap),
                item("menu.file.exportAnimation", "export-animation", null, actions::exportAnimation),
                item("menu.file.exportChart", "export-chart", null, actions::exportChart),
                item("menu.file.exportCsv", "export-csv", null, actions::exportStatus),
                evidence, new Menu(Texts.get("menu.file.share"), null, item("menu.file.shareWeb", "share-web", null, actions::shareWebPage)),
                new SeparatorMenuItem(),
                item("menu.file.saveView", "save-view", "Shortcut+S", actions::saveView),
                item("menu.file.openView", "open-view", "Shortcut+O", actions::openView), new SeparatorMenuItem(),
                item("menu.file.openDataset", "open-dataset", null, actions::openDataset),
                item("menu.file.reloadBundled", "reload-bundled", null, actions::reloadBundled), new SeparatorMenuItem(),
                quit);

        showBrowse.setAccelerator(KeyCombination.keyCombination("Shortcut+B"));
        CheckMenuItem present = new CheckMenuItem(Texts.get("menu.view.presentation"));
        present.setAccelerator(new javafx.scene.input.KeyCodeCombination(KeyCode.F11));
        present.selectedProperty().bindBidirectional(vm.presentingProperty());
        Menu theme = new Menu(Texts.get("menu.view.theme"));
        ToggleGroup themes = new ToggleGroup();
        for (Theme t : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(Texts.get(switch (t) {
                case LIGHT -> "menu.view.theme.light";
                case DARK -> "menu.view.theme.dark";
                case HIGH_CONTRAST -> "menu.view.theme.highContrast";
            }));
            item.setToggleGroup(themes);
            item.setSelected(t == vm.themeProperty().get());
            item.setOnAction(e -> vm.themeProperty().set(t));
            vm.themeProperty().addListener((obs, o, n) -> item.setSelected(t == n));
            theme.getItems().add(item);
        }
        Menu size = new Menu(Texts.get("menu.view.textSize"));
        ToggleGroup sizes = new ToggleGroup();
        for (int percent : TextScale.menuPercents()) {
            double scale = percent / 100.0;
            RadioMenuItem item = new RadioMenuItem(Texts.format("menu.view.textSize.percent", percent));
            item.setToggleGroup(sizes);
            item.setSelected(Math.abs(vm.textScaleProperty().get() - scale) < 0.01);
            item.setOnAction(e -> vm.textScaleProperty().set(scale));
            vm.textScaleProperty().addListener((obs, o, n) -> item.setSelected(Math.abs(n.doubleValue() - scale) < 0.01));
            size.getItems().add(item);
        }
        CheckMenuItem showDetail = new CheckMenuItem(Texts.get("menu.view.detail"));
        showDetail.setAccelerator(KeyCombination.keyCombination("Shortcut+D"));
        showDetail.selectedProperty().bindBidirectional(vm.detailShownProperty());
        Menu view = new Menu(Texts.get("menu.view"), null, present, new SeparatorMenuItem(), theme, size,
                item("menu.view.larger", null, "Shortcut+Plus", vm::largerText), item("menu.view.smaller", null, "Shortcut+Minus", vm::smallerText),
                languages(), new SeparatorMenuItem(), showBrowse, item("menu.view.table", "show-table", "Shortcut+T", this::showTable),
                showDetail, legendItem(), new SeparatorMenuItem(),
                item("menu.view.eurasia", null, null, this::showEurasia), item("menu.view.clear", null, null, vm::clearSelection));

        MenuItem keys = item("menu.help.keys", null, null, () -> actions.inform(Texts.get("menu.help.keys"), Texts.get("keys.text")));
        MenuItem about = item("menu.help.about", null, null, () -> actions.inform(Texts.get("about.title"), about()));
        Menu help = new Menu(Texts.get("menu.help"), null, keys, about);
        MenuBar bar = new MenuBar(file, view, ClassroomMenu.of(vm, actions), help);
        bar.setId("menu-bar");
        return bar;
    }

    private static MenuItem item(String textKey, String id, String keys, Runnable action) {
        MenuItem i = new MenuItem(Texts.get(textKey));
        if (id != null) i.setId(id);
        if (keys != null) i.setAccelerator(KeyCombination.keyCombination(keys));
        i.setOnAction(e -> action.run());
        return i;
    }

    /** View ▸ Language: each language named in itself; choosing one asks for the window in it. */
    private Menu languages() {
        Menu menu = new Menu(Texts.get("menu.view.language"));
        menu.setId("language-menu");
        ToggleGroup group = new ToggleGroup();
        for (Language language : Language.values()) {
            RadioMenuItem item = new RadioMenuItem(language.ownName());
            item.setId("language-" + language.id());
            item.setToggleGroup(group);
            item.setSelected(language == vm.languageProperty().get());
            item.setOnAction(e -> actions.speak(language));
            menu.getItems().add(item);
        }
        return menu;
    }

    private String about() {
        StringBuilder s = new StringBuilder(Texts.format("about.version", org.cstoatlas.Bundled.version())).append("\n\n");
        s.append(Texts.get("about.intro")).append('\n');
        vm.record().sources().forEach(src -> s.append("• ").append(src.citation()).append('\n'));
        s.append('\n').append(Texts.get("about.credits"));
        return s.toString();
    }

    /** View ▸ Table: the browse pane shown, on its Table tab, with the keyboard in the table. */
    private void showTable() {
        vm.browseShownProperty().set(true);
        browse.showTable();
    }

    private void readInContext(Quote q) {
        Window owner = root.getScene() == null ? null : root.getScene().getWindow();
        ArticleReader.show(owner, q);
    }

    /** The window's keys: stepping through time works wherever the focus is, except in a text field. */
    public void installKeys(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                // Esc leaves presenting whole (full screen, text size, panes), from a text field too; in a
                // text field otherwise it ends the search; elsewhere it clears the selection.
                if (vm.presentingProperty().get()) vm.presentingProperty().set(false);
                else if (scene.getFocusOwner() == search) search.done();
                else if (scene.getFocusOwner() instanceof TextInputControl) return;
                else vm.clearSelection();
                e.consume();
                return;
            }
            if (scene.getFocusOwner() instanceof TextInputControl) return;
            // Alt and an arrow belong to the map's keyboard country (MapKeys), not to the date; the
            // arrows of an open menu belong to the menu (they step through it and open its submenus).
            if (e.isAltDown() && e.getCode().isArrowKey()) return;
            if (root.lookup("#menu-bar") instanceof javafx.scene.control.MenuBar bar && bar.getMenus().stream().anyMatch(Menu::isShowing)) return;
            boolean handled = true;
            KeyCode code = e.getCode();
            if (code == KeyCode.LEFT || code == KeyCode.RIGHT) {
                int sign = code == KeyCode.LEFT ? -1 : 1;
                if (e.isShortcutDown() || e.isControlDown()) vm.stepYears(sign);
                else if (e.isShiftDown()) vm.stepMonths(sign);
                else vm.stepDays(sign);
            } else if (code == KeyCode.PAGE_DOWN) {
                vm.next();
            } else if (code == KeyCode.PAGE_UP) {
                vm.previous();
            } else if (code == KeyCode.HOME) {
                vm.goToFirst();
            } else if (code == KeyCode.END) {
                vm.goToLast();
            } else if (code == KeyCode.SPACE && !(scene.getFocusOwner() instanceof ButtonBase
                    || scene.getFocusOwner() instanceof ChoiceBox || scene.getFocusOwner() instanceof ComboBoxBase)) {
                vm.togglePlay();
            } else if (code == KeyCode.F && e.isShortcutDown()) {
                search.requestFocus();
                search.selectAll();
            } else if (code == KeyCode.F11) {
                vm.presentingProperty().set(!vm.presentingProperty().get());
            } else {
                handled = false;
            }
            if (handled) e.consume();
        });
    }

    /** A scene holding the window, with the atlas's stylesheet and keys. */
    public Scene scene(double width, double height) {
        Scene scene = new Scene(root, width, height);
        Look.bind(scene, vm);
        installKeys(scene);
        // The map holds the focus at first, not the search box: the keys step through time at once.
        map.setFocusTraversable(true);
        mapCursor = org.cstoatlas.ui.keyboard.MapKeys.install(map, countries, vm);
        // Full screen left by any way (the window manager, the toolkit's own Esc) ends presenting too,
        // so no half presentation (large text, no panes, in a window) is left behind.
        javafx.beans.value.ChangeListener<Boolean> fullScreenLeft = (fo, was, now) -> {
            if (!now && vm.presentingProperty().get()) vm.presentingProperty().set(false);
        };
        // A one-shot handler: the stage outlives this window when the language or the dataset changes.
        scene.windowProperty().addListener((obs, o, w) -> {
            // The stage's listener goes with this scene, or the stage would keep every window built on it.
            if (o instanceof javafx.stage.Stage was) was.fullScreenProperty().removeListener(fullScreenLeft);
            if (w == null) return;
            if (w instanceof javafx.stage.Stage st) st.fullScreenProperty().addListener(fullScreenLeft);
            if (w.isShowing()) {
                javafx.application.Platform.runLater(map::requestFocus);
                return;
            }
            javafx.event.EventHandler<javafx.stage.WindowEvent> focus = new javafx.event.EventHandler<>() {
                @Override
                public void handle(javafx.stage.WindowEvent e) {
                    map.requestFocus();
                    w.removeEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, this);
                }
            };
            w.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, focus);
        });
        return scene;
    }

    /** The map's keyboard country (null until the window has its scene). */
    private org.cstoatlas.ui.keyboard.MapCursor mapCursor;

    public org.cstoatlas.ui.keyboard.MapCursor mapCursor() {
        return mapCursor;
    }

    public Parent root() {
        return root;
    }

    public MapView map() {
        return map;
    }

    public CountryLayer countries() {
        return countries;
    }

    public OperationsLayer operations() {
        return operations;
    }

    public BrowsePane browse() {
        return browse;
    }

    public Legend legend() {
        return legend;
    }

    public SearchField search() {
        return search;
    }

    public TimelineBar timeline() {
        return timeline;
    }

    public DetailPane detail() {
        return detail;
    }

    public QuizViewModel quiz() {
        return quiz;
    }

    public QuizPane quizPane() {
        return quizPane;
    }

    public PinLayer pins() {
        return pins;
    }

    public AtlasViewModel viewModel() {
        return vm;
    }
}

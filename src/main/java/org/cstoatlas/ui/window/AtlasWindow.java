package org.cstoatlas.ui.window;

import org.cstoatlas.ui.look.Look;
import org.cstoatlas.ui.look.Texts;

import com.gluonhq.maps.MapView;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
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
import org.cstoatlas.ui.model.CardPlace;
import org.cstoatlas.ui.model.Framing;
import org.cstoatlas.ui.model.PaneLayout;
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

    private final AtlasViewModel vm;
    private final AtlasData data;
    private final WindowActions actions;
    private final BorderPane root = new BorderPane();
    private final MapView map = new MapView();

    private final CountryLayer countries;
    /** The chooser of what the map shows, over the map's lower left corner. */
    private final org.cstoatlas.ui.map.AllianceChooser alliances;
    private final OperationsLayer operations;
    private BrowsePane browse; // built when first shown or asked for: a window under 1500 px opens without it
    private final SplitPane split;
    private final Legend legend;
    private final TimelineBar timeline;
    private final SearchField search;
    private final DetailPane detail;
    private final QuizViewModel quiz;
    /** The quiz card over the map, built when a quiz is first shown (see {@link #quizPane()}). */
    private QuizPane quizPane;
    private final MapStack mapPane;
    private final LessonNote lessonNote;
    private final PinLayer pins;
    private final VBox controls;
    private final WrittenNotice notice;
    /** Where the map looks: the rules are {@link Framing}'s and {@link CardPlace}'s. */
    private MapFramer framer; // set once, in the constructor; the world's edge asks it before
    private final org.cstoatlas.ui.map.WorldEdge worldEdge; // nothing shown past the world's edges: Gluon's map does not wrap

    /** A window nobody owns: for a picture or a test. */
    public AtlasWindow(AtlasViewModel vm, AtlasData data) {
        this(vm, data, WindowActions.NONE, false);
    }

    /** {@code mapFirst}: the first frame is the map's shapes and statuses; the rest that stands on it comes with {@link #fillIn()}. */
    public AtlasWindow(AtlasViewModel vm, AtlasData data, WindowActions actions, boolean mapFirst) {
        this.vm = vm;
        this.data = data;
        this.actions = actions;
        // The window speaks its view model's language; switching language builds a new window.
        Texts.use(vm.languageProperty().get());
        root.getStyleClass().add("atlas");
        root.setId("atlas");
        root.getProperties().put(AtlasWindow.class, this);
        vm.browseShownProperty().addListener((obs, o, on) -> placeBrowse(on));
        vm.detailShownProperty().addListener((obs, o, on) -> placeDetail(on));
        vm.presentingProperty().addListener((obs, o, on) -> fullScreen(on));

        countries = new CountryLayer(vm, data.coarseShapes(), data.detailedShapes(), vm.crimeaDisputedFrom(), mapFirst);
        map.addLayer(countries);
        // One account of what is on the map on the date, for the operations layer and the legend alike.
        org.cstoatlas.ui.map.model.OperationsViewModel onMap = new org.cstoatlas.ui.map.model.OperationsViewModel(vm);
        operations = new OperationsLayer(onMap);
        // One placement for the map's words: the operations' first, the countries' names around them.
        LabelPlacement placement = new LabelPlacement();
        operations.placeWith(placement);
        // The bases' labels go around the names the country layer shows.
        placement.namesFrom(countries::visibleLabelBounds);
        countries.placeWith(placement);
        placement.keepClearOf(this::overTheMap, countries::selectedArea);
        org.cstoatlas.ui.map.WholePixelPan.install(map);
        worldEdge = org.cstoatlas.ui.map.WorldEdge.keep(map, () -> framer == null ? 0 : framer.rightOfWorld());
        map.setCenter(Framing.EURASIA_LAT, Framing.EURASIA_LON);
        map.setZoom(3);
        map.getStyleClass().add("map");
        map.setId("map");

        legend = new Legend(new org.cstoatlas.ui.map.LegendViewModel(vm, onMap));
        // Top left lies over the Arctic and Scandinavia: the alliance's countries stay visible.
        StackPane.setAlignment(legend, Pos.TOP_LEFT);
        StackPane.setMargin(legend, new Insets(10));
        legend.setMaxSize(javafx.scene.layout.Region.USE_PREF_SIZE, javafx.scene.layout.Region.USE_PREF_SIZE);
        // What lies over the map moves (the legend folds or becomes a strip, the drawer opens): the words move aside.
        legend.boundsInParentProperty().addListener((obs, o, n) -> placeWordsAgain());

        VBox zoom = MapButtons.of(vm, map, worldEdge::minZoom, this::showEurasia);
        StackPane.setAlignment(zoom, Pos.TOP_RIGHT);

        alliances = new org.cstoatlas.ui.map.AllianceChooser(vm);
        alliances.boundsInParentProperty().addListener((obs, o, n) -> placeWordsAgain());
        alliances.setMaxSize(javafx.scene.layout.Region.USE_PREF_SIZE, javafx.scene.layout.Region.USE_PREF_SIZE);
        StackPane.setAlignment(alliances, Pos.BOTTOM_LEFT);

        quiz = new QuizViewModel(vm);
        notice = new WrittenNotice(vm.words());
        controls = zoom;
        lessonNote = new LessonNote(vm.lesson());
        pins = new PinLayer(vm.lesson(), lessonNote);
        // The map outlines the quiz's countries: picked while the question is open, then right, wrong or missed.
        quiz.outlinesTo(countries::outline);
        // A quiz running hides the lesson's pin: its note would answer or confuse a question.
        pins.visibleProperty().bind(quiz.runningProperty().not());
        if (!mapFirst) addMarks();
        MapStack mapPane = new MapStack(map, legend, zoom, alliances, lessonNote, notice, this::drawerWidth, mapFirst);
        mapPane.addHint(new PresentingHint(vm, mapPane));
        this.mapPane = mapPane;

        detail = new DetailPane(new DetailViewModel(vm), this::readInContext);
        split = new SplitPane(mapPane, detail);
        SplitPane.setResizableWithParent(detail, false);
        detail.setMinWidth(300);

        timeline = new TimelineBar(vm);
        if (mapFirst) timeline.holdTicks();
        search = new SearchField(vm);
        search.setOnDone(map::requestFocus);
        // A click on the map takes the keys, wherever they were (the search box kept them before).
        map.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> map.requestFocus());
        javafx.scene.layout.HBox top = AtlasMenus.topBar(AtlasMenus.of(vm, actions, this::showTable, this::showEurasia, () -> timeline.askDate()), search);
        root.setTop(top);
        root.setCenter(split);
        root.setBottom(timeline);
        framer = new MapFramer(vm, data, map, mapPane, countries, legend, controls, lessonNote, quiz, this::drawerWidth);
        legend.fold(!vm.legendShownProperty().get());
        vm.legendShownProperty().addListener((obs, o, on) -> legend.fold(!on));
        placeBrowse(vm.browseShownProperty().get());
        placeDetail(vm.detailShownProperty().get());
        for (javafx.beans.Observable v : java.util.List.of(root.widthProperty(), vm.textScaleProperty(), quiz.runningProperty())) v.addListener(x -> placeDetail(vm.detailShownProperty().get())); // it reads each: every change is heard
        // Once the split has its new width (after presenting it went from the screen's back to the window's), the panes' shares again:
        split.widthProperty().addListener((obs, o, n) -> javafx.application.Platform.runLater(this::placeDividers));
        mapPane.whenCoverMoves(() -> { operations.keepClearOfRight(mapPane.rightCovered()); placeWordsAgain(); worldEdge.hold(); });
        // Something done before the window filled in (a country picked, a lesson's pin, presenting) fills it in first: the map is then framed clear of the legend.
        if (mapFirst) for (javafx.beans.value.ObservableValue<?> v : java.util.List.of(vm.selectionProperty(), vm.lesson().pinProperty(), vm.presentingProperty())) v.addListener((obs, o, n) -> fillIn());
    }

    /** What lies over the map, in scene pixels: the map's words keep clear of it. */
    public java.util.List<javafx.geometry.Bounds> overTheMap() {
        return mapPane.overTheMap(detail);
    }

    /** Puts in what a window opening map first left out until its map was painted; none of it moves the map or the bars. */
    public void fillIn() {
        if (pins.getParent() != null) return;
        countries.showNames();
        addMarks();
        mapPane.showOver();
        timeline.placeHeldTicks();
    }

    /** The operations' marks over the countries, and the lesson's pin over them. */
    private void addMarks() {
        map.addLayer(operations);
        map.addLayer(pins);
    }

    /** Presenting fills the screen; what it does to the panes and the text is the view model's rule. */
    private void fullScreen(boolean on) {
        javafx.stage.Window w = root.getScene() == null ? null : root.getScene().getWindow();
        if (w instanceof javafx.stage.Stage stage) {
            stage.setFullScreenExitHint(""); // the map's own hint says it (PresentingHint)
            stage.setFullScreen(on);
        }
    }

    private void placeBrowse(boolean on) {
        if (on && !split.getItems().contains(browse())) split.getItems().add(0, browse);
        else if (!on && browse != null) split.getItems().remove(browse);
        placeDividers();
    }

    /**
     * Beside the map where the window is wide for its text size; where it is narrow (a projector's
     * 1024 or 1280 pixels at 150 % and more) the detail pane is a drawer over the map's right side, so
     * the map keeps the whole width behind it and closes it with ✕ or the map's i button.
     */
    private void placeDetail(boolean shown) {
        double width = root.getWidth();
        boolean narrow = PaneLayout.narrow(width, vm.textScaleProperty().get());
        // Where the detail is a drawer, a running quiz's card takes its place: over the card, the drawer
        // hid the question at 1024 × 768 and 175 %. It comes back when the quiz ends.
        boolean on = shown && !(narrow && quiz.runningProperty().get());
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
        mapPane.place();
        operations.keepClearOfRight(mapPane.rightCovered());
        countries.placeAgain();
        placeDividers();
        if (framer != null) framer.refitOpening();
        if (worldEdge != null) worldEdge.hold();
    }

    /** The width of the detail drawer over the map; 0 when the detail pane is not a drawer. */
    private double drawerWidth() {
        if (mapPane == null || !mapPane.getChildren().contains(detail)) return 0;
        return PaneLayout.drawerWidth(root.getWidth(), vm.textScaleProperty().get());
    }

    /** The map keeps most of the width: about two thirds with the detail pane, half with both panes. */
    private void placeDividers() {
        double[] at = PaneLayout.dividers(browse != null && split.getItems().contains(browse), split.getItems().contains(detail));
        if (at.length > 0) split.setDividerPositions(at);
    }

    /** View ▸ Table: the browse pane shown, on its Table tab, with the keyboard in the table. */
    private void showTable() {
        vm.browseShownProperty().set(true);
        browse().showTable();
    }

    private void readInContext(Quote q) {
        ArticleReader.show(root.getScene() == null ? null : root.getScene().getWindow(), q);
    }

    /** Places the map's words anew at the next layout: what lies over the map has moved, or the map has come to rest. */
    public void placeWordsAgain() {
        operations.placeAgain();
        countries.placeAgain();
    }

    /** Fits the alliance's part of the world (from the Caucasus to the Pacific) to the map's width. */
    public void showEurasia() {
        framer.showEurasia();
    }

    /** A scene holding the window, with the atlas's stylesheet and keys. */
    public Scene scene(double width, double height) {
        Scene scene = new Scene(root, width, height);
        Look.bind(scene, vm);
        WindowKeys.install(scene, vm, root, search);
        // The map holds the focus at first, not the search box: the keys step through time at once.
        map.setFocusTraversable(true);
        org.cstoatlas.ui.keyboard.MapKeys.install(map, countries, vm);
        WindowKeys.focusWhenShown(scene, map, vm);
        return scene;
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
        // Its width rules are its own: naming it here beside a Node would load it with the window.
        if (browse == null) browse = new BrowsePane(vm);
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

    /**
     * The quiz card, built the first time it is asked for (a quiz shown): no quiz, no card to style and
     * lay out before the first map. It lies over the map, so building it later moves nothing.
     */
    public QuizPane quizPane() {
        fillIn(); // the card stands over the lesson's note: in a window opened map first, that comes in first
        if (quizPane == null) {
            quizPane = new QuizPane(quiz);
            // Over the lesson's note and under the export notice, where it always stood.
            int at = mapPane.cardIndex();
            mapPane.getChildren().add(at, quizPane);
            // Handed on as the node just placed: naming the card's class here would load it with the window.
            framer.watchQuizCard(mapPane.holdCard(at));
        }
        return quizPane;
    }

    public PinLayer pins() {
        return pins;
    }

    /** The notice that an export was written. */
    public WrittenNotice notice() {
        return notice;
    }

    public AtlasViewModel viewModel() {
        return vm;
    }
}

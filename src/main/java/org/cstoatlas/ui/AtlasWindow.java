package org.cstoatlas.ui;

import com.gluonhq.maps.MapView;
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
import org.cstoatlas.ui.map.CountryLayer;
import org.cstoatlas.ui.map.Legend;
import org.cstoatlas.ui.map.OperationsLayer;
import org.cstoatlas.ui.state.AtlasViewModel;
import org.cstoatlas.ui.timeline.TimelineBar;
import org.cstoatlas.ui.tools.FileTools;

/**
 * The main window's content: the map with its legend, the detail pane beside it and the timeline
 * below. One way to build it, used by the application, the snapshot command, the benchmark and the
 * tests alike.
 */
public final class AtlasWindow {

    /** Where the map opens: Eurasia, from the Caucasus to the Pacific. */
    static final double CENTRE_LAT = 48;
    static final double CENTRE_LON = 70;
    /** Degrees of longitude the opening view spans: from the Black Sea to the Sea of Okhotsk. */
    static final double OPENING_SPAN = 125;

    private final AtlasViewModel vm;
    private final AtlasData data;
    private final BorderPane root = new BorderPane();
    private final MapView map = new MapView();
    private final CountryLayer countries;
    private final OperationsLayer operations;
    private final BrowsePane browse;
    private final SplitPane split;
    private final CheckMenuItem showBrowse;
    private final Legend legend;
    private final TimelineBar timeline;
    private final SearchField search;
    private final DetailPane detail;

    public AtlasWindow(AtlasViewModel vm, AtlasData data) {
        this.vm = vm;
        this.data = data;
        // The window speaks its view model's language; switching language builds a new window.
        Texts.use(vm.languageProperty().get());
        showBrowse = new CheckMenuItem(Texts.get("menu.view.browse"));
        root.getStyleClass().add("atlas");
        root.setId("atlas");
        root.getProperties().put(AtlasWindow.class, this);
        showBrowse.setSelected(true);
        showBrowse.selectedProperty().addListener((obs, o, on) -> placeBrowse(on));
        presenting.addListener((obs, o, on) -> present(on));

        countries = new CountryLayer(vm, data.coarseShapes(), data.detailedShapes(),
                vm.record().event("crimea-2014").map(e -> e.date()).orElse(null));
        map.addLayer(countries);
        operations = new OperationsLayer(vm);
        map.addLayer(operations);
        map.setCenter(CENTRE_LAT, CENTRE_LON);
        map.setZoom(3);
        map.getStyleClass().add("map");
        map.setId("map");

        legend = new Legend(vm);
        // Top left lies over the Arctic and Scandinavia: the alliance's countries stay visible.
        StackPane.setAlignment(legend, Pos.TOP_LEFT);
        StackPane.setMargin(legend, new Insets(10));
        legend.setMaxSize(javafx.scene.layout.Region.USE_PREF_SIZE, javafx.scene.layout.Region.USE_PREF_SIZE);

        Button zoomIn = mapButton("+", Texts.get("map.zoomIn"), () -> map.setZoom(Math.min(8, map.getZoom() + 1)));
        Button zoomOut = mapButton("−", Texts.get("map.zoomOut"), () -> map.setZoom(Math.max(1, map.getZoom() - 1)));
        Button home = mapButton("⌂", Texts.get("map.eurasia"), this::showEurasia);
        Button lists = mapButton("☰", Texts.get("map.toggleBrowse"), () -> showBrowse.setSelected(!showBrowse.isSelected()));
        lists.setId("toggle-browse");
        VBox zoom = new VBox(4, zoomIn, zoomOut, home, lists);
        zoom.getStyleClass().add("map-controls");
        zoom.setMaxSize(javafx.scene.layout.Region.USE_PREF_SIZE, javafx.scene.layout.Region.USE_PREF_SIZE);
        StackPane.setAlignment(zoom, Pos.TOP_RIGHT);
        StackPane.setMargin(zoom, new Insets(10));

        StackPane mapPane = new StackPane(map, legend, zoom);
        mapPane.getStyleClass().add("map-pane");

        detail = new DetailPane(vm, this::readInContext);
        browse = new BrowsePane(vm);
        browse.setMinWidth(240);
        split = new SplitPane(browse, mapPane, detail);
        split.setDividerPositions(0.22, 0.70);
        SplitPane.setResizableWithParent(browse, false);
        SplitPane.setResizableWithParent(detail, false);
        detail.setMinWidth(300);

        timeline = new TimelineBar(vm);
        search = new SearchField(vm);
        javafx.scene.layout.HBox top = new javafx.scene.layout.HBox(menus(), search);
        javafx.scene.layout.HBox.setHgrow(top.getChildren().get(0), javafx.scene.layout.Priority.ALWAYS);
        top.getStyleClass().add("top-bar");
        top.setAlignment(Pos.CENTER_LEFT);
        root.setTop(top);
        root.setCenter(split);
        root.setBottom(timeline);
        map.widthProperty().addListener((obs, o, n) -> {
            if (o.doubleValue() == 0) showEurasia();
        });
    }

    private MenuItem legendItem() {
        CheckMenuItem item = new CheckMenuItem(Texts.get("menu.view.legend"));
        item.setSelected(true);
        item.setAccelerator(KeyCombination.keyCombination("Shortcut+L"));
        item.selectedProperty().addListener((obs, o, on) -> legend.fold(!on));
        return item;
    }

    /** True while presenting: full screen, the browse pane away, text at least 150 %. */
    private final javafx.beans.property.BooleanProperty presenting = new javafx.beans.property.SimpleBooleanProperty(this, "presenting");
    private double scaleBeforePresenting = 1.0;
    private boolean browseBeforePresenting;

    public javafx.beans.property.BooleanProperty presentingProperty() {
        return presenting;
    }

    private void present(boolean on) {
        javafx.stage.Window w = root.getScene() == null ? null : root.getScene().getWindow();
        if (on) {
            scaleBeforePresenting = vm.textScaleProperty().get();
            browseBeforePresenting = showBrowse.isSelected();
            if (scaleBeforePresenting < 1.5) vm.textScaleProperty().set(1.5);
            showBrowse(false);
        } else {
            vm.textScaleProperty().set(scaleBeforePresenting);
            showBrowse(browseBeforePresenting);
        }
        if (w instanceof javafx.stage.Stage stage) {
            stage.setFullScreenExitHint(Texts.get("presentation.exitHint"));
            stage.setFullScreen(on);
        }
    }

    /** Whether a window this wide leaves the map room beside the browse pane. */
    public static boolean roomForBrowse(double windowWidth) {
        return windowWidth >= 1500;
    }

    /** True while the browse pane is shown. */
    public boolean browseShown() {
        return showBrowse.isSelected();
    }

    /** Shows or hides the browse pane; the map takes its room. */
    public void showBrowse(boolean on) {
        showBrowse.setSelected(on);
    }

    private void placeBrowse(boolean on) {
        if (on && !split.getItems().contains(browse)) split.getItems().add(0, browse);
        else if (!on) split.getItems().remove(browse);
        placeDividers();
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
    void showEurasia() {
        double width = Math.max(400, map.getWidth());
        double zoom = Math.log(width * 360.0 / OPENING_SPAN / 256.0) / Math.log(2);
        map.setZoom(Math.max(2, Math.min(5, zoom)));
        map.setCenter(CENTRE_LAT, CENTRE_LON);
    }

    private MenuBar menus() {
        MenuItem quit = new MenuItem(Texts.get("menu.file.quit"));
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> root.getScene().getWindow().hide());
        Menu file = new Menu(Texts.get("menu.file"), null, quit);
        FileTools.addTo(file, this, data);

        MenuItem eurasia = new MenuItem(Texts.get("menu.view.eurasia"));
        eurasia.setOnAction(e -> showEurasia());
        MenuItem clear = new MenuItem(Texts.get("menu.view.clear"));
        clear.setOnAction(e -> vm.clearSelection());
        showBrowse.setAccelerator(KeyCombination.keyCombination("Shortcut+B"));
        CheckMenuItem present = new CheckMenuItem(Texts.get("menu.view.presentation"));
        present.setAccelerator(new javafx.scene.input.KeyCodeCombination(KeyCode.F11));
        present.selectedProperty().bindBidirectional(presenting);
        Menu theme = new Menu(Texts.get("menu.view.theme"));
        javafx.scene.control.ToggleGroup themes = new javafx.scene.control.ToggleGroup();
        for (String t : Look.THEMES) {
            javafx.scene.control.RadioMenuItem item = new javafx.scene.control.RadioMenuItem(switch (t) {
                case "dark" -> Texts.get("menu.view.theme.dark");
                case "high-contrast" -> Texts.get("menu.view.theme.highContrast");
                default -> Texts.get("menu.view.theme.light");
            });
            item.setToggleGroup(themes);
            item.setSelected(t.equals(vm.themeProperty().get()));
            item.setOnAction(e -> vm.themeProperty().set(t));
            vm.themeProperty().addListener((obs, o, n) -> item.setSelected(t.equals(n)));
            theme.getItems().add(item);
        }
        Menu size = new Menu(Texts.get("menu.view.textSize"));
        javafx.scene.control.ToggleGroup sizes = new javafx.scene.control.ToggleGroup();
        for (int percent = 100; percent <= 200; percent += 25) {
            double scale = percent / 100.0;
            javafx.scene.control.RadioMenuItem item = new javafx.scene.control.RadioMenuItem(Texts.format("menu.view.textSize.percent", percent));
            item.setToggleGroup(sizes);
            item.setSelected(Math.abs(vm.textScaleProperty().get() - scale) < 0.01);
            item.setOnAction(e -> vm.textScaleProperty().set(scale));
            vm.textScaleProperty().addListener((obs, o, n) -> item.setSelected(Math.abs(n.doubleValue() - scale) < 0.01));
            size.getItems().add(item);
        }
        MenuItem bigger = new MenuItem(Texts.get("menu.view.larger"));
        bigger.setAccelerator(KeyCombination.keyCombination("Shortcut+Plus"));
        bigger.setOnAction(e -> vm.textScaleProperty().set(Math.min(2.0, vm.textScaleProperty().get() + 0.25)));
        MenuItem smaller = new MenuItem(Texts.get("menu.view.smaller"));
        smaller.setAccelerator(KeyCombination.keyCombination("Shortcut+Minus"));
        smaller.setOnAction(e -> vm.textScaleProperty().set(Math.max(1.0, vm.textScaleProperty().get() - 0.25)));
        CheckMenuItem showDetail = new CheckMenuItem(Texts.get("menu.view.detail"));
        showDetail.setSelected(true);
        showDetail.setAccelerator(KeyCombination.keyCombination("Shortcut+D"));
        showDetail.selectedProperty().addListener((obs, o, on) -> {
            if (on && !split.getItems().contains(detail)) split.getItems().add(detail);
            else if (!on) split.getItems().remove(detail);
            placeDividers();
        });
        Menu view = new Menu(Texts.get("menu.view"), null, present, new javafx.scene.control.SeparatorMenuItem(), theme, size, bigger, smaller, languages(),
                new javafx.scene.control.SeparatorMenuItem(), showBrowse, showDetail, legendItem(), new javafx.scene.control.SeparatorMenuItem(), eurasia, clear);

        MenuItem keys = new MenuItem(Texts.get("menu.help.keys"));
        keys.setOnAction(e -> info(Texts.get("menu.help.keys"), Texts.get("keys.text")));
        MenuItem about = new MenuItem(Texts.get("menu.help.about"));
        about.setOnAction(e -> info(Texts.get("about.title"), about()));
        Menu help = new Menu(Texts.get("menu.help"), null, keys, about);
        MenuBar bar = new MenuBar(file, view, help);
        bar.setId("menu-bar");
        return bar;
    }

    /**
     * View ▸ Language: each language named in itself. Choosing one rebuilds the window in it, keeping
     * the date, the selection and the look; the choice is remembered with the other settings.
     */
    private Menu languages() {
        Menu menu = new Menu(Texts.get("menu.view.language"));
        menu.setId("language-menu");
        javafx.scene.control.ToggleGroup group = new javafx.scene.control.ToggleGroup();
        for (String language : Texts.LANGUAGES) {
            javafx.scene.control.RadioMenuItem item = new javafx.scene.control.RadioMenuItem("ru".equals(language) ? "Русский" : "English");
            item.setId("language-" + language);
            item.setToggleGroup(group);
            item.setSelected(language.equals(vm.languageProperty().get()));
            item.setOnAction(e -> speak(language));
            menu.getItems().add(item);
        }
        return menu;
    }

    /** Shows the window in another language: a new window's content in its place, in the same state. */
    public void speak(String language) {
        if (language.equals(vm.languageProperty().get())) return;
        vm.languageProperty().set(language);
        FileTools.of(this).reopen();
    }

    private String about() {
        StringBuilder s = new StringBuilder(Texts.get("about.intro")).append('\n');
        vm.record().sources().forEach(src -> s.append("• ").append(src.citation()).append('\n'));
        s.append('\n').append(Texts.get("about.credits"));
        return s.toString();
    }

    private void info(String title, String text) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, text, Texts.okButton());
        a.setTitle(title);
        a.setHeaderText(title);
        a.initOwner(root.getScene().getWindow());
        a.getDialogPane().getStylesheets().setAll(root.getScene().getStylesheets());
        a.getDialogPane().setMinWidth(560);
        a.show();
    }

    private void readInContext(Quote q) {
        Window owner = root.getScene() == null ? null : root.getScene().getWindow();
        ArticleReader.show(owner, q);
    }

    /** The window's keys: stepping through time works wherever the focus is, except in a text field. */
    public void installKeys(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (scene.getFocusOwner() instanceof TextInputControl) return;
            boolean handled = true;
            KeyCode code = e.getCode();
            if (code == KeyCode.LEFT || code == KeyCode.RIGHT) {
                int sign = code == KeyCode.LEFT ? -1 : 1;
                if (e.isShortcutDown() || e.isControlDown()) vm.stepYears(sign);
                else if (e.isShiftDown()) vm.stepMonths(sign);
                else vm.stepDays(sign);
            } else if (code == KeyCode.PAGE_DOWN) {
                vm.nextEvent();
            } else if (code == KeyCode.PAGE_UP) {
                vm.previousEvent();
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
                presenting.set(!presenting.get());
            } else if (code == KeyCode.ESCAPE) {
                if (presenting.get()) presenting.set(false);
                else vm.clearSelection();
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
        // A one-shot handler: the stage outlives this window when the language or the dataset changes.
        scene.windowProperty().addListener((obs, o, w) -> {
            if (w == null) return;
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

    public AtlasViewModel viewModel() {
        return vm;
    }
}

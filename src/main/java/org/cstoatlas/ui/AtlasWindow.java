package org.cstoatlas.ui;

import com.gluonhq.maps.MapView;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
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
import org.cstoatlas.Bundled;
import org.cstoatlas.record.Quote;
import org.cstoatlas.ui.detail.ArticleReader;
import org.cstoatlas.ui.detail.DetailPane;
import org.cstoatlas.ui.map.CountryLayer;
import org.cstoatlas.ui.map.Legend;
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
    static final double CENTRE_LAT = 50;
    static final double CENTRE_LON = 76;
    /** Degrees of longitude the opening view spans: from the Black Sea to the Sea of Okhotsk. */
    static final double OPENING_SPAN = 150;

    private final AtlasViewModel vm;
    private final AtlasData data;
    private final BorderPane root = new BorderPane();
    private final MapView map = new MapView();
    private final CountryLayer countries;
    private final Legend legend;
    private final TimelineBar timeline;
    private final DetailPane detail;

    public AtlasWindow(AtlasViewModel vm, AtlasData data) {
        this.vm = vm;
        this.data = data;
        root.getStyleClass().add("atlas");
        root.setId("atlas");
        root.getProperties().put(AtlasWindow.class, this);

        countries = new CountryLayer(vm, data.coarseShapes(), data.detailedShapes(),
                vm.record().event("crimea-2014").map(e -> e.date()).orElse(null));
        map.addLayer(countries);
        map.setCenter(CENTRE_LAT, CENTRE_LON);
        map.setZoom(3);
        map.getStyleClass().add("map");
        map.setId("map");

        legend = new Legend(vm);
        // Top left lies over the Arctic and Scandinavia: the alliance's countries stay visible.
        StackPane.setAlignment(legend, Pos.TOP_LEFT);
        StackPane.setMargin(legend, new Insets(10));
        legend.setMaxSize(javafx.scene.layout.Region.USE_PREF_SIZE, javafx.scene.layout.Region.USE_PREF_SIZE);

        Button zoomIn = mapButton("+", "Zoom in", () -> map.setZoom(Math.min(8, map.getZoom() + 1)));
        Button zoomOut = mapButton("−", "Zoom out", () -> map.setZoom(Math.max(1, map.getZoom() - 1)));
        Button home = mapButton("⌂", "Back to Eurasia", this::showEurasia);
        VBox zoom = new VBox(4, zoomIn, zoomOut, home);
        zoom.getStyleClass().add("map-controls");
        zoom.setMaxSize(javafx.scene.layout.Region.USE_PREF_SIZE, javafx.scene.layout.Region.USE_PREF_SIZE);
        StackPane.setAlignment(zoom, Pos.TOP_RIGHT);
        StackPane.setMargin(zoom, new Insets(10));

        StackPane mapPane = new StackPane(map, legend, zoom);
        mapPane.getStyleClass().add("map-pane");

        detail = new DetailPane(vm, this::readInContext);
        SplitPane split = new SplitPane(mapPane, detail);
        split.setDividerPositions(0.66);
        SplitPane.setResizableWithParent(detail, false);
        detail.setMinWidth(300);

        timeline = new TimelineBar(vm);
        root.setTop(menus());
        root.setCenter(split);
        root.setBottom(timeline);
        map.widthProperty().addListener((obs, o, n) -> {
            if (o.doubleValue() == 0) showEurasia();
        });
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
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> root.getScene().getWindow().hide());
        Menu file = new Menu("File", null, quit);
        FileTools.addTo(file, this, data);

        MenuItem eurasia = new MenuItem("Show Eurasia");
        eurasia.setOnAction(e -> showEurasia());
        MenuItem clear = new MenuItem("Clear selection");
        clear.setOnAction(e -> vm.clearSelection());
        Menu view = new Menu("View", null, eurasia, clear);

        MenuItem keys = new MenuItem("Keyboard shortcuts");
        keys.setOnAction(e -> info("Keyboard shortcuts", KEYS));
        MenuItem about = new MenuItem("About CSTO Atlas and its sources");
        about.setOnAction(e -> info("About CSTO Atlas", about()));
        Menu help = new Menu("Help", null, keys, about);
        MenuBar bar = new MenuBar(file, view, help);
        bar.setId("menu-bar");
        return bar;
    }

    static final String KEYS = String.join("\n",
            "← / →   a day back / forward",
            "Shift+← / Shift+→   a month",
            "Ctrl+← / Ctrl+→   a year",
            "Page Up / Page Down   previous / next event (a presenter's clicker)",
            "Home / End   first / last day",
            "Space   play / pause",
            "Esc   clear the selection");

    private String about() {
        StringBuilder s = new StringBuilder("A desktop atlas of the Collective Security Treaty Organization and the 1992 Collective Security Treaty.\n\n"
                + "Every fact is backed by a verbatim quote from these articles or by a named reference:\n");
        vm.record().sources().forEach(src -> s.append("• ").append(src.citation()).append('\n'));
        s.append("\nCountry shapes: Natural Earth 4.1.0 via world-atlas 2.0.2 (public domain; ISC).\nLicence: GPL-3.0-or-later.");
        return s.toString();
    }

    private void info(String title, String text) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, text);
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
            } else if (code == KeyCode.ESCAPE) {
                vm.clearSelection();
            } else {
                handled = false;
            }
            if (handled) e.consume();
        });
    }

    /** A scene holding the window, with the atlas's stylesheet and keys. */
    public Scene scene(double width, double height) {
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(Bundled.assets().resolve("styles").resolve("atlas.css").toUri().toString());
        installKeys(scene);
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

    public Legend legend() {
        return legend;
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

package org.cstoatlas.ui.tools;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.cstoatlas.AtlasData;
import org.cstoatlas.cli.WindowOptions;
import org.cstoatlas.ui.AtlasWindow;
import org.cstoatlas.ui.Texts;
import org.cstoatlas.ui.state.AtlasViewModel;
import org.cstoatlas.ui.state.Selection;

/**
 * How the window opens: as it was left (remembered settings), then a {@code --view} file, then
 * {@code --date}, {@code --select} and {@code --compare}; and what it remembers when it closes.
 */
public final class Opening {

    private Opening() {
    }

    /**
     * Checks that the record holds what the options select, before any window opens.
     *
     * @throws IllegalArgumentException saying what is missing
     */
    public static Optional<Selection> check(AtlasData data, WindowOptions options) {
        var record = data.index().record();
        if (options.select() != null) {
            return Optional.of(SavedViews.findCountryOrEvent(record, options.select()).orElseThrow(() -> new IllegalArgumentException(
                    "--select: no country or event '" + options.select() + "' in the dataset (use an ISO3 code such as UZB, or an event id)")));
        }
        if (options.view() != null) {
            try {
                return SavedViews.selectionOf(record, options.view());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--view: " + e.getMessage());
            }
        }
        return Optional.empty();
    }

    /** Builds the window on the stage and shows it. */
    public static AtlasWindow show(Stage stage, AtlasData data, WindowOptions options, Path home) {
        Optional<Selection> selection = check(data, options);
        Remembered r = Remembered.load(home);
        AtlasViewModel vm = new AtlasViewModel(data.index(), LocalDate.now());
        if (r.date() != null) vm.setDate(r.date());
        if (r.theme() != null) vm.themeProperty().set(r.theme());
        if (r.textScale() != null) vm.textScaleProperty().set(r.textScale());
        // The language: as remembered, else the system's (Russian for a Russian system, else English).
        vm.languageProperty().set(r.language() != null ? r.language() : Texts.systemLanguage());
        AtlasWindow window = new AtlasWindow(vm, data);
        // Unless remembered: as large as a laptop's screen allows, up to 1600 × 1000; the browse pane
        // only where it leaves the map room.
        var screen = Screen.getPrimary().getVisualBounds();
        double width = r.width() != null ? r.width() : Math.min(1600, screen.getWidth());
        double height = r.height() != null ? r.height() : Math.min(1000, screen.getHeight());
        window.showBrowse(AtlasWindow.roomForBrowse(width));
        Scene scene = window.scene(width, height);
        stage.setTitle(Texts.get("app.title"));
        stage.getIcons().setAll(org.cstoatlas.ui.Look.icons());
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        if (r.x() != null && r.y() != null && onSomeScreen(r)) {
            stage.setX(r.x());
            stage.setY(r.y());
        }
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> remember(stage).save(home));
        stage.show();
        org.cstoatlas.ui.map.OfflineTiles.warmUpDetail();
        SavedViews.whenMapSized(window, () -> {
            if (r.zoom() != null) window.map().setZoom(r.zoom());
            if (options.view() != null) SavedViews.apply(options.view(), window);
            if (options.date() != null) vm.setDate(options.date());
            if (options.select() != null) {
                Selection s = selection.orElseThrow();
                if (s instanceof Selection.OfEvent e && options.date() == null) vm.selectEvent(e.event());
                else vm.selectionProperty().set(s);
            }
            if (options.compare() != null) vm.compareDateProperty().set(options.compare());
        });
        return window;
    }

    /** A window left on a screen since unplugged would open out of sight: only a place on a screen is used. */
    private static boolean onSomeScreen(Remembered r) {
        double w = r.width() != null ? r.width() : 1280;
        return !Screen.getScreensForRectangle(new Rectangle2D(r.x(), r.y(), Math.min(w, 200), 50)).isEmpty();
    }

    /** What the stage's current window would open with next time. */
    static Remembered remember(Stage stage) {
        AtlasWindow w = (AtlasWindow) stage.getScene().getRoot().getProperties().get(AtlasWindow.class);
        AtlasViewModel vm = w.viewModel();
        return new Remembered(stage.getX(), stage.getY(), stage.getScene().getWidth(), stage.getScene().getHeight(), vm.getDate(),
                vm.themeProperty().get(), vm.textScaleProperty().get(), w.map().getZoom(), vm.languageProperty().get());
    }
}

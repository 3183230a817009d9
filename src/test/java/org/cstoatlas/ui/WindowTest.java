package org.cstoatlas.ui;

import org.cstoatlas.Fx;
import org.cstoatlas.CleanToolkit;

import org.junit.jupiter.api.Tag;
import org.cstoatlas.ui.window.AtlasWindow;

import java.time.LocalDate;
import javafx.stage.Stage;
import org.cstoatlas.AtlasData;
import org.cstoatlas.ui.model.AtlasViewModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The real window with the bundled data, opened headless for each test, on a fixed "today". */
@Tag("toolkit")
@ExtendWith(CleanToolkit.class)
@ExtendWith(ApplicationExtension.class)
abstract class WindowTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static AtlasData data;
    AtlasWindow window;
    AtlasViewModel vm;

    @BeforeAll
    static void loadData() throws Exception {
        data = AtlasData.loadBundled();
    }

    /** The window's size; the browse pane is shown where the application would show it. */
    double width() {
        return 1280;
    }

    double height() {
        return 800;
    }

    /** Opens the window; each test class calls it from its own {@code @Start} (TestFX looks only at the class's own methods). */
    void start(Stage stage) {
        vm = new AtlasViewModel(data.index(), TODAY);
        prepare(vm);
        window = new AtlasWindow(vm, data);
        stage.setScene(window.scene(width(), height()));
        stage.show();
    }

    /** What a test class sets before the window is built (its language, say); nothing by default. */
    void prepare(AtlasViewModel vm) {
    }

    /** Moves the timeline's slider to a day, as a user dragging it would. */
    void dateTo(FxRobot robot, LocalDate d) {
        Fx.act(() -> window.timeline().slider().setValue(d.toEpochDay()));
        Fx.settle();
    }
}

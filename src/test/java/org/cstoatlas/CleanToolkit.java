package org.cstoatlas;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.cstoatlas.record.Language;
import org.cstoatlas.ui.look.Texts;
import org.cstoatlas.geo.BasemapStyle;
import org.cstoatlas.ui.map.OfflineTiles;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.robot.BaseRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every window-test class ({@code @Tag("toolkit")}) starts from a clean toolkit, whatever class ran
 * before it in the same JVM (the window tests share their JVMs): no window left open (a stage, a
 * tooltip, a dialog), TestFX's one primary stage back to the size of the next scene it is given and
 * holding no old window, no key or button held, the pointer in a corner of the screen, the atlas's words
 * in English and its basemap light. Before and after each class; the pointer also before each test, so
 * that a hover is a move even when an earlier test left the pointer on the very spot.
 */
public final class CleanToolkit implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

    private static final KeyCode[] HELD_KEYS = {KeyCode.SHIFT, KeyCode.CONTROL, KeyCode.ALT, KeyCode.META};

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        // The toolkit is started TestFX's way, whichever class comes first in the JVM: started by
        // Platform.startup (Offscreen) and later launched by TestFX, Monocle's headless platform is made
        // anew under the running toolkit, and the robot's keys and clicks no longer reach any window.
        FxToolkit.registerPrimaryStage();
        clean();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        clean();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (FxToolkit.isFXApplicationThreadRunning()) pointerToCorner(new FxRobot().robotContext().getBaseRobot());
    }

    /** The whole reset. */
    static void clean() throws Exception {
        Texts.use(Language.EN);
        OfflineTiles.setStyle(BasemapStyle.LIGHT);
        if (!FxToolkit.isFXApplicationThreadRunning()) return;
        // Hiding the last window must not end the toolkit the next class needs.
        Platform.setImplicitExit(false);
        WaitForAsyncUtils.asyncFx(() -> {
            List<Window> open = new ArrayList<>(Window.getWindows());
            for (Window w : open) {
                if (w instanceof Stage s) {
                    s.setFullScreen(false);
                    s.setMaximized(false);
                    s.setIconified(false);
                }
                w.hide();
            }
            Stage primary = FxToolkit.toolkitContext().getRegisteredStage();
            if (primary != null) {
                primary.setFullScreen(false);
                primary.setMaximized(false);
                primary.hide();
                // The old window goes with its scene; the next scene sizes the stage and it opens centred,
                // not at the size or place an earlier test gave it.
                primary.setScene(null);
                primary.sizeToScene();
                primary.centerOnScreen();
            }
        }).get();
        // Released and moved by the robot's base, which does not wait after each key as TestFX's robot does.
        BaseRobot base = new FxRobot().robotContext().getBaseRobot();
        for (KeyCode key : HELD_KEYS) base.releaseKeyboard(key);
        for (MouseButton button : new MouseButton[] {MouseButton.PRIMARY, MouseButton.SECONDARY, MouseButton.MIDDLE}) base.releaseMouse(button);
        pointerToCorner(base);
    }

    /** The bottom right corner of the screen: no window of the tests opens there, and no test points at it. */
    private static void pointerToCorner(BaseRobot robot) {
        Rectangle2D screen = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> Screen.getPrimary().getBounds());
        robot.moveMouse(new javafx.geometry.Point2D(screen.getMaxX() - 1, screen.getMaxY() - 1));
        Fx.settle();
    }
}

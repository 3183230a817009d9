package org.cstoatlas.ui.tools;

import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * A window's size as the atlas asks it, kept once the window is on screen. Under a window manager (seen
 * with openbox) JavaFX 21 on GTK drops the size a stage was shown with: the atlas opened at its minimum
 * of 898 × 575 on every screen and the lesson editor at 200 × 200. So the size is set on the stage, and
 * set again once the window is shown, within the screen's visible area.
 */
public final class StageSize {

    private StageSize() {
    }

    /** What a window should measure (its frame) on a screen: the size wanted, never larger than the screen. */
    public record Wanted(double width, double height, boolean maximized) {
    }

    /**
     * The main window's first size on a screen: as large as the screen allows up to {@code preferred},
     * or what was remembered; on a screen smaller than the preferred size (a classroom projector of
     * 1024 × 768 or 1280 × 800) the window fills it, maximized.
     */
    public static Wanted opening(Rectangle2D screen, Double rememberedWidth, Double rememberedHeight, double preferredWidth, double preferredHeight,
                                 double minWidth, double minHeight) {
        if (rememberedWidth != null && rememberedHeight != null) {
            return new Wanted(fit(rememberedWidth, minWidth, screen.getWidth()), fit(rememberedHeight, minHeight, screen.getHeight()), false);
        }
        boolean small = screen.getWidth() < preferredWidth || screen.getHeight() < preferredHeight;
        return new Wanted(fit(preferredWidth, minWidth, screen.getWidth()), fit(preferredHeight, minHeight, screen.getHeight()), small);
    }

    private static double fit(double want, double min, double screen) {
        return Math.max(Math.min(min, screen), Math.min(want, screen));
    }

    /** Gives the stage its size (within the screen it opens on) now and again once it is shown. */
    public static void hold(Stage stage, double width, double height) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double w = Math.min(width, screen.getWidth());
        double h = Math.min(height, screen.getHeight());
        stage.setWidth(w);
        stage.setHeight(h);
        // Where the caller placed it, if it did: a window manager may place a new window where it likes
        // (openbox put the lesson editor over the map, not beside it, one time in two).
        double wantX = stage.getX(), wantY = stage.getY();
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, new javafx.event.EventHandler<>() {
            @Override
            public void handle(WindowEvent e) {
                stage.removeEventHandler(WindowEvent.WINDOW_SHOWN, this);
                Platform.runLater(() -> {
                    if (stage.isMaximized() || stage.isFullScreen()) return;
                    // The title bar's height, where the toolkit knows it: under openbox a window moved to the
                    // screen's top edge had its title bar above the screen, and could not be dragged.
                    double bar = stage.getScene() == null ? 0 : Math.max(0, stage.getScene().getY());
                    double fitted = Math.min(h, screen.getHeight() - bar);
                    stage.setWidth(w);
                    stage.setHeight(fitted);
                    if (!Double.isNaN(wantX) && !Double.isNaN(wantY)) {
                        stage.setX(wantX);
                        stage.setY(wantY);
                    }
                    // Kept on the screen: a window taller than what is left below its top would hide its buttons.
                    if (stage.getY() < screen.getMinY() + bar || stage.getY() + fitted > screen.getMaxY()) {
                        stage.setY(Math.max(screen.getMinY() + bar, screen.getMaxY() - fitted));
                    }
                    if (stage.getX() + w > screen.getMaxX()) stage.setX(Math.max(screen.getMinX(), screen.getMaxX() - w));
                });
            }
        });
    }

    /**
     * Gives the window back the place and size it had before full screen, once full screen ends: under
     * openbox the toolkit brought it back 13 pixels taller than before, past the screen's bottom, and
     * the timeline's last row was cut after presenting at 1280 × 800. A maximised window is left to the
     * window manager.
     */
    public static void keepAcrossFullScreen(Stage stage) {
        double[] before = new double[4];
        boolean[] wasMaximized = new boolean[1];
        stage.fullScreenProperty().addListener((obs, was, now) -> {
            if (now) {
                before[0] = stage.getX();
                before[1] = stage.getY();
                before[2] = stage.getWidth();
                before[3] = stage.getHeight();
                wasMaximized[0] = stage.isMaximized();
            } else if (!wasMaximized[0] && before[2] > 0) {
                Platform.runLater(() -> {
                    if (stage.isFullScreen() || stage.isMaximized()) return;
                    stage.setX(before[0]);
                    stage.setY(before[1]);
                    stage.setWidth(before[2]);
                    stage.setHeight(before[3]);
                });
            }
        });
    }

    /**
     * Keeps a dialog's title bar and buttons on the screen once it is shown: under openbox the export
     * animation dialog at 1024 × 768 and 175 % opened with its title bar above the screen's top.
     */
    public static void keepOnScreen(javafx.scene.control.Dialog<?> dialog) {
        dialog.addEventHandler(javafx.scene.control.DialogEvent.DIALOG_SHOWN, e -> Platform.runLater(() -> {
            javafx.scene.Scene scene = dialog.getDialogPane().getScene();
            javafx.stage.Window w = scene == null ? null : scene.getWindow();
            if (w == null) return;
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            double bar = Math.max(0, scene.getY());
            if (w.getHeight() > screen.getHeight() - bar) w.setHeight(screen.getHeight() - bar);
            // Moved only as far as it must: a dialog past the left edge comes to it, not to the right one.
            w.setY(within(w.getY(), screen.getMinY() + bar, screen.getMaxY() - w.getHeight()));
            w.setX(within(w.getX(), screen.getMinX(), screen.getMaxX() - w.getWidth()));
        }));
    }

    /** {@code at} moved into [{@code least}, {@code most}]; where the range is empty, to its start. */
    private static double within(double at, double least, double most) {
        return Math.max(least, Math.min(at, Math.max(least, most)));
    }
}

package org.cstoatlas.ui.app;

import org.cstoatlas.ui.look.Look;
import org.cstoatlas.ui.look.Texts;
import org.cstoatlas.ui.window.AtlasWindow;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.cstoatlas.AtlasData;
import org.cstoatlas.state.AtlasState;
import org.cstoatlas.state.Language;
import org.cstoatlas.state.SelectionRef;
import org.cstoatlas.ui.model.Selection;
import org.cstoatlas.ui.model.AtlasViewModel;

/** Renders the real window off-screen at a date (and a selection) and writes it as a PNG. */
public final class Snapshot {

    private Snapshot() {
    }

    /**
     * Writes the window showing the state to {@code out}.
     *
     * @throws IllegalArgumentException when the state selects what the record lacks
     * @throws IOException when the PNG cannot be written
     */
    public static void write(AtlasState state, int width, int height, boolean presenting, Path out) throws Exception {
        Rendered r = render(state, width, height, presenting);
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) java.nio.file.Files.createDirectories(parent);
        if (!ImageIO.write(r.image(), "png", out.toFile())) throw new IOException("no PNG writer");
    }

    /** A rendered window: its pixels, and the window itself (closed) to ask where things were. */
    record Rendered(BufferedImage image, AtlasWindow window) {
    }

    static Rendered render(LocalDate date, String selectIso, int width, int height) throws Exception {
        AtlasState state = AtlasState.initial(LocalDate.now(), Language.EN).withDate(date)
                .withSelection(selectIso == null ? null : new SelectionRef(SelectionRef.Kind.COUNTRY, selectIso));
        return render(state, width, height, false);
    }

    static Rendered render(AtlasState state, int width, int height, boolean presenting) throws Exception {
        // Monocle's headless screen is 1280x800 unless told; a larger window overflows its frame buffer.
        if (System.getProperty("headless.geometry") == null) {
            System.setProperty("headless.geometry", Math.max(1280, width) + "x" + Math.max(800, height) + "-32");
        }
        Offscreen.start();
        AtlasData data = AtlasData.loadBundled();
        if (state.selection() != null && Selection.find(data.index().record(), state.selection()).isEmpty()) {
            throw new IllegalArgumentException("no " + state.selection().kind().id() + " '" + state.selection().id() + "' in the dataset");
        }
        AtlasViewModel vm = new AtlasViewModel(data.index(), LocalDate.now());
        // As the application opens: the browse pane only where the window leaves the map room.
        vm.apply(state.withPanes(state.panes().withBrowse(AtlasViewModel.roomForBrowse(width))));
        // Presenting before the window is built: it is laid out once, at the presentation's size, with the
        // panes closed (the stage is the picture's size, so it needs no full screen).
        if (presenting) vm.presentingProperty().set(true);
        AtlasWindow window = Offscreen.onFx(() -> new AtlasWindow(vm, data));
        Stage stage = Offscreen.onFx(() -> {
            Stage s = new Stage();
            Scene scene = window.scene(width, height);
            s.setScene(scene);
            s.show();
            return s;
        });
        try {
            Offscreen.awaitTiles(stage.getScene().getRoot(), 20_000);
            BufferedImage image = Offscreen.onFx(() -> {
                WritableImage shot = stage.getScene().snapshot(null);
                return SwingFXUtils.fromFXImage(shot, null);
            });
            return new Rendered(image, window);
        } finally {
            Platform.runLater(stage::close);
        }
    }
}

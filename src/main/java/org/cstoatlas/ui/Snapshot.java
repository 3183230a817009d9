package org.cstoatlas.ui;

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
import org.cstoatlas.record.Country;
import org.cstoatlas.ui.state.AtlasViewModel;

/** Renders the real window off-screen at a date (and a selection) and writes it as a PNG. */
public final class Snapshot {

    private Snapshot() {
    }

    /** What to render: the date, a country to select and a date to compare with (or null), the size, the look, the language. */
    public record Request(LocalDate date, String selectIso, LocalDate compare, int width, int height, String theme, double textScale, String language) {
        public Request {
            if (!Look.THEMES.contains(theme)) throw new IllegalArgumentException("no theme '" + theme + "' (" + String.join(", ", Look.THEMES) + ")");
            if (!Texts.LANGUAGES.contains(language)) throw new IllegalArgumentException("no language '" + language + "' (" + String.join(", ", Texts.LANGUAGES) + ")");
        }
    }

    /**
     * Writes the window as the request asks to {@code out}.
     *
     * @throws IllegalArgumentException when the country is not in the record
     * @throws IOException when the PNG cannot be written
     */
    public static void write(Request request, Path out) throws Exception {
        Rendered r = render(request);
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) java.nio.file.Files.createDirectories(parent);
        if (!ImageIO.write(r.image(), "png", out.toFile())) throw new IOException("no PNG writer");
    }

    /** A rendered window: its pixels, and the window itself (closed) to ask where things were. */
    record Rendered(BufferedImage image, AtlasWindow window) {
    }

    static Rendered render(LocalDate date, String selectIso, int width, int height) throws Exception {
        return render(new Request(date, selectIso, null, width, height, "light", 1.0, "en"));
    }

    static Rendered render(Request q) throws Exception {
        // Monocle's headless screen is 1280x800 unless told; a larger window overflows its frame buffer.
        if (System.getProperty("headless.geometry") == null) {
            System.setProperty("headless.geometry", Math.max(1280, q.width()) + "x" + Math.max(800, q.height()) + "-32");
        }
        Offscreen.start();
        AtlasData data = AtlasData.loadBundled();
        Country selected = q.selectIso() == null ? null : data.index().record().country(q.selectIso())
                .orElseThrow(() -> new IllegalArgumentException("no country '" + q.selectIso() + "' in the dataset"));
        AtlasViewModel vm = new AtlasViewModel(data.index(), LocalDate.now());
        vm.themeProperty().set(q.theme());
        vm.textScaleProperty().set(q.textScale());
        vm.languageProperty().set(q.language());
        AtlasWindow window = Offscreen.onFx(() -> new AtlasWindow(vm, data));
        Stage stage = Offscreen.onFx(() -> {
            vm.setDate(q.date());
            vm.compareDateProperty().set(q.compare());
            if (selected != null) vm.selectCountry(selected);
            window.showBrowse(AtlasWindow.roomForBrowse(q.width()));
            Stage s = new Stage();
            Scene scene = window.scene(q.width(), q.height());
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

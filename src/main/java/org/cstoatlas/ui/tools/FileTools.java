package org.cstoatlas.ui.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.cstoatlas.AtlasData;
import org.cstoatlas.Bundled;
import org.cstoatlas.dataset.LoadResult;
import org.cstoatlas.record.EvidenceMarkdown;
import org.cstoatlas.record.time.StatusTable;
import org.cstoatlas.record.time.TimeIndex;
import org.cstoatlas.ui.AtlasWindow;
import org.cstoatlas.ui.Texts;
import org.cstoatlas.ui.state.AtlasViewModel;
import org.cstoatlas.ui.state.Selection;

/**
 * The File menu's tools for one window: export the map, the status table and the evidence; save and
 * open a view; open another dataset or go back to the bundled one.
 */
public final class FileTools {

    private final AtlasWindow window;
    private final AtlasData data;
    /** The bundled data, to go back to; the window's own until another dataset is opened. */
    private AtlasData bundled;
    private Choosers choosers = Choosers.NATIVE;

    private FileTools(AtlasWindow window, AtlasData data) {
        this.window = window;
        this.data = data;
        this.bundled = data;
    }

    /** Puts the tools at the top of the window's File menu. */
    public static void addTo(Menu file, AtlasWindow window, AtlasData data) {
        FileTools tools = new FileTools(window, data);
        window.root().getProperties().put(FileTools.class, tools);
        MenuItem png = item(Texts.get("menu.file.exportPng"), "export-png", "Shortcut+E", tools::exportMap);
        MenuItem csv = item(Texts.get("menu.file.exportCsv"), "export-csv", null, tools::exportStatus);
        MenuItem md = item(Texts.get("menu.file.exportEvidence"), "export-evidence", null, tools::exportEvidence);
        md.disableProperty().bind(window.viewModel().selectionProperty().isNull());
        MenuItem save = item(Texts.get("menu.file.saveView"), "save-view", "Shortcut+S", tools::saveView);
        MenuItem open = item(Texts.get("menu.file.openView"), "open-view", "Shortcut+O", tools::openView);
        MenuItem dataset = item(Texts.get("menu.file.openDataset"), "open-dataset", null, tools::openDataset);
        MenuItem reload = item(Texts.get("menu.file.reloadBundled"), "reload-bundled", null, tools::reloadBundled);
        file.getItems().addAll(0, List.of(png, csv, md, new SeparatorMenuItem(), save, open, new SeparatorMenuItem(),
                dataset, reload, new SeparatorMenuItem()));
    }

    /** The tools of a window. */
    public static FileTools of(AtlasWindow window) {
        return (FileTools) window.root().getProperties().get(FileTools.class);
    }

    public void useChoosers(Choosers c) {
        choosers = c;
    }

    private static MenuItem item(String text, String id, String keys, Runnable action) {
        MenuItem i = new MenuItem(text);
        i.setId(id);
        if (keys != null) i.setAccelerator(KeyCombination.keyCombination(keys));
        i.setOnAction(e -> action.run());
        return i;
    }

    private Window owner() {
        Scene s = window.root().getScene();
        return s == null ? null : s.getWindow();
    }

    private AtlasViewModel vm() {
        return window.viewModel();
    }

    // ---- exports ----

    void exportMap() {
        new PictureSizeDialog(owner()).showAndWait().ifPresent(size -> {
            Path out = choosers.saveFile(owner(), Texts.get("export.png.title"), "csto-atlas-" + vm().getDate() + ".png", Texts.get("export.png.type"), "png");
            if (out != null) exportMap(size[0], size[1], out);
        });
    }

    /** Renders the map at the size and writes it; an error dialog says what went wrong. */
    public void exportMap(int width, int height, Path out) {
        MapPicture.render(window, data, width, height, image -> CompletableFuture.runAsync(() -> writePng(image, out))
                .whenComplete((v, e) -> {
                    if (e != null) Platform.runLater(() -> error(Texts.get("error.mapExport"), out, e.getCause() != null ? e.getCause() : e));
                }));
    }

    private static void writePng(WritableImage image, Path out) {
        try {
            // Written beside the target and moved in, so no half-written picture is ever left under its name.
            Path tmp = out.resolveSibling(out.getFileName() + ".part");
            if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", tmp.toFile())) throw new IOException("no PNG writer");
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    void exportStatus() {
        Path out = choosers.saveFile(owner(), Texts.get("export.csv.title"), "csto-status-" + vm().getDate() + ".csv", Texts.get("export.csv.type"), "csv");
        if (out != null) write(out, statusCsv());
    }

    /** The status table on the window's date, exactly as {@code status --date D --format csv} prints it. */
    String statusCsv() {
        return String.join(System.lineSeparator(), StatusTable.csvLines(vm().statusesProperty().get())) + System.lineSeparator();
    }

    void exportEvidence() {
        Selection s = vm().getSelection();
        if (s == null) return;
        String name = "csto-evidence-" + s.title().replaceAll("[^\\p{L}\\p{N}]+", "-").toLowerCase(java.util.Locale.ROOT) + ".md";
        Path out = choosers.saveFile(owner(), Texts.get("export.evidence.title"), name, Texts.get("export.evidence.type"), "md");
        if (out != null) write(out, evidenceMarkdown(s));
    }

    String evidenceMarkdown(Selection s) {
        var r = vm().record();
        if (s instanceof Selection.OfCountry c) return EvidenceMarkdown.of(r, c.country());
        if (s instanceof Selection.OfEvent e) return EvidenceMarkdown.of(r, e.event());
        if (s instanceof Selection.OfDeployment d) return EvidenceMarkdown.of(r, d.deployment());
        return EvidenceMarkdown.of(r, ((Selection.OfForce) s).force());
    }

    private void write(Path out, String text) {
        try {
            Files.writeString(out, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            error(Texts.get("error.save"), out, e);
        }
    }

    // ---- views ----

    void saveView() {
        Path out = choosers.saveFile(owner(), Texts.get("view.save.title"), "csto-view-" + vm().getDate() + ".json", Texts.get("view.type"), "json");
        if (out != null) write(out, SavedViews.capture(window).toJson());
    }

    void openView() {
        Path in = choosers.openFile(owner(), Texts.get("view.open.title"), Texts.get("view.type"), "json");
        if (in != null) openView(in);
    }

    /** Opens a view file; a bad one changes nothing and is explained. */
    public void openView(Path in) {
        try {
            SavedViews.apply(SavedView.read(in), window);
        } catch (SavedView.Unreadable e) {
            message(Texts.get("error.view"), e.getMessage());
        } catch (IllegalArgumentException e) {
            message(Texts.get("error.view"), in.getFileName() + ": " + e.getMessage());
        }
    }

    // ---- datasets ----

    void openDataset() {
        Path folder = choosers.folder(owner(), Texts.get("dataset.open.title"));
        if (folder != null) openDataset(folder);
    }

    /** Loads a dataset folder off the FX thread; switches to it if valid, lists its problems if not. */
    public void openDataset(Path folder) {
        CompletableFuture.supplyAsync(() -> Bundled.loader().load(folder)).whenComplete((result, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                error(Texts.get("error.dataset"), folder, failure.getCause() != null ? failure.getCause() : failure);
            } else if (!result.ok()) {
                ProblemsPanel panel = new ProblemsPanel(owner(), folder, result.problems());
                panel.show();
            } else {
                switchTo(new AtlasData(new TimeIndex(result.record()), data.coarseShapes(), data.detailedShapes()));
            }
        }));
    }

    void reloadBundled() {
        switchTo(bundled);
    }

    /**
     * A new window's content for the same data and the same state: how a change of language takes
     * effect (the view model's language is already the new one). The map keeps its zoom and centre.
     */
    public void reopen() {
        SavedView here = SavedViews.capture(window);
        boolean browse = window.browseShown();
        AtlasWindow fresh = switchTo(data);
        fresh.showBrowse(browse);
        SavedViews.whenMapSized(fresh, () -> {
            fresh.map().setZoom(here.zoom());
            fresh.map().setCenter(here.centreLat(), here.centreLon());
        });
    }

    /** A new window's content for the data, keeping the date and, where its id still exists, the selection. */
    private AtlasWindow switchTo(AtlasData next) {
        Stage stage = (Stage) owner();
        AtlasViewModel old = vm();
        // The old window's play timer must not go on moving a view model no one sees.
        old.playingProperty().set(false);
        AtlasViewModel vm = new AtlasViewModel(next.index(), old.lastDay());
        vm.setDate(old.getDate());
        SavedView here = SavedViews.capture(window);
        if (here.selectionKind() != null) SavedViews.find(next.index().record(), here.selectionKind(), here.selectionId()).ifPresent(vm.selectionProperty()::set);
        vm.compareDateProperty().set(old.compareDateProperty().get());
        vm.themeProperty().set(old.themeProperty().get());
        vm.textScaleProperty().set(old.textScaleProperty().get());
        vm.languageProperty().set(old.languageProperty().get());
        AtlasWindow fresh = new AtlasWindow(vm, next);
        FileTools tools = of(fresh);
        tools.bundled = bundled;
        tools.choosers = choosers;
        Scene scene = window.root().getScene();
        stage.setScene(fresh.scene(scene.getWidth(), scene.getHeight()));
        stage.setTitle(Texts.get("app.title"));
        return fresh;
    }

    // ---- telling the user ----

    private void error(String header, Path file, Throwable e) {
        message(header, file + ": " + describe(e));
    }

    static String describe(Throwable e) {
        if (e instanceof AccessDeniedException) return Texts.get("error.permission");
        if (e instanceof NoSuchFileException) return Texts.get("error.noFolder");
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason();
        if (e instanceof java.io.UncheckedIOException u) return describe(u.getCause());
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private void message(String header, String text) {
        Alert a = new Alert(Alert.AlertType.ERROR, text, Texts.okButton());
        a.setTitle(Texts.get("app.title"));
        a.setHeaderText(header);
        a.getDialogPane().setId("tool-error");
        a.getDialogPane().setMinWidth(480);
        a.initOwner(owner());
        if (owner() != null) a.getDialogPane().getStylesheets().setAll(owner().getScene().getStylesheets());
        a.show();
    }
}

package org.cstoatlas.ui.window;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.cstoatlas.words.Words;

/**
 * "Saved csto-atlas-1992-2024.gif   [Show in folder] [✕]" over the map's foot once an export is
 * written: the teacher sees it worked and finds the file to hand out. It takes no keys from the map
 * (a dialog would), and stays until closed or the next export.
 */
public final class WrittenNotice extends HBox {

    private final Words words;
    private final Label text = new Label();
    private Path folder;
    private Consumer<Path> folders = WrittenNotice::openFolder;

    WrittenNotice(Words words) {
        this.words = words;
        setId("written-notice");
        getStyleClass().add("written-notice");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);
        text.setId("written-text");
        text.setWrapText(true);
        text.setAccessibleRole(AccessibleRole.TEXT);
        Button show = new Button(words.get("written.show"));
        show.setId("written-show");
        show.setMinWidth(Region.USE_PREF_SIZE);
        show.setOnAction(e -> folders.accept(folder));
        Button close = new Button("✕");
        close.setId("written-close");
        close.setAccessibleText(words.get("written.close"));
        close.setMinWidth(Region.USE_PREF_SIZE);
        close.setOnAction(e -> setVisible(false));
        getChildren().addAll(text, show, close);
        setVisible(false);
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane.setAlignment(this, Pos.BOTTOM_CENTER);
        StackPane.setMargin(this, new javafx.geometry.Insets(10));
    }

    /** Says that the file was written, and where. */
    public void written(Path file) {
        Path absolute = file.toAbsolutePath();
        folder = absolute.getParent();
        text.setText(words.format("written.text", absolute.getFileName(), folder));
        setVisible(true);
        // A screen reader hears it as it appears.
        text.notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT);
    }

    /** What the notice says now (for tests and screen readers). */
    public String said() {
        return isVisible() ? text.getText() : "";
    }

    /** Lets a test see which folder "Show in folder" opens instead of starting a file manager. */
    public void openFoldersWith(Consumer<Path> opener) {
        folders = opener;
    }

    /** The desktop's own file manager on the folder; where there is none, the notice has named the folder. */
    static void openFolder(Path folder) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String opener = os.contains("win") ? "explorer" : os.contains("mac") ? "open" : "xdg-open";
        try {
            new ProcessBuilder(opener, folder.toString()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            // No file manager here: the folder's name stands in the notice.
        }
    }
}

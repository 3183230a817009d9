package org.cstoatlas.ui.tools;

import java.io.File;
import java.nio.file.Path;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks the user for a file or a folder; tests answer without a native dialog. Null: cancelled. */
public interface Choosers {

    /** A file to write, with a suggested name, e.g. "csto-2008-06-01.csv". */
    Path saveFile(Window owner, String title, String suggestedName, String description, String extension);

    /** A file to read, of any of the extensions. */
    Path openFile(Window owner, String title, String description, String... extensions);

    /** A folder to read. */
    Path folder(Window owner, String title);

    /** The system's dialogs. */
    Choosers NATIVE = new Choosers() {
        @Override
        public Path saveFile(Window owner, String title, String suggestedName, String description, String extension) {
            FileChooser c = chooser(title, description, extension);
            c.setInitialFileName(suggestedName);
            File f = c.showSaveDialog(owner);
            if (f == null) return null;
            // Some desktops return the name as typed, without the extension the filter implies.
            return f.getName().contains(".") ? f.toPath() : f.toPath().resolveSibling(f.getName() + "." + extension);
        }

        @Override
        public Path openFile(Window owner, String title, String description, String... extensions) {
            File f = chooser(title, description, extensions).showOpenDialog(owner);
            return f == null ? null : f.toPath();
        }

        @Override
        public Path folder(Window owner, String title) {
            DirectoryChooser c = new DirectoryChooser();
            c.setTitle(title);
            File f = c.showDialog(owner);
            return f == null ? null : f.toPath();
        }

        private FileChooser chooser(String title, String description, String... extensions) {
            FileChooser c = new FileChooser();
            c.setTitle(title);
            c.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, java.util.Arrays.stream(extensions).map(e -> "*." + e).toList()));
            return c;
        }
    };
}

package org.cstoatlas.ui.app;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.cstoatlas.files.AtomicWrite;
import org.cstoatlas.record.time.StatusTable;
import org.cstoatlas.ui.detail.MapEvidence;
import org.cstoatlas.ui.model.AtlasViewModel;
import org.cstoatlas.ui.model.Selection;

/** What the File menu writes: the status table, the evidence, the map picture; and how a failure reads. */
final class Exports {

    private Exports() {
    }

    /**
     * The status table on the window's date, exactly as {@code status --date D --format csv} prints it;
     * with two alliances or two dates compared, each side's table with its alliance and date.
     */
    static String statusCsv(AtlasViewModel vm) {
        // Two alliances or two dates compared: every side, each line naming its alliance and date.
        java.util.List<StatusTable.Side> sides = vm.sides();
        java.util.List<String> lines = sides.size() == 1 ? StatusTable.csvLines(sides.get(0).statuses()) : StatusTable.csvLines(sides);
        return String.join(System.lineSeparator(), lines) + System.lineSeparator();
    }

    /** The selection's evidence; with nothing selected, the evidence of what the map shows, in the view's words. */
    static String evidenceMarkdown(AtlasViewModel vm) {
        Selection s = vm.getSelection();
        return s != null ? s.evidence(vm.record(), vm.words()) : MapEvidence.of(vm.record(), vm.sides(), vm.words());
    }

    /** Writes text; a failure goes to {@code failed} with the file. */
    /** Writes the text whole or not at all; false (the failure handed on) when it could not. */
    static boolean write(Path out, String text, BiConsumer<Path, Throwable> failed) {
        try {
            AtomicWrite.text(out, text);
            return true;
        } catch (IOException e) {
            failed.accept(out, e);
            return false;
        }
    }

    static void writePng(WritableImage image, Path out) {
        try {
            // Written beside the target and moved in, so no half-written picture is ever left under its name.
            var picture = SwingFXUtils.fromFXImage(image, null);
            AtomicWrite.bytes(out, stream -> {
                if (!ImageIO.write(picture, "png", stream)) throw new IOException("no PNG writer");
            });
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Why a file was not written or read, in the window's words where the atlas knows the reason. */
    static String describe(Throwable e, org.cstoatlas.words.Words words) {
        if (e instanceof AccessDeniedException) return words.get("error.permission");
        if (e instanceof NoSuchFileException) return words.get("error.noFolder");
        // What stands in the way of the frames' folder: a file of that name, or a folder with files in it.
        if (e instanceof java.nio.file.FileAlreadyExistsException f && f.getFile() != null) {
            return words.get(java.nio.file.Files.isDirectory(Path.of(f.getFile())) ? "error.folderNotEmpty" : "error.fileInTheWay");
        }
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason();
        if (e instanceof java.io.UncheckedIOException u) return describe(u.getCause(), words);
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}

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
import org.cstoatlas.record.AllianceRecord;
import org.cstoatlas.record.EvidenceMarkdown;
import org.cstoatlas.record.time.StatusTable;
import org.cstoatlas.ui.look.Texts;
import org.cstoatlas.ui.model.AtlasViewModel;
import org.cstoatlas.ui.model.Selection;

/** What the File menu writes: the status table, the evidence, the map picture; and how a failure reads. */
final class Exports {

    private Exports() {
    }

    /** The status table on the window's date, exactly as {@code status --date D --format csv} prints it. */
    static String statusCsv(AtlasViewModel vm) {
        return String.join(System.lineSeparator(), StatusTable.csvLines(vm.statusesProperty().get())) + System.lineSeparator();
    }

    static String evidenceMarkdown(AllianceRecord r, Selection s) {
        return s.evidence(r);
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

    static String describe(Throwable e) {
        if (e instanceof AccessDeniedException) return Texts.get("error.permission");
        if (e instanceof NoSuchFileException) return Texts.get("error.noFolder");
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason();
        if (e instanceof java.io.UncheckedIOException u) return describe(u.getCause());
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}

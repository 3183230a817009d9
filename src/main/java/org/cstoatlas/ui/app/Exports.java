package org.cstoatlas.ui.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.BiConsumer;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
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
        if (s instanceof Selection.OfCountry c) return EvidenceMarkdown.of(r, c.country());
        if (s instanceof Selection.OfEvent e) return EvidenceMarkdown.of(r, e.event());
        if (s instanceof Selection.OfDeployment d) return EvidenceMarkdown.of(r, d.deployment());
        return EvidenceMarkdown.of(r, ((Selection.OfForce) s).force());
    }

    /** Writes text; a failure goes to {@code failed} with the file. */
    static void write(Path out, String text, BiConsumer<Path, Throwable> failed) {
        try {
            Files.writeString(out, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            failed.accept(out, e);
        }
    }

    /**
     * Writes text to a unique temporary file beside {@code out} and moves it in at once, so the older file
     * stays whole until the new one is; a failure goes to {@code failed} and leaves no temporary file.
     */
    static void writeWhole(Path out, String text, BiConsumer<Path, Throwable> failed) {
        Path target = out.toAbsolutePath();
        Path tmp = target.resolveSibling("." + target.getFileName() + "-" + java.util.UUID.randomUUID() + ".part");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the write failed already; that is what is said
            }
            failed.accept(out, e);
        }
    }

    static void writePng(WritableImage image, Path out) {
        try {
            // Written beside the target and moved in, so no half-written picture is ever left under its name.
            Path tmp = out.resolveSibling(out.getFileName() + ".part");
            if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", tmp.toFile())) throw new IOException("no PNG writer");
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
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

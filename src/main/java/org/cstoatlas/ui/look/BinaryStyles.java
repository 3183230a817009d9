package org.cstoatlas.ui.look;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import javafx.css.Stylesheet;

/**
 * Run by the build (Maven's process-classes phase), not by the atlas: writes each of the atlas's
 * stylesheets in JavaFX's binary form beside it (atlas.css, atlas.bss). JavaFX reads the binary form
 * of a stylesheet named .css where one lies beside it, as it does for its own: the window's first
 * style pass no longer parses the stylesheet's text. Never committed, and written again by every build
 * that reaches process-classes (`mvn javafx:run` and `mvn verify` do); a build that stops before it
 * (`mvn compile`, an IDE's own) leaves the last binary form beside an edited stylesheet, which JavaFX
 * then reads instead.
 */
public final class BinaryStyles {

    private BinaryStyles() {
    }

    /** @param args the stylesheets' folder in the build's classes (assets/styles) */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) throw new IllegalArgumentException("usage: BinaryStyles STYLES_FOLDER");
        List<Path> sheets;
        try (Stream<Path> files = Files.walk(Path.of(args[0]))) {
            sheets = files.filter(f -> f.getFileName().toString().endsWith(".css")).toList();
        }
        for (Path css : sheets) {
            String name = css.getFileName().toString();
            Path bss = css.resolveSibling(name.substring(0, name.length() - ".css".length()) + ".bss");
            Path part = bss.resolveSibling(bss.getFileName() + ".part");
            Stylesheet.convertToBinary(css.toFile(), part.toFile());
            Files.move(part, bss, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }
}

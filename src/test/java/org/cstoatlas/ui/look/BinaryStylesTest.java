package org.cstoatlas.ui.look;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Region;
import javafx.scene.shape.Shape;
import javafx.scene.text.Text;
import org.cstoatlas.AtlasData;
import org.cstoatlas.Bundled;
import org.cstoatlas.CleanToolkit;
import org.cstoatlas.state.Theme;
import org.cstoatlas.ui.model.AtlasViewModel;
import org.cstoatlas.ui.window.AtlasWindow;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The stylesheets' binary form, which JavaFX reads where the build put it beside them, styles the
 * window exactly as their text does: every node's fills, borders, padding, fonts and colours alike, in
 * each theme and at a projector's text size.
 */
@Tag("toolkit")
@ExtendWith(CleanToolkit.class)
class BinaryStylesTest {

    @Test
    void theBuildWroteEveryStylesheetsBinaryFormBesideIt() throws Exception {
        for (String sheet : new String[] {"atlas", "themes/dark", "themes/high-contrast"}) {
            Path styles = Bundled.assets().resolve("styles");
            assertTrue(Files.size(styles.resolve(sheet + ".bss")) > 0, sheet + ".bss");
        }
    }

    @Test
    void javaFxReadsTheBinaryFormBesideAStylesheetRatherThanItsText(@TempDir Path dir) throws Exception {
        // The text says one colour; the binary form beside it, made from a text saying another.
        Path css = dir.resolve("probe.css");
        Path other = dir.resolve("other.css");
        Files.writeString(css, ".probe { -fx-background-color: #112233; }");
        Files.writeString(other, ".probe { -fx-background-color: #445566; }");
        javafx.css.Stylesheet.convertToBinary(other.toFile(), dir.resolve("probe.bss").toFile());
        Object fill = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            Region probe = new Region();
            probe.getStyleClass().add("probe");
            Scene scene = new Scene(new javafx.scene.layout.StackPane(probe), 100, 100);
            scene.getStylesheets().add(css.toUri().toString());
            probe.applyCss();
            return probe.getBackground().getFills().get(0).getFill();
        });
        assertEquals(javafx.scene.paint.Color.web("#445566"), fill);
    }

    @Test
    void theBinaryFormStylesTheWindowAsTheTextDoes(@TempDir Path copy) throws Exception {
        // The text alone: the stylesheets copied where no binary form lies beside them.
        Path styles = Bundled.assets().resolve("styles");
        Files.createDirectories(copy.resolve("themes"));
        for (String sheet : new String[] {"atlas.css", "themes/dark.css", "themes/high-contrast.css"}) {
            Files.copy(styles.resolve(sheet), copy.resolve(sheet));
        }
        AtlasData data = AtlasData.loadBundled();
        for (Theme theme : Theme.values()) {
            for (double scale : new double[] {1.0, 1.75}) {
                List<String> binary = WaitForAsyncUtils.waitForAsyncFx(60_000, () -> styled(data, theme, scale, null));
                List<String> text = WaitForAsyncUtils.waitForAsyncFx(60_000, () -> styled(data, theme, scale, copy));
                assertTrue(binary.size() > 500, "the whole window is compared: " + binary.size() + " nodes");
                assertEquals(text.size(), binary.size(), theme + " at " + scale);
                for (int i = 0; i < text.size(); i++) assertEquals(text.get(i), binary.get(i), theme + " at " + scale + ", node " + i);
            }
        }
    }

    /** A window in the theme, styled from the bundled stylesheets or from the copies in {@code textOnly}, node by node. */
    private static List<String> styled(AtlasData data, Theme theme, double scale, Path textOnly) {
        AtlasViewModel vm = new AtlasViewModel(data.index(), LocalDate.of(2022, 1, 7));
        AtlasWindow window = new AtlasWindow(vm, data);
        Scene scene = new Scene(window.root(), 1280, 800);
        Look.apply(scene, theme, scale);
        if (textOnly != null) {
            List<String> sheets = new ArrayList<>(List.of(textOnly.resolve("atlas.css").toUri().toString()));
            if (theme != Theme.LIGHT) sheets.add(textOnly.resolve("themes/" + theme.id() + ".css").toUri().toString());
            scene.getStylesheets().setAll(sheets);
        }
        window.root().applyCss();
        window.root().layout();
        List<String> out = new ArrayList<>();
        describe(window.root(), out);
        return out;
    }

    private static void describe(Node n, List<String> out) {
        // The basemap's tiles come as they are drawn: how many are in at a moment is not the stylesheet's doing.
        if (n.getClass().getName().startsWith("com.gluonhq.impl.maps")) return;
        StringBuilder s = new StringBuilder(n.getClass().getSimpleName()).append(n.getStyleClass()).append(' ').append(n.getOpacity());
        if (n instanceof Region r) {
            s.append(' ').append(r.getBackground() == null ? "-" : r.getBackground().getFills())
                    .append(' ').append(r.getBorder() == null ? "-" : r.getBorder().getStrokes())
                    .append(' ').append(r.getPadding()).append(' ').append(r.getMinWidth()).append(' ').append(r.getPrefWidth());
        }
        if (n instanceof Labeled l) s.append(' ').append(l.getFont()).append(' ').append(l.getTextFill());
        if (n instanceof Text t) s.append(' ').append(t.getFont()).append(' ').append(t.getFill());
        if (n instanceof Shape sh && !(n instanceof Text)) s.append(' ').append(sh.getFill()).append(' ').append(sh.getStroke()).append(' ').append(sh.getStrokeWidth());
        out.add(s.toString());
        if (n instanceof Parent p) for (Node k : p.getChildrenUnmodifiable()) describe(k, out);
    }
}

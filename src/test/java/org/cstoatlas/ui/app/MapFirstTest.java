package org.cstoatlas.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.cstoatlas.AtlasData;
import org.cstoatlas.CleanToolkit;
import org.cstoatlas.ui.model.AtlasViewModel;
import org.cstoatlas.ui.window.AtlasWindow;
import org.cstoatlas.ui.window.WindowActions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A window opening map first (the application's, with nothing selected) paints the map's shapes and
 * statuses under the bars, then fills in what stands on the map: nothing moves as it comes, and the
 * filled-in window is the whole window, node for node, each where it stands there.
 */
@Tag("toolkit")
@ExtendWith(CleanToolkit.class)
class MapFirstTest {

    private static final LocalDate DAY = LocalDate.of(2022, 1, 7);

    /** A classroom's projector at 175 %, and a laptop at 100 %. */
    private record Size(int width, int height, double text) {
    }

    @Test
    void theWindowFillsInWithoutMovingAnythingAndEndsAsTheWholeWindow() throws Exception {
        AtlasData data = AtlasData.loadBundled();
        for (Size size : List.of(new Size(1024, 768, 1.75), new Size(1280, 800, 1.0))) {
            Shown whole = show(data, size, false);
            List<String> wholeWindow = Offscreen.onFx(() -> nodes(whole));
            Shown first = show(data, size, true);
            try {
                List<String> before = Offscreen.onFx(() -> {
                    AtlasWindow w = first.window();
                    // The first frame: the shapes and statuses under the bars; nothing stands on the map yet.
                    assertNull(w.legend().getScene(), size + ": the legend comes after the first map");
                    assertNull(w.operations().getScene(), size + ": the operations' marks come after the first map");
                    assertTrue(w.countries().visibleLabelBounds().isEmpty(), size + ": the names come after the first map");
                    assertTrue(w.timeline().visibleTicks().isEmpty(), size + ": the event ticks come after the first map");
                    return places(w);
                });
                Offscreen.onFx(() -> {
                    first.window().fillIn();
                    return null;
                });
                Offscreen.awaitTiles(first.stage().getScene().getRoot(), 60_000);
                List<String> after = Offscreen.onFx(() -> {
                    AtlasWindow w = first.window();
                    assertNotNull(w.legend().getScene(), size + ": the legend is in");
                    assertTrue(!w.countries().visibleLabelBounds().isEmpty(), size + ": the names are in");
                    assertTrue(!w.timeline().visibleTicks().isEmpty(), size + ": the event ticks are in");
                    return places(w);
                });
                assertEquals(before, after, size + ": the map, its frame and the bars stay where they were");
                List<String> filled = Offscreen.onFx(() -> nodes(first));
                assertTrue(filled.size() > 500, size + ": the whole window is compared, " + filled.size() + " nodes");
                for (int i = 0; i < Math.min(filled.size(), wholeWindow.size()); i++) assertEquals(wholeWindow.get(i), filled.get(i), size + ", node " + i);
                assertEquals(wholeWindow.size(), filled.size(), size + ": as many nodes as the whole window");
            } finally {
                whole.close();
                first.close();
            }
        }
    }


    /**
     * A country picked before the window filled in (a quick student, a search) is framed as a whole
     * window frames it, clear of the legend: the window fills in at once. Before, the map did not move,
     * since the names it frames by were not in yet.
     */
    @Test
    void aCountryPickedBeforeTheFillingInIsFramedAsInTheWholeWindow() throws Exception {
        AtlasData data = AtlasData.loadBundled();
        Size size = new Size(1280, 800, 1.0);
        List<String> framed = new ArrayList<>();
        for (boolean mapFirst : new boolean[] {false, true}) {
            Shown shown = show(data, size, mapFirst);
            try {
                Offscreen.onFx(() -> {
                    AtlasViewModel vm = shown.window().viewModel();
                    // Zoomed in over France, far from Kazakhstan.
                    vm.mapFrameProperty().set(new org.cstoatlas.state.MapFrame(5, 48, 5));
                    vm.selectCountry(vm.record().country("KAZ").orElseThrow());
                    return null;
                });
                Offscreen.onFx(() -> null); // the framing runs on the turn after the selection
                Offscreen.awaitTiles(shown.stage().getScene().getRoot(), 60_000);
                framed.add(Offscreen.onFx(() -> {
                    assertNotNull(shown.window().legend().getScene(), "the legend is in");
                    return places(shown.window()).get(0);
                }));
            } finally {
                shown.close();
            }
        }
        assertTrue(!framed.get(0).contains("centre 48.0"), "the whole window moved to Kazakhstan: " + framed.get(0));
        assertEquals(framed.get(0), framed.get(1), "framed alike");
    }

    /** A quiz's card asked for before the window filled in (a quick teacher) still stands over the map's words and the lesson's note. */
    @Test
    void aQuizCardAskedForBeforeTheFillingInStandsOverWhatIsOnTheMap() throws Exception {
        AtlasData data = AtlasData.loadBundled();
        Shown first = show(data, new Size(1280, 800, 1.0), true);
        try {
            Offscreen.onFx(() -> {
                AtlasWindow w = first.window();
                Node card = w.quizPane();
                var stack = card.getParent().getChildrenUnmodifiable();
                Node note = w.root().lookup("#lesson-note");
                assertNotNull(note, "the window filled itself in");
                assertEquals(stack.indexOf(note) + 1, stack.indexOf(card), "the card right over the lesson's note");
                assertTrue(stack.indexOf(card) > stack.indexOf(w.legend()), "the card over the legend");
                return null;
            });
        } finally {
            first.close();
        }
    }

    private record Shown(AtlasWindow window, Stage stage) {
        void close() throws Exception {
            Offscreen.onFx(() -> {
                stage.close();
                return null;
            });
        }
    }

    private static Shown show(AtlasData data, Size size, boolean mapFirst) throws Exception {
        AtlasViewModel vm = new AtlasViewModel(data.index(), DAY);
        vm.textScaleProperty().set(size.text());
        vm.browseShownProperty().set(AtlasViewModel.roomForBrowse(size.width()));
        Shown shown = Offscreen.onFx(() -> {
            AtlasWindow w = new AtlasWindow(vm, data, WindowActions.NONE, mapFirst);
            Stage s = new Stage();
            s.setScene(w.scene(size.width(), size.height()));
            s.show();
            return new Shown(w, s);
        });
        Offscreen.awaitTiles(shown.stage().getScene().getRoot(), 60_000);
        return shown;
    }

    /** Where the map looks and where the bars and the map stand, in scene pixels. */
    private static List<String> places(AtlasWindow w) {
        BorderPane root = (BorderPane) w.root();
        List<String> out = new ArrayList<>();
        out.add("zoom " + w.map().getZoom() + " centre " + w.map().getCenter().getLatitude() + ", " + w.map().getCenter().getLongitude());
        for (Node n : List.of(root.getTop(), root.getCenter(), root.getBottom(), w.map())) {
            Bounds b = n.localToScene(n.getLayoutBounds());
            out.add(n.getClass().getSimpleName() + " " + b.getMinX() + "," + b.getMinY() + " " + b.getWidth() + "×" + b.getHeight());
        }
        return out;
    }

    /**
     * Every node of the window, its words placed for the map at rest, as the snapshot command takes it:
     * its kind, style classes, whether shown, and where it stands in the scene. The basemap's tiles are
     * left out: which of them are in at a moment is not the window's doing.
     */
    private static List<String> nodes(Shown shown) {
        shown.window().placeWordsAgain();
        Scene scene = shown.stage().getScene();
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        List<String> out = new ArrayList<>();
        describe(scene.getRoot(), out);
        return out;
    }

    private static void describe(Node n, List<String> out) {
        if (n.getClass().getName().startsWith("com.gluonhq.impl.maps")) return;
        Bounds b = n.localToScene(n.getLayoutBounds());
        String text = n instanceof javafx.scene.text.Text t ? " '" + t.getText() + "'" : n instanceof javafx.scene.control.Labeled l ? " '" + l.getText() + "'" : "";
        out.add(String.format("%s%s %s %.2f,%.2f %.2f×%.2f%s", n.getClass().getSimpleName(), n.getStyleClass(), n.isVisible() ? "shown" : "hidden",
                b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight(), text));
        if (n instanceof javafx.scene.Parent p) for (Node k : p.getChildrenUnmodifiable()) describe(k, out);
    }
}

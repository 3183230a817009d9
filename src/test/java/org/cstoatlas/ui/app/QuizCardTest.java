package org.cstoatlas.ui.app;

import org.junit.jupiter.api.extension.ExtendWith;
import org.cstoatlas.CleanToolkit;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.cstoatlas.AtlasData;
import org.cstoatlas.record.Country;
import org.cstoatlas.record.Language;
import org.cstoatlas.state.AtlasState;
import org.cstoatlas.ui.model.AtlasViewModel;
import org.cstoatlas.ui.quiz.Question;
import org.cstoatlas.ui.window.AtlasWindow;
import org.junit.jupiter.api.Test;

/**
 * The quiz card over the map covers none of the countries its question is about, at projector sizes
 * and on a large screen, in English and Russian, before and after the answer (the card grows then).
 */
@Tag("toolkit")
@ExtendWith(CleanToolkit.class)
class QuizCardTest {

    record Size(int width, int height, double text, Language language) {
    }

    private static final List<Size> SIZES = List.of(new Size(1024, 768, 1.75, Language.EN), new Size(1280, 800, 1.5, Language.EN),
            new Size(1280, 800, 1.5, Language.RU), new Size(1600, 900, 1.0, Language.EN), new Size(1280, 800, 1.0, Language.EN));

    @Test
    void theCardCoversNoneOfTheQuestionsCountries() throws Exception {
        if (System.getProperty("headless.geometry") == null) System.setProperty("headless.geometry", "1600x900-32");
        Offscreen.start();
        AtlasData data = AtlasData.loadBundled();
        for (Size size : SIZES) {
            AtlasViewModel vm = new AtlasViewModel(data.index(), LocalDate.now());
            vm.apply(AtlasState.initial(LocalDate.now(), size.language()).withTextScale(size.text()));
            AtlasWindow window = Offscreen.onFx(() -> new AtlasWindow(vm, data));
            Stage stage = Offscreen.onFx(() -> {
                Stage s = new Stage();
                Scene scene = window.scene(size.width(), size.height());
                s.setScene(scene);
                s.show();
                return s;
            });
            try {
                int n = Offscreen.onFx(() -> {
                    vm.browseShownProperty().set(false);
                    int made = window.quiz().start(LocalDate.of(1992, 1, 1), LocalDate.of(2026, 12, 1), 5, 788);
                    window.quizPane().setVisible(true);
                    return made;
                });
                assertTrue(n >= 3, size + ": " + n + " questions");
                for (int i = 0; i < n; i++) {
                    settle(stage);
                    check(size, size + " question " + (i + 1) + " before the answer", window, data);
                    Offscreen.onFx(() -> window.quiz().answer());
                    settle(stage);
                    check(size, size + " question " + (i + 1) + " answered", window, data);
                    Offscreen.onFx(() -> window.quiz().next());
                }
            } finally {
                Offscreen.onFx(() -> {
                    stage.close();
                    return null;
                });
            }
        }
    }

    /**
     * Lets the window lay itself out and run what it left for later (the card's placing, posted with
     * runLater), a few times over: each round trip to the FX thread runs after what was posted before it.
     */
    private static void settle(Stage stage) throws Exception {
        for (int i = 0; i < 6; i++) {
            Offscreen.onFx(() -> {
                stage.getScene().getRoot().applyCss();
                stage.getScene().getRoot().layout();
                return null;
            });
        }
    }

    private static void check(Size size, String where, AtlasWindow window, AtlasData data) throws Exception {
        Question q = window.quiz().questionProperty().get();
        Bounds card = Offscreen.onFx(() -> window.quizPane().localToScene(window.quizPane().getLayoutBounds()));
        Bounds map = Offscreen.onFx(() -> window.map().localToScene(window.map().getLayoutBounds()));
        assertTrue(map.contains(card), where + ": the card " + card + " stands over the map " + map);
        // Nothing lies over the card: at 1024 × 768 and 175 % the detail drawer covered it whole.
        Bounds drawer = Offscreen.onFx(() -> {
            javafx.scene.Node d = window.root().lookup(".drawer");
            return d == null || !d.isVisible() || d.getScene() == null ? null : d.localToScene(d.getLayoutBounds());
        });
        assertTrue(drawer == null || !drawer.intersects(card), where + ": the detail drawer " + drawer + " covers the card " + card);
        // Nor over the map's round buttons (zoom, Eurasia, panes): the tall card at 175 % covered them.
        Bounds buttons = Offscreen.onFx(() -> window.root().lookup(".map-controls").localToScene(window.root().lookup(".map-controls").getLayoutBounds()));
        assertFalse(buttons.intersects(card), where + ": the card " + card + " covers the map's buttons " + buttons);
        // Nor over the legend's colours.
        Bounds legendNow = Offscreen.onFx(() -> window.legend().isVisible() ? window.legend().localToScene(window.legend().getLayoutBounds()) : null);
        assertTrue(legendNow == null || !legendNow.intersects(card), where + ": the card " + card + " covers the legend " + legendNow);
        // Nor over the alliance chooser: at 1024 × 768 and 175 % it covered the second chooser's arrow.
        Bounds chooser = Offscreen.onFx(() -> window.root().lookup("#alliance-chooser").localToScene(window.root().lookup("#alliance-chooser").getLayoutBounds()));
        assertFalse(chooser.intersects(card), where + ": the card " + card + " covers the alliance chooser " + chooser);
        // And the card leaves the timeline in the window: its buttons were pushed off the bottom.
        Bounds play = Offscreen.onFx(() -> window.root().lookup("#play").localToScene(window.root().lookup("#play").getLayoutBounds()));
        double sceneHeight = Offscreen.onFx(() -> window.root().getScene().getHeight());
        assertTrue(play.getMaxY() <= sceneHeight, where + ": the play button " + play + " stands inside the window (" + sceneHeight + " high)");
        // A question is shown from its first line (the reading kept the last answer's place).
        if (where.endsWith("before the answer")) {
            double top = Offscreen.onFx(() -> ((javafx.scene.control.ScrollPane) window.root().lookup("#quiz-reading")).getVvalue());
            assertEquals(0, top, 1e-9, where + ": the question is read from its start");
        }
        // No word of the map runs under the card (bases' names did, once the answer showed them). The
        // words are placed anew once the map rests (150 ms after it moved): here at once, as then.
        List<Bounds> words = Offscreen.onFx(() -> {
            window.operations().placeAgain();
            window.countries().placeAgain();
            window.root().applyCss();
            window.root().layout();
            List<Bounds> all = new ArrayList<>(window.countries().visibleLabelBounds());
            all.addAll(window.operations().visibleLabelBounds());
            return all;
        });
        for (Bounds w : words) {
            if (!w.intersects(card)) continue;
            String what = Offscreen.onFx(() -> window.map().lookupAll("*").stream().filter(n -> n.isVisible() && n instanceof javafx.scene.text.Text t
                    && w.contains(n.localToScene(n.getLayoutBounds()).getCenterX(), n.localToScene(n.getLayoutBounds()).getCenterY()))
                    .map(n -> ((javafx.scene.text.Text) n).getText()).distinct().collect(java.util.stream.Collectors.joining(" / ")));
            org.junit.jupiter.api.Assertions.fail(where + ": a word " + w + " (" + what + ") runs under the card " + card);
        }
        Rectangle2D cardBox = new Rectangle2D.Double(card.getMinX(), card.getMinY(), card.getWidth(), card.getHeight());
        for (Country c : q.about()) {
            // The country's outline as drawn, in the scene's pixels.
            List<Path2D> outlines = Offscreen.onFx(() -> {
                List<Path2D> out = new ArrayList<>();
                for (var shape : data.coarseShapes().of(c.iso())) {
                    for (double[] ring : shape.rings()) {
                        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
                        for (int k = 0; k + 1 < ring.length; k += 2) {
                            Point2D p = window.countries().scenePoint(ring[k + 1], ring[k]);
                            if (k == 0) path.moveTo(p.getX(), p.getY());
                            else path.lineTo(p.getX(), p.getY());
                        }
                        path.closePath();
                        out.add(path);
                    }
                }
                return out;
            });
            assertFalse(outlines.isEmpty(), where + ": " + c.iso() + " has an outline");
            for (Path2D outline : outlines) {
                assertFalse(outline.intersects(cardBox), where + ": the card " + card + " covers " + c.name() + " (" + outline.getBounds2D() + ")");
            }
            // And the country is in sight, beside the card: not pushed off the map to leave the card clear.
            Point2D name = Offscreen.onFx(() -> {
                double[] a = window.countries().anchorOf(c.iso());
                return window.countries().scenePoint(a[0], a[1]);
            });
            assertTrue(map.contains(name) && !card.contains(name), where + ": " + c.name() + " at " + name + " is in sight");
            // Its name too: not cut by the card (a name stands round its anchor, a few dozen pixels either side).
            double half = 40 * size.text();
            assertFalse(card.intersects(name.getX() - half, name.getY() - 8, 2 * half, 16), where + ": the card " + card + " cuts " + c.name() + "'s name at " + name);
            Bounds legend = Offscreen.onFx(() -> window.legend().localToScene(window.legend().getLayoutBounds()));
            assertFalse(legend.contains(name), where + ": the legend " + legend + " covers " + c.name());
        }
    }
}

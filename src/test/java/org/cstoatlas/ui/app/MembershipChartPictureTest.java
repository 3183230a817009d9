package org.cstoatlas.ui.app;

import org.junit.jupiter.api.extension.ExtendWith;
import org.cstoatlas.CleanToolkit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.cstoatlas.AtlasData;
import org.cstoatlas.record.Language;
import org.cstoatlas.record.Status;
import org.cstoatlas.state.AllianceChoice;
import org.cstoatlas.state.AtlasState;
import org.cstoatlas.state.Theme;
import org.cstoatlas.ui.chart.MembershipChart;
import org.cstoatlas.ui.chart.MembershipChartViewModel;
import org.cstoatlas.ui.look.Look;
import org.cstoatlas.ui.model.AtlasViewModel;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The membership chart as drawn, at 1024 × 768 with text at 175 %: the CSTO's and the SCO's bars come
 * out in two colours in every theme, the legend names both, and the year axis's labels are drawn and
 * never overlap, in English and in Russian.
 */
@Tag("toolkit")
@ExtendWith(CleanToolkit.class)
class MembershipChartPictureTest {

    record Case(Theme theme, Language language) {
    }

    @Test
    void twoAlliancesInTwoColoursUnderALabelledYearAxis() throws Exception {
        Offscreen.start();
        AtlasData data = AtlasData.loadBundled();
        for (Case c : List.of(new Case(Theme.LIGHT, Language.EN), new Case(Theme.DARK, Language.RU), new Case(Theme.HIGH_CONTRAST, Language.EN))) {
            AtlasViewModel vm = new AtlasViewModel(data.index(), LocalDate.of(2024, 6, 1));
            vm.apply(AtlasState.initial(LocalDate.of(2024, 6, 1), c.language()).withTextScale(1.75).withTheme(c.theme()));
            vm.alliancesProperty().set(new AllianceChoice("csto", "sco"));
            Stage stage = Offscreen.onFx(() -> {
                MembershipChart chart = new MembershipChart(new MembershipChartViewModel(vm));
                Scene scene = new Scene(new StackPane(chart), 1024, 768);
                Look.bind(scene, vm);
                Stage s = new Stage();
                s.setScene(scene);
                s.show();
                return s;
            });
            try {
                Offscreen.onFx(() -> {
                    stage.getScene().getRoot().applyCss();
                    stage.getScene().getRoot().layout();
                    return null;
                });
                check(c, vm, stage.getScene());
            } finally {
                Offscreen.onFx(() -> {
                    stage.close();
                    return null;
                });
            }
        }
    }

    private static void check(Case c, AtlasViewModel vm, Scene scene) throws Exception {
        Offscreen.onFx(() -> {
            WritableImage image = scene.snapshot(null);
            PixelReader pixels = image.getPixelReader();
            Node chart = scene.lookup("#membership-chart");
            // The legend names both alliances in the window's words.
            List<String> keys = chart.lookupAll(".chart-key").stream().map(n -> ((Label) n).getText()).toList();
            for (var a : vm.shownAlliances()) {
                String name = vm.words().shortName(a);
                assertTrue(keys.stream().anyMatch(k -> k.contains(name)), c + ": the legend names " + name + ": " + keys);
            }
            // A member's bar of each alliance, on screen (inside the rows' viewport).
            Bounds viewport = sceneBounds(chart.lookup(".scroll-pane"));
            int[] first = null, second = null;
            for (Node n : chart.lookupAll(".chart-bar")) {
                MembershipChartViewModel.Bar bar = (MembershipChartViewModel.Bar) n.getUserData();
                Bounds b = sceneBounds(n);
                if (bar.period().status() != Status.MEMBER || b.getWidth() < 6 || b.getMinY() < viewport.getMinY() || b.getMaxY() > viewport.getMaxY() - 16) continue;
                int[] rgb = rgb(pixels.getArgb((int) b.getCenterX(), (int) b.getCenterY()));
                if (bar.alliance() == 0 && first == null) first = rgb;
                if (bar.alliance() == 1 && second == null) second = rgb;
            }
            assertTrue(first != null && second != null, c + ": a member's bar of each alliance is on screen");
            int apart = Math.abs(first[0] - second[0]) + Math.abs(first[1] - second[1]) + Math.abs(first[2] - second[2]);
            assertTrue(apart > 120, c + ": the two alliances' bars are " + java.util.Arrays.toString(first) + " and " + java.util.Arrays.toString(second));
            // The year axis: labels with a year each, side by side without touching, each drawn.
            List<Bounds> years = new ArrayList<>();
            Bounds axis = sceneBounds(chart.lookup("#membership-axis"));
            int background = pixels.getArgb((int) axis.getMinX() + 1, (int) axis.getMaxY() - 1);
            for (Node n : chart.lookupAll(".chart-year")) {
                Label l = (Label) n;
                assertTrue(l.getText().matches("\\d{4}"), l.getText());
                Bounds b = sceneBounds(l);
                assertTrue(b.getMinX() >= axis.getMinX() - 0.5 && b.getMaxX() <= axis.getMaxX() + 0.5, c + ": " + l.getText() + " inside the axis");
                for (Bounds other : years) assertTrue(b.getMinX() >= other.getMaxX() || b.getMaxX() <= other.getMinX(), c + ": " + l.getText() + " overlaps another year");
                years.add(b);
                boolean inked = false;
                for (int y = (int) b.getMinY(); y < (int) b.getMaxY() && !inked; y++) {
                    for (int x = (int) b.getMinX(); x < (int) b.getMaxX() && !inked; x++) inked = pixels.getArgb(x, y) != background;
                }
                assertTrue(inked, c + ": " + l.getText() + " is drawn");
            }
            assertTrue(years.size() >= 3, c + ": " + years.size() + " years on the axis");
            return null;
        });
    }

    private static Bounds sceneBounds(Node n) {
        return n.localToScene(n.getBoundsInLocal());
    }

    private static int[] rgb(int argb) {
        return new int[] {(argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff};
    }
}

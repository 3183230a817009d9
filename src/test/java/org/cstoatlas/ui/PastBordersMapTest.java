package org.cstoatlas.ui;

import org.cstoatlas.Fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;
import javafx.scene.shape.SVGPath;
import javafx.stage.Stage;
import org.cstoatlas.state.AllianceChoice;
import org.cstoatlas.ui.model.Selection;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The map on the borders of the day, as a user sees it while dragging the timeline: the Soviet Union
 * one shape to its last day and its republics from the next, the same prepared shape shown again
 * when the date comes back, and the two German states each in its own shape and colour until German unity.
 */
@Tag("toolkit")
class PastBordersMapTest extends WindowTest {

    @Start
    void open(Stage stage) {
        start(stage);
    }

    private List<SVGPath> shown(String iso) {
        return window.countries().pathsOf(iso).stream().filter(SVGPath::isVisible).filter(p -> !p.getStyleClass().contains("crimea")).toList();
    }

    @Test
    void theSovietUnionIsOneShapeToItsLastDayThenItsRepublics(FxRobot robot) {
        // The atlas opens on today: no past shape has been made yet.
        assertTrue(window.root().lookupAll(".past-state").isEmpty(), "no past state's shape at start-up");
        dateTo(robot, LocalDate.of(1991, 12, 25));
        List<SVGPath> ussr = shown("SUN");
        assertFalse(ussr.isEmpty(), "the Soviet Union is drawn on its last day");
        assertEquals(List.of(), shown("RUS"), "Russia is inside it");
        assertEquals(List.of(), shown("KAZ"), "Kazakhstan is inside it");
        robot.clickOn(MapProbe.screenPointInside(window, "SUN"));
        Fx.settle();
        assertTrue(vm.getSelection() instanceof Selection.OfCountry c && c.country().iso().equals("SUN"), String.valueOf(vm.getSelection()));
        assertTrue(robot.lookup("#detail-past").queryAs(Label.class).getText().startsWith("Until 26 December 1991; succeeded by "),
                robot.lookup("#detail-past").queryAs(Label.class).getText());

        dateTo(robot, LocalDate.of(1991, 12, 26));
        assertEquals(List.of(), shown("SUN"), "the day the Soviet Union ended");
        assertFalse(shown("RUS").isEmpty(), "Russia on its own");
        assertFalse(shown("KAZ").isEmpty(), "Kazakhstan on its own");

        // Back across the border change: the same prepared shape, not a new one.
        dateTo(robot, LocalDate.of(1970, 1, 1));
        assertSame(ussr.get(0), shown("SUN").get(0));
    }

    @Test
    void theGdrAndTheFederalRepublicAreTwoShapesAndTwoColoursUntilUnity(FxRobot robot) throws Exception {
        Fx.act(() -> vm.alliancesProperty().set(new AllianceChoice("warsaw-pact", "nato")));
        // Germany in the middle of the map, zoomed in to the detailed shapes.
        Fx.act(() -> vm.mapFrameProperty().set(new org.cstoatlas.state.MapFrame(5, 51.2, 10.5)));
        dateTo(robot, LocalDate.of(1990, 10, 2));
        assertFalse(shown("DDR").isEmpty(), "the GDR has its own shape the day before unity");
        Point2D east = onFx(() -> MapProbe.scenePointInside(window, "DDR"));
        Point2D west = onFx(() -> MapProbe.scenePointInside(window, "DEU"));
        assertFalse(MapProbe.visiblePath(window, "DEU").contains(MapProbe.visiblePath(window, "DEU").sceneToLocal(east)),
                "the Federal Republic's shape leaves the GDR's area out");
        // The GDR left the Warsaw Pact on 24 September 1990: neither alliance's colour; the Federal Republic NATO's.
        Color e = pixel(robot, east), w = pixel(robot, west);
        assertTrue(distance(e, w) > 60, "two colours on 2 October 1990: " + e + " at " + east + ", " + w + " at " + west);

        dateTo(robot, LocalDate.of(1990, 10, 3));
        assertEquals(List.of(), shown("DDR"), "no GDR on the day of unity");
        assertTrue(MapProbe.visiblePath(window, "DEU").contains(MapProbe.visiblePath(window, "DEU").sceneToLocal(east)), "Germany's shape holds the east");
        e = pixel(robot, east);
        w = pixel(robot, west);
        assertTrue(distance(e, w) < 12, "one colour on 3 October 1990: " + e + ", " + w);
    }

    @Test
    void kosovoIsPartOfSerbiasShapeUntilItsDeclarationThenOutlinedAsDisputed(FxRobot robot) {
        Fx.act(() -> vm.alliancesProperty().set(org.cstoatlas.state.AllianceChoice.of("nato")));
        dateTo(robot, LocalDate.of(2008, 2, 16));
        assertEquals(List.of(), shown("XKX"), "inside Serbia's shape the day before");
        dateTo(robot, LocalDate.of(2008, 2, 17));
        List<SVGPath> kosovo = shown("XKX");
        assertFalse(kosovo.isEmpty(), "on its own from its declaration");
        assertFalse(kosovo.get(0).getStrokeDashArray().isEmpty(), "outlined dashed as disputed");
    }

    /** The colour drawn at a scene point, from a snapshot of the whole window. */
    private Color pixel(FxRobot robot, Point2D at) throws Exception {
        return onFx(() -> window.root().getScene().snapshot(null).getPixelReader().getColor((int) at.getX(), (int) at.getY()));
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(30, java.util.concurrent.TimeUnit.SECONDS);
    }

    private static double distance(Color a, Color b) {
        return 255 * (Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen()) + Math.abs(a.getBlue() - b.getBlue()));
    }
}

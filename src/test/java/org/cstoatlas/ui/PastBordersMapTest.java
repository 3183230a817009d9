package org.cstoatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
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
 * when the date comes back, and Germany outlined as divided until German unity.
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
        WaitForAsyncUtils.waitForFxEvents();
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
    void germanyStandsForBothGermanStatesUntilUnity(FxRobot robot) {
        robot.interact(() -> vm.alliancesProperty().set(new AllianceChoice("warsaw-pact", "nato")));
        PseudoClass divided = PseudoClass.getPseudoClass("divided");
        dateTo(robot, LocalDate.of(1990, 10, 2));
        assertTrue(shown("DEU").stream().allMatch(p -> p.getPseudoClassStates().contains(divided)), "divided the day before unity");
        assertFalse(shown("DEU").get(0).getStrokeDashArray().isEmpty(), "and drawn with a dash-dot outline");
        dateTo(robot, LocalDate.of(1990, 10, 3));
        assertTrue(shown("DEU").stream().noneMatch(p -> p.getPseudoClassStates().contains(divided)), "whole on the day of unity");
    }
}

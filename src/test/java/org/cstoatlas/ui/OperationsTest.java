package org.cstoatlas.ui;

import org.cstoatlas.Fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.cstoatlas.record.Event;
import org.cstoatlas.record.EventKind;
import org.cstoatlas.ui.map.OperationsLayer;
import org.cstoatlas.ui.model.AtlasViewModel;
import org.cstoatlas.ui.model.Selection;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Events, deployments, forces and disagreements as an analyst and a teacher use them. */
class OperationsTest extends WideWindowTest {

    @Start
    void open(Stage stage) {
        start(stage);
    }

    @Test
    void theKazakhstanDeploymentIsDrawnFromEachContributorOnlyWhileItLasts(FxRobot robot) {
        dateTo(robot, LocalDate.of(2022, 1, 7));
        List<OperationsLayer.Arrow> arrows = window.operations().arrows();
        assertEquals(List.of("ARM", "BLR", "KGZ", "RUS", "TJK"), arrows.stream().map(a -> a.contingent().country().iso()).sorted().toList());
        assertTrue(arrows.stream().allMatch(a -> a.shaft().isVisible() && !a.shaft().getElements().isEmpty()), "drawn");
        OperationsLayer.Arrow russia = arrows.stream().filter(a -> a.contingent().country().iso().equals("RUS")).findFirst().orElseThrow();
        assertFalse(russia.shaft().getStrokeDashArray().isEmpty(), "no source gives Russia's size: dashed");
        OperationsLayer.Arrow armenia = arrows.stream().filter(a -> a.contingent().country().iso().equals("ARM")).findFirst().orElseThrow();
        assertTrue(armenia.shaft().getStrokeDashArray().isEmpty());
        assertTrue(armenia.label().getText().contains("100"));
        OperationsLayer.Arrow belarus = arrows.stream().filter(a -> a.contingent().country().iso().equals("BLR")).findFirst().orElseThrow();
        assertFalse(belarus.shaft().getStrokeDashArray().isEmpty(), "Belarus sent a company, no number: dashed");
        OperationsLayer.Arrow tajikistan = arrows.stream().filter(a -> a.contingent().country().iso().equals("TJK")).findFirst().orElseThrow();
        assertTrue(tajikistan.shaft().getStrokeWidth() > armenia.shaft().getStrokeWidth(), "about 200 is drawn wider than 100");
        Label box = robot.lookup(".deployment-totals").queryAs(Label.class);
        assertTrue(box.getText().contains("2,500") && box.getText().contains("2,030") && box.getText().contains("250 vehicles"), box.getText());
        dateTo(robot, LocalDate.of(2022, 2, 1));
        assertTrue(window.operations().arrows().isEmpty(), "gone after the withdrawal");
    }

    @Test
    void selectingTheRapidReactionForceShowsItsDisagreeingSizesWithQuotes(FxRobot robot) {
        dateTo(robot, LocalDate.of(2015, 1, 1));
        robot.clickOn("#operations-tab");
        robot.clickOn("Collective Rapid Reaction Force (CRRF)");
        Fx.settle();
        assertTrue(vm.getSelection() instanceof Selection.OfForce f && f.force().id().equals("crrf"));
        assertEquals("Collective Rapid Reaction Force (CRRF)", robot.lookup("#detail-title").queryAs(Label.class).getText());
        var versions = robot.lookup(".disagreement-version").queryAll();
        assertTrue(versions.size() >= 3, "versions side by side: " + versions.size());
        long quoted = versions.stream().filter(v -> !v.lookupAll(".quote-text").isEmpty()).count();
        assertTrue(quoted >= 3, "each size with its quote: " + quoted);
        assertTrue(robot.lookup(".disagreement-flag").queryAs(Label.class).getText().contains("Sources disagree"));
    }

    @Test
    void pageDownWalksEveryEventInDateOrder(FxRobot robot) {
        dateTo(robot, java.time.LocalDate.of(1992, 1, 1)); // the CSTO's story begins in 1992
        List<Event> walked = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            robot.type(KeyCode.PAGE_DOWN);
            Fx.settle();
            walked.add(((Selection.OfEvent) vm.getSelection()).event());
            assertEquals(walked.get(i).date().first(), vm.getDate());
        }
        assertEquals(vm.record().events().subList(0, 20), walked);
    }

    @Test
    void theEventFilterHidesAKind(FxRobot robot) {
        assertTrue(window.timeline().visibleTicks().stream().anyMatch(e -> e.kind() == EventKind.INSTITUTION));
        robot.clickOn("#kind-institution");
        Fx.settle();
        assertFalse(robot.lookup("#kind-institution").queryAs(CheckBox.class).isSelected());
        assertTrue(window.timeline().visibleTicks().stream().noneMatch(e -> e.kind() == EventKind.INSTITUTION), "hidden on the timeline");
        ListView<?> list = robot.lookup("#event-list").queryAs(ListView.class);
        assertTrue(list.getItems().stream().noneMatch(e -> ((Event) e).kind() == EventKind.INSTITUTION), "hidden in the list");
        // Stepping skips the hidden kind: 2002-05-14 (an institution) is passed over.
        dateTo(robot, LocalDate.of(2002, 1, 1));
        robot.type(KeyCode.PAGE_DOWN);
        Fx.settle();
        assertEquals(LocalDate.of(2002, 10, 7), vm.getDate());
    }

    @Test
    void aCountrysPaneShowsTheDisputesAboutTheEventsThatInvolveIt(FxRobot robot) {
        // Azerbaijan left in 1999 by the references, in 1997 by article 003: its own pane must say so.
        Fx.act(() -> vm.selectCountry(vm.record().country("AZE").orElseThrow()));
        Fx.settle();
        var topics = robot.lookup(".disagreement-topic").queryAllAs(Label.class).stream().map(Label::getText).toList();
        String expected = vm.record().disagreements().stream().filter(d -> d.id().equals("dis-1999-non-renewal")).findFirst().orElseThrow().topic();
        assertTrue(topics.contains(expected), topics.toString());
    }

    @Test
    void anAppealWithoutADeploymentSaysSo(FxRobot robot) {
        Fx.act(() -> vm.selectEvent(vm.record().event("kgz-tjk-border-2021").orElseThrow()));
        Fx.settle();
        assertTrue(robot.lookup(".appeal-response").queryAs(Label.class).getText().startsWith("No deployment followed"));
    }

    @Test
    void selectingAnEventOutlinesTheCountriesItInvolves(FxRobot robot) {
        Fx.act(() -> vm.selectEvent(vm.record().event("cst-1999-withdrawals").orElseThrow()));
        Fx.settle();
        var involved = javafx.css.PseudoClass.getPseudoClass("involved");
        for (String iso : List.of("AZE", "GEO", "UZB")) {
            assertTrue(MapProbe.visiblePath(window, iso).getPseudoClassStates().contains(involved), iso);
        }
        assertFalse(MapProbe.visiblePath(window, "KAZ").getPseudoClassStates().contains(involved));
    }
}

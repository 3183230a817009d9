package org.cstoatlas.ui;

import org.cstoatlas.Fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.cstoatlas.record.Deployment;
import org.cstoatlas.record.Search;
import org.cstoatlas.record.time.Change;
import org.cstoatlas.ui.look.CompareStyle;
import org.cstoatlas.ui.model.AtlasViewModel;
import org.cstoatlas.ui.model.Selection;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Comparing two dates and searching, as an analyst does it. */
class CompareAndSearchTest extends WideWindowTest {

    @Start
    void open(Stage stage) {
        start(stage);
    }

    @Test
    void comparing1998With2000ListsAzerbaijanGeorgiaAndUzbekistanAsLeft(FxRobot robot) {
        Fx.act(() -> window.timeline().slider().setValue(LocalDate.of(2000, 1, 1).toEpochDay()));
        robot.clickOn("#compare-date").write("1998-01-01").type(javafx.scene.input.KeyCode.ENTER);
        Fx.settle();
        assertEquals(LocalDate.of(1998, 1, 1), vm.compareDateProperty().get());
        List<Node> rows = robot.lookup(".change-row").queryAll().stream().toList();
        List<String> left = rows.stream().map(n -> (Change) n.getUserData()).filter(c -> c.kind() == Change.Kind.LEFT)
                .map(c -> c.before().country().iso()).sorted().toList();
        assertEquals(List.of("AZE", "GEO", "UZB"), left);
        assertTrue(rows.stream().allMatch(n -> !n.lookupAll(".evidence").isEmpty()), "each change with its evidence");
        assertEquals("3", window.legend().countText(CompareStyle.LEFT));
        assertEquals("0", window.legend().countText(CompareStyle.JOINED));
        assertTrue(MapProbe.visiblePath(window, "GEO").getPseudoClassStates().contains(CompareStyle.LEFT.pseudoClass()), "the map shades who left");
        assertTrue(MapProbe.visiblePath(window, "KAZ").getPseudoClassStates().contains(CompareStyle.SAME.pseudoClass()));
        assertTrue(robot.lookup("#compare-span").queryAs(Label.class).getText().startsWith("From 1 January 1998 to 1 January 2000: 3 countries"));
        robot.clickOn("#compare-clear");
        Fx.settle();
        assertTrue(robot.lookup(".change-row").queryAll().isEmpty(), "back to the overview");
        assertTrue(!MapProbe.visiblePath(window, "GEO").getPseudoClassStates().contains(CompareStyle.LEFT.pseudoClass()));
    }

    /** Presenting, then back: the panes stand as wide as before, the browse pane's tab names whole (they were cut to "Disputes (2("). */
    @Test
    void afterPresentingThePanesComeBackAsWideAsBefore(FxRobot robot) {
        javafx.scene.layout.Region browse = window.browse();
        double before = browse.getWidth();
        Fx.act(() -> vm.presentingProperty().set(true));
        Fx.settle();
        Fx.act(() -> vm.presentingProperty().set(false));
        Fx.settle();
        Fx.settle();
        assertEquals(before, browse.getWidth(), 2, "the browse pane's width");
    }

    @Test
    void searchingForAlmatyFindsTheKazakhstanDeploymentAndChoosingItMovesThere(FxRobot robot) throws Exception {
        robot.clickOn("#search").write("Almaty");
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> !window.search().suggestions().isEmpty());
        Fx.settle();
        Search.Hit hit = window.search().suggestions().stream().filter(h -> h.kind() == Search.Kind.DEPLOYMENT).findFirst().orElseThrow();
        assertEquals("kz-2022", ((Deployment) hit.target()).id());
        Fx.act(() -> window.search().choose(hit));
        Fx.settle();
        assertTrue(vm.getSelection() instanceof Selection.OfDeployment d && d.deployment().id().equals("kz-2022"));
        assertEquals(LocalDate.of(2022, 1, 6), vm.getDate(), "the date moves to the deployment");
        assertTrue(robot.lookup("#detail-title").queryAs(Label.class).getText().contains("Kazakhstan"));
    }
}

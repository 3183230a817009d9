package org.cstoatlas.ui;

import org.cstoatlas.Fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.cstoatlas.record.Base;
import org.cstoatlas.record.Exercise;
import org.cstoatlas.ui.browse.BrowseViewModel;
import org.cstoatlas.ui.model.Selection;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Exercises and bases as a user meets them: a click on the map's symbol, the table's filter by kind. */
class ExercisesAndBasesTest extends WideWindowTest {

    @Start
    void open(Stage stage) {
        start(stage);
    }

    private Exercise exercise(String id) {
        return vm.record().exercises().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
    }

    private Base base(String id) {
        return vm.record().bases().stream().filter(b -> b.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void clickingAnExercisesStarOrABasesTriangleSelectsItAndShowsItsEvidence(FxRobot robot) {
        // Interaction 2014 at Spassk, 18 to 22 August 2014; the Gyumri base, alone in Armenia.
        dateTo(robot, LocalDate.of(2014, 8, 20));
        Exercise interaction = exercise("interaction-2014");
        assertTrue(window.operations().exercises().stream().anyMatch(x -> x.exercise() == interaction && x.underWay()));
        var star = window.operations().markOf(interaction);
        assertNotNull(star, "the exercise's star is on the map");
        robot.clickOn(star);
        Fx.settle();
        assertTrue(vm.getSelection() instanceof Selection.OfExercise x && x.exercise() == interaction, String.valueOf(vm.getSelection()));
        assertEquals("Interaction 2014", robot.lookup("#detail-title").queryAs(Label.class).getText());
        assertFalse(robot.lookup("#detail-pane .reference-says").queryAll().isEmpty() && robot.lookup("#detail-pane .quote-text").queryAll().isEmpty(),
                "its evidence is shown");
        assertEquals(LocalDate.of(2014, 8, 20), vm.getDate(), "under way: the date stays");

        Base gyumri = base("ru-102nd-base-armenia");
        var triangle = window.operations().markOf(gyumri);
        assertNotNull(triangle, "the base's triangle is on the map");
        robot.clickOn(triangle);
        Fx.settle();
        assertTrue(vm.getSelection() instanceof Selection.OfBase b && b.base() == gyumri, String.valueOf(vm.getSelection()));
        assertEquals("102nd Russian military base", robot.lookup("#detail-title").queryAs(Label.class).getText());
        assertEquals("On 20 August 2014: about 3,500 personnel (attested August 2010)", robot.lookup("#detail-base-size").queryAs(Label.class).getText());
        assertTrue(triangle.getParent().getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("selected")), "drawn as selected");
        // Its attestations lead to their dates (the link may lie below the pane's fold: fired, not clicked).
        var link = robot.lookup("#detail-pane .event-link").queryAllAs(javafx.scene.control.Hyperlink.class).stream()
                .filter(h -> h.getText().equals("August 2010 · about 3,500 personnel")).findFirst().orElseThrow();
        Fx.act(link::fire);
        Fx.settle();
        assertEquals(LocalDate.of(2010, 8, 1), vm.getDate());
    }

    @Test
    void theOperationsTablesFilterHidesAndShowsEachKindAndTheTableStaysSortable(FxRobot robot) {
        robot.clickOn("#operations-tab");
        TableView<?> table = robot.lookup("#operations-table").queryAs(TableView.class);
        int all = table.getItems().size();
        assertEquals(vm.record().deployments().size() + vm.record().forces().size() + vm.record().exercises().size() + vm.record().bases().size(), all);
        int exercises = vm.record().exercises().size();
        int bases = vm.record().bases().size();
        assertEquals("Exercises (" + exercises + ")", robot.lookup("#operation-kind-exercise").queryAs(CheckBox.class).getText());
        robot.clickOn("#operation-kind-exercise");
        Fx.settle();
        assertEquals(all - exercises, table.getItems().size());
        assertTrue(rows(table).stream().noneMatch(r -> r.of() == BrowseViewModel.OperationKind.EXERCISE), "no exercise left");
        robot.clickOn("#operation-kind-base");
        Fx.settle();
        assertEquals(all - exercises - bases, table.getItems().size());
        assertTrue(rows(table).stream().allMatch(r -> r.of() == BrowseViewModel.OperationKind.DEPLOYMENT || r.of() == BrowseViewModel.OperationKind.FORCE));
        robot.clickOn("#operation-kind-exercise");
        Fx.settle();
        assertEquals(all - bases, table.getItems().size(), "the exercises back, the bases still hidden");
        // Sorting by name still works on what the filter shows.
        List<String> unsorted = rows(table).stream().map(BrowseViewModel.OperationRow::name).toList();
        robot.clickOn(robot.from(table).lookup(".column-header").nth(0).queryAs(javafx.scene.Node.class));
        Fx.settle();
        List<String> names = rows(table).stream().map(BrowseViewModel.OperationRow::name).toList();
        @SuppressWarnings("unchecked")
        Comparator<String> byColumn = (Comparator<String>) (Comparator<?>) javafx.scene.control.TableColumn.DEFAULT_COMPARATOR;
        assertEquals(names.stream().sorted(byColumn).toList(), names, "sorted by name, as a column sorts");
        assertFalse(names.equals(unsorted), "the record's order was not already sorted: the click did it");
        assertEquals(all - bases, names.size());
        // A row chosen selects the exercise on the map and brings the date to it.
        BrowseViewModel.OperationRow brotherhood = rows(table).stream().filter(r -> r.subject() == exercise("combat-brotherhood-2021")).findFirst().orElseThrow();
        Fx.act(() -> table.getSelectionModel().select(rows(table).indexOf(brotherhood)));
        Fx.settle();
        assertTrue(vm.getSelection() instanceof Selection.OfExercise x && x.exercise().id().equals("combat-brotherhood-2021"));
        assertEquals(LocalDate.of(2021, 10, 18), vm.getDate());
        assertNotNull(window.operations().markOf(exercise("combat-brotherhood-2021")), "and on the map");
        robot.clickOn("#operation-kind-base");
        Fx.settle();
        assertEquals(all, table.getItems().size());
    }

    @SuppressWarnings("unchecked")
    private static List<BrowseViewModel.OperationRow> rows(TableView<?> table) {
        return (List<BrowseViewModel.OperationRow>) (List<?>) table.getItems();
    }
}

package org.cstoatlas.ui.map.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.cstoatlas.ui.map.model.OperationsPlaces.Box;
import org.cstoatlas.ui.map.model.OperationsPlaces.Fold;
import org.cstoatlas.ui.map.model.OperationsPlaces.Point;
import org.cstoatlas.ui.model.Selection;
import org.junit.jupiter.api.Test;

/** Where the operations' marks and words go, in plain pixels: arrows, label spots, stepping aside, folding boxes, the order of words. */
class OperationsPlacesTest {

    @Test
    void anArrowBowsToOneSideAndEndsShortOfItsTargetSoTheHeadShows() {
        OperationsPlaces.Curve c = OperationsPlaces.arrow(0, 0, 200, 0, 4);
        assertEquals(new Point(0, 0), c.from());
        assertTrue(c.control1().y() != 0 && Math.signum(c.control1().y()) == Math.signum(c.control2().y()), "bowed to one side");
        assertTrue(c.end().x() < 200 - 8, "the shaft stops before the head");
        assertEquals(192, c.head().get(0), 1e-9, "the head's tip 8 px short of the target");
        assertEquals(0, c.head().get(1), 1e-9);
        double headWidth = Math.hypot(c.head().get(2) - c.head().get(4), c.head().get(3) - c.head().get(5));
        assertTrue(headWidth >= 14, "at least 14 px across: " + headWidth);
        assertNull(OperationsPlaces.arrow(5, 5, 5.5, 5.5, 4), "nothing to draw under a pixel");
    }

    @Test
    void aContingentsLabelIsTriedAtTheMiddleFirstThenTowardsEitherEnd() {
        OperationsPlaces.Curve c = OperationsPlaces.arrow(0, 0, 200, 0, 4);
        List<Point> spots = OperationsPlaces.alongArrow(c);
        assertEquals(c.at(0.5), spots.get(0));
        assertTrue(spots.get(1).x() < spots.get(0).x() && spots.get(2).x() > spots.get(0).x(), "a little back, a little on");
        assertTrue(spots.stream().allMatch(p -> p.x() > 0 && p.x() < 200));
    }

    @Test
    void aSymbolsLabelIsTriedBesideItsMarkThenAtItsCornersNeverOverIt() {
        double r = 6, w = 40, h = 12;
        List<Point> spots = OperationsPlaces.besideMark(r, w, h);
        assertTrue(spots.get(0).x() > r, "right of the mark first");
        assertTrue(spots.get(1).x() + w < -r, "then left");
        Box mark = new Box(-r, -r, 2 * r, 2 * r);
        for (Point p : spots) assertFalse(new Box(p.x(), p.y(), w, h).intersects(mark), "over the mark at " + p);
    }

    @Test
    void aBaseStepsOffTheMarksPlacedBeforeItEastFirstAndStaysWhereNothingIsFree() {
        Box mark = new Box(0, 0, 12, 12);
        assertEquals(new Point(0, 0), OperationsPlaces.stepAside(mark, List.of()), "nothing in the way: it stays");
        assertEquals(new Point(0, 0), OperationsPlaces.stepAside(mark, List.of(new Box(30, 30, 5, 5))));
        Point step = OperationsPlaces.stepAside(mark, List.of(new Box(0, 0, 12, 12)));
        assertTrue(step.x() > 0 && Math.abs(step.y()) < 1e-9, "east first: " + step);
        assertFalse(mark.moved(step.x(), step.y()).intersects(new Box(0, 0, 12, 12)));
        assertEquals(new Point(0, 0), OperationsPlaces.stepAside(mark, List.of(new Box(-500, -500, 1000, 1000))), "nowhere free: it stays");
    }

    /** A box 280 wide whose lines are 20 px each. */
    static final IntFunction<double[]> LINES_OF_20 = n -> new double[] {280, 20 * n};

    @Test
    void aBoxSitsBelowRightOfItsTargetWhereTheMapHasRoom() {
        Fold f = OperationsPlaces.fold(4, LINES_OF_20, new Point(100, 100), null, 1200, 800, b -> true);
        assertEquals(new Fold(4, 16, 14), f);
    }

    @Test
    void aBoxFlipsUpOrLeftWhereTheMapEnds() {
        assertEquals(new Fold(4, 16, -14 - 80), OperationsPlaces.fold(4, LINES_OF_20, new Point(100, 750), null, 1200, 800, b -> true), "at the bottom: above");
        assertEquals(new Fold(4, -280 - 4, 14), OperationsPlaces.fold(4, LINES_OF_20, new Point(1100, 100), null, 1200, 800, b -> true), "at the right: left");
        assertEquals(new Fold(4, -280 - 4, 14), OperationsPlaces.fold(4, LINES_OF_20, new Point(800, 100), null, 1000, 800, b -> true),
                "a drawer narrows the free map");
    }

    @Test
    void aBoxKeepsClearOfWhatLiesOverTheMapAndOfTheSelectedCountrysName() {
        List<Box> asked = new ArrayList<>();
        Fold f = OperationsPlaces.fold(4, LINES_OF_20, new Point(400, 400), null, 1200, 800, b -> {
            asked.add(b);
            return b.y() < 400;
        });
        assertEquals(new Fold(4, 16, -94), f, "the legend below: above right");
        assertEquals(new Box(416, 414, 280, 80), asked.get(0), "asked in the layer's pixels");
        Fold clearOfName = OperationsPlaces.fold(4, LINES_OF_20, new Point(400, 400), new Point(500, 450), 1200, 800, b -> true);
        assertEquals(new Fold(4, 16, -94), clearOfName, "the selected capital below right: above right");
    }

    @Test
    void aBoxFoldsOnASmallMapToItsTitleAndPhaseThenToItsTitle() {
        assertEquals(4, OperationsPlaces.fold(4, LINES_OF_20, new Point(10, 10), null, 1200, 200, b -> true).lines(), "80 of 200: whole");
        assertEquals(2, OperationsPlaces.fold(4, LINES_OF_20, new Point(10, 10), null, 1200, 150, b -> true).lines(), "over two fifths: title and phase");
        assertEquals(1, OperationsPlaces.fold(4, LINES_OF_20, new Point(10, 10), null, 1200, 100, b -> true).lines(), "even that over a third: the title");
    }

    @Test
    void aBoxWithNoFreeCornerFoldsFurtherAndIsLeftOutWhereEvenItsTitleFitsNowhere() {
        // Only a box of two lines or fewer fits above the legend's top edge at 55.
        Fold f = OperationsPlaces.fold(5, LINES_OF_20, new Point(10, 0), null, 1200, 800, b -> b.maxY() <= 55);
        assertEquals(2, f.lines());
        assertNull(OperationsPlaces.fold(5, LINES_OF_20, new Point(10, 0), null, 1200, 800, b -> false), "left out");
    }

    static OperationsMarks.Symbol symbol(OperationsMarks.Kind kind, String id) {
        Selection s = new Selection.OfCountry(new org.cstoatlas.record.Country(id, id, id, null));
        return new OperationsMarks.Symbol(kind, id, s, 0, 0, 0, OperationsMarks.Shape.CIRCLE, 4, List.of(), false, null, false, null, id, id);
    }

    @Test
    void theSelectedLabelComesFirstAndTheOtherBasesAfterTheCountriesNames() {
        var force = symbol(OperationsMarks.Kind.FORCE, "F");
        var exercise = symbol(OperationsMarks.Kind.EXERCISE, "X");
        var base = symbol(OperationsMarks.Kind.BASE, "B");
        var selectedBase = symbol(OperationsMarks.Kind.BASE, "S");
        var order = OperationsPlaces.labelOrder(List.of(force, exercise, base, selectedBase), selectedBase.selection());
        assertEquals(List.of(selectedBase, force, exercise), order.beforeNames());
        assertEquals(List.of(base), order.afterNames());
        var none = OperationsPlaces.labelOrder(List.of(force, base, exercise), null);
        assertEquals(List.of(force, exercise), none.beforeNames(), "nothing selected: the order drawn");
    }
}

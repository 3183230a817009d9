package org.cstoatlas.ui.map.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.cstoatlas.Bundled;
import org.cstoatlas.record.Language;
import org.cstoatlas.record.time.TimeIndex;
import org.cstoatlas.ui.model.AtlasViewModel;
import org.cstoatlas.words.Words;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Which marks and words the operations layer draws, and in what order, without a toolkit. */
class OperationsMarksTest {

    static TimeIndex index;

    @BeforeAll
    static void load() {
        index = new TimeIndex(Bundled.loadDataset().record());
    }

    static OperationsMarks on(LocalDate day, Language language, double textScale) {
        AtlasViewModel vm = new AtlasViewModel(index, LocalDate.of(2026, 1, 1));
        vm.setDate(day);
        return OperationsMarks.of(new OperationsViewModel(vm).onMapProperty().get(), vm.record(), Words.of(language), textScale);
    }

    static OperationsMarks.Arrow from(OperationsMarks marks, String iso) {
        return marks.arrows().stream().filter(a -> a.contingent().country().iso().equals(iso)).findFirst().orElseThrow();
    }

    @Test
    void eachContingentsArrowIsAsWideAsItsSizeAndDashedWhereNoSourceGivesIt() {
        OperationsMarks marks = on(LocalDate.of(2022, 1, 7), Language.EN, 1);
        OperationsMarks.Arrow armenia = from(marks, "ARM"), tajikistan = from(marks, "TJK"), russia = from(marks, "RUS");
        assertTrue(tajikistan.width() > armenia.width(), "about 200 drawn wider than 100");
        assertTrue(russia.unknownSize() && !armenia.unknownSize());
        assertEquals("Russia · size not given", russia.label());
        assertTrue(armenia.label().startsWith("Armenia · 100"), armenia.label());
        assertTrue(armenia.tooltip().startsWith("Armenia → "), armenia.tooltip());
        assertEquals(on(LocalDate.of(2022, 1, 7), Language.RU, 1).arrows().size(), marks.arrows().size());
        assertTrue(on(LocalDate.of(2022, 2, 1), Language.EN, 1).arrows().isEmpty(), "gone after the withdrawal");
    }

    @Test
    void theBoxIsWordedInTheWindowsLanguage() {
        OperationsMarks.Target en = on(LocalDate.of(2022, 1, 7), Language.EN, 1).targets().get(0);
        OperationsMarks.Target ru = on(LocalDate.of(2022, 1, 7), Language.RU, 1).targets().get(0);
        assertTrue(en.totals().startsWith("Totals: ") && en.totals().contains("2,500"), en.totals());
        for (var t : en.deployment().totals()) {
            assertTrue(en.totals().contains(t.evidence().get(0).publisher()), "each figure names who gives it: " + en.totals());
        }
        assertTrue(ru.totals().startsWith("Всего: "), ru.totals());
        assertTrue(ru.contributors().contains("Россия: численность не указана"), ru.contributors());
        assertFalse(ru.title().equals(en.title()), "the operation's own name in Russian");
        assertEquals(en.contested() == null ? 4 : 5, en.lines(), "a line more where sources disagree");
        assertTrue(en.titleTip().startsWith(en.contributors()));
    }

    @Test
    void aDeploymentsPhaseIsWhatBeganLastByTheDate() {
        AtlasViewModel vm = new AtlasViewModel(index, LocalDate.of(2026, 1, 1));
        vm.setDate(LocalDate.of(2022, 1, 7));
        OperationsViewModel ops = new OperationsViewModel(vm);
        var kz = ops.onMapProperty().get().deployments().get(0);
        String phase = OperationsMarks.phase(ops.onMapProperty().get(), kz, Words.of(Language.EN));
        assertTrue(phase.startsWith("Phase since "), phase);
        vm.setDate(kz.start().first());
        OperationsViewModel.OnMap first = ops.onMapProperty().get();
        assertEquals(first.phaseOf(kz) == null, OperationsMarks.phase(first, kz, Words.of(Language.EN)).isEmpty());
    }

    @Test
    void symbolsAreDrawnForcesFirstThenExercisesThenBasesWithTheBasesBehind() {
        OperationsMarks marks = on(LocalDate.of(2014, 8, 20), Language.EN, 1);
        List<OperationsMarks.Kind> kinds = marks.symbols().stream().map(OperationsMarks.Symbol::kind).toList();
        assertEquals(kinds.stream().sorted().toList(), kinds, "in the order forces, exercises, bases");
        assertTrue(kinds.containsAll(List.of(OperationsMarks.Kind.FORCE, OperationsMarks.Kind.EXERCISE, OperationsMarks.Kind.BASE)), kinds.toString());
        assertTrue(marks.symbols().stream().allMatch(s -> s.behind() == (s.kind() == OperationsMarks.Kind.BASE)));
        assertTrue(marks.symbols().stream().allMatch(s -> s.stepsAside() == (s.kind() == OperationsMarks.Kind.BASE)));
    }

    @Test
    void symbolsAtOnePlaceFanOutOneAfterAnother() {
        OperationsMarks marks = on(LocalDate.of(2014, 8, 20), Language.EN, 1);
        for (OperationsMarks.Symbol s : marks.symbols()) {
            long before = marks.symbols().stream().takeWhile(o -> o != s)
                    .filter(o -> Math.abs(o.lat() - s.lat()) < 0.005 && Math.abs(o.lon() - s.lon()) < 0.005).count();
            assertEquals(before, s.stack(), s.label());
            assertEquals(s.stack() * 14, s.fanX());
            assertEquals(s.stack() * 10, s.fanY());
        }
    }

    @Test
    void anExerciseIsAStarWordedByWhereTheDateStandsAgainstIt() {
        OperationsMarks.Symbol coming = exercise(on(LocalDate.of(2014, 8, 10), Language.EN, 1), "interaction-2014");
        assertEquals("Interaction 2014 · from 18 August", coming.label());
        assertEquals(OperationsViewModel.Timing.COMING, coming.timing());
        assertEquals(OperationsMarks.Shape.POLYGON, coming.shape());
        assertEquals(20, coming.points().size(), "five points, five notches");
        OperationsMarks.Symbol past = exercise(on(LocalDate.of(2014, 8, 30), Language.EN, 1), "interaction-2014");
        assertEquals("Interaction 2014 · ended 22 August", past.label());
        OperationsMarks.Symbol ru = exercise(on(LocalDate.of(2014, 8, 10), Language.RU, 1), "interaction-2014");
        assertTrue(ru.label().endsWith("с 18 августа"), ru.label());
        assertFalse(ru.tooltip().contains("Click"), ru.tooltip());
    }

    static OperationsMarks.Symbol exercise(OperationsMarks marks, String id) {
        return marks.symbols().stream().filter(s -> s.selection().ref().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aStarOrATriangleCoversAsMuchOfTheMapAsACircleOfTheSameHeadCount() {
        for (double[] shape : List.of(OperationsMarks.STAR, OperationsMarks.TRIANGLE)) {
            List<Double> p = OperationsMarks.sized(shape, 10);
            double area = 0;
            for (int i = 0; i < p.size(); i += 2) {
                int j = (i + 2) % p.size();
                area += p.get(i) * p.get(j + 1) - p.get(j) * p.get(i + 1);
            }
            assertEquals(Math.PI * 100, Math.abs(area) / 2, 1e-6);
        }
    }

    @Test
    void symbolsGrowWithTheTextUpToTwice() {
        OperationsMarks.Symbol normal = on(LocalDate.of(2014, 8, 20), Language.EN, 1).symbols().get(0);
        OperationsMarks.Symbol big = on(LocalDate.of(2014, 8, 20), Language.EN, 1.5).symbols().get(0);
        OperationsMarks.Symbol huge = on(LocalDate.of(2014, 8, 20), Language.EN, 3).symbols().get(0);
        assertEquals(normal.size() * 1.5, big.size(), 1e-9);
        assertEquals(normal.size() * 2, huge.size(), 1e-9, "at most twice");
        assertEquals(normal.size(), on(LocalDate.of(2014, 8, 20), Language.EN, 0.8).symbols().get(0).size(), 1e-9, "never smaller");
    }

    @Test
    void aLargerContingentIsWiderButNeverBeyondSixteenPixels() {
        assertEquals(3, OperationsMarks.width(null));
        assertTrue(OperationsMarks.width(new org.cstoatlas.record.Size(2000, false, "personnel"))
                < 20 * OperationsMarks.width(new org.cstoatlas.record.Size(100, false, "personnel")) / 2);
        assertEquals(16, OperationsMarks.width(new org.cstoatlas.record.Size(10_000_000, false, "personnel")));
        OperationsMarks none = OperationsMarks.of(new OperationsViewModel.OnMap(List.of(), List.of(), java.util.Map.of(), List.of(), List.of()),
                index.record(), Words.of(Language.EN), 1);
        assertTrue(none.arrows().isEmpty() && none.symbols().isEmpty() && none.targets().isEmpty(), "nothing on the map, nothing drawn");
    }
}

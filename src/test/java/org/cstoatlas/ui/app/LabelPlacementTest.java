package org.cstoatlas.ui.app;

import org.junit.jupiter.api.extension.ExtendWith;
import org.cstoatlas.CleanToolkit;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import org.cstoatlas.state.AtlasState;
import org.cstoatlas.record.Language;
import org.cstoatlas.state.SelectionRef;
import org.cstoatlas.state.Theme;
import org.cstoatlas.ui.window.AtlasWindow;
import org.junit.jupiter.api.Test;

/**
 * At the sizes a classroom uses (1024 × 768 at 175 %, 1280 × 800 at 150 %, 1920 × 1080 presenting),
 * in every theme and both languages, no two words on the map overlap (countries' names, contingents',
 * forces', exercises' and bases' labels, the operation's box), and the selected thing stands on the map,
 * clear of the legend and of the detail pane.
 */
@Tag("toolkit")
@ExtendWith(CleanToolkit.class)
class LabelPlacementTest {

    /** A window size with its text size, or presenting. */
    private record Size(int width, int height, double text, boolean presenting) {
    }

    private static final List<Size> SIZES = List.of(new Size(1024, 768, 1.75, false), new Size(1280, 800, 1.5, false),
            new Size(1920, 1080, 1.0, true));
    /** The busiest day of the record on the map: the Kazakhstan deployment's arrows, the forces, their box. */
    private static final LocalDate KAZAKHSTAN = LocalDate.of(2022, 1, 8);

    @Test
    void noTwoLabelsOverlapWithTheDeploymentSelected() throws Exception {
        for (Size size : SIZES) {
            for (Language language : Language.values()) {
                for (Theme theme : Theme.values()) {
                    check(size, state(language, theme).withSelection(new SelectionRef(SelectionRef.Kind.DEPLOYMENT, "kz-2022")),
                            KAZAKHSTAN_TARGET);
                }
            }
        }
    }

    @Test
    void noTwoLabelsOverlapWithACountrySelected() throws Exception {
        for (Size size : SIZES) {
            for (Language language : Language.values()) {
                check(size, state(language, Theme.LIGHT).withSelection(new SelectionRef(SelectionRef.Kind.COUNTRY, "ARM")), null);
            }
        }
    }

    /** Two alliances on one map (the legend's rows for pairs fold into the strip too), a country selected. */
    @Test
    void noTwoLabelsOverlapWithTwoAlliancesShown() throws Exception {
        for (Size size : SIZES) {
            for (Language language : Language.values()) {
                check(size, state(language, Theme.LIGHT).withDate(LocalDate.of(2024, 6, 1))
                        .withAlliances(new org.cstoatlas.state.AllianceChoice("csto", "nato"))
                        .withSelection(new SelectionRef(SelectionRef.Kind.COUNTRY, "KAZ")), null);
            }
        }
    }

    /**
     * A day with an exercise under way and every base on the map: Combat Brotherhood 2021 on the Afghan
     * border, beside the 201st base and the peacekeeping forces at Dushanbe, the Kant air base by the
     * forces at Bishkek, the Sary-Shagan and Balkhash facilities side by side.
     */
    private static final LocalDate EXERCISE_AND_BASES = LocalDate.of(2021, 10, 20);

    @Test
    void noTwoLabelsOverlapOnADayWithAnExerciseAndBasesWithABaseSelected() throws Exception {
        for (Size size : SIZES) {
            for (Language language : Language.values()) {
                AtlasState state = AtlasState.initial(LocalDate.now(), language).withDate(EXERCISE_AND_BASES)
                        .withSelection(new SelectionRef(SelectionRef.Kind.BASE, "ru-201st-base-tajikistan"));
                AtlasWindow w = check(size, state, DUSHANBE);
                String where = size + " " + language;
                assertTrue(Offscreen.onFx(() -> w.operations().exercises().stream().anyMatch(x -> x.underWay())), where + ": the exercise is on the map");
                java.util.Set<String> standing = w.viewModel().record().bases().stream().filter(b -> b.activeOn(EXERCISE_AND_BASES))
                        .map(org.cstoatlas.record.Base::id).collect(java.util.stream.Collectors.toSet());
                assertTrue(standing.contains("ru-201st-base-tajikistan") && standing.size() > 1, where + ": bases stand on the day: " + standing);
                assertEquals(standing, Offscreen.onFx(() -> w.operations().bases().stream().map(b -> b.base().id())
                        .collect(java.util.stream.Collectors.toSet())), where + ": every base standing on the day is on the map");
                // The selected base keeps its label, and every mark stands on the map.
                var base = Offscreen.onFx(() -> w.operations().bases().stream().filter(b -> b.base().id().equals("ru-201st-base-tajikistan")).findFirst().orElseThrow().base());
                assertTrue(Offscreen.onFx(() -> w.operations().labelOf(base).isVisible()), where + ": the selected base's label is shown");
                Bounds map = Offscreen.onFx(() -> w.map().localToScene(w.map().getLayoutBounds()));
                for (Object subject : Offscreen.onFx(() -> java.util.stream.Stream.concat(w.operations().exercises().stream().map(x -> (Object) x.exercise()),
                        w.operations().bases().stream().map(b -> (Object) b.base())).toList())) {
                    Bounds mark = Offscreen.onFx(() -> w.operations().markOf(subject).localToScene(w.operations().markOf(subject).getLayoutBounds()));
                    assertTrue(map.contains(mark.getCenterX(), mark.getCenterY()), where + ": " + subject + "'s mark " + mark + " off the map " + map);
                }
            }
        }
    }

    /** Dushanbe, where the 201st base stands. */
    private static final double[] DUSHANBE = {38.5598, 68.787};

    /** Belarus selected among its bases (the radar and the naval centre stand on its middle): its name still shows. */
    @Test
    void theSelectedCountrysNameShowsAmongItsBases() throws Exception {
        for (Size size : SIZES) {
            for (Language language : Language.values()) {
                check(size, state(language, Theme.LIGHT).withSelection(new SelectionRef(SelectionRef.Kind.COUNTRY, "BLR")), null);
            }
        }
    }

    /** Almaty, where the deployment's box points. */
    private static final double[] KAZAKHSTAN_TARGET = {43.25, 76.9};

    private static AtlasState state(Language language, Theme theme) {
        return AtlasState.initial(LocalDate.now(), language).withDate(KAZAKHSTAN).withTheme(theme);
    }

    /**
     * One window a size for the class, shown state after state through the view model's one restore path,
     * as a view file opened in it is: where the words stand must not depend on what the window showed
     * before. (Holding one window found the legend's two forms taking turns at every layout.)
     */
    private static final java.util.Map<Size, Snapshot.Showing> WINDOWS = new java.util.HashMap<>();

    @org.junit.jupiter.api.AfterAll
    static void closeWindows() {
        WINDOWS.values().forEach(Snapshot.Showing::close);
        WINDOWS.clear();
    }

    /** The window laid out as a view file opened in it shows the state (no picture taken: only where things stand is asked). */
    private static AtlasWindow check(Size size, AtlasState state, double[] target) throws Exception {
        String where = size + " " + state.language() + " " + state.theme() + " " + state.selection().id();
        AtlasState shown = state.withTextScale(size.text());
        Snapshot.Showing window = WINDOWS.get(size);
        if (window == null) {
            window = Snapshot.Showing.first(shown, size.width(), size.height(), size.presenting());
            WINDOWS.put(size, window);
        }
        AtlasWindow w = window.show(shown);
        List<Bounds> labels = Offscreen.onFx(() -> {
            List<Bounds> all = new ArrayList<>(w.countries().visibleLabelBounds());
            all.addAll(w.operations().visibleLabelBounds());
            return all;
        });
        assertTrue(labels.size() >= 3, where + ": the map shows its words: " + labels.size());
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                assertFalse(labels.get(i).intersects(labels.get(j)), where + ": labels overlap: " + labels.get(i) + " and " + labels.get(j));
            }
        }
        // The selected country's own name is never the word left out.
        if (state.selection() != null && state.selection().kind() == SelectionRef.Kind.COUNTRY) {
            assertTrue(Offscreen.onFx(() -> w.countries().nameShown(state.selection().id())), where + ": the selected country's name is shown");
        }
        // No word and no box lies under the legend, the map's buttons or the alliance chooser.
        List<Bounds> over = Offscreen.onFx(w::overTheMap);
        assertTrue(over.size() >= 3, where + ": the legend, the buttons and the chooser lie over the map: " + over);
        for (Bounds l : labels) {
            for (Bounds o : over) assertFalse(l.intersects(o), where + ": a word " + l + " lies under " + o);
        }
        // The selected thing stands on the map, under neither the legend nor the detail pane.
        Point2D p = Offscreen.onFx(() -> target != null ? w.countries().scenePoint(target[0], target[1])
                : w.countries().scenePoint(w.countries().anchorOf(state.selection().id())[0], w.countries().anchorOf(state.selection().id())[1]));
        Bounds map = Offscreen.onFx(() -> w.map().localToScene(w.map().getLayoutBounds()));
        Bounds legend = Offscreen.onFx(() -> w.legend().localToScene(w.legend().getLayoutBounds()));
        Bounds detail = Offscreen.onFx(() -> w.detail().getScene() == null ? null : w.detail().localToScene(w.detail().getLayoutBounds()));
        assertTrue(map.contains(p), where + ": the selection " + p + " is on the map " + map);
        // Most of the window is map (a drawer may lie over its right side); the legend takes at most a third of its height.
        assertTrue(map.getWidth() * map.getHeight() >= 0.6 * size.width() * size.height(), where + ": the map " + map);
        assertTrue(legend.getHeight() <= map.getHeight() / 3, where + ": the legend " + legend + " over the map " + map);
        // The timeline's buttons stand on one row, none cut short.
        List<javafx.scene.control.Button> buttons = Offscreen.onFx(() -> java.util.stream.Stream.concat(
                        w.timeline().lookupAll(".step-button").stream(), w.timeline().lookupAll(".play-button").stream())
                .filter(n -> n instanceof javafx.scene.control.Button b && b.isVisible()).map(n -> (javafx.scene.control.Button) n).toList());
        // Every step but the day's and the month's always (those give way on a short row: the keys take them).
        java.util.Set<String> ids = buttons.stream().map(javafx.scene.Node::getId).collect(java.util.stream.Collectors.toSet());
        assertTrue(ids.containsAll(List.of("first", "previous-event", "year-back", "play", "year-forward", "next-event", "last")),
                where + ": " + ids);
        double sceneWidth = Offscreen.onFx(() -> w.root().getScene().getWidth());
        for (javafx.scene.control.Button b : buttons) {
            Bounds inScene = Offscreen.onFx(() -> b.localToScene(b.getLayoutBounds()));
            assertTrue(inScene.getMinX() >= 0 && inScene.getMaxX() <= sceneWidth, where + ": " + b.getId() + " stands outside the window");
            Bounds first = Offscreen.onFx(() -> buttons.get(0).localToScene(buttons.get(0).getLayoutBounds()));
            Bounds at = Offscreen.onFx(() -> b.localToScene(b.getLayoutBounds()));
            assertTrue(Math.abs(at.getMinY() - first.getMinY()) < 1, where + ": " + b.getId() + " is not on the buttons' row");
            assertTrue(Offscreen.onFx(() -> b.getWidth() >= b.prefWidth(-1) - 0.5), where + ": " + b.getId() + " is cut short");
        }
        // The menus' names are whole: the search box gives way, not "File" or "View".
        List<javafx.scene.control.Labeled> menuNames = Offscreen.onFx(() -> w.root().lookupAll(".menu-bar .menu-button").stream()
                .filter(n -> n instanceof javafx.scene.control.Labeled l && l.isVisible()).map(n -> (javafx.scene.control.Labeled) n).toList());
        assertTrue(menuNames.size() >= 3, where + ": " + menuNames.size() + " menus");
        for (javafx.scene.control.Labeled m : menuNames) {
            assertTrue(Offscreen.onFx(() -> m.getWidth() >= m.prefWidth(-1) - 0.5), where + ": the menu " + m.getText() + " is cut short");
        }
        assertFalse(legend.contains(p), where + ": the legend " + legend + " covers the selection " + p);
        if (detail != null) assertFalse(detail.contains(p), where + ": the detail pane " + detail + " covers the selection " + p);
        return w;
    }
}

package org.cstoatlas.ui;

import org.cstoatlas.Fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.scene.shape.SVGPath;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.cstoatlas.ui.model.AtlasViewModel;
import org.cstoatlas.ui.model.Selection;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The atlas window as a user meets it: headless, with real clicks and keys through TestFX. */
class AtlasWindowTest extends WindowTest {

    @Start
    void open(Stage stage) {
        start(stage);
    }

    private Color fillOf(String iso) {
        Fx.settle();
        SVGPath path = visiblePath(iso);
        return (Color) path.getFill();
    }

    private SVGPath visiblePath(String iso) {
        return MapProbe.visiblePath(window, iso);
    }

    /** A point on screen inside the country, clear of names: where a user would click. */
    private Point2D pointInside(String iso) {
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> MapProbe.screenPointInside(window, iso));
    }

    @Test
    void opensWithMapTimelineAndDetailPane(FxRobot robot) {
        assertTrue(robot.lookup("#map").tryQuery().isPresent());
        assertTrue(robot.lookup("#timeline-slider").tryQuery().isPresent());
        assertTrue(robot.lookup("#detail-pane").tryQuery().isPresent());
        assertEquals("23 November 2026", robot.lookup("#date-label").queryAs(Label.class).getText());
        assertTrue(robot.lookup(".legend").tryQuery().isPresent());
    }

    @Test
    void uzbekistanIsShadedAMemberIn2008AndNotIn2013(FxRobot robot) {
        dateTo(robot, LocalDate.of(2008, 6, 1));
        assertEquals("1 June 2008", robot.lookup("#date-label").queryAs(Label.class).getText());
        Color member = fillOf("UZB");
        assertEquals(fillOf("KAZ"), member, "Uzbekistan has the members' fill");
        assertEquals(Color.web("rgba(18, 48, 94, 0.85)"), member);
        dateTo(robot, LocalDate.of(2013, 6, 1));
        Color later = fillOf("UZB");
        assertNotEquals(member, later, "no longer a member's fill");
        assertEquals(Color.web("rgba(240, 173, 0, 0.85)"), later, "suspended");
    }

    /**
     * The legend decides its form from its whole size, measured alike whichever form it shows: measured
     * from the strip (whose padding is narrower) it fitted where it did not, and the two forms took turns at
     * every layout (presenting two alliances at 1920 × 1080).
     */
    @Test
    void theLegendMeasuresItsWholeFormAlikeFromEitherForm(FxRobot robot) {
        Fx.act(() -> vm.alliancesProperty().set(new org.cstoatlas.state.AllianceChoice("csto", "nato")));
        javafx.geometry.Dimension2D[] whole = new javafx.geometry.Dimension2D[2];
        Fx.act(() -> {
            var legend = window.legend();
            legend.compact(false);
            legend.applyCss();
            whole[0] = legend.fullSize();
            legend.compact(true);
            legend.applyCss();
            whole[1] = legend.fullSize();
        });
        assertTrue(whole[0].getHeight() > 100, "the whole legend of two alliances: " + whole[0]);
        assertEquals(whole[0], whole[1], "the whole legend measured from the strip");
    }

    @Test
    void theLegendCountsTheCountriesOfEachColour(FxRobot robot) {
        dateTo(robot, LocalDate.of(2013, 6, 1));
        assertEquals("6", window.legend().countText(org.cstoatlas.ui.look.StatusStyle.MEMBER_ORGANIZATION));
        assertEquals("1", window.legend().countText(org.cstoatlas.ui.look.StatusStyle.SUSPENDED));
        assertEquals("2", window.legend().countText(org.cstoatlas.ui.look.StatusStyle.FORMER));
    }

    @Test
    void zoomingInDrawsTheDetailedShapesShadedTheSame(FxRobot robot) {
        dateTo(robot, LocalDate.of(2008, 6, 1));
        int coarse = visiblePath("KAZ").getContent().length();
        for (int i = 0; i < 3; i++) robot.clickOn(".map-button");
        Fx.settle();
        assertTrue(window.map().getZoom() >= 4, "zoomed in: " + window.map().getZoom());
        SVGPath detailed = visiblePath("KAZ");
        assertTrue(detailed.getContent().length() > 2 * coarse, "the 50m outline is finer than the 110m one");
        assertEquals(Color.web("rgba(18, 48, 94, 0.85)"), fillOf("UZB"));
        dateTo(robot, LocalDate.of(2013, 6, 1));
        assertEquals(Color.web("rgba(240, 173, 0, 0.85)"), fillOf("UZB"));
    }

    @Test
    void pageDownMovesToTheNextEventAndSelectsIt(FxRobot robot) {
        dateTo(robot, LocalDate.of(1992, 1, 1));
        robot.type(KeyCode.PAGE_DOWN);
        Fx.settle();
        assertEquals(LocalDate.of(1992, 5, 15), vm.getDate());
        assertEquals("15 May 1992", robot.lookup("#date-label").queryAs(Label.class).getText());
        assertTrue(vm.getSelection() instanceof Selection.OfEvent);
        robot.type(KeyCode.PAGE_DOWN);
        Fx.settle();
        assertEquals(LocalDate.of(1993, 9, 24), vm.getDate());
        robot.type(KeyCode.PAGE_UP);
        Fx.settle();
        assertEquals(LocalDate.of(1992, 5, 15), vm.getDate());
    }

    @Test
    void arrowKeysStepDaysMonthsAndYears(FxRobot robot) {
        dateTo(robot, LocalDate.of(2000, 1, 1));
        robot.type(KeyCode.RIGHT);
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        robot.press(KeyCode.CONTROL).type(KeyCode.RIGHT).release(KeyCode.CONTROL);
        Fx.settle();
        assertEquals(LocalDate.of(2001, 2, 2), vm.getDate());
        robot.type(KeyCode.HOME);
        Fx.settle();
        assertEquals(vm.firstDay(), vm.getDate());
    }

    @Test
    void clickingKazakhstanShowsItsStoryWithQuotes(FxRobot robot) {
        dateTo(robot, LocalDate.of(2008, 6, 1));
        robot.clickOn(pointInside("KAZ"));
        Fx.settle();
        assertTrue(vm.getSelection() instanceof Selection.OfCountry c && c.country().iso().equals("KAZ"), "Kazakhstan is selected");
        assertEquals("Kazakhstan", robot.lookup("#detail-title").queryAs(Label.class).getText());
        List<Label> quotes = robot.lookup(".quote-text").queryAllAs(Label.class).stream().toList();
        assertTrue(quotes.size() >= 3, "its quotes are shown: " + quotes.size());
        assertTrue(quotes.stream().allMatch(l -> l.getText().startsWith("“")));
        assertTrue(robot.lookup("#detail-status").queryAs(Label.class).getText().contains("Member of the CSTO since 7 October 2002"));
    }

    @Test
    void readInContextShowsTheArticleWithTheQuoteHighlighted(FxRobot robot) {
        Fx.act(() -> vm.selectCountry(vm.record().country("KAZ").orElseThrow()));
        Fx.settle();
        Label firstQuote = robot.lookup(".quote-text").queryAs(Label.class);
        Hyperlink read = robot.lookup(".read-in-context").queryAs(Hyperlink.class);
        Fx.act(() -> window.detail().setVvalue(0));
        robot.clickOn(read);
        Fx.settle();
        Window reader = robot.listTargetWindows().stream().filter(w -> w instanceof Stage s && s.getTitle() != null && s.getTitle().startsWith("Read in context"))
                .findFirst().orElseThrow();
        Text highlighted = (Text) reader.getScene().lookup("#highlighted-quote");
        assertNotNull(highlighted);
        String shown = firstQuote.getText().substring(1, firstQuote.getText().length() - 1);
        assertEquals(shown.replaceAll("\\s+", " "), highlighted.getText().replaceAll("\\s+", " "));
        assertTrue(highlighted.getStyleClass().contains("highlight"));
        Fx.act(() -> ((Stage) reader).close());
    }

    @Test
    void hoveringACountryShowsItsNameAndStatus(FxRobot robot) throws Exception {
        dateTo(robot, LocalDate.of(2008, 6, 1));
        robot.moveTo(pointInside("KAZ"));
        // Waits for the tooltip (at most 5 s), rather than sleeping a guessed time.
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> robot.listTargetWindows().stream()
                .anyMatch(w -> w instanceof javafx.scene.control.Tooltip t && t.isShowing()
                        && t.getText().startsWith("Kazakhstan\nMember of the CSTO since 7 October 2002")));
    }

    /**
     * The years under the slider are whole the moment they change (another span chosen): the slider's
     * axis faded them in over most of a second, and a picture taken meanwhile had them half drawn.
     */
    @Test
    void theYearsUnderTheSliderAreWholeTheMomentTheSpanChanges(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        javafx.scene.control.ChoiceBox<Object> span = robot.lookup("#timeline-span").queryAs(javafx.scene.control.ChoiceBox.class);
        javafx.scene.Node slider = robot.lookup("#timeline-slider").query();
        for (int i : new int[] {span.getItems().size() - 1, 0}) {
            java.util.List<java.util.List<Double>> faint = new java.util.ArrayList<>();
            int[] years = new int[1];
            org.cstoatlas.Fx.act(() -> {
                span.getSelectionModel().select(i);
                slider.getScene().getRoot().applyCss();
                slider.getScene().getRoot().layout();
                var shown = slider.lookupAll(".axis Text").stream().filter(javafx.scene.Node::isVisible).toList();
                years[0] = shown.size();
                faint.add(shown.stream().map(javafx.scene.Node::getOpacity).filter(o -> o < 1).toList());
            });
            assertTrue(years[0] > 2, "the years under the slider are found: " + years[0]);
            assertTrue(faint.get(0).isEmpty(), "years drawn faint: " + faint);
        }
    }

    /**
     * A button's tooltip, made when the pointer first comes over it, shows its words; a screen reader
     * has them from the start as the button's help.
     */
    @Test
    void aButtonsTooltipShowsOnHoverAndItsWordsAreItsHelpFromTheStart(FxRobot robot) throws Exception {
        javafx.scene.control.Button play = robot.lookup("#play").queryAs(javafx.scene.control.Button.class);
        String words = org.cstoatlas.ui.look.Texts.get("timeline.play.tip");
        assertEquals(words, play.queryAccessibleAttribute(javafx.scene.AccessibleAttribute.HELP));
        robot.moveTo(play);
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> robot.listTargetWindows().stream()
                .anyMatch(w -> w instanceof javafx.scene.control.Tooltip t && t.isShowing() && t.getText().equals(words)));
        assertEquals(words, play.queryAccessibleAttribute(javafx.scene.AccessibleAttribute.HELP), "the help stays the tooltip's words");
    }

    /** An event's tick on the timeline, whose tooltip is made when the pointer first comes over it, names the event. */
    @Test
    void hoveringAnEventTickNamesTheEvent(FxRobot robot) throws Exception {
        javafx.scene.Node tick = robot.lookup(".event-tick").match(javafx.scene.Node::isVisible).query();
        org.cstoatlas.record.Event event = (org.cstoatlas.record.Event) tick.getUserData();
        String said = org.cstoatlas.ui.look.Formats.date(event.date()) + ": " + event.title(org.cstoatlas.ui.look.Texts.language());
        robot.moveTo(tick);
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> robot.listTargetWindows().stream()
                .anyMatch(w -> w instanceof javafx.scene.control.Tooltip t && t.isShowing() && t.getText().contains(said)));
    }

    /**
     * In the legend's strip, a colour's own tooltip says what it means: the strip's tooltip ("hover one
     * for what it means") had stood over every colour of it.
     */
    @Test
    void hoveringAColourOfTheStripSaysWhatItMeans(FxRobot robot) throws Exception {
        Fx.act(() -> {
            vm.textScaleProperty().set(2.0);
            vm.alliancesProperty().set(new org.cstoatlas.state.AllianceChoice("csto", "nato"));
        });
        assertTrue(window.legend().isCompact(), "the legend is the strip at 200 %");
        javafx.scene.Node colour = robot.lookup("#legend-strip .legend-row").match(javafx.scene.Node::isVisible).query();
        String means = org.cstoatlas.ui.look.Texts.words().get("legend.pair.tip");
        robot.moveTo(colour);
        try {
            WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> robot.listTargetWindows().stream()
                    .anyMatch(w -> w instanceof javafx.scene.control.Tooltip t && t.isShowing() && t.getText().equals(means)));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the colour's tooltip did not show; shown: " + robot.listTargetWindows().stream()
                    .filter(w -> w instanceof javafx.scene.control.Tooltip t && t.isShowing()).map(w -> ((javafx.scene.control.Tooltip) w).getText()).toList());
        }
        // The pointer leaves and the tooltip goes: a tooltip left on the screen takes the next test's click.
        robot.moveTo(robot.lookup("#map").<javafx.scene.Node>query());
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> robot.listTargetWindows().stream()
                .noneMatch(w -> w instanceof javafx.scene.control.Tooltip t && t.isShowing()));
    }

    /**
     * A drag moves the map with the pointer, and a pan frame stays cheap: the basemap is one cached
     * bitmap at whole pixels (copied, not resampled, on each frame), and no pane behind the map has a
     * background of several fills (which the renderer stretches from a cache over the whole pane).
     */
    @Test
    void draggingTheMapMovesItAsOneBitmapByWholePixels(FxRobot robot) {
        Point2D before = WaitForAsyncUtils.waitForAsyncFx(5000, () -> window.countries().scenePoint(48, 67));
        javafx.geometry.Bounds map = robot.lookup("#map").query().localToScreen(robot.lookup("#map").query().getLayoutBounds());
        robot.drag(map.getCenterX(), map.getCenterY()).moveBy(-37, -23).drop();
        Fx.settle();
        Point2D after = WaitForAsyncUtils.waitForAsyncFx(5000, () -> window.countries().scenePoint(48, 67));
        assertEquals(-37, after.getX() - before.getX(), 1.0, "the map followed the pointer across");
        assertEquals(-23, after.getY() - before.getY(), 1.0, "and down");
        javafx.scene.Node basemap = window.map().getChildrenUnmodifiable().stream()
                .filter(n -> n.getClass().getName().endsWith(".BaseMap")).findFirst().orElseThrow();
        assertTrue(basemap.isCache(), "the basemap is drawn once into a bitmap");
        assertEquals(Math.rint(basemap.getTranslateX()), basemap.getTranslateX(), "at a whole pixel across");
        assertEquals(Math.rint(basemap.getTranslateY()), basemap.getTranslateY(), "and down");
        for (javafx.scene.Node n = window.map(); n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.layout.Region r && r.getBackground() != null) {
                assertTrue(r.getBackground().getFills().size() <= 1, "one background fill behind the map: " + r.getStyleClass());
            }
        }
    }

    /**
     * The map shows nothing past the world's edges: dragged far east past Chukotka, or zoomed out
     * with the button as far as it goes, the 180th meridian stays at or beyond the map's right edge
     * and the −180th at or beyond its left (Gluon's map does not wrap; a blank band stood there).
     */
    @Test
    void theMapNeverShowsPastTheWorldsEdge(FxRobot robot) {
        javafx.scene.Node mapNode = robot.lookup("#map").query();
        javafx.geometry.Bounds map = mapNode.localToScreen(mapNode.getLayoutBounds());
        for (int i = 0; i < 4; i++) drag(robot, map.getMaxX() - 20, map.getCenterY(), -(map.getWidth() - 60));
        assertWorldCovers(robot, mapNode, "dragged east past Chukotka");
        javafx.scene.Node zoomOut = robot.lookup(".map-button").queryAll().stream()
                .filter(b -> "−".equals(((javafx.scene.control.Button) b).getText())).findFirst().orElseThrow();
        for (int i = 0; i < 6; i++) robot.clickOn(zoomOut);
        Fx.settle();
        assertWorldCovers(robot, mapNode, "zoomed out as far as the button goes");
        for (int i = 0; i < 6; i++) drag(robot, map.getMinX() + 60, map.getCenterY(), map.getWidth() - 120);
        assertWorldCovers(robot, mapNode, "dragged west past Alaska");
    }

    /**
     * A drag of the pointer across the map in a dozen moves, each one handled before the next: TestFX's own
     * drag moves pixel by pixel and the map redraws at each of some two hundred steps.
     */
    private static void drag(FxRobot robot, double x, double y, double dx) {
        org.testfx.robot.BaseRobot base = robot.robotContext().getBaseRobot();
        base.moveMouse(new javafx.geometry.Point2D(x, y));
        base.pressMouse(javafx.scene.input.MouseButton.PRIMARY);
        Fx.settle();
        for (int step = 1; step <= 12; step++) {
            base.moveMouse(new javafx.geometry.Point2D(x + dx * step / 12, y));
            Fx.settle();
        }
        base.releaseMouse(javafx.scene.input.MouseButton.PRIMARY);
        Fx.settle();
    }

    private void assertWorldCovers(FxRobot robot, javafx.scene.Node mapNode, String after) {
        double[] xs = WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            javafx.geometry.Bounds m = mapNode.localToScene(mapNode.getLayoutBounds());
            return new double[] {window.countries().scenePoint(0, -180).getX(), window.countries().scenePoint(0, 180).getX(), m.getMinX(), m.getMaxX()};
        });
        assertTrue(xs[0] <= xs[2] + 0.5, after + ": the world's west edge at " + xs[0] + " stands inside the map from " + xs[2]);
        assertTrue(xs[1] >= xs[3] - 0.5, after + ": the world's east edge at " + xs[1] + " stands inside the map to " + xs[3]);
    }

    @Test
    void onAProjectorsWindowAtLargeTextTheTimelineRowKeepsItsEndsAndItsChoosersWhole(FxRobot robot) {
        Stage stage = (Stage) window.root().getScene().getWindow();
        Fx.act(() -> {
            stage.setWidth(1024);
            stage.setHeight(768);
        });
        for (double text : new double[] {1.75, 2.0}) {
            Fx.act(() -> vm.textScaleProperty().set(text));
            Fx.settle();
            double sceneWidth = window.root().getScene().getWidth();
            // Read on the FX thread: the row's children change while it is laid out.
            List<String> amiss = WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
                List<String> out = new java.util.ArrayList<>();
                for (javafx.scene.Node n : ((javafx.scene.layout.HBox) window.root().lookup(".timeline-buttons")).getChildren()) {
                    javafx.geometry.Bounds b = n.localToScene(n.getLayoutBounds());
                    if (n.isVisible() && (b.getMinX() < 0 || b.getMaxX() > sceneWidth)) out.add(n.getId() + " stands outside the window at " + text + ": " + b);
                }
                for (String id : new String[] {"#first", "#last", "#play", "#play-speed", "#timeline-span"}) {
                    if (!window.root().lookup(id).isVisible()) out.add(id + " is hidden at " + text);
                }
                return out;
            });
            assertEquals(List.of(), amiss);
            // Where the detail pane is a drawer, the opening view of Eurasia stands left of it (it fitted the whole width, Central Asia under the drawer).
            javafx.scene.Node drawer = window.root().lookup(".drawer");
            if (drawer != null && drawer.isVisible()) {
                double drawerLeft = drawer.localToScene(drawer.getLayoutBounds()).getMinX();
                double tajikistan = window.countries().scenePoint(38.5, 71).getX();
                assertTrue(tajikistan < drawerLeft, "Tajikistan at " + tajikistan + " stands left of the drawer at " + drawerLeft + " at " + text);
            }
            // The slider's years are whole: the last ("2026") was cut at the window's edge at 175 %.
            // The axis places its years a pulse after the slider's new width: wait for that pulse, or fail below.
            try {
                // Looked up on the FX thread: the axis replaces its years while it is laid out.
                WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> WaitForAsyncUtils.waitForAsyncFx(5000,
                        () -> robot.lookup("#timeline-slider .axis Text").queryAll().stream()
                                .filter(javafx.scene.Node::isVisible).allMatch(n -> n.localToScene(n.getLayoutBounds()).getMaxX() <= sceneWidth)));
            } catch (java.util.concurrent.TimeoutException late) {
                // the assertions below say which year stands outside
            }
            for (javafx.scene.Node n : robot.lookup("#timeline-slider .axis Text").queryAll()) {
                if (!n.isVisible() || ((javafx.scene.text.Text) n).getText().isEmpty()) continue;
                javafx.geometry.Bounds b = n.localToScene(n.getLayoutBounds());
                assertTrue(b.getMinX() >= 0 && b.getMaxX() <= sceneWidth, "the year " + ((javafx.scene.text.Text) n).getText() + " stands inside the window at " + text + ": " + b);
            }
            assertTrue(robot.lookup("#timeline-slider .axis Text").queryAll().size() > 1, "the slider shows its years");
            // On an event's day its title stands beside the date and gives way: the date to compare with keeps its size.
            Fx.act(() -> vm.setDate(LocalDate.of(1992, 5, 15)));
            Fx.settle();
            for (String id : new String[] {"#play-speed", "#timeline-span", "#compare-date"}) {
                javafx.scene.layout.Region box = robot.lookup(id).queryAs(javafx.scene.layout.Region.class);
                assertTrue(box.getWidth() >= box.prefWidth(-1) - 0.5, id + " keeps its whole words at " + text);
            }
            // Two dates compared, the chooser keeps the alliance's name whole (its words squeezed it to its arrow).
            Fx.act(() -> vm.compareDateProperty().set(LocalDate.of(2010, 1, 1)));
            Fx.settle();
            javafx.scene.layout.Region first = robot.lookup("#alliance-first").queryAs(javafx.scene.layout.Region.class);
            assertTrue(first.getWidth() >= first.prefWidth(-1) - 0.5, "the chooser's alliance is whole at " + text + ": " + first.getWidth() + " of " + first.prefWidth(-1));
            Fx.act(() -> vm.compareDateProperty().set(null));
            Fx.settle();
            // The event's title beside the date shows some of its words or none, never a bare "…".
            for (LocalDate day : new LocalDate[] {LocalDate.of(1992, 5, 15), LocalDate.of(2002, 10, 7)}) {
                Fx.act(() -> vm.setDate(day));
                Fx.settle();
                javafx.scene.control.Label hint = robot.lookup(".date-hint").queryAs(javafx.scene.control.Label.class);
                javafx.scene.Node shownText = hint.lookup(".text");
                String shown = shownText instanceof javafx.scene.text.Text t ? t.getText() : hint.getText();
                assertTrue(!hint.isVisible() || shown.replace("…", "").replace("...", "").trim().length() >= 4, "the hint on " + day + " at " + text + " shows words: \"" + shown + "\"");
            }
        }
        // Back at the usual text size in a wider window, every button says its words again, Play too
        // (after presenting at 1280 in Russian it stayed "▶" beside the others' words).
        Fx.act(() -> {
            vm.textScaleProperty().set(1.0);
            stage.setWidth(1280);
            stage.setHeight(800);
        });
        Fx.settle();
        assertEquals(vm.words().get("timeline.play"), robot.lookup("#play").queryAs(javafx.scene.control.Button.class).getText());
        // Playing, it draws its whole words: "❚❚ Pause" showed as "Pa…".
        Fx.act(() -> vm.playingProperty().set(true));
        Fx.settle();
        String drawn = WaitForAsyncUtils.waitForAsyncFx(5000, () -> ((javafx.scene.text.Text) window.root().lookup("#play").lookup(".text")).getText());
        Fx.act(() -> vm.playingProperty().set(false));
        assertEquals(vm.words().get("timeline.pause"), drawn);
    }
}

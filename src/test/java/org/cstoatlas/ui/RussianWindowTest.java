package org.cstoatlas.ui;

import org.cstoatlas.Fx;
import org.cstoatlas.record.Language;
import org.cstoatlas.ui.look.Texts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import org.cstoatlas.record.Event;
import org.cstoatlas.ui.look.StatusStyle;
import org.cstoatlas.ui.model.AtlasViewModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window in Russian: every text a user can meet is Russian, except the dataset's own text. */
class RussianWindowTest extends WideWindowTest {

    /** A day with exercises under way and the bases on the map. */
    private static final LocalDate BUSY = LocalDate.of(2023, 9, 10);

    static Properties english;

    @BeforeAll
    static void loadEnglish() throws Exception {
        english = TextsTest.english();
    }

    @AfterAll
    static void englishAgain() {
        Texts.use(Language.EN);
    }

    @Start
    void open(Stage stage) {
        start(stage);
    }

    @Override
    void prepare(AtlasViewModel vm) {
        vm.languageProperty().set(Language.RU);
        vm.setDate(LocalDate.of(2008, 6, 1));
    }

    /**
     * Texts that stay as their sources wrote them: quotes and a source's or reference's title. What a
     * reference is cited for ("reference-says") is the editors' sentence and is walked like any other.
     */
    static final java.util.Set<String> DATASET_TEXT = java.util.Set.of("quote-text", "evidence-source", "reader-title");

    /** Every text of the interface: labels, buttons, tooltips, prompts, accessible texts, tabs, columns, menus, choices. */
    static List<String> texts(Parent root, MenuBar menus) {
        List<String> out = new ArrayList<>();
        walk(root, out);
        for (Menu m : menus.getMenus()) menu(m, out);
        return out;
    }

    private static void menu(MenuItem item, List<String> out) {
        out.add(item.getText());
        if (item instanceof Menu m) for (MenuItem i : m.getItems()) menu(i, out);
    }

    private static void walk(Node n, List<String> out) {
        // What is hidden is not met (e.g. JavaFX's own close button of tabs that cannot be closed);
        // the browse pane's tabs are walked all the same, through their content.
        if (!n.isVisible()) return;
        if (n instanceof Labeled l && l.getStyleClass().stream().noneMatch(DATASET_TEXT::contains)) out.add(l.getText());
        if (n instanceof TextInputControl t) out.add(t.getPromptText());
        if (n instanceof ComboBoxBase<?> c) out.add(c.getPromptText());
        if (n instanceof Control c && c.getTooltip() != null) out.add(c.getTooltip().getText());
        if (n instanceof ChoiceBox<?> c) c.getItems().forEach(i -> out.add(String.valueOf(i)));
        n.getProperties().values().forEach(v -> {
            if (v instanceof Tooltip t) out.add(t.getText());
            // A tooltip made when the pointer first comes over its node: its text all the same.
            if (v instanceof org.cstoatlas.ui.look.HoverTip h) out.add(h.text());
        });
        out.add(n.getAccessibleText());
        if (n instanceof TabPane tabs) {
            for (Tab t : tabs.getTabs()) {
                out.add(t.getText());
                if (t.getTooltip() != null) out.add(t.getTooltip().getText());
                if (t.getContent() != null) walk(t.getContent(), out);
            }
        }
        if (n instanceof TableView<?> table) for (TableColumn<?, ?> c : table.getColumns()) out.add(c.getText());
        if (n instanceof Parent p) for (Node child : p.getChildrenUnmodifiable()) walk(child, out);
    }

    /** Texts that are an English text of the bundles, or begin as an English template does. */
    static List<String> english(List<String> texts) {
        Map<String, String> exact = new HashMap<>();
        Map<String, String> prefixes = new HashMap<>();
        // Compiled once a call, not once a text (the walk meets thousands of texts).
        Map<String, java.util.regex.Pattern> units = new HashMap<>();
        english.forEach((k, v) -> {
            if (((String) k).startsWith("unit.")) units.put((String) k, java.util.regex.Pattern.compile("\\b" + v + "\\b"));
        });
        english.forEach((k, v) -> {
            if (TextsTest.SAME_IN_BOTH.contains(k)) return;
            String value = (String) v;
            int cut = value.indexOf('{');
            if (cut < 0) exact.put(value, (String) k);
            else if (cut >= 4) prefixes.put(value.substring(0, cut), (String) k);
        });
        List<String> found = new ArrayList<>();
        for (String t : texts) {
            if (t == null || t.isEmpty()) continue;
            if (exact.containsKey(t)) found.add(exact.get(t) + " = \"" + t + "\"");
            prefixes.forEach((prefix, key) -> {
                if (t.startsWith(prefix)) found.add(key + " ~ \"" + t + "\"");
            });
            // A unit the dataset names ("100 personnel") is a word inside a text, never the whole of it.
            units.forEach((k, unit) -> {
                if (unit.matcher(t).find()) found.add(k + " in \"" + t + "\"");
            });
            // A line of a tooltip may be an English text too.
            if (t.contains("\n")) for (String line : t.split("\n")) if (exact.containsKey(line)) found.add(exact.get(line) + " = \"" + line + "\" in \"" + t + "\"");
        }
        return found;
    }

    private MenuBar menuBar(FxRobot robot) {
        return robot.lookup("#menu-bar").queryAs(MenuBar.class);
    }

    /**
     * The record's own words in English wherever the dataset gives them in Russian too (long enough to tell),
     * for every alliance: the context alliances' events, periods, disagreements and notes as well as the subject's.
     */
    static java.util.Set<String> recordEnglish(org.cstoatlas.record.AllianceRecord r) {
        java.util.Set<String> out = new java.util.HashSet<>();
        java.util.function.BiConsumer<String, String> both = (en, ru) -> {
            if (en != null && ru != null && !en.equals(ru) && en.length() >= 12) out.add(en);
        };
        var RU = org.cstoatlas.record.Language.RU;
        for (var a : r.alliances()) both.accept(a.note(), a.note(RU));
        for (Event e : r.allEvents()) {
            both.accept(e.title(), e.title(RU));
            both.accept(e.note(), e.note(RU));
        }
        for (var p : r.allPeriods()) both.accept(p.note(), p.note(RU));
        for (var f : r.forces()) both.accept(f.name(), f.name(RU));
        for (var d : r.deployments()) {
            both.accept(d.name(), d.name(RU));
            d.phases().forEach(ph -> both.accept(ph.label(), ph.label(RU)));
            d.totals().forEach(t -> both.accept(t.label(), t.label(RU)));
        }
        for (var x : r.exercises()) {
            both.accept(x.name(), x.name(RU));
            both.accept(x.shortName(org.cstoatlas.record.Language.EN), x.shortName(RU));
            both.accept(x.note(), x.note(RU));
        }
        for (var b : r.bases()) {
            both.accept(b.name(), b.name(RU));
            both.accept(b.shortName(), b.shortName(RU));
            both.accept(b.note(), b.note(RU));
            b.attested().forEach(a -> both.accept(a.note(), a.note(RU)));
        }
        // Places by their names (a deployment's, a force's base, an exercise's ground, a base), however short.
        java.util.function.Consumer<org.cstoatlas.record.Place> place = p -> {
            if (p != null && p.nameRu() != null && !p.nameRu().equals(p.name()) && p.name().length() >= 4) out.add(p.name());
        };
        r.deployments().forEach(d -> d.places().forEach(place));
        // A contingent's units, where the dataset names them in Russian too.
        r.deployments().forEach(d -> d.contingents().forEach(c -> {
            if (!c.unitsRu().isEmpty()) out.addAll(c.units());
        }));
        r.forces().forEach(f -> place.accept(f.base()));
        r.exercises().forEach(x -> place.accept(x.place()));
        r.bases().forEach(b -> place.accept(b.place()));
        for (var d : r.allDisagreements()) {
            both.accept(d.topic(), d.topic(RU));
            both.accept(d.shown(), d.shown(RU));
            both.accept(d.why(), d.why(RU));
            d.versions().forEach(v -> both.accept(v.says(), v.says(RU)));
        }
        // What each reference is cited for, in every kind of entry.
        r.allCitations().forEach(c -> both.accept(c.says(), c.says(RU)));
        return out;
    }

    private void assertAllRussian(FxRobot robot, String where) {
        assertRussian(robot, where, () -> texts(window.root(), menuBar(robot)));
    }

    /** A detail pane alone: where a selection's own words go (the whole window is walked once an alliance). */
    private void assertPaneRussian(Parent pane, String where) {
        String title = WaitForAsyncUtils.waitForAsyncFx(5000, () -> pane.lookup("#detail-title") instanceof Label l ? l.getText() : null);
        assertTrue(title != null && title.matches("(?s).*[А-Яа-яЁё]{3,}.*"), where + ": the pane shows the selection, in Russian: " + title);
        assertRussian(null, where, () -> {
            List<String> texts = new ArrayList<>();
            walk(pane, texts);
            return texts;
        });
    }

    private java.util.Set<String> recordEnglish;

    private void assertRussian(FxRobot robot, String where, java.util.function.Supplier<List<String>> shown) {
        Fx.settle();
        // The record's English is the same for every step of a test: gathered once.
        if (recordEnglish == null) recordEnglish = recordEnglish(vm.record());
        java.util.Set<String> recordEnglish = this.recordEnglish;
        List<String> left = WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            List<String> texts = shown.get();
            List<String> found = new ArrayList<>(english(texts));
            for (String t : texts) {
                if (t == null) continue;
                for (String en : recordEnglish) if (t.contains(en)) found.add("the record's English \"" + en + "\" in \"" + t + "\"");
            }
            return found;
        });
        assertTrue(left.isEmpty(), where + ": English left in the Russian interface:\n" + String.join("\n", left));
    }

    @Test
    void nothingIsLeftInEnglish(FxRobot robot) {
        assertAllRussian(robot, "the overview");
        Fx.act(() -> vm.selectCountry(vm.record().country("KAZ").orElseThrow()));
        assertAllRussian(robot, "Kazakhstan");
        for (Event e : vm.record().events()) {
            Fx.act(() -> vm.selectEvent(e));
            assertAllRussian(robot, "event " + e.id());
        }
        for (var d : vm.record().deployments()) {
            Fx.act(() -> vm.selectDeployment(d));
            assertAllRussian(robot, "deployment " + d.id());
        }
        for (var f : vm.record().forces()) {
            Fx.act(() -> vm.selectForce(f));
            assertAllRussian(robot, "force " + f.id());
        }
        // Each exercise and base selected (the date moves to it, so the map draws it too), and the
        // map's symbols with their tooltips on a day with one exercise just past, one coming and every base.
        for (var x : vm.record().exercises()) {
            Fx.act(() -> vm.selectExercise(x));
            assertAllRussian(robot, "exercise " + x.id());
        }
        for (var b : vm.record().bases()) {
            Fx.act(() -> vm.selectBase(b));
            assertAllRussian(robot, "base " + b.id());
        }
        Fx.act(() -> {
            vm.clearSelection();
            vm.setDate(BUSY);
        });
        assertTrue(window.operations().exercises().size() >= 2, "the map shows the exercises");
        assertEquals(vm.record().bases().stream().filter(b -> b.activeOn(BUSY)).map(b -> b.id()).collect(java.util.stream.Collectors.toSet()),
                window.operations().bases().stream().map(b -> b.base().id()).collect(java.util.stream.Collectors.toSet()),
                "the map shows every base standing on the day");
        assertFalse(window.operations().bases().isEmpty(), "bases stand on the day");
        assertAllRussian(robot, "exercises and bases on the map");
        Fx.act(() -> {
            vm.clearSelection();
            vm.compareDateProperty().set(LocalDate.of(1999, 6, 1));
        });
        assertAllRussian(robot, "two dates compared");
    }

    @Test
    void everyOtherAllianceSpeaksRussianToo(FxRobot robot) throws Exception {
        // Each alliance shown alone in the window, and one of its events selected there; then each of its
        // events, and each country on the first day of each of its periods with a note or a disagreement,
        // in a detail pane of its own (the same pane the window holds, on a view model of its own, so that
        // the map is not redrawn some two hundred times): the record's English must not show anywhere.
        var record = vm.record();
        AtlasViewModel own = new AtlasViewModel(data.index(), TODAY);
        own.languageProperty().set(Language.RU);
        org.cstoatlas.ui.detail.DetailPane pane = new org.cstoatlas.ui.detail.DetailPane(new org.cstoatlas.ui.detail.DetailViewModel(own), q -> { });
        Stage beside = WaitForAsyncUtils.asyncFx(() -> {
            Stage s = new Stage();
            s.setScene(new javafx.scene.Scene(pane, 420, 900));
            s.getScene().getStylesheets().setAll(window.root().getScene().getStylesheets());
            s.show();
            return s;
        }).get();
        try {
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (var alliance : record.alliances()) {
                if (alliance.subject()) continue;
                Fx.act(() -> {
                    vm.clearSelection();
                    vm.alliancesProperty().set(org.cstoatlas.state.AllianceChoice.of(alliance.id()));
                    own.clearSelection();
                    own.alliancesProperty().set(org.cstoatlas.state.AllianceChoice.of(alliance.id()));
                });
                assertAllRussian(robot, alliance.id() + " shown");
                boolean inTheWindow = false;
                for (Event e : record.allEvents()) {
                    if (e.alliance() == null || !e.alliance().id().equals(alliance.id())) continue;
                    if (!inTheWindow) {
                        Fx.act(() -> vm.selectEvent(e));
                        assertAllRussian(robot, alliance.id() + " event " + e.id() + " in the window");
                        inTheWindow = true;
                    }
                    Fx.act(() -> own.selectEvent(e));
                    assertPaneRussian(pane, alliance.id() + " event " + e.id());
                }
                for (var p : record.allPeriods()) {
                    if (!p.alliance().equals(alliance.id())) continue;
                    boolean disputed = record.allDisagreements().stream()
                            .anyMatch(d -> d.subject().kind() == org.cstoatlas.record.Disagreement.Kind.PERIOD && d.subject().id().equals(p.id()));
                    // A note many periods share (NATO's founders) is looked at once; a disputed period always.
                    boolean told = disputed || (p.note() != null && seen.add(p.note()));
                    if (!told || p.start().first().isBefore(record.firstDay())) continue;
                    Fx.act(() -> {
                        own.setDate(p.start().first());
                        own.selectCountry(p.country());
                    });
                    assertPaneRussian(pane, alliance.id() + " period " + p.id());
                }
            }
        } finally {
            Fx.act(beside::close);
        }
    }

    @Test
    void theDetailPaneLegendAndTimelineSpeakRussian(FxRobot robot) {
        assertEquals("1 июня 2008", robot.lookup("#date-label").queryAs(Label.class).getText());
        List<String> legend = robot.lookup(".legend-label").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertTrue(legend.contains("Член Организации (ОДКБ)"), legend.toString());
        assertEquals("Член Организации (ОДКБ)", StatusStyle.MEMBER_ORGANIZATION.label());
        assertEquals("▶ Пуск", robot.lookup("#play").queryAs(javafx.scene.control.Button.class).getText());
        // Playing, it draws its whole words: "❚❚ Пауза" showed as "Па…". Then back on the day it left.
        java.time.LocalDate day = vm.getDate();
        Fx.act(() -> vm.playingProperty().set(true));
        Fx.settle();
        String drawn = org.testfx.util.WaitForAsyncUtils.waitForAsyncFx(5000, () -> ((javafx.scene.text.Text) window.root().lookup("#play").lookup(".text")).getText());
        Fx.act(() -> {
            vm.playingProperty().set(false);
            vm.setDate(day);
        });
        assertEquals("❚❚ Пауза", drawn);
        Fx.act(() -> vm.selectCountry(vm.record().country("KAZ").orElseThrow()));
        assertEquals("Казахстан", robot.lookup("#detail-title").queryAs(Label.class).getText());
        String status = robot.lookup("#detail-status").queryAs(Label.class).getText();
        assertEquals("1 июня 2008: Член ОДКБ с 7 октября 2002", status);
        // The dataset's quotes stay as they are.
        assertTrue(robot.lookup(".quote-text").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().startsWith("“") && l.getText().matches("(?s).*[A-Za-z]{4,}.*")), "quotes in their own language");
        // What a reference is cited for is said in Russian (an event citing one, selected).
        Event cites = vm.record().events().stream()
                .filter(e -> e.evidence().stream().anyMatch(x -> x instanceof org.cstoatlas.record.Citation)).findFirst().orElseThrow();
        Fx.act(() -> vm.selectEvent(cites));
        Fx.settle();
        List<String> says = robot.lookup("#detail-pane .reference-says").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertFalse(says.isEmpty(), "event " + cites.id() + " shows what its references say");
        java.util.Set<String> english = vm.record().allCitations().stream().map(org.cstoatlas.record.Citation::says).collect(java.util.stream.Collectors.toSet());
        assertTrue(says.stream().noneMatch(english::contains), "a reference's summary in English: " + says);
        assertTrue(says.stream().allMatch(t -> t.matches("(?s).*[А-Яа-яЁё]{4,}.*")), says.toString());
        Fx.act(() -> vm.selectCountry(vm.record().country("KAZ").orElseThrow()));
        // On the map the countries carry their Russian names.
        assertTrue(robot.lookup(".country-label").queryAllAs(javafx.scene.text.Text.class).stream().anyMatch(t -> t.getText().startsWith("Казахстан")));
    }
}

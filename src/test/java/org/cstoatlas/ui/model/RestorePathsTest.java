package org.cstoatlas.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cstoatlas.Bundled;
import org.cstoatlas.record.EventKind;
import org.cstoatlas.record.Language;
import org.cstoatlas.record.time.TimeIndex;
import org.cstoatlas.state.AllianceChoice;
import org.cstoatlas.state.AtlasState;
import org.cstoatlas.state.Lesson;
import org.cstoatlas.state.MapFrame;
import org.cstoatlas.state.Panes;
import org.cstoatlas.state.PlaySpeed;
import org.cstoatlas.state.Remembered;
import org.cstoatlas.state.SavedView;
import org.cstoatlas.state.SelectionRef;
import org.cstoatlas.state.Theme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every field of {@link AtlasState} through every way a state comes back: a view file, a lesson stop, the
 * remembered settings, a language or dataset switch (a new view model given the old one's state), and
 * presenting. Fields are walked by reflection, so a field added to the state and lost on some path fails
 * here; each path names the fields it keeps from the reader on purpose.
 */
class RestorePathsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static TimeIndex index;
    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        index = new TimeIndex(Bundled.loadDataset().record());
    }

    /** A state in which no field has its opening value. */
    static AtlasState full() {
        return new AtlasState(LocalDate.of(2008, 8, 26), new SelectionRef(SelectionRef.Kind.COUNTRY, "KAZ"), LocalDate.of(2001, 1, 1),
                EnumSet.of(EventKind.ACCESSION, EventKind.WITHDRAWAL), Theme.DARK, Language.RU, 1.75, PlaySpeed.EVENTS_SLOW,
                new MapFrame(5.0, 45.0, 60.0), new Panes(false, true, false), new AllianceChoice("csto", "nato"));
    }

    /** The teacher's own window: every field at its opening value, in English. */
    static AtlasState teacher() {
        return AtlasState.initial(TODAY, Language.EN);
    }

    AtlasViewModel window() {
        AtlasViewModel vm = new AtlasViewModel(index, TODAY);
        vm.apply(teacher());
        return vm;
    }

    @Test
    void theWalkSeesEveryFieldChanged() {
        // Otherwise a field left at its opening value would pass every path below unnoticed.
        for (RecordComponent c : AtlasState.class.getRecordComponents()) {
            assertNotEquals(value(c, teacher()), value(c, full()), c.getName() + " differs between the two states walked");
        }
    }

    @Test
    void aViewFile() throws Exception {
        Path file = dir.resolve("v." + SavedView.EXTENSION);
        Files.writeString(file, SavedView.of(full()).toJson());
        AtlasViewModel vm = window();
        vm.apply(SavedView.read(file).over(vm.state()));
        // A view file keeps the reader's language: a Russian teacher's file opens in an English class's window.
        same("a view file", full(), vm.state(), Set.of("language"));
    }

    @Test
    void aLessonStopShowsItsViewInTheTeachersLook() throws Exception {
        Path file = dir.resolve("l." + SavedView.EXTENSION);
        Files.writeString(file, new Lesson("A", List.of(new Lesson.Stop(full(), "note", null))).toJson());
        AtlasViewModel vm = window();
        vm.lesson().open(Lesson.read(file, vm.state()), 0);
        same("a lesson stop", full(), vm.state(), Set.of("theme", "language", "textScale", "playSpeed", "panes"));
        assertEquals(new AllianceChoice("csto", "nato"), vm.alliancesProperty().get(), "the stop's alliances are shown");
    }

    @Test
    void aLessonStopWhilePresentingKeepsThePresentation() {
        AtlasViewModel vm = window();
        vm.presentingProperty().set(true);
        double presentingScale = vm.textScaleProperty().get();
        vm.lesson().open(new Lesson("A", List.of(new Lesson.Stop(full(), "note", null))), 0);
        assertEquals(new AllianceChoice("csto", "nato"), vm.alliancesProperty().get());
        assertEquals(presentingScale, vm.textScaleProperty().get(), "the presentation's text size stays");
        assertTrue(!vm.browseShownProperty().get() && !vm.detailShownProperty().get(), "the panes stay away");
        vm.presentingProperty().set(false);
        assertEquals(teacher().textScale(), vm.textScaleProperty().get(), "the teacher's text size comes back");
        assertEquals(teacher().panes(), vm.state().panes(), "the teacher's panes come back");
    }

    @Test
    void theRememberedSettings() {
        Remembered.of(full(), 10, 20, 1280, 800).save(dir);
        AtlasViewModel vm = window();
        vm.apply(Remembered.load(dir).over(vm.state()));
        // What was selected and compared is the last class's; a new start opens without them.
        same("the remembered settings", full(), vm.state(), Set.of("selection", "compareDate"));
    }

    @Test
    void aLanguageOrDatasetSwitchCarriesTheWholeState() {
        AtlasViewModel old = window();
        old.apply(full());
        AtlasViewModel next = new AtlasViewModel(index, TODAY);
        next.apply(old.state().withLanguage(Language.EN));
        same("a language switch", full(), next.state(), Set.of("language"));
        assertEquals(Language.EN, next.state().language());
        AtlasViewModel reloaded = new AtlasViewModel(new TimeIndex(Bundled.loadDataset().record()), TODAY);
        reloaded.apply(old.state());
        same("a dataset reload", full(), reloaded.state(), Set.of());
    }

    @Test
    void presentingAndLeavingItGivesTheStateBack() {
        AtlasViewModel vm = window();
        vm.apply(full());
        vm.presentingProperty().set(true);
        same("while presenting", full(), vm.state(), Set.of());
        vm.presentingProperty().set(false);
        same("after presenting", full(), vm.state(), Set.of());
    }

    private static void same(String path, AtlasState want, AtlasState got, Set<String> keptFromReader) {
        List<String> lost = new ArrayList<>();
        for (RecordComponent c : AtlasState.class.getRecordComponents()) {
            Object expected = keptFromReader.contains(c.getName()) ? value(c, teacher()) : value(c, want);
            if (!expected.equals(value(c, got)) && !(expected == NONE && value(c, got) == NONE)) {
                lost.add(c.getName() + ": wanted " + expected + ", got " + value(c, got));
            }
        }
        assertEquals(List.of(), lost, path + " loses fields");
    }

    private static final Object NONE = new Object();

    private static Object value(RecordComponent c, AtlasState s) {
        try {
            Object v = c.getAccessor().invoke(s);
            return v == null ? NONE : v;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}

package org.cstoatlas.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import org.cstoatlas.Bundled;
import org.cstoatlas.record.EventKind;
import org.cstoatlas.record.time.TimeIndex;
import org.cstoatlas.state.AtlasState;
import org.cstoatlas.record.Language;
import org.cstoatlas.state.MapFrame;
import org.cstoatlas.state.Panes;
import org.cstoatlas.state.PlaySpeed;
import org.cstoatlas.state.SelectionRef;
import org.cstoatlas.state.TextScale;
import org.cstoatlas.state.Theme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The one state value: taken from a live view model and put back whole, and the presentation rules; no toolkit. */
class AtlasStateTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static TimeIndex index;

    @BeforeAll
    static void load() {
        index = new TimeIndex(Bundled.loadDataset().record());
    }

    private static AtlasState everythingSet() {
        return AtlasState.initial(TODAY, Language.RU).withDate(LocalDate.of(2008, 6, 1))
                .withSelection(new SelectionRef(SelectionRef.Kind.COUNTRY, "UZB")).withCompareDate(LocalDate.of(2001, 1, 1))
                .withShownKinds(EnumSet.of(EventKind.ACCESSION, EventKind.WITHDRAWAL)).withTheme(Theme.HIGH_CONTRAST)
                .withTextScale(1.75).withPlaySpeed(PlaySpeed.EVENTS_SLOW).withMap(new MapFrame(4, 41, 69)).withPanes(new Panes(false, true, false))
                .withAlliances(new org.cstoatlas.state.AllianceChoice("csto", "sco"));
    }

    @Test
    void aStateAppliedIsTheStateTakenBack() {
        AtlasViewModel vm = new AtlasViewModel(index, TODAY);
        AtlasState s = everythingSet();
        assertEquals(Optional.empty(), vm.apply(s));
        assertEquals(s, vm.state());
        // A second view model, as after a language switch or a dataset reload, shows the same.
        AtlasViewModel again = new AtlasViewModel(index, TODAY);
        again.apply(vm.state());
        assertEquals(s, again.state());
        assertEquals(EnumSet.of(EventKind.ACCESSION, EventKind.WITHDRAWAL), again.shownKinds(), "the kind filter is kept");
        assertTrue(again.getSelection() instanceof Selection.OfCountry c && c.country().iso().equals("UZB"));
        assertEquals(LocalDate.of(2001, 1, 1), again.compareDateProperty().get());
    }

    @Test
    void aSelectionTheRecordLacksIsDroppedAndSaid() {
        AtlasViewModel vm = new AtlasViewModel(index, TODAY);
        // Said in the state's language: the view model's words, whatever window was built last.
        Optional<String> warning = vm.apply(everythingSet().withSelection(new SelectionRef(SelectionRef.Kind.EVENT, "no-such-event")));
        assertEquals(Optional.of("в этом наборе данных нет события «no-such-event»; ничего не выбрано"), warning);
        assertEquals(Optional.of("no event 'no-such-event' in this dataset; nothing is selected"),
                vm.apply(everythingSet().withLanguage(Language.EN).withSelection(new SelectionRef(SelectionRef.Kind.EVENT, "no-such-event"))));
        assertNull(vm.getSelection());
        assertEquals(LocalDate.of(2008, 6, 1), vm.getDate(), "the rest is shown");
        // A country's code in lower case still names it.
        assertEquals(Optional.empty(), vm.apply(vm.state().withSelection(new SelectionRef(SelectionRef.Kind.COUNTRY, "kaz"))));
        assertTrue(vm.getSelection() instanceof Selection.OfCountry c && c.country().iso().equals("KAZ"));
    }

    @Test
    void theAlliancesShownFollowTheStateAndAnUnknownOneFallsBackToTheCsto() {
        AtlasViewModel vm = new AtlasViewModel(index, TODAY);
        vm.apply(everythingSet().withDate(LocalDate.of(2024, 7, 5)));
        assertEquals("sco", vm.shownAlliances().get(1).id());
        assertEquals("member", vm.pairedStatusesProperty().get().of("BLR").status().id(), "Belarus joined the SCO on 4 July 2024");
        assertEquals("member", vm.statusesProperty().get().of("BLR").status().id());
        Optional<String> warning = vm.apply(vm.state().withLanguage(Language.EN).withAlliances(new org.cstoatlas.state.AllianceChoice("warsaw", null)));
        assertEquals(Optional.of("no alliance 'warsaw' in this dataset; the map shows the CSTO"), warning);
        assertEquals(Optional.of("в этом наборе данных нет союза «warsaw»; карта показывает ОДКБ"),
                vm.apply(vm.state().withLanguage(Language.RU).withAlliances(new org.cstoatlas.state.AllianceChoice("warsaw", null))));
        assertEquals(org.cstoatlas.state.AllianceChoice.CSTO, vm.state().alliances());
        assertNull(vm.pairedStatusesProperty().get());
        // Setting an unknown id from a control is refused too; a known one shows its statuses.
        vm.alliancesProperty().set(org.cstoatlas.state.AllianceChoice.of("nope"));
        assertEquals(org.cstoatlas.state.AllianceChoice.CSTO, vm.alliancesProperty().get());
        vm.alliancesProperty().set(org.cstoatlas.state.AllianceChoice.of("nato"));
        assertEquals("member", vm.statusesProperty().get().of("FIN").status().id());
    }

    @Test
    void pageDownStepsThroughTheEventsOfTheAlliancesOnTheMap() {
        AtlasViewModel vm = new AtlasViewModel(index, TODAY);
        vm.setDate(LocalDate.of(2023, 4, 3));
        vm.alliancesProperty().set(new org.cstoatlas.state.AllianceChoice("csto", "nato"));
        assertTrue(vm.nextEvent());
        assertEquals("nato-2023-finland", ((Selection.OfEvent) vm.getSelection()).event().id());
        // Back to the CSTO alone: NATO's events are no longer stepped through.
        vm.alliancesProperty().set(org.cstoatlas.state.AllianceChoice.CSTO);
        vm.setDate(LocalDate.of(2023, 4, 3));
        vm.clearSelection();
        assertTrue(vm.nextEvent());
        assertEquals(false, ((Selection.OfEvent) vm.getSelection()).event().id().startsWith("nato-"));
        assertTrue(vm.previousEvent());
        assertTrue(((Selection.OfEvent) vm.getSelection()).event().alliance().subject());
    }

    @Test
    void presentingRaisesTheTextClosesThePanesAndGivesAllBack() {
        AtlasViewModel vm = new AtlasViewModel(index, TODAY);
        vm.textScaleProperty().set(1.25);
        vm.browseShownProperty().set(true);
        vm.detailShownProperty().set(true);
        vm.presentingProperty().set(true);
        assertEquals(TextScale.PRESENTING, vm.textScaleProperty().get());
        assertFalse(vm.browseShownProperty().get());
        assertFalse(vm.detailShownProperty().get(), "presenting gives the map the whole screen");
        // The state taken while presenting is the one to come back to, not the presentation's.
        assertEquals(1.25, vm.state().textScale());
        assertTrue(vm.state().panes().browse());
        assertTrue(vm.state().panes().detail());
        vm.presentingProperty().set(false);
        assertEquals(1.25, vm.textScaleProperty().get());
        assertTrue(vm.browseShownProperty().get());
        assertTrue(vm.detailShownProperty().get());
        // Text already larger than the presentation's stays as it is.
        vm.textScaleProperty().set(2.0);
        vm.presentingProperty().set(true);
        assertEquals(2.0, vm.textScaleProperty().get());
    }

    @Test
    void textSizeStaysWithinItsBounds() {
        AtlasViewModel vm = new AtlasViewModel(index, TODAY);
        vm.textScaleProperty().set(7);
        assertEquals(TextScale.MAX, vm.textScaleProperty().get());
        vm.largerText();
        assertEquals(TextScale.MAX, vm.textScaleProperty().get());
        vm.textScaleProperty().set(1.0);
        vm.smallerText();
        assertEquals(TextScale.MIN, vm.textScaleProperty().get());
        vm.largerText();
        assertEquals(1.25, vm.textScaleProperty().get());
    }

    @Test
    void theWindowWidthDecidesWhetherTheListsHaveRoom() {
        assertFalse(AtlasViewModel.roomForBrowse(1280));
        assertTrue(AtlasViewModel.roomForBrowse(1600));
    }
}

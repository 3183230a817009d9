package org.cstoatlas.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.cstoatlas.Bundled;
import org.cstoatlas.record.Event;
import org.cstoatlas.record.EventKind;
import org.cstoatlas.record.time.TimeIndex;
import org.cstoatlas.ui.model.AtlasViewModel;
import org.junit.jupiter.api.Test;

/** The timeline's ticks and the events of the date, without a window. */
class TimelineViewModelTest {

    @Test
    void aTickPerEventOnTheTrackAndTheEventsOfTheDate() {
        TimeIndex index = new TimeIndex(Bundled.loadDataset().record());
        AtlasViewModel vm = new AtlasViewModel(index, LocalDate.of(2026, 11, 23));
        TimelineViewModel timeline = new TimelineViewModel(vm);
        assertEquals(index.record().events().size(), timeline.ticks().size(), "every event of the CSTO has a tick");
        assertTrue(timeline.ticks().stream().allMatch(t -> t.at() >= 0 && t.at() <= 1));
        // Ticks stand in the order of their days, and a day in the timeline's first half stands in the track's.
        LocalDate middle = vm.firstDay().plusDays((vm.lastDay().toEpochDay() - vm.firstDay().toEpochDay()) / 2);
        for (TimelineViewModel.Tick a : timeline.ticks()) {
            for (TimelineViewModel.Tick b : timeline.ticks()) {
                if (a.event().date().first().isBefore(b.event().date().first())) assertTrue(a.at() < b.at(), a.event().id() + " before " + b.event().id());
            }
            if (!a.event().date().first().equals(middle)) assertEquals(a.event().date().first().isBefore(middle), a.at() < 0.5, a.event().id() + " on the right half of the track");
        }
        assertTrue(timeline.ticks().stream().anyMatch(TimelineViewModel.Tick::noDeployment), "an appeal without a deployment is marked");
        Event e = index.record().events().get(0);
        vm.setDate(e.date().first());
        assertTrue(timeline.eventsOfDateProperty().get().contains(e));
        vm.setDate(e.date().first().minusDays(1));
        assertEquals(List.of(), timeline.eventsOfDateProperty().get().stream().filter(x -> x == e).toList());
        vm.shownKinds().remove(e.kind());
        assertTrue(!timeline.shown(e));
        vm.shownKinds().add(EventKind.values()[0]);
    }

    @Test
    void theSentenceFollowsTheDateTheAlliancesAndTheLanguage() {
        TimeIndex index = new TimeIndex(Bundled.loadDataset().record());
        AtlasViewModel vm = new AtlasViewModel(index, LocalDate.of(2026, 11, 23));
        TimelineViewModel timeline = new TimelineViewModel(vm);
        vm.setDate(LocalDate.of(2024, 6, 1));
        String csto = timeline.summaryProperty().get();
        assertTrue(csto.startsWith("On 1 June 2024 the CSTO has five members: Russia, Belarus"), csto);
        vm.setDate(LocalDate.of(2006, 8, 16));
        assertTrue(timeline.summaryProperty().get().startsWith("On 16 August 2006 the CSTO has seven members:"), timeline.summaryProperty().get());
        vm.alliancesProperty().set(new org.cstoatlas.state.AllianceChoice("csto", "nato"));
        String pair = timeline.summaryProperty().get();
        assertTrue(pair.contains("; NATO has 26 members: Belgium"), "both alliances are said: " + pair);
        vm.languageProperty().set(org.cstoatlas.record.Language.RU);
        String ru = timeline.summaryProperty().get();
        assertTrue(ru.startsWith("На 16 августа 2006 года в ОДКБ семь государств-членов:") && ru.contains("; в НАТО 26 государств-членов:"), ru);
    }

    @Test
    void aSpanOfYearsPlacesOnlyItsEventsAcrossTheWholeTrack() {
        TimeIndex index = new TimeIndex(Bundled.loadDataset().record());
        AtlasViewModel vm = new AtlasViewModel(index, LocalDate.of(2026, 11, 23));
        vm.alliancesProperty().set(new org.cstoatlas.state.AllianceChoice("warsaw-pact", "nato"));
        TimelineViewModel timeline = new TimelineViewModel(vm);
        assertEquals(LocalDate.of(1949, 1, 1), timeline.spanDays()[0], "all years: from the record's first year");
        timeline.spanProperty().set(TimelineViewModel.Span.BLOCS);
        assertEquals(List.of(LocalDate.of(1949, 1, 1), LocalDate.of(1991, 12, 31)), List.of(timeline.spanDays()));
        List<String> blocs = timeline.ticks().stream().map(t -> t.event().id()).toList();
        assertTrue(blocs.contains("wp-1955-signed") && blocs.contains("wp-1991-dissolved"), blocs::toString);
        assertTrue(!blocs.contains("cst-1992-signed"), "the CSTO's treaty is after the span");
        TimelineViewModel.Tick dissolved = timeline.ticks().stream().filter(t -> t.event().id().equals("wp-1991-dissolved")).findFirst().orElseThrow();
        assertEquals((LocalDate.of(1991, 7, 1).toEpochDay() - LocalDate.of(1949, 1, 1).toEpochDay())
                / (double) (LocalDate.of(1991, 12, 31).toEpochDay() - LocalDate.of(1949, 1, 1).toEpochDay()), dissolved.at(), 1e-9);
        timeline.spanProperty().set(TimelineViewModel.Span.SINCE_1991);
        List<String> since = timeline.ticks().stream().map(t -> t.event().id()).toList();
        assertTrue(since.contains("cst-1992-signed") && since.contains("wp-1991-dissolved") && !since.contains("wp-1955-signed"), since::toString);
    }

    @Test
    void labelsThinOutAsTheSpanGrowsOrTheTrackNarrows() {
        LocalDate first = LocalDate.of(1949, 1, 1);
        LocalDate today = LocalDate.of(2026, 11, 23);
        // 78 years on a 1,200-pixel track, labels at least 70 pixels apart: every 5 years.
        assertEquals(5, TimelineViewModel.yearsPerLabel(first, today, 1200, 70));
        assertEquals(10, TimelineViewModel.yearsPerLabel(first, today, 600, 70));
        // 36 years since 1991 on a 1,400-pixel track: every 2 years.
        assertEquals(2, TimelineViewModel.yearsPerLabel(LocalDate.of(1991, 1, 1), today, 1400, 70));
        assertEquals(20, TimelineViewModel.yearsPerLabel(first, today, 200, 70));
    }

    @Test
    void aTypedDateIsReadTheWaysReadersWriteIt() {
        assertEquals(java.util.Optional.of(LocalDate.of(2022, 1, 6)), TimelineViewModel.typedDate("2022-01-06"));
        assertEquals(java.util.Optional.of(LocalDate.of(2022, 1, 6)), TimelineViewModel.typedDate(" 06.01.2022 "), "as Russian readers write it");
        assertEquals(java.util.Optional.of(LocalDate.of(2002, 10, 1)), TimelineViewModel.typedDate("2002-10"), "a month: its first day");
        assertEquals(java.util.Optional.of(LocalDate.of(1955, 1, 1)), TimelineViewModel.typedDate("1955"), "a year: its 1 January");
        for (String wrong : new String[] {"", "2022-02-30", "yesterday", "2022/01/06", "12345", null}) {
            assertTrue(TimelineViewModel.typedDate(wrong).isEmpty(), "not a day: " + wrong);
        }
    }

    @Test
    void theHeadingKeepsAnUncertainEventsAboutAndItsMonth() {
        TimeIndex index = new TimeIndex(Bundled.loadDataset().record());
        AtlasViewModel vm = new AtlasViewModel(index, LocalDate.of(2026, 11, 23));
        TimelineViewModel timeline = new TimelineViewModel(vm);
        org.cstoatlas.words.Words en = org.cstoatlas.words.Words.of(org.cstoatlas.record.Language.EN);
        org.cstoatlas.words.Words ru = org.cstoatlas.words.Words.of(org.cstoatlas.record.Language.RU);
        Event about = index.record().allEvents().stream().filter(e -> e.date().approximate()).findFirst().orElseThrow();
        LocalDate day = about.date().first();
        assertTrue(timeline.heading(day, en).startsWith("about "), timeline.heading(day, en));
        assertTrue(timeline.heading(day, ru).startsWith("около "), timeline.heading(day, ru));
        assertEquals(en.day(day.plusDays(1)), timeline.heading(day.plusDays(1), en), "the next day is a day like any other");
        Event certain = index.record().events().stream().filter(e -> !e.date().uncertain()).findFirst().orElseThrow();
        assertEquals(en.day(certain.date().first()), timeline.heading(certain.date().first(), en));
    }
}

package org.cstoatlas.state;

import org.cstoatlas.record.Language;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import java.util.stream.Stream;

/** View files: what is written reads back the same; a wrong one says file, line and field. */
class SavedViewTest {

    @Test
    void aViewReadsBackAsWritten(@TempDir Path dir) throws Exception {
        AtlasState state = AtlasState.initial(LocalDate.of(2026, 1, 1), Language.EN).withDate(LocalDate.of(2008, 6, 1))
                .withSelection(new SelectionRef(SelectionRef.Kind.COUNTRY, "UZB")).withCompareDate(LocalDate.of(2013, 6, 1))
                .withShownKinds(java.util.EnumSet.of(org.cstoatlas.record.EventKind.ACCESSION, org.cstoatlas.record.EventKind.SUMMIT))
                .withMap(new MapFrame(4.5, 45, 68)).withTheme(Theme.DARK).withTextScale(1.5).withPanes(new Panes(false, true, false))
                .withAlliances(new AllianceChoice("csto", "nato"));
        SavedView v = SavedView.of(state);
        Files.writeString(dir.resolve("v.json"), v.toJson());
        assertEquals(v, SavedView.read(dir.resolve("v.json")));
        // Opened over another state, the view brings back all of its own, and the reader's language stays.
        assertEquals(state.withLanguage(Language.RU), SavedView.read(dir.resolve("v.json")).over(AtlasState.initial(LocalDate.of(2026, 1, 1), Language.RU)));
        // One alliance shown reads back as one; a view without alliances leaves the map's choice alone.
        AtlasState nato = state.withAlliances(AllianceChoice.of("nato"));
        assertEquals(nato, SavedView.parse("n.json", SavedView.of(nato).toJson(), java.util.Map.of()).over(state));
        assertEquals(state.alliances(), SavedView.parse("d.json", "{\"date\": \"2001-01-01\"}", java.util.Map.of()).over(state).alliances());
        // An exercise or a base selected reads back as such.
        for (SelectionRef ref : java.util.List.of(new SelectionRef(SelectionRef.Kind.EXERCISE, "interaction-2014"), new SelectionRef(SelectionRef.Kind.BASE, "ru-kant-air-base"))) {
            AtlasState selected = state.withSelection(ref);
            assertEquals(ref, SavedView.parse("s.json", SavedView.of(selected).toJson(), java.util.Map.of()).over(state).selection());
        }
        SavedView empty = new SavedView(null, null, null, null, null, null, null, null, null, null, null, null, null);
        assertEquals(empty, SavedView.parse("e.json", empty.toJson(), java.util.Map.of()));
    }

    static Stream<Arguments> wrongFiles() {
        return Stream.of(
                Arguments.of("{\"date\": \"2008-02-30\"}", "v.json:1:10: date: '2008-02-30' is not a date (expected YYYY-MM-DD)"),
                Arguments.of("{\n\"zoom\": 12}", "v.json:2:9: zoom: must be from 1 to 8, not 12"),
                Arguments.of("{\"selection\": {\"kind\": \"planet\", \"id\": \"X\"}}", "v.json:1:24: selection.kind: 'planet' is not a kind of selection (country, event, deployment, force, exercise, base)"),
                Arguments.of("{\"colour\": 1}", "v.json:1:12: colour: unknown field (known: date, selection, compareDate, shownKinds, theme, language, textScale, playSpeed, zoom, centre, panes, alliances)"),
                Arguments.of("{\"alliances\": [\"csto\", \"nato\", \"sco\"]}", "v.json:1:32: alliances: must be a list of one or two alliance ids, e.g. [\"csto\"] or [\"csto\", \"nato\"]"),
                Arguments.of("{\"alliances\": []}", "v.json:1:16: alliances: must be a list of one or two alliance ids, e.g. [\"csto\"] or [\"csto\", \"nato\"]"),
                Arguments.of("{\"alliances\": [\"NATO\"]}", "v.json:1:22: alliances: 'NATO' is not an alliance id (lower case, e.g. nato)"),
                Arguments.of("{\"centre\": {\"lat\": 95, \"lon\": 0}}", "v.json:1:20: centre.lat: must be from -85 to 85, not 95"),
                Arguments.of("{\"theme\": \"purple\"}", "v.json:1:11: theme: 'purple' is not a theme (light, dark, high-contrast)"),
                Arguments.of("{\"shownKinds\": [\"summit\", \"party\"]}", "v.json:1:27: shownKinds: 'party' is not an event kind (treaty, accession, withdrawal, suspension, summit, appeal, operation, force, institution, context)"),
                Arguments.of("[1]", "v.json:1:1: a view file is one JSON object { ... }"),
                // Dates off the timeline are refused as the command line refuses them, not clamped without a word.
                Arguments.of("{\"date\": \"9999-12-31\"}", "v.json:1:10: date: 9999-12-31 is outside the atlas's timeline (" + org.cstoatlas.state.AtlasState.FIRST_DAY + " to " + java.time.LocalDate.now() + ")"),
                Arguments.of("{\"compareDate\": \"0000-01-01\"}", "v.json:1:17: compareDate: 0000-01-01 is outside the atlas's timeline (" + org.cstoatlas.state.AtlasState.FIRST_DAY + " to " + java.time.LocalDate.now() + ")"),
                // Jackson's stream limits and its NaN are said in a reader's words, with no exception escaping.
                Arguments.of("{\"zoom\": " + "9".repeat(1500) + "}", "v.json: not valid JSON: a number has more than 1000 digits"),
                Arguments.of("{\"" + "x".repeat(60_000) + "\": 1}", "v.json: not valid JSON: a field name is longer than 50000 characters"),
                Arguments.of("{\"zoom\": NaN}", "v.json:1:13: not valid JSON: 'NaN' is not a number JSON allows (write a number, or null)"));
    }

    @ParameterizedTest
    @MethodSource("wrongFiles")
    void aWrongViewFileSaysFileLineAndField(String json, String message) {
        SavedView.Unreadable e = assertThrows(SavedView.Unreadable.class, () -> SavedView.parse("v.json", json, java.util.Map.of()));
        assertEquals(message, e.getMessage());
    }

    @Test
    void brokenJsonAndMissingFilesAreClearToo(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("b.json"), "{\"date\": \"2008-06-01\",\n");
        String m = assertThrows(SavedView.Unreadable.class, () -> SavedView.read(dir.resolve("b.json"))).getMessage();
        assertEquals(true, m.startsWith("b.json:2:"), m);
        assertEquals("none.json: not found", assertThrows(SavedView.Unreadable.class, () -> SavedView.read(dir.resolve("none.json"))).getMessage());
        // A byte-order mark, as some editors write, is fine; a folder or a huge file is not a view.
        Files.writeString(dir.resolve("bom.json"), "\uFEFF{\"date\": \"2008-06-01\"}");
        assertEquals(LocalDate.of(2008, 6, 1), SavedView.read(dir.resolve("bom.json")).date());
        assertEquals("d: is a folder, not a file", assertThrows(SavedView.Unreadable.class, () -> SavedView.read(Files.createDirectory(dir.resolve("d")))).getMessage());
        Files.writeString(dir.resolve("big.json"), "{\"date\": \"" + "x".repeat(300_000) + "\"}");
        String big = assertThrows(SavedView.Unreadable.class, () -> SavedView.read(dir.resolve("big.json"))).getMessage();
        assertEquals(true, big.startsWith("big.json: is too large"), big);
    }
}

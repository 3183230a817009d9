package org.cstoatlas.ui.tools;

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
        SavedView v = new SavedView(LocalDate.of(2008, 6, 1), "country", "UZB", LocalDate.of(2013, 6, 1), 4.5, 45.0, 68.0, "dark", 1.5);
        v.write(dir.resolve("v.json"));
        assertEquals(v, SavedView.read(dir.resolve("v.json")));
        SavedView empty = new SavedView(null, null, null, null, null, null, null, null, null);
        assertEquals(empty, SavedView.parse("e.json", empty.toJson()));
    }

    static Stream<Arguments> wrongFiles() {
        return Stream.of(
                Arguments.of("{\"date\": \"2008-02-30\"}", "v.json:1:10: date: '2008-02-30' is not a date (expected YYYY-MM-DD)"),
                Arguments.of("{\n\"zoom\": 12}", "v.json:2:9: zoom: must be from 1 to 8, not 12"),
                Arguments.of("{\"selection\": {\"kind\": \"planet\", \"id\": \"X\"}}", "v.json:1:24: selection.kind: must be one of country, event, deployment, force"),
                Arguments.of("{\"colour\": 1}", "v.json:1:12: colour: unknown field (known: date, selection, compareDate, zoom, centre, theme, textScale)"),
                Arguments.of("{\"centre\": {\"lat\": 95, \"lon\": 0}}", "v.json:1:20: centre.lat: must be from -85 to 85, not 95"),
                Arguments.of("[1]", "v.json:1:1: a view file is one JSON object { ... }"));
    }

    @ParameterizedTest
    @MethodSource("wrongFiles")
    void aWrongViewFileSaysFileLineAndField(String json, String message) {
        SavedView.Unreadable e = assertThrows(SavedView.Unreadable.class, () -> SavedView.parse("v.json", json));
        assertEquals(message, e.getMessage());
    }

    @Test
    void brokenJsonAndMissingFilesAreClearToo(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("b.json"), "{\"date\": \"2008-06-01\",\n");
        String m = assertThrows(SavedView.Unreadable.class, () -> SavedView.read(dir.resolve("b.json"))).getMessage();
        assertEquals(true, m.startsWith("b.json:2:"), m);
        assertEquals("none.json: no such file", assertThrows(SavedView.Unreadable.class, () -> SavedView.read(dir.resolve("none.json"))).getMessage());
    }
}

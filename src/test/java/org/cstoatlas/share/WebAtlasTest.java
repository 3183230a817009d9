package org.cstoatlas.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cstoatlas.Bundled;
import org.cstoatlas.cli.CommandLine;
import org.cstoatlas.record.Language;
import org.cstoatlas.record.time.TimeIndex;
import org.cstoatlas.state.AtlasState;
import org.cstoatlas.state.Lesson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The web page as a file: within its size, pointing nowhere outside itself, and written whole or not at all. */
class WebAtlasTest {

    static WebAtlas atlas() throws Exception {
        return WebAtlas.bundled(new TimeIndex(Bundled.loadDataset().record()), org.cstoatlas.Bundled.loadDataset().record().firstDay(), LocalDate.now());
    }

    @Test
    void thePageWithTheBundledLessonStaysSmallAndPointsNowhereElse(@TempDir Path dir) throws Exception {
        Lesson eight = Lesson.read(Bundled.lessons().get(0), AtlasState.initial(LocalDate.now(), Language.EN));
        Path out = dir.resolve("lesson.html");
        long bytes = atlas().write(eight, Language.EN, out, p -> { }, () -> false);
        assertEquals(Files.size(out), bytes);
        assertTrue(bytes <= WebAtlas.MAX_BYTES, bytes + " bytes");
        String page = Files.readString(out, StandardCharsets.UTF_8);
        // No attribute or CSS url() names anything to fetch; the only links are the sources' own words.
        Matcher fetch = Pattern.compile("(?i)(src|href|action|poster|data)\\s*=\\s*[\"'][^\"']|url\\((?!#)|@import|fetch\\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon").matcher(page);
        assertFalse(fetch.find(), () -> "the page may fetch: " + page.substring(Math.max(0, fetch.start() - 40), Math.min(page.length(), fetch.end() + 40)));
        for (int i = 0; i < eight.size(); i++) {
            assertTrue(page.contains(eight.stop(i).note(Language.EN)), "stop " + (i + 1) + " in English");
            assertTrue(page.contains(eight.stop(i).note(Language.RU)), "stop " + (i + 1) + " in Russian");
        }
        assertTrue(page.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), page.substring(0, 40));
    }

    @Test
    void aCancelledPageLeavesTheOlderFileAsItWas(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("atlas.html");
        Files.writeString(out, "an older page");
        assertThrows(WebAtlas.Cancelled.class, () -> atlas().write(null, Language.EN, out, p -> { }, () -> true));
        assertEquals("an older page", Files.readString(out));
        assertEquals(List.of(out), Files.list(dir).toList(), "nothing left beside it");
    }
}

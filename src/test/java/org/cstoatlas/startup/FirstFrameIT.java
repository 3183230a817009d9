package org.cstoatlas.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first map waits for nothing it does not show: the packaged jar's start-up (the bench's, off-screen)
 * run with {@code -verbose:class}, and no class of a pane built later (when its tab is chosen, or it
 * is opened) and none of the dataset's full check loaded before the first frame is reported.
 */
class FirstFrameIT {

    /** Classes the first frame must not load: the panes and the card built when first opened, the search index, the full check. */
    private static final List<String> LATER = List.of(
            "org.cstoatlas.ui.browse.OperationsTable", "org.cstoatlas.ui.browse.DisagreementList",
            "org.cstoatlas.ui.chart.MembershipChart", "org.cstoatlas.ui.chart.MembershipChartViewModel",
            "org.cstoatlas.ui.table.CountryTable", "org.cstoatlas.ui.table.CountryTableViewModel",
            "org.cstoatlas.ui.detail.ArticleReader", "org.cstoatlas.ui.lesson.LessonPane",
            "org.cstoatlas.record.Search",
            // The browse pane is built when first shown: a window narrower than 1500 px (the bench's is 1280) opens without it.
            "org.cstoatlas.ui.browse.BrowsePane", "org.cstoatlas.ui.browse.EventList",
            // The quiz card is built when a quiz is first shown.
            "org.cstoatlas.ui.quiz.QuizPane",
            // What stands on the map comes after the first map (AtlasWindow.fillIn): the alliance chooser's lists are not styled before it.
            "javafx.scene.control.skin.ComboBoxListViewSkin",
            // The bundled dataset comes in the form the build checked: neither the loader nor the quote search runs.
            "org.cstoatlas.dataset.DatasetLoader", "org.cstoatlas.dataset.PassageFinder",
            // ... read field by field, not through Java's serialization, whose readers took a third of a second to build;
            "java.io.ObjectInputStream",
            // and the first map's basemap tiles were drawn by the build: the renderer (and Java2D) wait for a zoom further in.
            "org.cstoatlas.geo.TileRenderer",
            // The command tree is not built for the plain start (nor for the start-up bench, which measures it),
            // and Jackson's databind is used only to write files (the shapes and settings are streamed).
            "picocli.CommandLine", "com.fasterxml.jackson.databind.ObjectMapper");

    /** What the first map is made of: seen loaded, so the listing read is the real one. */
    private static final List<String> FIRST = List.of(
            "org.cstoatlas.ui.window.AtlasWindow", "org.cstoatlas.ui.map.CountryLayer", "org.cstoatlas.ui.detail.DetailPane",
            "org.cstoatlas.dataset.CheckedRecord");

    @Test
    void noDeferredPaneIsLoadedBeforeTheFirstFrame(@TempDir Path dir) throws Exception {
        for (String name : LATER) Class.forName(name, false, getClass().getClassLoader()); // each still exists under its name
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path jar = Path.of(System.getProperty("atlas.jar", "target/csto-atlas.jar")).toAbsolutePath();
        Path log = dir.resolve("out.txt");
        Process p = new ProcessBuilder(List.of(java.toString(), "-verbose:class", "-Duser.home=" + dir, "-jar", jar.toString(), "bench", "--startup"))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "finished");
        String out = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), out);
        int firstFrame = out.indexOf("startup_first_frame_ms ");
        assertTrue(firstFrame > 0, "the bench reported its first frame");
        Set<String> loaded = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)\\[class,load\\] ([\\w.$]+) ").matcher(out.substring(0, firstFrame));
        while (m.find()) loaded.add(m.group(1));
        for (String name : FIRST) assertTrue(loaded.contains(name), name + " is loaded for the first map");
        List<String> early = LATER.stream().filter(loaded::contains).toList();
        assertEquals(List.of(), early, "loaded before the first frame");
    }
}

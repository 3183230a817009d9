package org.cstoatlas.share;

import org.junit.jupiter.api.extension.ExtendWith;
import org.cstoatlas.CleanToolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.concurrent.Worker;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import org.cstoatlas.Bundled;
import org.cstoatlas.cli.CommandLine;
import org.cstoatlas.record.Language;
import org.cstoatlas.record.Status;
import org.cstoatlas.record.time.StatusSnapshot;
import org.cstoatlas.record.time.TimeIndex;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The offline web page opened in JavaFX's WebView (WebKit), so that a plain build checks it in a
 * browser engine even where chromium is not installed: it loads, its script runs without error, and
 * what it shows for a date is what the record's time index says.
 */
@Tag("toolkit")
@ExtendWith(CleanToolkit.class)
class WebAtlasWebViewTest {

    @TempDir
    Path dir;

    @Test
    void thePageRunsInWebViewAndShowsTheRecordForADate() throws Exception {
        TimeIndex index = new TimeIndex(Bundled.loadDataset().record());
        Path page = dir.resolve("atlas.html");
        WebAtlas.bundled(index, org.cstoatlas.Bundled.loadDataset().record().firstDay(), LocalDate.now()).write(null, Language.RU, page, p -> { }, () -> false);
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyStarted) {
            // another test of this JVM started the toolkit
        }
        CompletableFuture<WebEngine> loaded = new CompletableFuture<>();
        Platform.runLater(() -> {
            WebView view = new WebView();
            WebEngine engine = view.getEngine();
            engine.setOnError(e -> loaded.completeExceptionally(new AssertionError(e.getMessage())));
            engine.getLoadWorker().stateProperty().addListener((obs, o, state) -> {
                if (state == Worker.State.SUCCEEDED) loaded.complete(engine);
                if (state == Worker.State.FAILED) loaded.completeExceptionally(new AssertionError("the page failed to load"));
            });
            engine.load(page.toUri().toString());
        });
        WebEngine engine = loaded.get(120, TimeUnit.SECONDS);

        // A boundary day from the middle of the record, set as a student's slider sets it.
        LocalDate day = index.changeDays().get(index.changeDays().size() / 2);
        StatusSnapshot truth = index.statusOn(day);
        CompletableFuture<Object[]> shown = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                engine.executeScript("var s = document.getElementById('slider'); s.value = " + day.toEpochDay()
                        + "; s.dispatchEvent(new Event('input'));");
                shown.complete(new Object[] {
                    engine.executeScript("document.documentElement.lang"),
                    engine.executeScript("document.querySelectorAll('#rows tr').length"),
                    engine.executeScript("Array.from(document.querySelectorAll('#legend li')).filter(li => li.getAttribute('data-style').indexOf('member') === 0)"
                            + ".map(li => Number(li.textContent.replace(/.*\\((\\d+)\\)$/, '$1'))).reduce((a, b) => a + b, 0)"),
                    engine.executeScript("document.getElementById('summary').textContent"),
                    engine.executeScript("document.getElementById('date').textContent"),
                });
            } catch (RuntimeException e) {
                shown.completeExceptionally(e);
            }
        });
        Object[] r = shown.get(60, TimeUnit.SECONDS);
        assertEquals("ru", r[0], "the page opens in the language asked for");
        assertEquals(truth.all().size(), ((Number) r[1]).intValue(), "a row per country of the record");
        assertEquals(truth.count(Status.MEMBER), ((Number) r[2]).intValue(), "members on " + day);
        assertTrue(((String) r[3]).startsWith("На " + r[4]), "the summary names the date: " + r[3]);
    }
}

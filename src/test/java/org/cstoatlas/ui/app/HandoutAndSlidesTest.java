package org.cstoatlas.ui.app;

import org.junit.jupiter.api.extension.ExtendWith;
import org.cstoatlas.CleanToolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.cstoatlas.Bundled;
import org.cstoatlas.cli.CommandLine;
import org.cstoatlas.record.Language;
import org.cstoatlas.record.time.TimeIndex;
import org.cstoatlas.share.PrintedLesson;
import org.cstoatlas.state.AtlasState;
import org.cstoatlas.state.Lesson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lesson's handout and slides, written by the command line as a teacher would, read back as files:
 * a title page and a page per stop with its map picture, its note, its quotes and page numbers; a
 * title slide and a slide per stop with its picture and note, the quotes in the speaker notes.
 */
@Tag("toolkit")
@ExtendWith(CleanToolkit.class)
class HandoutAndSlidesTest {

    @TempDir
    static Path dir;
    static Path lessonFile;
    static Lesson lesson;
    static PrintedLesson printed;

    /** The first three stops of the bundled lesson, to keep the test short. */
    @BeforeAll
    static void aShortLesson() throws Exception {
        Lesson eight = Lesson.read(Bundled.assets().resolve("lessons/csto-in-eight-dates.cstolesson"), AtlasState.initial(LocalDate.now(), Language.EN));
        lesson = new Lesson(eight.title(), eight.stops().subList(0, 3), eight.titleRu());
        lessonFile = dir.resolve("three.cstolesson");
        Files.writeString(lessonFile, lesson.toJson());
        printed = PrintedLesson.of(lesson, new TimeIndex(Bundled.loadDataset().record()), Language.EN, List.of());
        assertTrue(printed.stops().stream().anyMatch(s -> !s.quotes().isEmpty()), "the record quotes sources for these stops");
    }

    private static String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), new DesktopEntry()).run(args);
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theHandoutHasATitlePageAndAPagePerStopWithMapNoteQuotesAndPageNumbers() throws Exception {
        Path pdf = dir.resolve("handout.pdf");
        String said = run("export", "--format", "pdf", "--lesson", lessonFile.toString(), "--out", pdf.toString());
        assertTrue(said.contains("written to " + pdf), said);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int pages = doc.getNumberOfPages();
            assertTrue(pages >= 1 + lesson.size(), "a title page and a page per stop: " + pages);
            PDFTextStripper text = new PDFTextStripper();
            String title = text(doc, text, 1);
            assertTrue(title.contains(lesson.title()), title);
            for (int p = 1; p <= pages; p++) assertTrue(text(doc, text, p).contains("Page " + p + " of " + pages), "page " + p + " is numbered");
            String all = text.getText(doc).replaceAll("\\s+", " ");
            for (PrintedLesson.Stop s : printed.stops()) {
                assertTrue(all.contains(s.note().replaceAll("\\s+", " ")), "the note of stop " + s.number());
                for (PrintedLesson.Cited q : s.quotes()) {
                    assertTrue(all.contains(q.quote().replaceAll("\\s+", " ")), "verbatim: " + q.quote());
                    assertTrue(all.contains(q.source().replaceAll("\\s+", " ")), "its source: " + q.source());
                }
            }
            // Each stop's page carries the map as a picture.
            for (int p = 1; p <= lesson.size(); p++) {
                var resources = doc.getPage(p).getResources();
                long images = 0;
                for (var name : resources.getXObjectNames()) if (resources.getXObject(name) instanceof PDImageXObject) images++;
                assertEquals(1, images, "page " + (p + 1) + " has the map");
            }
            assertEquals("en", doc.getDocumentCatalog().getLanguage());
        }
    }

    private static String text(PDDocument doc, PDFTextStripper text, int page) throws Exception {
        text.setStartPage(page);
        text.setEndPage(page);
        String s = text.getText(doc);
        text.setStartPage(1);
        text.setEndPage(Integer.MAX_VALUE);
        return s;
    }

    @Test
    void theSlidesHaveAPicturedSlidePerStopAndTheQuotesInTheSpeakerNotes() throws Exception {
        Path pptx = dir.resolve("lesson.pptx");
        run("export", "--format", "pptx", "--lesson", lessonFile.toString(), "--out", pptx.toString());
        try (InputStream in = Files.newInputStream(pptx); XMLSlideShow show = new XMLSlideShow(in)) {
            List<XSLFSlide> slides = show.getSlides();
            assertEquals(1 + lesson.size(), slides.size());
            for (int i = 0; i < lesson.size(); i++) {
                XSLFSlide slide = slides.get(i + 1);
                PrintedLesson.Stop s = printed.stops().get(i);
                assertEquals(1, slide.getShapes().stream().filter(x -> x instanceof XSLFPictureShape).count(), "slide " + (i + 2) + " shows the map");
                String onSlide = String.join("\n", slide.getShapes().stream().filter(x -> x instanceof XSLFTextShape).map(x -> ((XSLFTextShape) x).getText()).toList());
                assertTrue(onSlide.contains(s.note()), onSlide);
                assertTrue(onSlide.contains(s.when()), onSlide);
                String notes = String.join("\n", java.util.Arrays.stream(show.getNotesSlide(slide).getPlaceholders()).map(XSLFTextShape::getText).toList());
                for (PrintedLesson.Cited q : s.quotes()) {
                    assertTrue(notes.contains(q.quote()), "the speaker notes quote: " + q.quote());
                    assertFalse(onSlide.contains(q.quote()), "quotes stay in the notes");
                }
            }
        }
    }
}

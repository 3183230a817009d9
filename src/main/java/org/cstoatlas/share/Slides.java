package org.cstoatlas.share;

import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.poi.sl.usermodel.Placeholder;
import org.cstoatlas.files.AtomicWrite;

/**
 * A lesson's slides as PPTX (Apache POI): a title slide, then a slide per stop with its date, the map and
 * the note; the quotes and their sources go into the speaker notes, for the teacher's eyes.
 */
public final class Slides {

    /** 16:9 in points. */
    private static final Dimension SIZE = new Dimension(960, 540);

    private Slides() {
    }

    /** Writes the slides atomically; the answer is the number of slides. */
    public static int write(PrintedLesson lesson, Path out) throws IOException {
        try (XMLSlideShow show = new XMLSlideShow()) {
            show.setPageSize(SIZE);
            XSLFSlide first = show.createSlide();
            text(first, lesson.title().isBlank() ? lesson.word("web.lesson") : lesson.title(), new Rectangle2D.Double(60, 170, 840, 90), 40, true);
            text(first, lesson.word("handout.subtitle"), new Rectangle2D.Double(60, 270, 840, 80), 20, false);
            for (PrintedLesson.Stop s : lesson.stops()) {
                XSLFSlide slide = show.createSlide();
                text(slide, s.when(), new Rectangle2D.Double(30, 12, 900, 44), 26, true);
                double noteTop = 470;
                if (s.picture() != null && Files.isRegularFile(s.picture())) {
                    XSLFPictureData data = show.addPicture(s.picture().toFile(), PictureData.PictureType.PNG);
                    Dimension px = data.getImageDimension();
                    double h = 400, w = h * px.width / px.height;
                    if (w > 900) {
                        w = 900;
                        h = w * px.height / px.width;
                    }
                    XSLFPictureShape pic = slide.createPicture(data);
                    pic.setAnchor(new Rectangle2D.Double((SIZE.width - w) / 2, 60, w, h));
                    noteTop = 60 + h + 6;
                }
                text(slide, s.note(), new Rectangle2D.Double(30, noteTop, 900, SIZE.height - noteTop - 6), 16, false);
                StringBuilder notes = new StringBuilder(s.note());
                if (!s.quotes().isEmpty()) notes.append("\n\n").append(lesson.word("handout.sources")).append(':');
                for (PrintedLesson.Cited q : s.quotes()) notes.append("\n“").append(q.quote()).append("”\n— ").append(q.source());
                speakerNotes(show, slide, notes.toString());
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            show.write(bytes);
            AtomicWrite.bytes(out, o -> bytes.writeTo(o));
            return show.getSlides().size();
        }
    }

    private static void text(XSLFSlide slide, String text, Rectangle2D where, double size, boolean bold) {
        XSLFTextBox box = slide.createTextBox();
        box.setAnchor(where);
        box.setWordWrap(true);
        XSLFTextParagraph p = box.addNewTextParagraph();
        XSLFTextRun r = p.addNewTextRun();
        r.setText(text);
        r.setFontSize(size);
        r.setBold(bold);
    }

    private static void speakerNotes(XMLSlideShow show, XSLFSlide slide, String text) {
        XSLFNotes notes = show.getNotesSlide(slide);
        for (XSLFTextShape shape : notes.getPlaceholders()) {
            if (shape.getTextType() == Placeholder.BODY) {
                shape.setText(text);
                return;
            }
        }
    }
}

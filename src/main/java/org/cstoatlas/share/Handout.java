package org.cstoatlas.share;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.cstoatlas.files.AtomicWrite;

/**
 * A lesson's handout as PDF (Apache PDFBox): a title page, then a page (or more) per stop with the map,
 * the note, the quotes and their sources; page numbers at the foot. Text is set in a Unicode font found
 * on the system (Russian needs one); where none is found, in Helvetica with what it cannot write replaced.
 */
public final class Handout {

    private static final float MARGIN = 50;
    private static final PDRectangle PAGE = PDRectangle.A4;
    /** Fonts with Cyrillic, where Linux, Windows and macOS keep them. */
    private static final List<String> FONTS = List.of(
            "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
            "C:\\Windows\\Fonts\\arial.ttf", "/Library/Fonts/Arial Unicode.ttf", "/System/Library/Fonts/Supplemental/Arial.ttf");
    private static final List<String> BOLD_FONTS = List.of(
            "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
            "C:\\Windows\\Fonts\\arialbd.ttf", "/System/Library/Fonts/Supplemental/Arial Bold.ttf");

    private Handout() {
    }

    /** Writes the handout atomically; the answer is its number of pages. */
    public static int write(PrintedLesson lesson, Path out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            Writer w = new Writer(doc, font(doc, FONTS, Standard14Fonts.FontName.HELVETICA), font(doc, BOLD_FONTS, Standard14Fonts.FontName.HELVETICA_BOLD));
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(lesson.title());
            info.setCreator("CSTO Atlas");
            doc.getDocumentCatalog().setLanguage(lesson.language().id());

            w.newPage();
            w.y = PAGE.getHeight() - 220;
            w.paragraph(lesson.title().isBlank() ? lesson.word("web.lesson") : lesson.title(), w.bold, 28, 34);
            w.y -= 10;
            w.paragraph(lesson.word("handout.subtitle"), w.regular, 14, 18);
            w.y -= 20;
            for (PrintedLesson.Stop s : lesson.stops()) w.paragraph(s.number() + ". " + s.when(), w.regular, 12, 17);

            for (PrintedLesson.Stop s : lesson.stops()) {
                w.newPage();
                w.paragraph(lesson.word("web.lesson.stop").replace("{0}", String.valueOf(s.number())).replace("{1}", String.valueOf(lesson.stops().size()))
                        + " · " + s.when(), w.bold, 16, 20);
                w.y -= 6;
                if (s.picture() != null && Files.isRegularFile(s.picture())) {
                    PDImageXObject image = PDImageXObject.createFromFile(s.picture().toString(), doc);
                    float width = PAGE.getWidth() - 2 * MARGIN;
                    float height = width * image.getHeight() / image.getWidth();
                    w.page.drawImage(image, MARGIN, w.y - height, width, height);
                    w.y -= height + 14;
                }
                if (!s.note().isBlank()) {
                    w.paragraph(s.note(), w.regular, 13, 18);
                    w.y -= 8;
                }
                if (!s.quotes().isEmpty()) {
                    w.paragraph(lesson.word("handout.sources"), w.bold, 11, 15);
                    for (PrintedLesson.Cited q : s.quotes()) {
                        w.paragraph("“" + q.quote() + "”", w.regular, 10, 13);
                        w.paragraph("— " + q.source(), w.regular, 9, 12, 18);
                        w.y -= 5;
                    }
                }
            }
            w.close();
            int pages = doc.getNumberOfPages();
            for (int i = 0; i < pages; i++) {
                try (PDPageContentStream foot = new PDPageContentStream(doc, doc.getPage(i), PDPageContentStream.AppendMode.APPEND, true)) {
                    String n = lesson.word("handout.page").replace("{0}", String.valueOf(i + 1)).replace("{1}", String.valueOf(pages));
                    foot.beginText();
                    foot.setFont(w.regular, 9);
                    foot.newLineAtOffset(PAGE.getWidth() - MARGIN - w.width(n, w.regular, 9), 28);
                    foot.showText(w.writable(n, w.regular));
                    foot.endText();
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            AtomicWrite.bytes(out, o -> bytes.writeTo(o));
            return pages;
        }
    }

    private static PDFont font(PDDocument doc, List<String> candidates, Standard14Fonts.FontName fallback) throws IOException {
        for (String f : candidates) {
            Path p = Path.of(f);
            if (Files.isRegularFile(p)) return PDType0Font.load(doc, p.toFile());
        }
        return new PDType1Font(fallback);
    }

    /** Flows text down the pages, starting a new page where the text reaches the foot. */
    private static final class Writer {
        final PDDocument doc;
        final PDFont regular;
        final PDFont bold;
        PDPageContentStream page;
        float y;

        Writer(PDDocument doc, PDFont regular, PDFont bold) {
            this.doc = doc;
            this.regular = regular;
            this.bold = bold;
        }

        void newPage() throws IOException {
            close();
            PDPage p = new PDPage(PAGE);
            doc.addPage(p);
            page = new PDPageContentStream(doc, p);
            y = PAGE.getHeight() - MARGIN;
        }

        void close() throws IOException {
            if (page != null) page.close();
            page = null;
        }

        void paragraph(String text, PDFont font, float size, float leading) throws IOException {
            paragraph(text, font, size, leading, 0);
        }

        void paragraph(String text, PDFont font, float size, float leading, float indent) throws IOException {
            float width = PAGE.getWidth() - 2 * MARGIN - indent;
            for (String line : lines(text, font, size, width)) {
                if (y - leading < MARGIN + 20) newPage();
                y -= leading;
                page.beginText();
                page.setFont(font, size);
                page.newLineAtOffset(MARGIN + indent, y);
                page.showText(line);
                page.endText();
            }
        }

        /** The text in lines no wider than {@code width}, broken at spaces. */
        List<String> lines(String text, PDFont font, float size, float width) throws IOException {
            List<String> out = new ArrayList<>();
            for (String para : writable(text, font).split("\n")) {
                StringBuilder line = new StringBuilder();
                for (String word : para.split(" +")) {
                    String next = line.length() == 0 ? word : line + " " + word;
                    if (line.length() > 0 && width(next, font, size) > width) {
                        out.add(line.toString());
                        line = new StringBuilder(word);
                    } else {
                        line = new StringBuilder(next);
                    }
                }
                out.add(line.toString());
            }
            return out;
        }

        float width(String s, PDFont font, float size) throws IOException {
            return font.getStringWidth(s) / 1000 * size;
        }

        /** The text with what the font cannot write replaced by '?', and no control characters. */
        String writable(String s, PDFont font) {
            StringBuilder b = new StringBuilder();
            s.replace("\r", "").replace("\t", " ").codePoints().forEach(cp -> {
                String c = new String(Character.toChars(cp));
                if (cp == '\n') {
                    b.append(c);
                    return;
                }
                try {
                    font.encode(c);
                    b.append(c);
                } catch (IOException | IllegalArgumentException e) {
                    b.append('?');
                }
            });
            return b.toString();
        }
    }
}

package org.shoumi.portal.printing;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.shoumi.quizzes.certificates.control.PdfFonts;

/**
 * Writes a document top to bottom on A4 pages (Apache PDFBox) in WenQuanYi Micro Hei with the fallback fonts of
 * {@link PdfFonts} (a name no font can print gets a box, never an error), embedded as subsets:
 * headings, paragraphs that wrap character by character (Chinese has no spaces to break at), images, and a
 * new page whenever one is full.
 */
public final class PdfPages implements Closeable {

    public static final float BODY = 11.5f;
    private static final float MARGIN = 56;

    private final PDDocument doc;
    private final PdfFonts fonts;
    private PDPageContentStream stream;
    private float y;
    private float width;

    public PdfPages(String title) {
        doc = new PDDocument();
        fonts = PdfFonts.forDocument(doc);
        try {
            doc.getDocumentInformation().setTitle(PdfFonts.printable(title));
            newPage();
        } catch (IOException e) {
            close();
            throw new UncheckedIOException(e);
        }
    }

    public PDDocument document() {
        return doc;
    }

    public PdfPages heading(String line, float size) {
        room(size * 2.2f);
        float w = width(line, size);
        text(line, (width - w) / 2, size);
        y -= size * 2.2f;
        return this;
    }

    /** A smaller heading, left-aligned, with some space before it. */
    public PdfPages section(String line) {
        skip(8);
        return paragraph(line, 13.5f);
    }

    public PdfPages paragraph(String line, float size) {
        for (String part : wrap(line, size, width - 2 * MARGIN)) {
            room(size * 1.7f);
            text(part, MARGIN, size);
            y -= size * 1.65f;
        }
        return this;
    }

    public PdfPages skip(float space) {
        y -= space;
        return this;
    }

    public PdfPages image(byte[] png, float maxWidth, float height) {
        try {
            PDImageXObject image = PDImageXObject.createFromByteArray(doc, png, "image");
            float w = Math.min(maxWidth, image.getWidth() * height / image.getHeight());
            room(height + 8);
            stream.drawImage(image, MARGIN, y - height, w, height);
            y -= height + 8;
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Finishes the document and returns its bytes; the writer is closed afterwards. */
    public byte[] toBytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            stream.close();
            stream = null;
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            close();
        }
    }

    @Override
    public void close() {
        try {
            if (stream != null) {
                stream.close();
                stream = null;
            }
            doc.close();
            fonts.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void newPage() throws IOException {
        if (stream != null) {
            stream.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        stream = new PDPageContentStream(doc, page);
        width = page.getMediaBox().getWidth();
        y = page.getMediaBox().getHeight() - MARGIN;
    }

    private void room(float needed) {
        if (y - needed < MARGIN) {
            try {
                newPage();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private float width(String s, float size) {
        return fonts.width(s, size);
    }

    private void text(String line, float x, float size) {
        try {
            fonts.line(stream, line, x, y - size, size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> wrap(String line, float size, float max) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        float used = 0;
        line = PdfFonts.printable(line);
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            float w = width(ch, size);
            if (used + w > max && current.length() > 0) {
                lines.add(current.toString());
                current.setLength(0);
                used = 0;
            }
            current.append(ch);
            used += w;
            i += Character.charCount(cp);
        }
        if (current.length() > 0 || lines.isEmpty()) {
            lines.add(current.toString());
        }
        return lines;
    }
}

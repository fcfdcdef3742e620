package org.shoumi.portal.pledges.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.shoumi.quizzes.certificates.control.CertificatePdf;

/**
 * The archived PDF of a signed pledge (Apache PDFBox): the exact text signed, the drawn signature, the typed
 * name, the server time and the SHA-256 of the text, on A4 pages with the CJK font embedded.
 */
public final class PledgePdf {

    /** What is printed; the labels come from the message bundle in the document's language. */
    public record Signed(String title, String text, byte[] signaturePng, String typedName, String signedAt,
                         String sha256, String reference, Labels labels) {
    }

    public record Labels(String signature, String typedName, String signedAt, String sha256, String reference) {
    }

    private static final float MARGIN = 64;
    private static final float BODY = 11.5f;
    private static final float LEADING = 19;

    private PledgePdf() {
    }

    public static byte[] render(Signed s) {
        try (InputStream fontStream = CertificatePdf.class.getResourceAsStream(CertificatePdf.FONT);
             TrueTypeCollection collection = new TrueTypeCollection(fontStream);
             PDDocument doc = new PDDocument();
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font = PDType0Font.load(doc, collection.getFontByName("WenQuanYiMicroHei"), true);
            doc.getDocumentInformation().setTitle(s.title());
            Writer w = new Writer(doc, font);
            for (String raw : s.text().split("\n")) {
                String line = raw.strip();
                if (line.startsWith("#")) {
                    w.centered(line.replaceFirst("^#+\\s*", ""), 18);
                } else if (line.isEmpty()) {
                    w.skip(LEADING / 2);
                } else {
                    w.paragraph(line.replace("**", ""), BODY);
                }
            }
            w.skip(LEADING);
            w.paragraph(s.labels().signature(), BODY);
            PDImageXObject image = PDImageXObject.createFromByteArray(doc, s.signaturePng(), "signature");
            float height = 60;
            float width = Math.min(260, image.getWidth() * height / image.getHeight());
            w.image(image, width, height);
            w.paragraph(s.labels().typedName() + s.typedName(), BODY);
            w.paragraph(s.labels().signedAt() + s.signedAt(), BODY);
            w.skip(LEADING);
            w.paragraph(s.labels().sha256() + s.sha256(), 8);
            w.paragraph(s.labels().reference() + s.reference(), 8);
            w.close();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes lines top to bottom, starting a new page when one is full. */
    private static final class Writer {
        private final PDDocument doc;
        private final PDType0Font font;
        private PDPageContentStream stream;
        private float y;
        private float width;

        Writer(PDDocument doc, PDType0Font font) throws IOException {
            this.doc = doc;
            this.font = font;
            newPage();
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

        private void room(float needed) throws IOException {
            if (y - needed < MARGIN) {
                newPage();
            }
        }

        void skip(float space) {
            y -= space;
        }

        void centered(String line, float size) throws IOException {
            room(size * 2);
            float w = font.getStringWidth(line) / 1000 * size;
            text(line, (width - w) / 2, size);
            y -= size * 2;
        }

        void paragraph(String line, float size) throws IOException {
            for (String part : wrap(line, size, width - 2 * MARGIN)) {
                room(size * 1.7f);
                text(part, MARGIN, size);
                y -= size * 1.65f;
            }
        }

        void image(PDImageXObject image, float w, float h) throws IOException {
            room(h + 8);
            stream.drawImage(image, MARGIN, y - h, w, h);
            y -= h + 8;
        }

        private void text(String line, float x, float size) throws IOException {
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, y - size);
            stream.showText(line);
            stream.endText();
        }

        /** Breaks a line to the width, character by character (Chinese has no spaces to break at). */
        private List<String> wrap(String line, float size, float max) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            float used = 0;
            for (int i = 0; i < line.length(); ) {
                int cp = line.codePointAt(i);
                String ch = new String(Character.toChars(cp));
                float w = font.getStringWidth(ch) / 1000 * size;
                if (used + w > max && current.length() > 0) {
                    lines.add(current.toString());
                    current.setLength(0);
                    used = 0;
                }
                current.append(ch);
                used += w;
                i += Character.charCount(cp);
            }
            if (current.length() > 0) {
                lines.add(current.toString());
            }
            return lines;
        }

        void close() throws IOException {
            stream.close();
        }
    }
}

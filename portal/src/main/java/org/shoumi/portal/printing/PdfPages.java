package org.shoumi.portal.printing;

import java.awt.image.BufferedImage;
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
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.shoumi.quizzes.certificates.control.PdfFonts;

/**
 * Writes a document top to bottom on A4 pages (Apache PDFBox) in WenQuanYi Micro Hei with the fallback fonts of
 * {@link PdfFonts} (a name no font can print gets a box, never an error), embedded as subsets:
 * headings, paragraphs that wrap between Chinese characters (Chinese has no spaces to break at) and at spaces, but
 * never inside a word of Latin letters or digits (a date, a staff number), tables, images, and
 * a new page whenever one is full.
 */
public final class PdfPages implements Closeable {

    public static final float BODY = 11.5f;
    private static final float MARGIN = 56;
    /** The space between a table cell's frame and its text. */
    private static final float CELL_PAD = 3;

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

    /** Names who produced the document in its properties (Author), as its text names them. */
    public PdfPages author(String who) {
        doc.getDocumentInformation().setAuthor(PdfFonts.printable(who));
        return this;
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

    /**
     * A paragraph, wrapped at spaces and between Chinese characters, never inside a date, a staff number or another
     * word of Latin letters and digits (unless it is longer than a line): the secrecy file's header printed the hire
     * day as "入职 202" and "0-07-29" on the next line (outside check).
     */
    public PdfPages paragraph(String line, float size) {
        for (String part : wrapWords(line, size, width - 2 * MARGIN)) {
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

    /**
     * An image drawn losslessly (PNG-like Flate compression), scaled to fit {@code maxWidth} × {@code maxHeight}
     * points with its proportions kept; a chart rendered at twice the printed size stays sharp.
     */
    public PdfPages image(BufferedImage picture, float maxWidth, float maxHeight) {
        try {
            PDImageXObject image = LosslessFactory.createFromImage(doc, picture);
            float scale = Math.min(maxWidth / image.getWidth(), maxHeight / image.getHeight());
            float w = image.getWidth() * scale;
            float h = image.getHeight() * scale;
            room(h + 8);
            stream.drawImage(image, MARGIN, y - h, w, h);
            y -= h + 8;
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The width between the margins, in points. */
    public float contentWidth() {
        return width - 2 * MARGIN;
    }

    /**
     * A table across the page: a shaded header row, then the rows, every cell framed and its text wrapped within
     * the cell. The first {@code textColumns} columns are left-aligned, the others (figures) right-aligned. A row
     * that does not fit goes to a new page, where the header is repeated.
     *
     * @param widths the columns' relative widths
     */
    public PdfPages table(List<String> header, List<List<String>> rows, float[] widths, int textColumns) {
        float size = 9.5f;
        float total = 0;
        for (float w : widths) {
            total += w;
        }
        float[] columns = new float[widths.length];
        float[] least = new float[widths.length];
        for (int c = 0; c < widths.length; c++) {
            columns[c] = widths[c] / total * contentWidth();
            least[c] = c < header.size() && header.get(c) != null ? widestWord(header.get(c), size) + 2 * CELL_PAD + 1 : 0;
        }
        columns = widened(columns, least);
        skip(2);
        tableRow(header, columns, textColumns, size, true, false);
        for (List<String> row : rows) {
            if (!tableRow(row, columns, textColumns, size, false, false)) {
                newPageOrFail();
                tableRow(header, columns, textColumns, size, true, false);
                tableRow(row, columns, textColumns, size, false, true);
            }
        }
        y -= 8;
        return this;
    }

    /**
     * The columns, each at least as wide as {@code least} (its header's widest word), the width added taken from the
     * columns wider than their own least, in proportion to what each can spare; the total stays the same. Found by
     * an outside check: the English sessions table broke its headers inside words ("Attende|d", "Attendanc|e").
     * When the columns together cannot spare enough, they are given what they can.
     */
    static float[] widened(float[] columns, float[] least) {
        float[] out = columns.clone();
        float need = 0;
        float spare = 0;
        for (int c = 0; c < out.length; c++) {
            if (out[c] < least[c]) {
                need += least[c] - out[c];
            } else {
                spare += out[c] - least[c];
            }
        }
        if (need <= 0 || spare <= 0) {
            return out;
        }
        float share = Math.min(1, need / spare);
        float given = Math.min(need, spare);
        for (int c = 0; c < out.length; c++) {
            if (out[c] < least[c]) {
                out[c] += (least[c] - out[c]) * given / need;
            } else {
                out[c] -= (out[c] - least[c]) * share;
            }
        }
        return out;
    }

    /** The width of the widest word of Latin letters or digits in a text (Chinese breaks anywhere: not counted). */
    private float widestWord(String text, float size) {
        float widest = 0;
        String printable = PdfFonts.printable(text);
        int start = -1;
        for (int i = 0; i <= printable.length(); ) {
            int cp = i < printable.length() ? printable.codePointAt(i) : ' ';
            if (inWord(cp)) {
                start = start < 0 ? i : start;
            } else if (start >= 0) {
                widest = Math.max(widest, width(printable.substring(start, i), size));
                start = -1;
            }
            i += i < printable.length() ? Character.charCount(cp) : 1;
        }
        return widest;
    }

    /**
     * Draws one row if it fits on this page; false when it does not. A header that does not fit starts a new
     * page; a forced row is drawn anyway (a row taller than a page runs over the bottom margin).
     */
    private boolean tableRow(List<String> cells, float[] columns, int textColumns, float size, boolean shaded,
            boolean force) {
        float pad = CELL_PAD;
        float lineHeight = size * 1.45f;
        List<List<String>> lines = new ArrayList<>();
        int most = 1;
        for (int c = 0; c < columns.length; c++) {
            String cell = c < cells.size() && cells.get(c) != null ? cells.get(c) : "";
            List<String> wrapped = wrapWords(cell, size, columns[c] - 2 * pad);
            lines.add(wrapped);
            most = Math.max(most, wrapped.size());
        }
        float height = most * lineHeight + 2 * pad;
        if (y - height < MARGIN && !force) {
            if (!shaded) {
                return false;
            }
            newPageOrFail();
        }
        try {
            float x = MARGIN;
            stream.setLineWidth(0.5f);
            for (int c = 0; c < columns.length; c++) {
                if (shaded) {
                    stream.setNonStrokingColor(0.88f);
                    stream.addRect(x, y - height, columns[c], height);
                    stream.fill();
                    stream.setNonStrokingColor(0f);
                }
                stream.addRect(x, y - height, columns[c], height);
                stream.stroke();
                for (int i = 0; i < lines.get(c).size(); i++) {
                    String line = lines.get(c).get(i);
                    float at = c < textColumns || shaded ? x + pad : x + columns[c] - pad - width(line, size);
                    fonts.line(stream, line, at, y - pad - size - i * lineHeight, size);
                }
                x += columns[c];
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= height;
        return true;
    }

    private void newPageOrFail() {
        try {
            newPage();
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

    /**
     * As {@link #wrap}, but a word of Latin letters or digits moves to the next line whole (unless it is longer
     * than a line); Chinese still breaks between any two characters.
     */
    private List<String> wrapWords(String line, float size, float max) {
        List<String> lines = new ArrayList<>();
        String text = PdfFonts.printable(line);
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int end = i + Character.charCount(text.codePointAt(i));
            if (inWord(text.codePointAt(i))) {
                while (end < text.length() && inWord(text.codePointAt(end))) {
                    end += Character.charCount(text.codePointAt(end));
                }
            }
            String unit = text.substring(i, end);
            i = end;
            if (width(current + unit, size) <= max) {
                current.append(unit);
                continue;
            }
            if (!current.toString().isBlank()) {
                lines.add(current.toString().stripTrailing());
            }
            current.setLength(0);
            if (unit.isBlank()) {
                continue;
            }
            List<String> pieces = wrap(unit, size, max); // a word longer than a line breaks anywhere
            lines.addAll(pieces.subList(0, pieces.size() - 1));
            current.append(pieces.get(pieces.size() - 1));
        }
        if (current.length() > 0 || lines.isEmpty()) {
            lines.add(current.toString());
        }
        return lines;
    }

    /** A character of a word that is not broken: Latin, Cyrillic … letters, digits and their punctuation. */
    private static boolean inWord(int cp) {
        return !Character.isWhitespace(cp) && cp < 0x2E80;
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

package org.shoumi.quizzes.certificates.control;

import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The fonts of one PDF, as a fallback chain: WenQuanYi Micro Hei (bundled) for nearly all text, then the fallback
 * fonts configured in {@value #FALLBACKS_KEY} (by default Hanazono Mincho A and B, which cover CJK Extension A and
 * B, for names such as 刘䶮 or 吉𠮷, and DejaVu Sans for symbols) as far as they are installed, then a replacement
 * box (□). Text never makes a PDF fail: control, format and line-break characters are left out, and a character
 * no font has is printed as the box. Each font is embedded as a subset, and a fallback font is read only when a
 * character needs it. TrueType outlines only: PDFBox cannot subset CFF-based OpenType fonts (such as Noto Sans
 * CJK), which are skipped.
 */
public final class PdfFonts implements Closeable {

    /** Comma-separated font files (.ttf or .ttc) tried, in order, for characters the bundled font lacks. */
    public static final String FALLBACKS_KEY = "shoumi.pdf.fallback-fonts";
    /** Debian's fonts-hanazono and fonts-dejavu-core. */
    public static final String DEFAULT_FALLBACKS = "/usr/share/fonts/truetype/hanazono/HanaMinA.ttf,"
            + "/usr/share/fonts/truetype/hanazono/HanaMinB.ttf,/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
    /** Printed for a character no font has. */
    static final int REPLACEMENT = 0x25A1;

    private static final Logger LOG = Logger.getLogger(PdfFonts.class.getName());

    private final PDDocument doc;
    private final List<Closeable> open = new ArrayList<>();
    private final Face primary;
    private final List<Path> fallbackFiles;
    private final List<Face> fallbacks = new ArrayList<>();
    private int fallbacksRead;

    /** A font in the document, with the lookup that says whether it has a character. */
    private record Face(PDType0Font font, CmapLookup cmap) {
        boolean has(int codePoint) {
            return cmap != null && cmap.getGlyphId(codePoint) != 0;
        }
    }

    /** A stretch of text set in one font. */
    public record Run(PDType0Font font, String text) {
    }

    private PdfFonts(PDDocument doc, TrueTypeFont primary, List<Path> fallbackFiles) throws IOException {
        this.doc = doc;
        this.primary = new Face(PDType0Font.load(doc, primary, true), primary.getUnicodeCmapLookup());
        this.fallbackFiles = fallbackFiles;
    }

    /** The bundled font and the configured fallbacks, for this document; close after the document is saved. */
    public static PdfFonts forDocument(PDDocument doc) {
        return forDocument(doc, configuredFallbacks());
    }

    /** The bundled font and these fallbacks, for this document; close after the document is saved. */
    public static PdfFonts forDocument(PDDocument doc, List<Path> fallbacks) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(CertificatePdf.FONT)) {
            TrueTypeCollection collection = new TrueTypeCollection(in);
            PdfFonts fonts = new PdfFonts(doc, collection.getFontByName("WenQuanYiMicroHei"), fallbacks);
            fonts.open.add(collection);
            return fonts;
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled font could not be read", e);
        }
    }

    /** The fallback fonts of {@value #FALLBACKS_KEY}, or the defaults when it is not set. */
    public static List<Path> configuredFallbacks() {
        String files;
        try {
            files = ConfigProvider.getConfig().getOptionalValue(FALLBACKS_KEY, String.class).orElse(DEFAULT_FALLBACKS);
        } catch (IllegalStateException | java.util.ServiceConfigurationError noConfig) {
            files = DEFAULT_FALLBACKS; // outside a server (unit tests, tools)
        }
        return Arrays.stream(files.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Path::of).toList();
    }

    /**
     * The text as it can be printed: control and format characters (bidi controls, zero-width joiners) left out,
     * tabs and line breaks as spaces, an unpaired surrogate as the replacement box.
     */
    public static String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.replace("\r\n", "\n").codePoints().forEach(cp -> {
            if (cp == '\t' || cp == '\n' || cp == '\r' || cp == 0x2028 || cp == 0x2029 || cp == 0x85) {
                out.append(' ');
                return;
            }
            switch (Character.getType(cp)) {
                case Character.CONTROL, Character.FORMAT -> {
                    // left out
                }
                case Character.SURROGATE -> out.appendCodePoint(REPLACEMENT);
                default -> {
                    if (!isVariationSelector(cp)) {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.toString();
    }

    private static boolean isVariationSelector(int cp) {
        return (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
    }

    /** The text split into stretches, each in the first font of the chain that has its characters. */
    public List<Run> runs(String text) {
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        PDType0Font currentFont = null;
        String printable = printable(text);
        for (int i = 0; i < printable.length(); ) {
            int cp = printable.codePointAt(i);
            i += Character.charCount(cp);
            Face face = faceFor(cp);
            int shown = face == null ? replacement() : cp;
            PDType0Font font = face == null ? primary.font() : face.font();
            if (font != currentFont && current.length() > 0) {
                runs.add(new Run(currentFont, current.toString()));
                current.setLength(0);
            }
            currentFont = font;
            current.appendCodePoint(shown);
        }
        if (current.length() > 0) {
            runs.add(new Run(currentFont, current.toString()));
        }
        return runs;
    }

    /** The width of the text at this size, in points. */
    public float width(String text, float size) {
        float width = 0;
        try {
            for (Run run : runs(text)) {
                width += run.font().getStringWidth(run.text()) / 1000 * size;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return width;
    }

    /** Shows the text at the current text position (inside beginText/endText), switching fonts as needed. */
    public void show(PDPageContentStream stream, String text, float size) throws IOException {
        for (Run run : runs(text)) {
            stream.setFont(run.font(), size);
            stream.showText(run.text());
        }
    }

    /** One line of text at (x, y), in its own text object. */
    public void line(PDPageContentStream stream, String text, float x, float y, float size) throws IOException {
        stream.beginText();
        stream.setFont(primary.font(), size);
        stream.newLineAtOffset(x, y);
        show(stream, text, size);
        stream.endText();
    }

    private int replacement() {
        return primary.has(REPLACEMENT) ? REPLACEMENT : '?';
    }

    private Face faceFor(int cp) {
        if (primary.has(cp)) {
            return primary;
        }
        for (int i = 0; ; i++) {
            while (i >= fallbacks.size() && fallbacksRead < fallbackFiles.size()) {
                readFallback(fallbackFiles.get(fallbacksRead++));
            }
            if (i >= fallbacks.size()) {
                return null;
            }
            if (fallbacks.get(i).has(cp)) {
                return fallbacks.get(i);
            }
        }
    }

    private void readFallback(Path file) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try {
            TrueTypeFont ttf;
            if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc")) {
                TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
                open.add(collection);
                List<TrueTypeFont> glyf = new ArrayList<>();
                collection.processAllFonts(f -> {
                    if (!isCff(f)) {
                        glyf.add(f);
                    }
                });
                if (glyf.isEmpty()) {
                    LOG.info(() -> "PDF fallback font skipped (CFF outlines cannot be subset): " + file);
                    return;
                }
                ttf = glyf.get(0);
            } else {
                ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(new File(file.toString())));
                open.add(ttf);
                if (isCff(ttf)) {
                    LOG.info(() -> "PDF fallback font skipped (CFF outlines cannot be subset): " + file);
                    return;
                }
            }
            fallbacks.add(new Face(PDType0Font.load(doc, ttf, true), ttf.getUnicodeCmapLookup(false)));
        } catch (IOException | RuntimeException unreadable) {
            LOG.log(Level.WARNING, "PDF fallback font could not be read: " + file, unreadable);
        }
    }

    private static boolean isCff(TrueTypeFont font) {
        return font instanceof OpenTypeFont otf && otf.isPostScript();
    }

    /** Closes the font files; call after the document was saved (fonts are subset when it is saved). */
    @Override
    public void close() {
        for (Closeable c : open) {
            try {
                c.close();
            } catch (IOException ignored) {
                // read-only font files: nothing to lose
            }
        }
        open.clear();
    }
}

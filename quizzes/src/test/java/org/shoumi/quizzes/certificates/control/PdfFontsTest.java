package org.shoumi.quizzes.certificates.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfFontsTest {

    @TempDir
    Path dir;

    /** A PDF with one line of text set through the chain, saved and read back. */
    private Printed print(String line, List<Path> fallbacks) throws IOException {
        byte[] bytes;
        try (PDDocument doc = new PDDocument(); PdfFonts fonts = PdfFonts.forDocument(doc, fallbacks);
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream stream = new PDPageContentStream(doc, page)) {
                fonts.line(stream, line, 50, 700, 14);
            }
            doc.save(out);
            bytes = out.toByteArray();
        }
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            Set<String> names = new TreeSet<>();
            for (var name : doc.getPage(0).getResources().getFontNames()) {
                PDFont font = doc.getPage(0).getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                names.add(font.getName().substring(font.getName().indexOf('+') + 1));
            }
            return new Printed(new PDFTextStripper().getText(doc).strip(), names, bytes.length);
        }
    }

    private record Printed(String text, Set<String> fonts, int size) {
    }

    private Path liberationSans() throws IOException {
        Path file = dir.resolve("LiberationSans-Regular.ttf");
        try (InputStream in = PDFont.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void aNameNoFontCanPrintGivesBoxesNotAnError() throws IOException {
        // CJK Extension A and B, an emoji: not in the bundled font, and no fallback here
        Printed p = print("刘䶮 吉𠮷 😀", List.of());
        assertEquals("刘□ 吉□ □", p.text());
        assertEquals(Set.of("WenQuanYiMicroHei"), p.fonts());
    }

    @Test
    void controlFormatAndLineBreakCharactersAreLeftOut() throws IOException {
        assertEquals("李明 王", PdfFonts.printable("李\u202E明\u0007\n王\u200D\uFE0F"));
        assertEquals("□", PdfFonts.printable("\uD842"), "an unpaired surrogate");
        Printed p = print("张\u202E三\r\n李四\u0000", List.of());
        assertEquals("张三 李四", p.text());
    }

    @Test
    void aCharacterTheBundledFontLacksIsTakenFromTheFirstFallbackThatHasIt() throws IOException {
        Path missing = dir.resolve("no-such-font.ttf");
        Path notAFont = Files.writeString(dir.resolve("broken.ttf"), "not a font");
        Printed p = print("Əli 阿里", List.of(missing, notAFont, liberationSans()));
        assertEquals("Əli 阿里", p.text());
        assertEquals(Set.of("WenQuanYiMicroHei", "LiberationSans"), p.fonts());
        assertTrue(p.size() < 200_000, "both fonts are subsets: " + p.size());
    }

    @Test
    void aFallbackIsReadOnlyWhenACharacterNeedsIt() throws IOException {
        Printed p = print("李明 Li Ming", List.of(liberationSans()));
        assertEquals(Set.of("WenQuanYiMicroHei"), p.fonts());
    }

    @Test
    void widthCountsEveryRunInItsOwnFont() throws IOException {
        try (PDDocument doc = new PDDocument(); PdfFonts none = PdfFonts.forDocument(doc, List.of());
             PdfFonts withLatin = PdfFonts.forDocument(doc, List.of(liberationSans()))) {
            assertTrue(none.width("李明", 12) > 0);
            assertEquals(none.width("李明", 12) * 2, none.width("李明李明", 12), 0.01);
            assertEquals(2, withLatin.runs("Ə李").size());
        }
    }

    /** With Debian's fonts-hanazono installed (CI installs it), names in CJK Extension A and B print as written. */
    @Test
    void withHanazonoInstalledRareNamesPrintAsWritten() throws IOException {
        List<Path> defaults = PdfFonts.configuredFallbacks();
        assumeTrue(defaults.stream().filter(f -> f.toString().contains("hanazono")).allMatch(Files::isRegularFile),
                "fonts-hanazono is not installed");
        Printed p = print("刘䶮 吉𠮷", defaults);
        assertEquals("刘䶮 吉𠮷", p.text());
        assertTrue(p.size() < 300_000, "the 30 MB fallback is embedded as a subset: " + p.size());
    }
}

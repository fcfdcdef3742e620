package org.shoumi.quizzes.certificates.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class CertificatePdfTest {

    @Test
    void theCertificateCarriesItsChineseTextInAnEmbeddedFont() throws IOException {
        byte[] pdf = CertificatePdf.render(new Certificate("某某单位保密委员会", "李明", "SM002", "2026年度保密知识考试",
                new BigDecimal("92.5"), LocalDate.of(2026, 11, 23), 42, "7KQ4M2XD9TRA", "https://portal.example/verify.xhtml?code=7KQ4M2XD9TRA"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/certificate-sample.pdf"), pdf); // for a person to look at
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(1, doc.getNumberOfPages());
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("李明"), text);
            assertTrue(text.contains("2026年度保密知识考试"), text);
            assertTrue(text.contains("92.5"), text);
            assertTrue(text.contains("2026年11月23日"), text);
            assertTrue(text.contains("SM-42"), text);
            assertTrue(text.contains("7KQ4-M2XD-9TRA"), "the verification code is printed: " + text);
            for (var name : doc.getPage(0).getResources().getFontNames()) {
                PDFont font = doc.getPage(0).getResources().getFont(name);
                assertTrue(font.isEmbedded(), "font " + font.getName() + " is embedded");
            }
        }
        assertTrue(pdf.length < 400_000, "a subset, not the whole 5 MB font: " + pdf.length);
    }

    /** Found by an outside check: a full score read "100.0 分" on the certificate and "100 分" on the result page. */
    @Test
    void aScoreIsWrittenAsTheResultPageWritesIt() throws IOException {
        byte[] pdf = CertificatePdf.render(new Certificate("Secrecy Committee", "Li Ming", "SM002", "2026年度保密知识考试",
                new BigDecimal("100.0"), LocalDate.of(2026, 11, 23), 43, "7KQ4M2XD9TRB", null), java.util.Locale.ENGLISH);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("with a score of 100 and passed."), text);
        }
    }

    @Test
    void anEnglishCertificateSaysTheSameInEnglish() throws IOException {
        byte[] pdf = CertificatePdf.render(new Certificate("Secrecy Committee", "Li Ming", "SM002", "2026年度保密知识考试",
                new BigDecimal("92.5"), LocalDate.of(2026, 11, 23), 42, "7KQ4M2XD9TRA", null), java.util.Locale.ENGLISH);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Li Ming (employee no. SM002)"), text);
            assertTrue(text.contains("with a score of 92.5 and passed."), text);
            assertTrue(text.contains("23 November 2026"), text);
            assertTrue(text.contains("Certificate no. SM-42"), text);
            assertTrue(!text.contains("特发此证"), text);
            assertTrue(text.contains("Verification code 7KQ4-M2XD-9TRA"), text);
            // found by an outside tester: MessageFormat dropped the single quote ("the portals certificate check page")
            assertTrue(text.contains("on the portal's certificate check page"), text);
            assertEquals("Certificate of secrecy training · 2026年度保密知识考试", doc.getDocumentInformation().getTitle());
        }
    }

    @Test
    void chineseAndEnglishWordingHaveTheSameKeys() {
        var zh = java.util.ResourceBundle.getBundle(CertificatePdf.BUNDLE, java.util.Locale.SIMPLIFIED_CHINESE);
        var en = java.util.ResourceBundle.getBundle(CertificatePdf.BUNDLE, java.util.Locale.ENGLISH);
        assertEquals(new java.util.TreeSet<>(zh.keySet()), new java.util.TreeSet<>(en.keySet()));
        assertEquals("合格证书", zh.getString("certificate.heading"));
        assertEquals("Certificate", en.getString("certificate.heading"));
    }

    /**
     * Every wording goes through MessageFormat, which takes a lone single quote as the start of a quoted part and
     * drops it: an apostrophe is written twice in the bundle (portal''s) and printed once.
     */
    @Test
    void everyApostropheOfTheWordingIsPrinted() {
        for (var locale : new java.util.Locale[] {java.util.Locale.ROOT, java.util.Locale.ENGLISH,
                java.util.Locale.SIMPLIFIED_CHINESE}) {
            var bundle = java.util.ResourceBundle.getBundle(CertificatePdf.BUNDLE, locale);
            for (String key : bundle.keySet()) {
                String pattern = bundle.getString(key);
                if (key.endsWith("Pattern")) {
                    continue; // a java.time pattern, not a MessageFormat one
                }
                String printed = new java.text.MessageFormat(pattern, locale).format(new Object[] {"A", "B"});
                long meant = (pattern.length() - pattern.replace("''", "").length()) / 2;
                assertEquals(meant, printed.chars().filter(c -> c == '\'').count(), locale + " " + key + ": " + printed);
                assertEquals(pattern.replace("''", "").indexOf('\''), -1,
                        locale + " " + key + ": a single quote that MessageFormat would drop: " + pattern);
            }
        }
    }
}

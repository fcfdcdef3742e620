package org.shoumi.quizzes.certificates.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Renders a certificate as a one-page A4 PDF with Apache PDFBox. The Chinese text is set in WenQuanYi Micro Hei
 * (Apache-2.0), with the fallbacks of {@link PdfFonts} for rare characters, embedded as subsets, so the
 * certificate reads the same on any machine and prints as shown. The
 * wording is in {@code org/shoumi/quizzes/i18n/certificate_messages}, in Chinese or English.
 */
public final class CertificatePdf {

    /** WenQuanYi Micro Hei (Apache-2.0), a TrueType collection; other PDFs of the portal use it too. */
    public static final String FONT = "/org/shoumi/quizzes/certificates/wqy-microhei.ttc";
    static final String BUNDLE = "org.shoumi.quizzes.i18n.certificate_messages";
    /** The printed QR code's side in points (about 3.2 cm): large enough for any phone camera at arm's length. */
    static final float QR_SIZE = 90;

    private CertificatePdf() {
    }

    /** The certificate in Chinese, the unit's language. */
    public static byte[] render(Certificate c) {
        return render(c, Locale.SIMPLIFIED_CHINESE);
    }

    public static byte[] render(Certificate c, Locale locale) {
        ResourceBundle text = ResourceBundle.getBundle(BUNDLE, locale);
        try (PDDocument doc = new PDDocument();
             PdfFonts font = PdfFonts.forDocument(doc);
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(say(text, "certificate.documentTitle", c.quizTitle()));
            info.setAuthor(c.unit());
            float width = page.getMediaBox().getWidth();
            try (PDPageContentStream stream = new PDPageContentStream(doc, page)) {
                stream.setLineWidth(2);
                stream.addRect(36, 36, width - 72, page.getMediaBox().getHeight() - 72);
                stream.stroke();
                centered(stream, font, 30, width, 700, say(text, "certificate.heading"));
                centered(stream, font, 14, width, 670, say(text, "certificate.subheading"));
                centered(stream, font, 18, width, 590, say(text, "certificate.person", c.personName(), c.employeeNo()));
                centered(stream, font, 16, width, 550, say(text, "certificate.took", c.quizTitle()));
                centered(stream, font, 16, width, 520, say(text, "certificate.score", c.percent().stripTrailingZeros().toPlainString()));
                centered(stream, font, 14, width, 400, c.unit());
                centered(stream, font, 14, width, 375, DateTimeFormatter.ofPattern(
                        text.getString("certificate.datePattern"), locale).format(c.passedOn()));
                if (c.verificationCode() != null) {
                    String code = VerificationCode.display(c.verificationCode());
                    if (c.verifyUrl() != null) {
                        QrSquares.draw(stream, c.verifyUrl(), (width - QR_SIZE) / 2, 180, QR_SIZE);
                    }
                    centered(stream, font, 11, width, 160, say(text, "certificate.verify", code));
                }
                centered(stream, font, 9, width, 80, say(text, "certificate.footer", String.valueOf(c.attemptId())));
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("certificate could not be rendered", e);
        }
    }

    private static String say(ResourceBundle text, String key, Object... arguments) {
        return new MessageFormat(text.getString(key), text.getLocale()).format(arguments);
    }

    private static void centered(PDPageContentStream s, PdfFonts font, float size, float pageWidth, float y,
                                 String line) throws IOException {
        font.line(s, line, (pageWidth - font.width(line, size)) / 2, y, size);
    }
}

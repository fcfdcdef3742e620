package org.shoumi.quizzes.certificates.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Renders a certificate as a one-page A4 PDF with Apache PDFBox. The Chinese text is set in WenQuanYi Micro Hei
 * (Apache-2.0), embedded as a subset, so the certificate reads the same on any machine and prints as shown.
 */
public final class CertificatePdf {

    /** WenQuanYi Micro Hei (Apache-2.0), a TrueType collection; other PDFs of the portal use it too. */
    public static final String FONT = "/org/shoumi/quizzes/certificates/wqy-microhei.ttc";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private CertificatePdf() {
    }

    public static byte[] render(Certificate c) {
        try (InputStream fontStream = CertificatePdf.class.getResourceAsStream(FONT);
             TrueTypeCollection collection = new TrueTypeCollection(fontStream);
             PDDocument doc = new PDDocument();
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            TrueTypeFont ttf = collection.getFontByName("WenQuanYiMicroHei");
            PDType0Font font = PDType0Font.load(doc, ttf, true);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle("保密知识考试合格证书 · " + c.quizTitle());
            info.setAuthor(c.unit());
            float width = page.getMediaBox().getWidth();
            try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
                text.setLineWidth(2);
                text.addRect(36, 36, width - 72, page.getMediaBox().getHeight() - 72);
                text.stroke();
                centered(text, font, 30, width, 700, "合格证书");
                centered(text, font, 14, width, 670, "CERTIFICATE");
                centered(text, font, 18, width, 590, c.personName() + "（工号 " + c.employeeNo() + "）");
                centered(text, font, 16, width, 550, "参加“" + c.quizTitle() + "”，");
                centered(text, font, 16, width, 520, "成绩 " + c.percent().toPlainString() + " 分，考试合格，特发此证。");
                centered(text, font, 14, width, 400, c.unit());
                centered(text, font, 14, width, 375, DATE.format(c.passedOn()));
                centered(text, font, 9, width, 80, "证书编号 SM-" + c.attemptId() + " · 本证书由守密保密工作门户生成");
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("certificate could not be rendered", e);
        }
    }

    private static void centered(PDPageContentStream s, PDType0Font font, float size, float pageWidth, float y,
                                 String line) throws IOException {
        float w = font.getStringWidth(line) / 1000 * size;
        s.beginText();
        s.setFont(font, size);
        s.newLineAtOffset((pageWidth - w) / 2, y);
        s.showText(line);
        s.endText();
    }
}

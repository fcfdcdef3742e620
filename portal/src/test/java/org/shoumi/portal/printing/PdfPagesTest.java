package org.shoumi.portal.printing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The page writer's paragraphs: wrapped between Chinese characters and at spaces, never inside an ASCII word. */
class PdfPagesTest {

    private static List<String> lines(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        }
    }

    /**
     * Found by an outside check: the secrecy file's header printed "入职 202" and "0-07-29" on the next line. Whatever
     * the text before them, the date and the staff number stay whole on one line.
     */
    @Test
    void aDateOrAStaffNumberIsNeverBrokenAcrossLines() throws IOException {
        PdfPages pages = new PdfPages("测试");
        int paragraphs = 0;
        for (int n = 0; n < 40; n++) {
            pages.paragraph("工号 SM0031，姓名 王小明，部门 办公室，岗位 机关工作人员" + "，说明".repeat(n)
                    + "，入职 2020-07-29，涉密类别 重要", PdfPages.BODY);
            paragraphs++;
        }
        List<String> lines = lines(pages.toBytes());
        long dates = lines.stream().filter(l -> l.contains("2020-07-29")).count();
        assertEquals(paragraphs, dates, "every date whole on one line: " + lines);
        assertEquals(paragraphs, lines.stream().filter(l -> l.contains("SM0031")).count(), lines.toString());
        assertTrue(lines.stream().noneMatch(l -> l.endsWith("202") || l.startsWith("0-07-29")), lines.toString());
    }

    @Test
    void chineseStillWrapsBetweenAnyTwoCharactersAndAWordLongerThanALineBreaksAnywhere() throws IOException {
        String chinese = "保密工作".repeat(60);
        String hash = "ab".repeat(80);
        List<String> lines = lines(new PdfPages("测试").paragraph(chinese, PdfPages.BODY)
                .paragraph(hash, PdfPages.BODY).toBytes());
        assertTrue(lines.size() >= 4, "both wrapped: " + lines);
        assertEquals(chinese + hash, String.join("", lines), "nothing lost or added");
    }
}

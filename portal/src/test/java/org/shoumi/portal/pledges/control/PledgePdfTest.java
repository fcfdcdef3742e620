package org.shoumi.portal.pledges.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PledgePdfTest {

    @Test
    void theSignedTextTheSignatureAndTheHashAreInThePdf() throws Exception {
        StringBuilder longText = new StringBuilder("# 上岗保密承诺书\n\n本人梁雨（工号SM021）郑重承诺：\n\n");
        for (int i = 1; i <= 40; i++) {
            longText.append(i).append(". 认真遵守国家保密法律法规和本单位的各项保密规章制度，履行本岗位保密职责，第").append(i).append("条。\n");
        }
        byte[] pdf = PledgePdf.render(new PledgePdf.Signed("上岗保密承诺书", longText.toString(),
                SignatureImageTest.png(true, 300), "梁雨", "2026-11-30 10:00:00", "ab".repeat(32),
                "《上岗保密承诺书》第 1 版；签订终端地址：127.0.0.1",
                new PledgePdf.Labels("承诺人签名：", "承诺人姓名：", "签订时间：", "文本 SHA-256：", "模板：")));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(doc.getNumberOfPages() >= 2, "a long pledge flows onto a second page");
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertTrue(text.contains("上岗保密承诺书"), "title in Chinese, extractable");
            assertTrue(text.contains("本人梁雨（工号SM021）郑重承诺"));
            assertTrue(text.contains("第40条"), "nothing of the text is lost");
            assertTrue(text.contains("承诺人姓名：梁雨"));
            assertTrue(text.contains("ab".repeat(32)));
            int images = 0;
            for (var page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (var name : resources.getXObjectNames()) {
                    if (resources.getXObject(name) instanceof PDImageXObject) {
                        images++;
                    }
                }
            }
            assertEquals(1, images, "the drawn signature is embedded once");
        }
    }

    @Test
    void escapedFactsArePrintedAsTyped() throws Exception {
        String text = "# 承诺书\n\n本人" + PledgeText.escape("王*五*（SM-9）") + "承诺。\n";
        byte[] pdf = PledgePdf.render(new PledgePdf.Signed("承诺书", text, SignatureImageTest.png(true, 300), "王*五*",
                "2026-11-30 10:00:00", "ab".repeat(32), "ref",
                new PledgePdf.Labels("签名：", "姓名：", "时间：", "SHA-256：", "模板：")));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String printed = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertTrue(printed.contains("本人王*五*（SM-9）承诺。"), printed);
        }
    }

    /** The outside probe's names: signing answered 500, so such a person could never finish onboarding. */
    @Test
    void aNameInRareCharactersOrWithAnEmojiStillGivesAPdf() throws Exception {
        for (String name : java.util.List.of("刘䶮", "吉𠮷", "王😀", "李\u202E明")) {
            String text = "# 承诺书\n\n本人" + PledgeText.escape(name) + "承诺。\n";
            byte[] pdf = PledgePdf.render(new PledgePdf.Signed("承诺书", text, SignatureImageTest.png(true, 300), name,
                    "2026-11-30 10:00:00", "ab".repeat(32), "ref",
                    new PledgePdf.Labels("签名：", "姓名：", "时间：", "SHA-256：", "模板：")));
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                String printed = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
                assertTrue(printed.contains("姓名：" + name.charAt(0)), printed);
                assertTrue(printed.contains("承诺。"), printed);
            }
        }
    }
}

package org.shoumi.portal.web.quizzes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.shoumi.quizzes.bank.control.importing.ImportResult;
import org.shoumi.quizzes.bank.control.importing.TextDecoding;
import org.shoumi.quizzes.bank.entity.QuestionType;

/** The import page picks the reader by extension, and tells GIFT from Aiken in a .txt. */
class QuestionImportViewTest {

    private static final String GIFT = "::密级::国家秘密的密级分为几级？{=三级 ~两级 ~四级}\n\n涉密计算机可以连接互联网。{F}\n";
    private static final String AIKEN = "国家秘密的密级分为几级？\nA) 两级\nB) 三级\nANSWER: B\n";
    private static final String XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <quiz>
              <question type="truefalse">
                <name><text>判断</text></name>
                <questiontext format="html"><text>涉密计算机可以连接互联网。</text></questiontext>
                <answer fraction="0"><text>true</text></answer>
                <answer fraction="100"><text>false</text></answer>
              </question>
            </quiz>
            """;

    private static ImportResult read(String name, String text) {
        return QuestionImportView.read(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void giftByExtensionOrByLook() {
        assertEquals(2, read("bank.gift", GIFT).questions().size());
        ImportResult txt = read("bank.txt", GIFT);
        assertEquals(2, txt.questions().size());
        assertEquals("A", txt.questions().get(0).answer());
        assertEquals(QuestionType.JUDGE, txt.questions().get(1).type());
    }

    @Test
    void otherTextIsAiken() {
        ImportResult r = read("bank.txt", AIKEN);
        assertEquals(1, r.questions().size());
        assertEquals("B", r.questions().get(0).answer());
    }

    @Test
    void moodleXml() {
        ImportResult r = read("moodle-export.xml", XML);
        assertEquals("FALSE", r.questions().get(0).answer());
    }

    @Test
    void gbkGiftIsDecoded() {
        ImportResult r = QuestionImportView.read("bank.gift", GIFT.getBytes(TextDecoding.GBK));
        assertEquals("国家秘密的密级分为几级？", r.questions().get(0).stem());
    }

    @Test
    void theRecordedSourceFitsItsColumn() {
        assertEquals("import:bank.gift", QuestionImportView.source("bank.gift"));
        assertEquals(40, QuestionImportView.source("questions-保密培训-默认分类-保密法规-20261130-1205.xml").length());
    }

    @Test
    void otherExtensionsAreRefused() {
        assertNull(read("bank.docx", GIFT));
    }
}

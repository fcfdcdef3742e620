package org.shoumi.quizzes.bank.control.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextDecodingTest {

    @Test
    void utf8WithOrWithoutBomAndGbkAreRead() {
        assertEquals("保密守则", TextDecoding.decode("保密守则".getBytes(StandardCharsets.UTF_8)));
        byte[] bom = "\uFEFF保密".getBytes(StandardCharsets.UTF_8);
        assertEquals("保密", TextDecoding.decode(bom));
        assertEquals("涉密载体", TextDecoding.decode("涉密载体".getBytes(TextDecoding.GBK)));
    }

    /** The outside probe: such a file was stored with replacement characters. */
    @Test
    void bytesThatAreNeitherAreRefusedNotReadWithReplacementCharacters() {
        byte[] utf16 = "题目,答案\n保密,正确\n".getBytes(StandardCharsets.UTF_16); // with its FE FF mark
        assertThrows(TextDecoding.Undecodable.class, () -> TextDecoding.decode(utf16));
        byte[] binary = {(byte) 0x89, 'P', 'N', 'G', (byte) 0xFF, (byte) 0x80, 0x00, (byte) 0xFE};
        assertThrows(TextDecoding.Undecodable.class, () -> TextDecoding.decode(binary));
    }

    @Test
    void anUndecodableCsvIsOneProblemAndNoQuestions() {
        ImportResult r = SpreadsheetFiles.readCsv("题目,答案\n".getBytes(StandardCharsets.UTF_16LE));
        assertEquals(List.of(), r.questions());
        assertEquals("import.error.encoding", r.problems().get(0).key());
    }

    private static final java.nio.charset.Charset BIG5 = java.nio.charset.Charset.forName("Big5");

    /**
     * Found by an outside check: an Aiken file in Big5 (測試題：保密工作的方針是？ …) passed the check and went into the
     * bank as 代刚肈玂盞よ皐琌, since strict GB18030 takes almost any pair of bytes. Text that read as GBK is mostly
     * characters a Chinese office's GBK file does not hold (outside GB2312, kana, private use) is refused as not
     * GBK; nothing is read.
     */
    @Test
    void big5ReadAsGbkIsRefused() {
        for (String text : List.of("測試題：保密工作的方針是？\nA. 積極防範\nB. 放任自流\nANSWER: A\n",
                "題型,題幹,選項A,選項B,答案\n單選,國家秘密的密級分為幾級？,三級,兩級,A\n")) {
            byte[] big5 = text.getBytes(BIG5);
            assertThrows(TextDecoding.Undecodable.class, () -> TextDecoding.decode(big5), text);
        }
        ImportResult r = SpreadsheetFiles.readCsv("題型,題幹,答案\n判斷,涉密計算機不得連接互聯網。,對\n".getBytes(BIG5));
        assertEquals("import.error.encoding", r.problems().get(0).key());
    }

    /** GBK text with a few characters outside GB2312 (a rare name, a traditional form, a dash) is read as before. */
    @Test
    void gbkWithAFewRareCharactersIsRead() {
        String text = "题型,题干,答案\n判断,刘䶮和吉𠮷在涉密岗位工作——國家秘密不得在互联网上传递。,对\n"
                + "单选,保密工作的方针是什么？积极防范、突出重点、依法管理。,A\n";
        assertEquals(text, TextDecoding.decode(text.getBytes(TextDecoding.GBK)));
        String japanese = "保密（ほみつ）工作的方针";
        assertEquals(japanese, TextDecoding.decode(japanese.getBytes(TextDecoding.GBK)));
    }
}

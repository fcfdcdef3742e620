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
}

package org.shoumi.quizzes.bank.control.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the Aiken reader says of a file that holds no question. */
class AikenReaderTest {

    /**
     * Found by an outside check: a .txt of blank lines, or of a BOM only, read "文件有 0 处问题，不能导入" and listed no
     * problem, where a blank GIFT, CSV or XML file says "文件中没有试题". The Aiken reader says it the same way.
     */
    @Test
    void aFileOfBlankLinesOrABomOnlyHoldsNoQuestions() {
        List<ImportProblem> empty = List.of(ImportProblem.of(1, "import.error.empty"));
        for (String text : List.of("", "\n\n   \n", "\r\n \t\r\n")) {
            ImportResult result = AikenReader.read(text);
            assertEquals(empty, result.problems(), "[" + text + "]");
            assertFalse(result.importable());
        }
        byte[] bomOnly = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        assertEquals(empty, AikenReader.read(TextDecoding.decode(bomOnly)).problems());
        assertEquals(empty, AikenReader.read(TextDecoding.decode("\uFEFF\n  \n".getBytes(StandardCharsets.UTF_8)))
                .problems());
    }

    @Test
    void aFileWithAProblemIsNotAlsoSaidToBeEmpty() {
        assertEquals(List.of(ImportProblem.of(2, "import.error.aiken.notStarted")),
                AikenReader.read("\nANSWER: A\n").problems());
    }
}

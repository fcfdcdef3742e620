package org.shoumi.quizzes.bank.control.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shoumi.quizzes.bank.entity.QuestionType;

class QuestionLengthsTest {

    private static ImportedQuestion question(int row, String stem, List<String> options, String explanation) {
        return new ImportedQuestion(row, QuestionType.SINGLE, stem, options, "A", explanation, "保密常识", null, 3, null);
    }

    @Test
    void aFileWithinTheLimitsIsLeftAsItWas() {
        ImportResult read = new ImportResult(List.of(question(2, "题".repeat(2000), List.of("甲", "乙"), null)),
                List.of());
        assertSame(read, QuestionLengths.checked(read));
        assertNull(QuestionLengths.checked(null), "a file type not read stays unread");
    }

    /** An outside check imported a 4-million-character stem from a CSV file; the review form allows 2,000. */
    @Test
    void everyTextTooLongIsAProblemOfItsRowAndNothingIsImportable() {
        ImportResult read = new ImportResult(List.of(
                question(2, "题".repeat(4_000_000), List.of("甲", "乙"), null),
                question(3, "好题", List.of("甲", "乙".repeat(1001)), "析".repeat(2001))), List.of());
        ImportResult checked = QuestionLengths.checked(read);
        assertFalse(checked.importable());
        assertEquals(List.of(
                ImportProblem.of(2, "import.error.stemTooLong", 2000, 4_000_000),
                ImportProblem.of(3, "import.error.optionTooLong", 'B', 1000, 1001),
                ImportProblem.of(3, "import.error.explanationTooLong", 2000, 2001)), checked.problems());
        assertEquals(2, checked.questions().size(), "what was read is still shown");
    }

    /** A category is one name in a list: one with a line break (a question written under it) is refused. */
    @Test
    void aCategoryWithALineBreakIsAProblemOfItsRow() {
        ImportedQuestion q = new ImportedQuestion(4, QuestionType.SINGLE, "好题", List.of("甲", "乙"), "A", null,
                "ye4停用\n::R1:: ye4 用于停用的题一 {=甲 ~乙}", null, 3, null);
        ImportResult checked = QuestionLengths.checked(new ImportResult(List.of(q), List.of()));
        assertFalse(checked.importable());
        assertEquals(List.of(ImportProblem.of(4, "import.error.categoryLineBreak", "ye4停用")), checked.problems());
    }
}

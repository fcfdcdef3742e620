package org.shoumi.quizzes.bank.control.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shoumi.quizzes.bank.entity.QuestionType;

/** What an import file would add to the bank, and what the check says of the rows the bank holds otherwise. */
class HeldQuestionsTest {

    private static final String HEADER = "题型,题干,选项A,选项B,选项C,选项D,选项E,选项F,答案,解析,难度,分类\n";

    private static List<ImportedQuestion> csv(String rows) {
        ImportResult read = SpreadsheetFiles.readCsv((HEADER + rows).getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), read.problems());
        return read.questions();
    }

    private static HeldQuestions.Held held(String key, QuestionType type, String stem, List<String> options,
                                           String answer) {
        return new HeldQuestions.Held(key, type, stem, options, answer);
    }

    private static final HeldQuestions.Held JUDGED = held("imp-judged", QuestionType.JUDGE,
            "XE2 新题乙：离岗人员应清退载体。", List.of(), "TRUE");

    /**
     * Found by an outside check: a 判断 imported with 对 and checked again with 错 read "1 道题题库中都已有", nothing
     * said the answer differed, and the bank kept 对. The row is still skipped, and named with both answers and the
     * question to revise.
     */
    @Test
    void aHeldQuestionWithAnotherAnswerIsNamed() {
        HeldQuestions.Plan plan = HeldQuestions.plan(Set.of(), List.of(JUDGED),
                csv("判断,XE2 新题乙：离岗人员应清退载体。,,,,,,,错,,2,\n"));
        assertEquals(0, plan.fresh().size());
        assertEquals(1, plan.skipped());
        assertEquals(List.of(ImportProblem.of(2, "import.notice.heldOtherAnswer", "imp-judged", "对", "错")),
                plan.notices());
    }

    @Test
    void theSameAnswerWrittenAnotherWayIsNoDifference() {
        HeldQuestions.Plan plan = HeldQuestions.plan(Set.of(), List.of(JUDGED,
                        held("imp-multi", QuestionType.MULTI, "哪些是载体？", List.of("纸", "光盘", "空气"), "AB")),
                csv("判断,XE2 新题乙：离岗人员应清退载体。,,,,,,,正确,,2,\n多选,哪些是载体？,纸,光盘,空气,,,,\"B、A\",,2,\n"));
        assertEquals(2, plan.skipped());
        assertEquals(List.of(), plan.notices());
    }

    @Test
    void aHeldQuestionWithOtherOptionsIsNamed() {
        HeldQuestions.Plan plan = HeldQuestions.plan(Set.of(), List.of(held("imp-multi", QuestionType.MULTI,
                "哪些是载体？", List.of("纸", "光盘", "空气"), "AB")), csv("多选,哪些是载体？,纸,光盘,U 盘,,,,AB,,2,\n"));
        assertEquals(List.of(ImportProblem.of(2, "import.notice.heldOtherOptions", "imp-multi")), plan.notices());
        assertEquals(0, plan.fresh().size());
    }

    /** Found by an outside check: a stem typed with full-width letters (ＸＥ２) was imported as a new question. */
    @Test
    void aStemInFullWidthLettersIsTheSameQuestion() {
        HeldQuestions.Plan plan = HeldQuestions.plan(Set.of(), List.of(JUDGED),
                csv("判断,ＸＥ２　新题乙：离岗人员应清退载体。,,,,,,,对,,2,\n"));
        assertEquals(0, plan.fresh().size());
        assertEquals(1, plan.skipped());
        assertEquals(List.of(), plan.notices());
    }

    @Test
    void theSameStemAsAnotherTypeIsAddedAndSaidSo() {
        HeldQuestions.Plan plan = HeldQuestions.plan(Set.of(), List.of(JUDGED),
                csv("单选,XE2 新题乙：离岗人员应清退载体。,对,错,,,,,A,,2,\n判断,另一道新题。,,,,,,,对,,2,\n"));
        assertEquals(2, plan.fresh().size());
        assertEquals(List.of(ImportProblem.of(2, "import.notice.heldOtherType", "imp-judged")), plan.notices());
    }

    @Test
    void aKeyTheBankHasIsSkippedWithoutANoticeWhenNoActiveQuestionAsksIt() {
        List<ImportedQuestion> file = csv("判断,已退役的题。,,,,,,,对,,2,\n");
        HeldQuestions.Plan plan = HeldQuestions.plan(Set.of(HeldQuestions.key(file.get(0))), List.of(), file);
        assertEquals(0, plan.fresh().size());
        assertEquals(1, plan.skipped());
        assertEquals(List.of(), plan.notices());
    }
}

package org.shoumi.quizzes.bank.control.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shoumi.quizzes.bank.entity.QuestionType;

/** Found by an outside check: these questions passed the import's check and reached the takers. */
class QuestionShapeTest {

    private static ImportedQuestion q(int row, QuestionType type, String stem, List<String> options, String answer,
                                      String clause) {
        return new ImportedQuestion(row, type, stem, options, answer, null, "imported", clause, 2, null);
    }

    private static List<ImportProblem> problems(ImportedQuestion... questions) {
        return QuestionShape.checked(new ImportResult(List.of(questions), List.of()), "rules.archives.3"::equals)
                .problems();
    }

    @Test
    void optionsThatRepeatAreRefused() {
        assertEquals(List.of(ImportProblem.of(2, "import.error.optionRepeated", 'B')),
                problems(q(2, QuestionType.SINGLE, "哪一个？", List.of("同一个", " 同一个", "另一个"), "A", null)));
    }

    @Test
    void aFillInQuestionHasOneAnswerPerBlank() {
        assertEquals(List.of(ImportProblem.of(3, "import.error.fillBlankCount", 2, 1)),
                problems(q(3, QuestionType.FILL, "____和____", List.of(), "甲", null)));
        assertEquals(List.of(ImportProblem.of(4, "import.error.fillBlankCount", 1, 2)),
                problems(q(4, QuestionType.FILL, "没有填空标记", List.of(), "甲;乙", null)));
        assertEquals(List.of(), problems(q(5, QuestionType.FILL, "____和____", List.of(), "甲|甲方;乙", null),
                q(6, QuestionType.FILL, "Moodle 简答题没有标记", List.of(), "答案", null)));
    }

    @Test
    void aCitedClauseMustExist() {
        assertEquals(List.of(ImportProblem.of(7, "import.error.clauseUnknown", "rules.nothing.99")),
                problems(q(7, QuestionType.JUDGE, "对吗？", List.of(), "TRUE", "rules.nothing.99")));
        assertEquals(List.of(), problems(q(8, QuestionType.JUDGE, "对吗？", List.of(), "TRUE", "rules.archives.3")));
    }

    /** Found by an outside check: the problems of a CSV were listed 2, 3, 4, 5, 7, 8, 11, 6, 9. */
    @Test
    void theProblemsAreListedInTheFilesOrder() {
        ImportResult read = new ImportResult(List.of(q(6, QuestionType.JUDGE, "对吗？", List.of(), "TRUE", "rules.no.1")),
                List.of(ImportProblem.of(2, "import.error.noStem"), ImportProblem.of(11, "import.error.noStem")));
        assertEquals(List.of(2, 6, 11), QuestionShape.checked(read, c -> false).problems().stream()
                .map(ImportProblem::row).toList());
    }

    /** Found by an outside check: a GIFT file with the same question twice was checked as two to import. */
    @Test
    void theSameQuestionTwiceInAFileIsNamedAtItsSecondRow() {
        assertEquals(List.of(ImportProblem.of(4, "import.error.duplicateStem")),
                problems(q(1, QuestionType.JUDGE, "对吗？", List.of(), "TRUE", null),
                        q(4, QuestionType.JUDGE, " 对吗？", List.of(), "FALSE", null)));
        assertEquals(List.of(), problems(q(1, QuestionType.JUDGE, "对吗？", List.of(), "TRUE", null),
                q(4, QuestionType.SINGLE, "对吗？", List.of("对", "错"), "A", null)), "another type is another question");
        // a zero-width space inside the stem is no other question (outside check ex-s37d 3)
        assertEquals(List.of(ImportProblem.of(5, "import.error.duplicateStem")),
                problems(q(2, QuestionType.JUDGE, "测试题丁三：涉密载体\u200b应当登记。", List.of(), "TRUE", null),
                        q(5, QuestionType.JUDGE, "测试题丁三：涉密载体应当登记。", List.of(), "TRUE", null)));
        // the import skips a second stem alike whatever its options, so the check names it (outside check: it
        // passed as "2 道题可以导入", and the import then kept one and called the other held already)
        assertEquals(List.of(ImportProblem.of(3, "import.error.duplicateStem")),
                problems(q(1, QuestionType.SINGLE, "重复题目甲？", List.of("对的", "错的"), "A", null),
                        q(3, QuestionType.SINGLE, "重复题目甲？ ", List.of("对的", "别的"), "A", null)));
    }

    @Test
    void aGoodFileIsPassedOnAsItIs() {
        ImportResult read = new ImportResult(List.of(q(1, QuestionType.JUDGE, "对吗？", List.of(), "TRUE", null)),
                List.of());
        assertSame(read, QuestionShape.checked(read, c -> false));
    }

    /**
     * The rules the review form's revision is checked by are the import's (an outside check saved on the form a 多选
     * with one right option and a 填空 with two blanks and one answer, which the import refused).
     */
    @Test
    void oneQuestionIsCheckedByTheRulesOfEveryImport() {
        assertEquals(List.of(ImportProblem.of(0, "import.error.multiNeedsTwo")), QuestionShape.problems(
                q(0, QuestionType.MULTI, "哪些？", List.of("甲", "乙", "丙"), "A", null)));
        assertEquals(List.of(ImportProblem.of(0, "import.error.fillBlankCount", 2, 1)), QuestionShape.problems(
                q(0, QuestionType.FILL, "查阅 ____ 须登记 ____ 。", List.of(), "用途", null)));
        assertEquals(List.of(ImportProblem.of(0, "import.error.answerNotAnOption", "D")), QuestionShape.problems(
                q(0, QuestionType.SINGLE, "哪一个？", List.of("甲", "乙", "丙"), "D", null)));
        assertEquals(List.of(ImportProblem.of(0, "import.error.tooFewOptions")), QuestionShape.problems(
                q(0, QuestionType.SINGLE, "哪一个？", List.of("甲"), "A", null)));
        assertEquals(List.of(ImportProblem.of(0, "import.error.noStem"), ImportProblem.of(0, "import.error.noAnswer")),
                QuestionShape.problems(q(0, QuestionType.JUDGE, " ", List.of(), "", null)));
        assertEquals(List.of(), QuestionShape.problems(q(0, QuestionType.MULTI, "哪些？", List.of("甲", "乙"), "AB",
                null)));
    }

    /**
     * Found by an outside check on the review form: a gap among the options, a letter without an option and two
     * letters for a 单选 were all "the answer must fit the question"; each is said as what it is.
     */
    @Test
    void eachWrongAnswerOrOptionIsNamedForWhatItIs() {
        assertEquals(List.of(ImportProblem.of(0, "import.error.optionGap", "C")), QuestionShape.problems(
                q(0, QuestionType.SINGLE, "哪一个？", List.of("甲", "", "丙"), "A", null)));
        assertEquals(List.of(ImportProblem.of(0, "import.error.answerNotAnOption", "G")), QuestionShape.problems(
                q(0, QuestionType.SINGLE, "哪一个？", List.of("甲", "乙"), "G", null)));
        assertEquals(List.of(ImportProblem.of(0, "import.error.singleNeedsOne", "AB")), QuestionShape.problems(
                q(0, QuestionType.SINGLE, "哪一个？", List.of("甲", "乙"), "AB", null)));
        assertEquals(List.of(ImportProblem.of(0, "import.error.answer", "1")), QuestionShape.problems(
                q(0, QuestionType.SINGLE, "哪一个？", List.of("甲", "乙"), "1", null)));
        // found by an outside check: AAB was saved as typed and exported as AB
        assertEquals(List.of(ImportProblem.of(0, "import.error.answerRepeatedLetter", "AAB")), QuestionShape.problems(
                q(0, QuestionType.MULTI, "哪些？", List.of("甲", "乙", "丙"), "AAB", null)));
        assertEquals(List.of(), QuestionShape.problems(
                q(0, QuestionType.MULTI, "哪些？", List.of("甲", "乙", "丙"), "A, B", null)));
    }

    /**
     * Found by an outside check: of a GIFT file with three broken questions only the first two were listed (the
     * reader's); the third's repeated option came to light only once they were mended.
     */
    @Test
    void everyProblemOfAGiftFileIsListedAtOnce() {
        String gift = """
                没有正确答案的题 {~甲 ~乙}

                两个满分答案的单选题 {=甲 =乙 ~丙}

                ::G1:: 重复选项的题 {=正确做法 ~错误做法 ~错误做法}
                """;
        assertEquals(List.of(ImportProblem.of(1, "import.error.noRightOption"),
                        ImportProblem.of(3, "import.error.moodle.severalRight", "两个满分答案的单选题", "AB"),
                        ImportProblem.of(5, "import.error.optionRepeated", 'C')),
                QuestionShape.checked(GiftReader.read(gift), c -> true).problems());
    }

    /** Found by an outside check: a 判断 row with options was checked without a word; the options are named. */
    @Test
    void aTrueFalseRowWithOptionsIsNamed() {
        String csv = """
                题型,题干,选项A,选项B,选项C,选项D,选项E,选项F,答案,解析
                判断,判断题却带了选项X2,对的,错的,,,,,对,解析
                判断,判断题没有选项,,,,,,,对,解析
                """;
        assertEquals(List.of(ImportProblem.of(2, "import.error.optionsNotTaken")), QuestionShape.checked(
                SpreadsheetFiles.readCsv(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)), c -> true)
                .problems());
    }

    /**
     * Found by an outside check: an Aiken question of seven options answered G got the six-option limit and "The
     * answer "G" does not fit the question type" beside it; only the limit is said.
     */
    @Test
    void anAnswerBeyondTheSixOptionLimitIsSaidByTheLimitOnly() {
        ImportResult read = AikenReader.read("""
                哪一个？
                A. 一
                B. 二
                C. 三
                D. 四
                E. 五
                F. 六
                G. 七
                ANSWER: G
                """);
        List<String> options = List.of("一", "二", "三", "四", "五", "六", "七");
        assertEquals(List.of(ImportProblem.of(1, "import.error.tooManyOptions", 6, 7)),
                QuestionShape.checked(read, clause -> true).problems());
        assertEquals(List.of(ImportProblem.of(0, "import.error.tooManyOptions", 6, 7)), QuestionShape.problems(
                q(0, QuestionType.SINGLE, "哪一个？", options, "G", null)));
        // an answer within the six is still checked as usual
        assertEquals(List.of(ImportProblem.of(0, "import.error.tooManyOptions", 6, 7),
                ImportProblem.of(0, "import.error.singleNeedsOne", "AB")), QuestionShape.problems(
                q(0, QuestionType.SINGLE, "哪一个？", options, "AB", null)));
    }
}

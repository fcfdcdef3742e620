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

    /**
     * Found by an outside check (ex-s37d 3): a stem carrying a zero-width space (U+200B, as text copied from a web page
     * or a chat has it) was imported as a new question beside the bank's; a soft hyphen or a BOM alike. The same
     * question, as {@code Texts.comparable} compares texts.
     */
    @Test
    void aStemWithAnInvisibleCharacterIsTheSameQuestion() {
        HeldQuestions.Plan plan = HeldQuestions.plan(Set.of(), List.of(JUDGED),
                csv("判断,XE2 新题乙：离岗人员\u200b应清退\u00ad载体。\ufeff,,,,,,,对,,2,\n"));
        assertEquals(0, plan.fresh().size());
        assertEquals(1, plan.skipped());
        assertEquals(QuestionShape.sameStem("测试题丁三：涉密载体应当登记。"),
                QuestionShape.sameStem("测试题丁三：涉密载体\u200b应当登记。"));
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

    private static final String AT = "2026-12-07T08:29:00Z";

    /**
     * Found by an outside check: an older file (last month's export) brought back a question the officer had retired
     * and the wording the officer had corrected, as new active questions, the check saying "2 道题可以导入" and nothing
     * else. Both rows are skipped and named, with when, by whom and why they left the draws.
     */
    @Test
    void aRetiredQuestionAndAReplacedWordingAreSkippedAndNamed() {
        List<HeldQuestions.Withdrawn> withdrawn = List.of(
                new HeldQuestions.Withdrawn("code-023", QuestionType.JUDGE, "因公确需携带涉密载体外出的，经批准后可以携带。",
                        AT, "officer", null, "测试停用"),
                new HeldQuestions.Withdrawn("meetings-003", QuestionType.SINGLE, "涉密会议会场扩音设备的正确配置是：", AT,
                        "officer", "meetings-003~v2", "调整选项顺序并改答案"));
        HeldQuestions.Plan plan = HeldQuestions.plan(Set.of("code-023", "meetings-003", "meetings-003~v2"),
                List.of(held("meetings-003~v2", QuestionType.SINGLE, "涉密会议会场扩音设备的正确配置是（修订）：",
                        List.of("乙", "甲"), "B")), withdrawn,
                csv("判断,因公确需携带涉密载体外出的，经批准后可以携带。,,,,,,,对,旧导出,2,\n"
                        + "单选,涉密会议会场扩音设备的正确配置是：,甲,乙,,,,,A,旧导出,2,\n"
                        + "判断,一道新题。,,,,,,,对,,2,\n"));
        assertEquals(1, plan.fresh().size());
        assertEquals("一道新题。", plan.fresh().values().iterator().next().stem());
        assertEquals(2, plan.skipped());
        assertEquals(List.of(ImportProblem.of(2, HeldQuestions.RETIRED, "code-023", AT, "officer", "测试停用"),
                ImportProblem.of(3, HeldQuestions.SUPERSEDED, "meetings-003", AT, "officer", "meetings-003~v2")),
                plan.notices());
    }

    /** A retired imported question (its key taken already) is named too, once however often the file repeats it. */
    @Test
    void aRetiredImportedQuestionIsNamed() {
        List<ImportedQuestion> file = csv("判断,已退役的题。,,,,,,,对,,2,\n");
        String key = HeldQuestions.key(file.get(0));
        HeldQuestions.Plan plan = HeldQuestions.plan(Set.of(key), List.of(), List.of(new HeldQuestions.Withdrawn(key,
                QuestionType.JUDGE, "已退役的题。", AT, "officer", null, "过时")), file);
        assertEquals(0, plan.fresh().size());
        assertEquals(1, plan.skipped());
        assertEquals(List.of(ImportProblem.of(2, HeldQuestions.RETIRED, key, AT, "officer", "过时")), plan.notices());
    }

    /** A revision that kept the stem: the version in use is the match, as before (its answer compared). */
    @Test
    void aStemTheVersionInUseStillAsksIsHeldNotWithdrawn() {
        HeldQuestions.Plan plan = HeldQuestions.plan(Set.of(), List.of(JUDGED), List.of(new HeldQuestions.Withdrawn(
                "imp-judged-v1", QuestionType.JUDGE, "XE2 新题乙：离岗人员应清退载体。", AT, "officer", "imp-judged", "改答案")),
                csv("判断,XE2 新题乙：离岗人员应清退载体。,,,,,,,错,,2,\n"));
        assertEquals(List.of(ImportProblem.of(2, "import.notice.heldOtherAnswer", "imp-judged", "对", "错")),
                plan.notices());
    }

    /**
     * Found by an outside check (findings i §5): archives-003 revised into archives-003~v2, which was retired later;
     * the note for the original wording said "修订为 archives-003~v2" and asked to revise that retired version. It
     * names the retirement instead: when, by whom and why the last version left.
     */
    @Test
    void aWordingWhoseRevisionWasRetiredLaterNamesTheRetirement() {
        String retiredAt = "2026-12-07T09:41:00Z";
        List<HeldQuestions.Withdrawn> withdrawn = List.of(
                new HeldQuestions.Withdrawn("archives-003~v2", QuestionType.JUDGE, "涉密档案应当集中管理（修订）。",
                        retiredAt, "officer", null, "整题停用"),
                new HeldQuestions.Withdrawn("archives-003", QuestionType.JUDGE, "涉密档案应当集中管理。", AT, "officer",
                        "archives-003~v2", "修订"));
        HeldQuestions.Plan plan = HeldQuestions.plan(Set.of("archives-003", "archives-003~v2"), List.of(), withdrawn,
                csv("判断,涉密档案应当集中管理。,,,,,,,对,,2,\n"));
        assertEquals(0, plan.fresh().size());
        assertEquals(List.of(ImportProblem.of(2, HeldQuestions.SUPERSEDED_RETIRED, "archives-003", retiredAt, "officer",
                "整题停用", "archives-003~v2")), plan.notices());
    }

    /**
     * Found by an outside check (ex-s37d 1): a revision turned a question into a copy of another active one (same type
     * and stem, the opposite answer). The rule names the other question, as the import names one it holds; another
     * type with that stem, or another stem, is no copy.
     */
    @Test
    void aRevisionIntoAnotherActiveQuestionNamesThatQuestion() {
        HeldQuestions.Held other = held("imp-other", QuestionType.JUDGE, "测试题甲二：涉密计算机可以连接互联网。",
                List.of(), "FALSE");
        assertEquals(java.util.Optional.of(ImportProblem.of(0, HeldQuestions.SAME_AS_HELD, "imp-other")),
                HeldQuestions.sameAsAnother(0, QuestionType.JUDGE, " 测试题甲二：涉密计算机 可以连接互联网。",
                        List.of(JUDGED, other)));
        assertEquals(java.util.Optional.empty(), HeldQuestions.sameAsAnother(0, QuestionType.SINGLE,
                "测试题甲二：涉密计算机可以连接互联网。", List.of(other)));
        assertEquals(java.util.Optional.empty(), HeldQuestions.sameAsAnother(0, QuestionType.JUDGE,
                "测试题甲三：离岗人员应当清退涉密载体。", List.of(other)));
    }
}

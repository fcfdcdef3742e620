package it.org.shoumi.portal.quizzes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.shoumi.portal.FromInside;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.List;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import org.junit.jupiter.api.Test;
import org.shoumi.quizzes.bank.boundary.QuestionBank;
import org.shoumi.quizzes.bank.control.importing.GiftReader;
import org.shoumi.quizzes.bank.control.importing.HeldQuestions;
import org.shoumi.quizzes.bank.control.importing.ImportProblem;
import org.shoumi.quizzes.bank.control.importing.ImportResult;
import org.shoumi.quizzes.bank.control.importing.ImportedQuestion;
import org.shoumi.quizzes.bank.control.importing.QuestionShape;
import org.shoumi.quizzes.bank.entity.QuestionType;

/**
 * Found by an outside check: a 2 MB GIFT file (28,791 questions) passed the check, and its import ran for minutes,
 * each question's look-up flushing every question added before it, past the transaction timeout and holding the
 * bank's locks (other users' quiz pages hung, the attempt sweeper failed). The import reads the bank once and
 * stores the file in one pass. Each test imports in a transaction of its own and rolls it back, so the thousands of
 * questions do not stay in the bank the other tests draw from.
 */
class QuestionImportIT extends FromInside {

    private static final Logger LOG = Logger.getLogger(QuestionImportIT.class.getName());

    @Inject
    QuestionBank bank;

    /** {@code count} simple questions of a GIFT file, as the import page reads them. */
    private static List<ImportedQuestion> gift(int count) {
        String unique = Long.toString(System.nanoTime(), 36);
        StringBuilder file = new StringBuilder();
        for (int i = 0; i < count; i++) {
            file.append("批量导入").append(unique).append("第").append(i).append("题是否正确？ {=是 ~否}\n\n");
        }
        ImportResult read = GiftReader.read(file.toString());
        assertTrue(read.importable(), read.problems().toString());
        assertEquals(count, read.questions().size());
        return read.questions();
    }

    /** Imports and rolls back; the seconds the import took. */
    private double importTimed(List<ImportedQuestion> questions, boolean again) throws Exception {
        UserTransaction tx = InitialContext.doLookup("java:comp/UserTransaction");
        tx.setTransactionTimeout(600);
        tx.begin();
        try {
            long start = System.nanoTime();
            QuestionBank.ImportCount count = bank.importQuestions(questions, "import:bulk.gift", "officer");
            double seconds = (System.nanoTime() - start) / 1e9;
            assertEquals(new QuestionBank.ImportCount(questions.size(), 0), count);
            if (again) {
                // what the check says of the same file now, and what importing it again does
                assertEquals(new QuestionBank.ImportCount(0, questions.size()), bank.preview(questions));
                assertEquals(new QuestionBank.ImportCount(0, questions.size()),
                        bank.importQuestions(questions, "import:bulk.gift", "officer"));
            }
            return seconds;
        } finally {
            tx.rollback();
        }
    }

    @Test
    void aFileOfThousandsOfQuestionsImportsInSeconds() throws Exception {
        List<ImportedQuestion> questions = gift(3000);
        assertEquals(new QuestionBank.ImportCount(3000, 0), bank.preview(questions));
        double seconds = importTimed(questions, true);
        LOG.info("imported 3,000 GIFT questions in " + seconds + " s");
        assertTrue(seconds < 30, "3,000 questions took " + seconds + " s");
    }

    /** How long the limit's figures take here (written to the log: the default limit rests on them). */
    @Test
    void measureFiveAndTwentyThousand() throws Exception {
        for (int count : new int[] {5000, 20000}) {
            double seconds = importTimed(gift(count), false);
            LOG.info("imported " + count + " GIFT questions in " + seconds + " s");
        }
    }

    /**
     * Found by an outside check: re-importing an older file (last month's export) brought back a question the officer
     * had retired and the wording the officer had revised, as new active questions, and the check said nothing; the
     * bank then held the question twice. The check names both rows, with the question they match, and the import
     * skips them. In a transaction of its own, rolled back.
     */
    /**
     * Found by an outside check (findings i §5): a question revised into ~v2, whose ~v2 was retired later; the check of
     * the original wording said "修订为 …~v2" and asked to revise that retired version. It names the retirement: the
     * last version, when, by whom and why. In a transaction of its own, rolled back.
     */
    @Test
    void aWordingWhoseRevisionWasRetiredNamesTheRetirement() throws Exception {
        String unique = Long.toString(System.nanoTime(), 36);
        UserTransaction tx = InitialContext.doLookup("java:comp/UserTransaction");
        tx.begin();
        try {
            ImportedQuestion original = new ImportedQuestion(2, QuestionType.SINGLE, "修订后停用的题" + unique + "：",
                    List.of("甲", "乙"), "A", "旧导出", "import-it-" + unique, null, 2, null);
            assertEquals(new QuestionBank.ImportCount(1, 0), bank.importQuestions(List.of(original),
                    "import:old.csv", "officer"));
            String key = HeldQuestions.key(original);
            String newVersion = bank.revise(key, new QuestionBank.Revision("修订后停用的题（新）" + unique + "：",
                    List.of("乙", "甲"), "B", "修订", 2, "改答案"), "officer");
            bank.retire(newVersion, "整题停用" + unique, "officer");

            QuestionBank.ImportCount check = bank.preview(List.of(original));
            assertEquals(0, check.added());
            assertEquals(1, check.skipped());
            assertEquals(1, check.notices().size(), check.notices().toString());
            ImportProblem notice = check.notices().get(0);
            assertEquals(HeldQuestions.SUPERSEDED_RETIRED, notice.key());
            assertEquals(List.of(key, notice.args().get(1), "officer", "整题停用" + unique, newVersion), notice.args());
            assertTrue(!notice.args().get(1).isEmpty(), "dated: " + notice);
            String chinese = java.text.MessageFormat.format(java.util.ResourceBundle.getBundle(
                    "org.shoumi.quizzes.i18n.import_messages", java.util.Locale.SIMPLIFIED_CHINESE)
                    .getString(notice.key()), notice.args().toArray());
            assertTrue(chinese.contains(newVersion + " 已于") && chinese.contains("停用（原因：整题停用" + unique + "）"),
                    chinese);
            assertFalse(chinese.contains("修订为") || chinese.contains("请在“审核题目”页修订"), chinese);
        } finally {
            tx.rollback();
        }
    }

    @Test
    void aRetiredQuestionAndARevisedWordingAreNamedAndNotBroughtBack() throws Exception {
        String unique = Long.toString(System.nanoTime(), 36);
        UserTransaction tx = InitialContext.doLookup("java:comp/UserTransaction");
        tx.begin();
        try {
            ImportedQuestion retired = new ImportedQuestion(2, QuestionType.JUDGE, "将要停用的题" + unique + "。",
                    List.of(), "TRUE", "旧导出", "import-it-" + unique, null, 2, null);
            ImportedQuestion revised = new ImportedQuestion(3, QuestionType.SINGLE, "将要修订的题" + unique + "：",
                    List.of("甲", "乙"), "A", "旧导出", "import-it-" + unique, null, 2, null);
            ImportedQuestion fresh = new ImportedQuestion(4, QuestionType.JUDGE, "新的题" + unique + "。", List.of(),
                    "TRUE", null, "import-it-" + unique, null, 2, null);
            assertEquals(new QuestionBank.ImportCount(2, 0), bank.importQuestions(List.of(retired, revised),
                    "import:old.csv", "officer"));
            String retiredKey = HeldQuestions.key(retired);
            String revisedKey = HeldQuestions.key(revised);
            bank.retire(retiredKey, "测试停用" + unique, "officer");
            String newVersion = bank.revise(revisedKey, new QuestionBank.Revision("已修订的题" + unique + "：",
                    List.of("乙", "甲"), "B", "修订", 2, "调整选项顺序并改答案"), "officer");
            long activeBefore = bank.activeCount();

            // the old file again: what the check says, then what the import does
            List<ImportedQuestion> old = List.of(retired, revised, fresh);
            QuestionBank.ImportCount check = bank.preview(old);
            assertEquals(1, check.added());
            assertEquals(2, check.skipped());
            List<ImportProblem> notices = check.notices();
            assertEquals(2, notices.size(), notices.toString());
            assertEquals(HeldQuestions.RETIRED, notices.get(0).key());
            assertEquals(2, notices.get(0).row());
            assertEquals(retiredKey, notices.get(0).args().get(0));
            assertTrue(!notices.get(0).args().get(1).isEmpty(), "dated: " + notices.get(0));
            assertEquals("officer", notices.get(0).args().get(2));
            assertEquals("测试停用" + unique, notices.get(0).args().get(3));
            assertEquals(HeldQuestions.SUPERSEDED, notices.get(1).key());
            assertEquals(List.of(revisedKey, notices.get(1).args().get(1), "officer", newVersion),
                    notices.get(1).args());
            // as the page says them, in both languages
            String chinese = java.text.MessageFormat.format(java.util.ResourceBundle.getBundle(
                    "org.shoumi.quizzes.i18n.import_messages", java.util.Locale.SIMPLIFIED_CHINESE)
                    .getString(HeldQuestions.SUPERSEDED), notices.get(1).args().toArray());
            assertTrue(chinese.contains("修订为 " + newVersion) && chinese.contains("不会让旧版本重新进入抽题"), chinese);

            assertEquals(check, bank.importQuestions(old, "import:old.csv", "officer"));
            assertEquals(activeBefore + 1, bank.activeCount(), "only the new question is added");
            assertTrue(bank.active().stream().noneMatch(q -> q.getStem().equals(retired.stem())
                    || q.getStem().equals(revised.stem())), "neither is back in the draws");
            assertTrue(bank.byKey(retiredKey).map(q -> !q.isActive()).orElseThrow());
        } finally {
            tx.rollback();
        }
    }

    /**
     * Found by an outside check (ex-s37d 3): a stem differing from the bank's only by a zero-width space (U+200B) was
     * checked as "1 道题可以导入" and imported beside it; two rows of one GIFT file differing so were both imported. The
     * check names the second row of the file, and a file row the bank holds is skipped as held. Rolled back.
     */
    @Test
    void aStemDifferingOnlyByAnInvisibleCharacterIsTheSameQuestion() throws Exception {
        String unique = Long.toString(System.nanoTime(), 36);
        ImportResult twice = QuestionShape.checked(GiftReader.read("::E4:: 零宽题" + unique + "：涉密载体\u200b应当登记。{T}\n\n"
                + "::E5:: 零宽题" + unique + "：涉密载体应当登记。{T}\n"), c -> true);
        assertEquals(List.of("import.error.duplicateStem"), twice.problems().stream().map(ImportProblem::key).toList());
        UserTransaction tx = InitialContext.doLookup("java:comp/UserTransaction");
        tx.begin();
        try {
            bank.importQuestions(List.of(new ImportedQuestion(1, QuestionType.JUDGE, "零宽库题" + unique
                    + "：涉密计算机可以连接互联网。", List.of(), "FALSE", null, "zw-" + unique, null, 2, null)), "test", "officer");
            QuestionBank.ImportCount again = bank.preview(List.of(new ImportedQuestion(1, QuestionType.JUDGE,
                    "零宽库题" + unique + "：涉密计算机\u200b可以连接互联网。", List.of(), "FALSE", null, "zw-" + unique, null, 2,
                    null)));
            assertEquals(0, again.added(), "held already");
            assertEquals(1, again.skipped());
        } finally {
            tx.rollback();
        }
    }
}

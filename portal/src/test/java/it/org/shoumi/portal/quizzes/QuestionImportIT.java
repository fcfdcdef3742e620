package it.org.shoumi.portal.quizzes;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.shoumi.quizzes.bank.control.importing.ImportResult;
import org.shoumi.quizzes.bank.control.importing.ImportedQuestion;

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
}

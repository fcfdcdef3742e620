package org.shoumi.quizzes.bank.control.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The longest texts the bank keeps for a question, the same for every import format and the review form: a stem of
 * 2,000 characters, an option of 1,000, an answer of 500, an explanation of 2,000, a category of 100, a legal basis
 * of 300. A file with a longer text is refused naming the row and the text, before anything is stored (a 4-million
 * character stem was imported once, and an over-long option failed in the database). A file whose category has a line
 * break is refused too: a category is one name in a list.
 */
public final class QuestionLengths {

    public static final int STEM = 2000;
    public static final int OPTION = 1000;
    public static final int ANSWER = 500;
    public static final int EXPLANATION = 2000;
    public static final int CATEGORY = 100;
    public static final int BASIS = 300;

    private static final Pattern LINE_BREAK = Pattern.compile("[\\r\\n\\u2028\\u2029\\u0085]");

    private QuestionLengths() {
    }

    /** {@code read} with a problem for every text too long to keep; null stays null (a file type not read). */
    public static ImportResult checked(ImportResult read) {
        if (read == null) {
            return null;
        }
        List<ImportProblem> problems = new ArrayList<>(read.problems());
        for (ImportedQuestion q : read.questions()) {
            problems.addAll(problems(q));
            if (q.category() != null && LINE_BREAK.matcher(q.category()).find()) {
                // a category is one name in a list, never a question written under it by mistake (outside check:
                // a GIFT category line followed by a question became a category named with both)
                problems.add(ImportProblem.of(q.row(), "import.error.categoryLineBreak",
                        LINE_BREAK.split(q.category(), 2)[0].strip()));
            }
        }
        return problems.size() == read.problems().size() ? read
                : new ImportResult(read.questions(), problems, read.notices());
    }

    /** The texts of one question too long to keep (a row of a file, or a revision on the review form). */
    public static List<ImportProblem> problems(ImportedQuestion q) {
        List<ImportProblem> problems = new ArrayList<>();
        tooLong(problems, q.row(), "import.error.stemTooLong", q.stem(), STEM);
        for (int i = 0; i < q.options().size(); i++) {
            String option = q.options().get(i);
            if (option != null && option.length() > OPTION) {
                problems.add(ImportProblem.of(q.row(), "import.error.optionTooLong", (char) ('A' + i), OPTION,
                        option.length()));
            }
        }
        tooLong(problems, q.row(), "import.error.answerTooLong", q.answer(), ANSWER);
        tooLong(problems, q.row(), "import.error.explanationTooLong", q.explanation(), EXPLANATION);
        tooLong(problems, q.row(), "import.error.categoryTooLong", q.category(), CATEGORY);
        tooLong(problems, q.row(), "import.error.basisTooLong", q.basis(), BASIS);
        return problems;
    }

    private static void tooLong(List<ImportProblem> problems, int row, String key, String text, int max) {
        if (text != null && text.length() > max) {
            problems.add(ImportProblem.of(row, key, max, text.length()));
        }
    }
}

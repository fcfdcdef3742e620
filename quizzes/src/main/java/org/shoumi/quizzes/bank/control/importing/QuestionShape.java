package org.shoumi.quizzes.bank.control.importing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.shoumi.quizzes.bank.entity.QuestionType;

/**
 * What makes an imported question askable, the same for every format: a choice question's options differ from each
 * other (two options "同一个" made a right answer count as wrong), a fill-in question has one answer for each blank
 * (three or more underscores; a text without one has a single box after it), and a cited clause is one the rules in force have (the result page
 * linked a clause that did not exist to a page that answered 404). Found by an outside check: all four passed the
 * check and reached the takers.
 */
public final class QuestionShape {

    private static final Pattern BLANK = Pattern.compile("_{3,}");

    private QuestionShape() {
    }

    /**
     * {@code read} with a problem for every question that could not be asked as it is; null stays null.
     *
     * @param clauseKnown whether a clause id (rules.archives.3) is one of the rules and duties in force
     */
    public static ImportResult checked(ImportResult read, Predicate<String> clauseKnown) {
        if (read == null) {
            return null;
        }
        List<ImportProblem> problems = new ArrayList<>(read.problems());
        Set<String> questionsSeen = new HashSet<>();
        for (ImportedQuestion q : read.questions()) {
            // the same question twice in one file (a GIFT or Aiken file too, as the spreadsheet reader already
            // says): the check said "2 道题可以导入", the import then "1 道题库中已有" (outside check)
            String identity = q.type() + "\n" + (q.stem() == null ? "" : q.stem().strip()) + "\n" + q.options();
            ImportProblem repeated = ImportProblem.of(q.row(), "import.error.duplicateStem");
            if (!questionsSeen.add(identity) && !problems.contains(repeated)) {
                problems.add(repeated);
            }
            if (q.type() == QuestionType.SINGLE || q.type() == QuestionType.MULTI) {
                Set<String> seen = new HashSet<>();
                for (int i = 0; i < q.options().size(); i++) {
                    String option = q.options().get(i) == null ? "" : q.options().get(i).strip();
                    if (!seen.add(option)) {
                        problems.add(ImportProblem.of(q.row(), "import.error.optionRepeated", (char) ('A' + i)));
                    }
                }
            }
            if (q.type() == QuestionType.FILL && q.stem() != null) {
                // a text without ____ gets one answer box after it (a Moodle short answer), so it takes one answer
                int boxes = Math.max(1, BLANK.split(q.stem(), -1).length - 1);
                int answers = q.answer() == null || q.answer().isBlank() ? 0 : q.answer().split(";", -1).length;
                if (answers != boxes) {
                    problems.add(ImportProblem.of(q.row(), "import.error.fillBlankCount", boxes, answers));
                }
            }
            if (q.clause() != null && !q.clause().isBlank() && !clauseKnown.test(q.clause().strip())) {
                problems.add(ImportProblem.of(q.row(), "import.error.clauseUnknown", q.clause().strip()));
            }
        }
        // in the file's order: these problems came after the reader's, and the list read 2, 3, 4, 5, 7, 8, 11, 6, 9
        // (outside check); a stable sort keeps a row's own problems in the order found
        problems.sort(java.util.Comparator.comparingInt(ImportProblem::row));
        return problems.size() == read.problems().size() ? read
                : new ImportResult(read.questions(), problems, read.notices());
    }
}

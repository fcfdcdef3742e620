package org.shoumi.quizzes.bank.control.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.shoumi.quizzes.bank.entity.QuestionType;

/**
 * Turns the items of a Moodle file (GIFT or Moodle XML) into bank questions:
 * <ul>
 *   <li>multichoice, one answer allowed → 单选: the answer worth 100 % is right (exactly one); partial-credit
 *       answers become wrong options, with a notice;</li>
 *   <li>multichoice, several answers allowed → 多选: every option with a positive weight is right (at least two);
 *       the weights themselves are not kept, the quiz's own multi-choice rule scores;</li>
 *   <li>truefalse → 判断;</li>
 *   <li>shortanswer (also GIFT missing word {@code {=a =b}}) → 填空 with one blank accepting every 100 % answer;
 *       partial-credit answers are dropped with a notice, a right answer with the {@code *} wildcard is refused;</li>
 *   <li>category → the category of the questions after it, without Moodle's {@code $course$/top/} prefix;</li>
 *   <li>every other type (essay, match, numerical, description, ordering, multianswer/cloze, gapselect, ddwtos, …)
 *       → skipped with a notice naming type and question. Never converted to another type.</li>
 * </ul>
 * Question text and options become plain text; embedded images and sound are not imported (a notice says so).
 * All or nothing: with any problem the result holds no questions.
 */
final class MoodleMapping {

    static final int MAX_OPTIONS = 6;
    static final int MAX_OPTION_LENGTH = 1000;
    static final int MAX_ANSWER_LENGTH = 500;
    static final int MAX_CATEGORY_LENGTH = 100;
    static final int DEFAULT_DIFFICULTY = 3;
    /** How the bank marks a blank in a fill-in stem (see BankQuestion.blankCount). */
    private static final Pattern BLANK = Pattern.compile("_{3,}");
    private static final Set<String> SUPPORTED = Set.of("multichoice", "truefalse", "shortanswer");

    private MoodleMapping() {
    }

    static ImportResult result(List<MoodleItem> items, List<ImportProblem> parseProblems) {
        List<ImportProblem> problems = new ArrayList<>(parseProblems);
        List<ImportProblem> notices = new ArrayList<>();
        List<ImportedQuestion> questions = new ArrayList<>();
        String category = null;
        for (MoodleItem item : items) {
            if (item.qtype.equals("category")) {
                String path = MoodleText.categoryPath(item.category);
                if (path.length() > MAX_CATEGORY_LENGTH) {
                    problems.add(ImportProblem.of(item.line, "import.error.moodle.categoryTooLong", MAX_CATEGORY_LENGTH));
                }
                category = path.isEmpty() ? null : path;
                continue;
            }
            if (!SUPPORTED.contains(item.qtype)) {
                notices.add(ImportProblem.of(item.line, "import.notice.unsupported", item.qtype, item.name));
                continue;
            }
            int before = problems.size();
            ImportedQuestion question = convert(item, category, problems, notices);
            if (question != null && problems.size() == before) {
                questions.add(question);
            }
        }
        if (!problems.isEmpty()) {
            // the questions read well are checked here as the import's check would check them, which sees none of
            // a file with problems: every problem of the file is listed at once (a repeated option of a third
            // question was named only once the first two were mended: outside check)
            problems.addAll(QuestionShape.problems(questions, clause -> true));
            problems.sort(Comparator.comparingInt(ImportProblem::row));
            return new ImportResult(List.of(), problems, notices);
        }
        if (questions.isEmpty()) {
            problems.add(ImportProblem.of(1, notices.isEmpty() ? "import.error.empty" : "import.error.moodle.nothingSupported"));
        }
        return new ImportResult(questions, problems, notices);
    }

    private static ImportedQuestion convert(MoodleItem m, String category, List<ImportProblem> problems,
                                            List<ImportProblem> notices) {
        if (m.text.isBlank()) {
            problems.add(ImportProblem.of(m.line, "import.error.noStem"));
            return null;
        }
        if (m.embeddedMedia) {
            notices.add(ImportProblem.of(m.line, "import.notice.media", m.name));
        }
        List<String> options = List.of();
        String answer;
        QuestionType type;
        switch (m.qtype) {
            case "multichoice" -> {
                type = m.single ? QuestionType.SINGLE : QuestionType.MULTI;
                options = m.answers.stream().map(a -> a.text().replaceAll("\\s+", " ").strip()).toList();
                if (!checkOptions(m, options, problems)) {
                    return null;
                }
                answer = m.single ? singleAnswer(m, problems, notices) : multiAnswer(m, problems);
            }
            case "truefalse" -> {
                type = QuestionType.JUDGE;
                if (m.statementTrue == null) {
                    problems.add(ImportProblem.of(m.line, "import.error.moodle.noTrueFalse", m.name));
                    return null;
                }
                answer = m.statementTrue ? "TRUE" : "FALSE";
            }
            default -> {
                type = QuestionType.FILL;
                int blanks = BLANK.split(m.text, -1).length - 1;
                if (blanks > 1) {
                    // the bank asks one answer per ____ in the text; a Moodle short answer has one answer box
                    problems.add(ImportProblem.of(m.line, "import.error.moodle.blanks", m.name, blanks));
                    return null;
                }
                answer = fillAnswer(m, problems, notices);
            }
        }
        if (answer == null) {
            return null;
        }
        return new ImportedQuestion(m.line, type, m.text, options, answer,
                m.generalFeedback.isBlank() ? null : m.generalFeedback, category, null, DEFAULT_DIFFICULTY, null);
    }

    private static boolean checkOptions(MoodleItem m, List<String> options, List<ImportProblem> problems) {
        if (options.size() < 2) {
            problems.add(ImportProblem.of(m.line, "import.error.tooFewOptions"));
            return false;
        }
        if (options.size() > MAX_OPTIONS) {
            problems.add(ImportProblem.of(m.line, "import.error.moodle.tooManyOptions", m.name, options.size(), MAX_OPTIONS));
            return false;
        }
        boolean ok = true;
        for (int i = 0; i < options.size(); i++) {
            String letter = String.valueOf((char) ('A' + i));
            if (options.get(i).isBlank()) {
                problems.add(ImportProblem.of(m.line, "import.error.moodle.emptyOption", m.name, letter));
                ok = false;
            } else if (options.get(i).length() > MAX_OPTION_LENGTH) {
                problems.add(ImportProblem.of(m.line, "import.error.moodle.optionTooLong", m.name, letter, MAX_OPTION_LENGTH));
                ok = false;
            }
        }
        return ok;
    }

    private static String singleAnswer(MoodleItem m, List<ImportProblem> problems, List<ImportProblem> notices) {
        List<String> right = new ArrayList<>();
        List<String> partial = new ArrayList<>();
        for (int i = 0; i < m.answers.size(); i++) {
            BigDecimal f = m.answers.get(i).fraction();
            if (f.compareTo(BigDecimal.ONE) >= 0) {
                right.add(String.valueOf((char) ('A' + i)));
            } else if (f.signum() > 0) {
                partial.add(m.answers.get(i).text());
            }
        }
        if (right.isEmpty()) {
            problems.add(ImportProblem.of(m.line, "import.error.moodle.noRightAnswer", m.name));
            return null;
        }
        if (right.size() > 1) {
            problems.add(ImportProblem.of(m.line, "import.error.moodle.severalRight", m.name, String.join("", right)));
            return null;
        }
        if (!partial.isEmpty()) {
            notices.add(ImportProblem.of(m.line, "import.notice.partialCredit", m.name, String.join(" | ", partial)));
        }
        return right.get(0);
    }

    private static String multiAnswer(MoodleItem m, List<ImportProblem> problems) {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < m.answers.size(); i++) {
            if (m.answers.get(i).fraction().signum() > 0) {
                letters.append((char) ('A' + i));
            }
        }
        if (letters.length() < 2) {
            // none marked right is said so (an outside check was told "at least two right options" for none)
            problems.add(ImportProblem.of(m.line, letters.length() == 0 ? "import.error.noRightOption"
                    : "import.error.multiNeedsTwo"));
            return null;
        }
        return letters.toString();
    }

    private static String fillAnswer(MoodleItem m, List<ImportProblem> problems, List<ImportProblem> notices) {
        List<String> accepted = new ArrayList<>();
        List<String> partial = new ArrayList<>();
        boolean ok = true;
        for (MoodleItem.Answer a : m.answers) {
            String text = a.text().replaceAll("\\s+", " ").strip();
            if (text.isEmpty()) {
                continue;
            }
            if (a.fraction().compareTo(BigDecimal.ONE) >= 0) {
                if (text.contains("*")) {
                    problems.add(ImportProblem.of(m.line, "import.error.moodle.wildcard", m.name, text));
                    ok = false;
                } else if (text.contains("|") || text.contains(";") || text.contains("｜") || text.contains("；")) {
                    problems.add(ImportProblem.of(m.line, "import.error.moodle.separator", m.name, text));
                    ok = false;
                } else if (!accepted.contains(text)) {
                    accepted.add(text);
                }
            } else if (a.fraction().signum() > 0) {
                partial.add(text);
            }
        }
        if (!ok) {
            return null;
        }
        if (accepted.isEmpty()) {
            problems.add(ImportProblem.of(m.line, "import.error.moodle.noRightAnswer", m.name));
            return null;
        }
        String answer = String.join("|", accepted);
        if (answer.length() > MAX_ANSWER_LENGTH) {
            problems.add(ImportProblem.of(m.line, "import.error.moodle.answerTooLong", m.name, MAX_ANSWER_LENGTH));
            return null;
        }
        if (!partial.isEmpty()) {
            notices.add(ImportProblem.of(m.line, "import.notice.partialCredit", m.name, String.join(" | ", partial)));
        }
        return answer;
    }
}

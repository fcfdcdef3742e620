package org.shoumi.quizzes.bank.control.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.shoumi.quizzes.bank.entity.QuestionType;

/**
 * Moodle's Aiken format: a question line, option lines {@code A) text} or {@code A. text}, then
 * {@code ANSWER: B}. Read the way Moodle's own importer reads it (same questions, same complaints): an option
 * or answer before any question is "not started", an answer with fewer than two options is refused, and a
 * question that never gets its answer is "not completed". Aiken questions are single choice. A file with no
 * question at all (blank lines only) is refused as empty, as the other readers refuse it.
 */
public final class AikenReader {

    private static final Pattern OPTION = Pattern.compile("^([A-Z])[.)]\\s*(.*)$");
    private static final Pattern ANSWER = Pattern.compile("^ANSWER\\s*:\\s*(.*)$");

    private AikenReader() {
    }

    public static ImportResult read(String text) {
        List<ImportedQuestion> questions = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        String stem = null;
        int stemLine = 0;
        List<String> options = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int lineNo = i + 1;
            if (line.isEmpty()) {
                continue;
            }
            Matcher answer = ANSWER.matcher(line);
            Matcher option = OPTION.matcher(line);
            if (answer.matches()) {
                if (stem == null) {
                    problems.add(ImportProblem.of(lineNo, "import.error.aiken.notStarted"));
                } else if (options.size() < 2) {
                    problems.add(ImportProblem.of(lineNo, "import.error.tooFewOptions"));
                } else {
                    String letter = answer.group(1).strip();
                    if (letter.length() != 1 || letter.charAt(0) - 'A' >= options.size() || letter.charAt(0) < 'A') {
                        problems.add(ImportProblem.of(lineNo, "import.error.answerNotAnOption", letter));
                    } else {
                        questions.add(new ImportedQuestion(stemLine, QuestionType.SINGLE, stem, List.copyOf(options),
                                letter, null, null, null, 3, null));
                    }
                }
                stem = null;
                options.clear();
            } else if (option.matches()) {
                if (stem == null) {
                    problems.add(ImportProblem.of(lineNo, "import.error.aiken.notStarted"));
                } else {
                    options.add(option.group(2).strip());
                }
            } else {
                if (stem != null) {
                    problems.add(ImportProblem.of(stemLine, "import.error.aiken.notCompleted"));
                }
                stem = line;
                stemLine = lineNo;
                options.clear();
            }
        }
        if (stem != null) {
            problems.add(ImportProblem.of(stemLine, "import.error.aiken.notCompleted"));
        }
        if (questions.isEmpty() && problems.isEmpty()) {
            // a file of blank lines (or only a BOM) is said so, as the other readers say it (it read "文件有 0 处问题"
            // and listed nothing: outside check)
            problems.add(ImportProblem.of(1, "import.error.empty"));
        }
        return new ImportResult(questions, problems);
    }
}

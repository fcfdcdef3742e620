package org.shoumi.quizzes.bank.control.importing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.shoumi.content.text.Texts;
import org.shoumi.quizzes.bank.control.AnswerKey;
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
    /** The most options a choice question has (A to F). */
    public static final int MAX_OPTIONS = 6;

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
        problems.addAll(problems(read.questions(), clauseKnown));
        // in the file's order: these problems came after the reader's, and the list read 2, 3, 4, 5, 7, 8, 11, 6, 9
        // (outside check); a stable sort keeps a row's own problems in the order found
        problems.sort(java.util.Comparator.comparingInt(ImportProblem::row));
        return problems.size() == read.problems().size() ? read
                : new ImportResult(read.questions(), problems, read.notices());
    }

    /**
     * The problems of the questions of one file: one asked twice (at its second row), each question's own
     * ({@link #problems(ImportedQuestion)}), a cited clause {@code clauseKnown} does not know; in the questions' order.
     */
    static List<ImportProblem> problems(List<ImportedQuestion> questions, Predicate<String> clauseKnown) {
        List<ImportProblem> problems = new ArrayList<>();
        Set<String> questionsSeen = new HashSet<>();
        for (ImportedQuestion q : questions) {
            // the same question twice in one file (a GIFT or Aiken file too, as the spreadsheet reader already
            // says): the check said "2 道题可以导入", the import then "1 道题库中已有" (outside check). The same as the
            // import judges it: type and stem, whatever the options (two stems alike with other options passed the
            // check and the second was skipped by the import as held already)
            String identity = sameQuestion(q.type(), q.stem());
            ImportProblem repeated = ImportProblem.of(q.row(), "import.error.duplicateStem");
            if (!questionsSeen.add(identity) && !problems.contains(repeated)) {
                problems.add(repeated);
            }
            problems.addAll(problems(q));
            if (q.clause() != null && !q.clause().isBlank() && !clauseKnown.test(q.clause().strip())) {
                problems.add(ImportProblem.of(q.row(), "import.error.clauseUnknown", q.clause().strip()));
            }
        }
        return problems;
    }

    /**
     * What makes two questions the same for the bank: the type and the stem as duplicate checks compare texts
     * ({@link Texts#comparable}: spaces and invisible format characters aside, read half-width, case ignored). A stem
     * typed ＸＥ２ with a Chinese input method is the stem XE2, which the import added as a new question beside the
     * bank's (outside check); so is a stem carrying a zero-width space (U+200B) copied from a web page, which the import
     * added beside the one without it (outside check ex-s37d 3). The import skips a question the bank holds by this,
     * the check names a second one in a file by it, and a revision into another question in use is refused by it.
     */
    public static String sameQuestion(QuestionType type, String stem) {
        return type + "\n" + sameStem(stem);
    }

    /** A stem as {@link #sameQuestion} compares it, whatever the type. */
    public static String sameStem(String stem) {
        return Texts.comparable(stem);
    }

    /**
     * The problems of one question as the bank would keep it, in the order a reader meets them: the rules every
     * import format and the review form's revision share (the form saved a 多选 with one right option and a 填空
     * with two blanks and one answer, which the import refused and no taker could get right: outside check).
     * <ul>
     *   <li>a stem;</li>
     *   <li>a choice question: options from A without a gap, 2 to 6 of them, none repeating an earlier one; the
     *       answer their letters (a letter without an option is named), one for 单选 and at least two for 多选;</li>
     *   <li>a 判断 or 填空: no options;</li>
     *   <li>a 判断: the answer TRUE or FALSE;</li>
     *   <li>a 填空: one group of accepted answers for each blank (three or more underscores; a text without one has
     *       a single box after it).</li>
     * </ul>
     * {@code options} as given, blanks included (a blank before a filled one is a gap); the answer as stored
     * ({@link SpreadsheetLayout#answer} turns what a person types into that form). A question of no known type
     * ({@code null}) is checked for its stem only.
     */
    public static List<ImportProblem> problems(ImportedQuestion q) {
        List<ImportProblem> problems = new ArrayList<>();
        int row = q.row();
        if (q.stem() == null || q.stem().isBlank()) {
            problems.add(ImportProblem.of(row, "import.error.noStem"));
        }
        QuestionType type = q.type();
        if (type == null) {
            return problems;
        }
        List<String> options = q.options() == null ? List.of() : q.options();
        String answer = q.answer() == null ? "" : q.answer().strip();
        boolean tooMany = false;
        if (type.hasOptions()) {
            int filled = 0;
            boolean gap = false;
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < options.size(); i++) {
                String option = options.get(i) == null ? "" : options.get(i).strip();
                if (option.isEmpty()) {
                    gap = true;
                    continue;
                }
                if (gap) {
                    problems.add(ImportProblem.of(row, "import.error.optionGap", String.valueOf((char) ('A' + i))));
                    gap = false;
                }
                filled++;
                if (!seen.add(option)) {
                    problems.add(ImportProblem.of(row, "import.error.optionRepeated", (char) ('A' + i)));
                }
            }
            if (filled < 2) {
                problems.add(ImportProblem.of(row, "import.error.tooFewOptions"));
            } else if (filled > MAX_OPTIONS) {
                problems.add(ImportProblem.of(row, "import.error.tooManyOptions", MAX_OPTIONS, filled));
                tooMany = true;
            }
        }
        if (!type.hasOptions() && options.stream().anyMatch(o -> o != null && !o.isBlank())) {
            // a 判断 or 填空 row with options: they were dropped without a word while other rows were named
            problems.add(ImportProblem.of(row, "import.error.optionsNotTaken"));
        }
        if (answer.isEmpty()) {
            problems.add(ImportProblem.of(row, "import.error.noAnswer"));
            return problems;
        }
        if (type.hasOptions()) {
            // said as what it is: a letter with no option (G), two letters for a 单选 (AB), one for a 多选; not
            // "does not fit the question type" for all of them (outside check)
            String letters = answer.toUpperCase(Locale.ROOT).replaceAll("[\\s,，、;；]", "");
            if (letters.matches("[A-Z]+")) {
                long distinct = letters.chars().distinct().count();
                if (letters.chars().anyMatch(l -> l - 'A' >= options.size())) {
                    problems.add(ImportProblem.of(row, "import.error.answerNotAnOption", answer));
                    return problems;
                } else if (tooMany && letters.chars().anyMatch(l -> l - 'A' >= MAX_OPTIONS)) {
                    // G of seven options: the limit of six is the problem, said once (it came with "The answer "G"
                    // does not fit the question type" beside it: outside check)
                    return problems;
                } else if (distinct < letters.length()) {
                    // AAB was stored as typed and exported as AB: which options are right is not what was typed
                    problems.add(ImportProblem.of(row, "import.error.answerRepeatedLetter", answer));
                    return problems;
                } else if (type == QuestionType.SINGLE && distinct > 1) {
                    problems.add(ImportProblem.of(row, "import.error.singleNeedsOne", answer));
                    return problems;
                } else if (type == QuestionType.MULTI && distinct < 2) {
                    problems.add(ImportProblem.of(row, "import.error.multiNeedsTwo"));
                    return problems;
                }
            }
        }
        AnswerKey key;
        try {
            key = AnswerKey.parse(type, answer);
        } catch (IllegalArgumentException malformed) {
            problems.add(ImportProblem.of(row, "import.error.answer", answer));
            return problems;
        }
        switch (type) {
            case SINGLE, MULTI -> {
                // the letters were checked above
            }
            case FILL -> {
                // a text without ____ gets one answer box after it (a Moodle short answer), so it takes one answer
                int boxes = q.stem() == null ? 1 : Math.max(1, BLANK.split(q.stem(), -1).length - 1);
                if (key.blanks().size() != boxes) {
                    problems.add(ImportProblem.of(row, "import.error.fillBlankCount", boxes, key.blanks().size()));
                }
            }
            case JUDGE -> {
                // TRUE or FALSE, which the parse checked
            }
        }
        return problems;
    }
}

package org.shoumi.quizzes.bank.control.importing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.shoumi.quizzes.bank.control.TabularLayout;
import org.shoumi.quizzes.bank.entity.AnswerKey;
import org.shoumi.quizzes.bank.entity.ChoiceOption;
import org.shoumi.quizzes.bank.entity.ClauseCode;
import org.shoumi.quizzes.bank.entity.Question;
import org.shoumi.quizzes.bank.entity.QuestionKey;
import org.shoumi.quizzes.bank.entity.QuestionType;

/**
 * Turns the rows of a question spreadsheet (CSV or XLSX, see {@link TabularLayout}) into questions, collecting
 * every row's errors. Header names are matched after NFKC normalisation, ignoring spaces and a bracketed suffix
 * such as "答案（必填）"; a few common synonyms are accepted (题目 for 题干, 正确答案 for 答案, …).
 */
final class QuestionRows {

    /** One row of cells with its 1-based row number. */
    record Row(int number, List<String> cells) {
    }

    private static final Map<String, String> HEADER_ALIASES = new HashMap<>();

    static {
        alias(TabularLayout.TYPE, "题型", "题目类型", "类型", "试题类型");
        alias(TabularLayout.STEM, "题干", "题目", "题目内容", "试题内容", "试题");
        alias(TabularLayout.ANSWER, "答案", "正确答案", "标准答案", "参考答案");
        alias(TabularLayout.EXPLANATION, "解析", "答案解析", "试题解析");
        alias(TabularLayout.DIFFICULTY, "难度", "难度等级", "难易程度");
        alias(TabularLayout.CATEGORY, "分类", "类别", "题库分类", "知识点");
        alias(TabularLayout.CLAUSE, "条款", "条款编码", "条款代码");
        alias(TabularLayout.LEGAL_BASIS, "依据", "法律依据", "出处");
        alias(TabularLayout.TAGS, "标签");
        alias(TabularLayout.KEY, "编号", "id", "题目编号");
        for (char c : TabularLayout.OPTION_LETTERS.toCharArray()) {
            alias("选项" + c, "选项" + c, String.valueOf(c), "选项" + Character.toLowerCase(c));
        }
    }

    private static void alias(String column, String... names) {
        for (String n : names) {
            HEADER_ALIASES.put(normaliseHeader(n), column);
        }
    }

    static String normaliseHeader(String h) {
        String s = Normalizer.normalize(h == null ? "" : h, Normalizer.Form.NFKC).replace("\uFEFF", "");
        s = s.replaceAll("\\s+", "").replaceAll("[(\\[].*[)\\]]$", "");
        return s.toLowerCase(Locale.ROOT);
    }

    private final ImportOptions options;
    private final List<ImportError> errors = new ArrayList<>();
    private final List<ImportError> warnings = new ArrayList<>();
    private Map<String, Integer> columns;

    QuestionRows(ImportOptions options) {
        this.options = options;
    }

    ImportResult read(Row header, List<Row> rows) {
        readHeader(header);
        if (!errors.isEmpty()) {
            return new ImportResult.Failure(errors);
        }
        List<Question> questions = new ArrayList<>();
        Set<QuestionKey> keys = new HashSet<>();
        for (Row row : rows) {
            if (row.cells().stream().allMatch(c -> c == null || c.isBlank())) {
                continue;
            }
            Question q = readRow(row);
            if (q != null) {
                if (!keys.add(q.key())) {
                    errors.add(ImportError.of(row.number(), "import.error.duplicateKey", q.key()));
                }
                questions.add(q);
            }
        }
        if (questions.isEmpty() && errors.isEmpty()) {
            errors.add(ImportError.of(0, "import.error.emptyFile"));
        }
        return ImportResult.of(questions, errors, warnings);
    }

    private void readHeader(Row header) {
        columns = new HashMap<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String column = HEADER_ALIASES.get(normaliseHeader(header.cells().get(i)));
            if (column != null && columns.putIfAbsent(column, i) != null) {
                errors.add(ImportError.of(header.number(), "import.error.duplicateColumn", column));
            }
        }
        for (String required : List.of(TabularLayout.TYPE, TabularLayout.STEM, TabularLayout.ANSWER)) {
            if (!columns.containsKey(required)) {
                errors.add(ImportError.of(header.number(), "import.error.missingColumn", required));
            }
        }
    }

    private String cell(Row row, String column) {
        Integer i = columns.get(column);
        if (i == null || i >= row.cells().size() || row.cells().get(i) == null) {
            return "";
        }
        return TabularLayout.unneutralise(row.cells().get(i)).strip();
    }

    private Question readRow(Row row) {
        int n = row.number();
        int before = errors.size();
        String typeText = cell(row, TabularLayout.TYPE);
        QuestionType type = parseType(typeText);
        if (type == null) {
            errors.add(ImportError.of(n, "import.error.unknownType", typeText));
        }
        String stem = cell(row, TabularLayout.STEM);
        if (stem.isEmpty()) {
            errors.add(ImportError.of(n, "import.error.missingStem"));
        }
        String answer = cell(row, TabularLayout.ANSWER);
        if (answer.isEmpty()) {
            errors.add(ImportError.of(n, "import.error.missingAnswer"));
        }
        List<ChoiceOption> choiceOptions = new ArrayList<>();
        String gap = null;
        for (char c : TabularLayout.OPTION_LETTERS.toCharArray()) {
            String text = cell(row, "选项" + c);
            if (text.isEmpty()) {
                if (gap == null) {
                    gap = String.valueOf(c);
                }
            } else {
                if (gap != null && type != null && type.hasOptions()) {
                    errors.add(ImportError.of(n, "import.error.optionGap", gap));
                    gap = null;
                }
                choiceOptions.add(new ChoiceOption(String.valueOf(c), text));
            }
        }
        int difficulty = parseDifficulty(cell(row, TabularLayout.DIFFICULTY), n);
        String clauseText = cell(row, TabularLayout.CLAUSE);
        ClauseCode clause = null;
        if (!clauseText.isEmpty()) {
            if (ClauseCode.isValid(clauseText)) {
                clause = ClauseCode.of(clauseText);
            } else {
                errors.add(ImportError.of(n, "import.error.badClause", clauseText));
            }
        }
        String keyText = cell(row, TabularLayout.KEY);
        QuestionKey key = options.key(n);
        if (!keyText.isEmpty()) {
            try {
                key = QuestionKey.of(keyText);
            } catch (IllegalArgumentException e) {
                errors.add(ImportError.of(n, "import.error.badKey", keyText));
            }
        }
        AnswerKey answerKey = null;
        if (type != null && !answer.isEmpty()) {
            answerKey = parseAnswer(type, answer, choiceOptions, n);
        }
        if (type != null && !type.hasOptions() && !choiceOptions.isEmpty()) {
            warnings.add(ImportError.of(n, "import.warning.optionsIgnored", TabularLayout.typeLabel(type)));
            choiceOptions.clear();
        }
        if (errors.size() > before || answerKey == null) {
            return null;
        }
        String category = cell(row, TabularLayout.CATEGORY);
        try {
            return Question.builder(key, type).stem(stem).options(choiceOptions).answerKey(answerKey)
                    .explanation(cell(row, TabularLayout.EXPLANATION))
                    .category(category.isEmpty() ? options.defaultCategory() : category)
                    .tags(parseTags(cell(row, TabularLayout.TAGS))).difficulty(difficulty).clause(clause)
                    .legalBasis(cell(row, TabularLayout.LEGAL_BASIS)).build();
        } catch (IllegalArgumentException e) {
            errors.add(ImportError.of(n, "import.error.invalidQuestion", e.getMessage()));
            return null;
        }
    }

    static QuestionType parseType(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
        if (t.endsWith("题")) {
            t = t.substring(0, t.length() - 1);
        }
        return switch (t) {
            case "单选", "单项选择", "单选择" -> QuestionType.SINGLE;
            case "多选", "多项选择", "不定项选择", "不定项" -> QuestionType.MULTI;
            case "判断", "是非" -> QuestionType.JUDGE;
            case "填空" -> QuestionType.FILL;
            default -> null;
        };
    }

    private AnswerKey parseAnswer(QuestionType type, String answer, List<ChoiceOption> choiceOptions, int n) {
        switch (type) {
            case SINGLE:
            case MULTI: {
                if (choiceOptions.size() < 2) {
                    errors.add(ImportError.of(n, "import.error.tooFewOptions", TabularLayout.typeLabel(type)));
                    return null;
                }
                String letters = Normalizer.normalize(answer, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT)
                        .replaceAll("[\\s,;、/|]+", "");
                Set<String> picked = new LinkedHashSet<>();
                for (char c : letters.toCharArray()) {
                    String id = String.valueOf(c);
                    if (choiceOptions.stream().noneMatch(o -> o.id().equals(id))) {
                        errors.add(ImportError.of(n, "import.error.badChoiceAnswer", answer));
                        return null;
                    }
                    picked.add(id);
                }
                if (picked.isEmpty()) {
                    errors.add(ImportError.of(n, "import.error.badChoiceAnswer", answer));
                    return null;
                }
                if (type == QuestionType.SINGLE) {
                    if (picked.size() != 1) {
                        errors.add(ImportError.of(n, "import.error.singleNeedsOneAnswer", answer));
                        return null;
                    }
                    return new AnswerKey.Single(picked.iterator().next());
                }
                return new AnswerKey.Multi(picked);
            }
            case JUDGE: {
                Boolean value = parseJudge(answer);
                if (value == null) {
                    errors.add(ImportError.of(n, "import.error.badJudgeAnswer", answer));
                    return null;
                }
                return new AnswerKey.Judge(value);
            }
            default: {
                String[] blankTexts = answer.split("[;；]", -1);
                List<AnswerKey.Blank> blanks = new ArrayList<>();
                for (int i = 0; i < blankTexts.length; i++) {
                    List<String> accepted = new ArrayList<>();
                    for (String a : blankTexts[i].split("[|｜]")) {
                        if (!a.isBlank()) {
                            accepted.add(a.strip());
                        }
                    }
                    if (accepted.isEmpty()) {
                        errors.add(ImportError.of(n, "import.error.emptyBlank", i + 1));
                        return null;
                    }
                    blanks.add(new AnswerKey.Blank(accepted));
                }
                return new AnswerKey.Fill(blanks);
            }
        }
    }

    static Boolean parseJudge(String answer) {
        String a = Normalizer.normalize(answer, Normalizer.Form.NFKC).strip().toUpperCase(Locale.ROOT);
        return switch (a) {
            case "对", "正确", "√", "✓", "✔", "T", "TRUE", "Y", "是" -> Boolean.TRUE;
            case "错", "错误", "×", "✗", "✘", "X", "F", "FALSE", "N", "否" -> Boolean.FALSE;
            default -> null;
        };
    }

    private int parseDifficulty(String text, int n) {
        if (text.isEmpty()) {
            return options.defaultDifficulty();
        }
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        if (t.matches("[1-5](\\.0+)?")) {
            return t.charAt(0) - '0';
        }
        Integer word = switch (t) {
            case "易", "容易", "简单" -> 1;
            case "较易", "较容易", "较简单" -> 2;
            case "中", "中等", "一般", "适中" -> 3;
            case "较难" -> 4;
            case "难", "困难" -> 5;
            default -> null;
        };
        if (word == null) {
            errors.add(ImportError.of(n, "import.error.badDifficulty", text));
            return options.defaultDifficulty();
        }
        return word;
    }

    private static Set<String> parseTags(String text) {
        Set<String> tags = new LinkedHashSet<>();
        for (String t : text.split("[,，;；、|\\s]+")) {
            if (!t.isBlank()) {
                tags.add(t.strip());
            }
        }
        return tags;
    }
}

package org.shoumi.quizzes.bank.control.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.shoumi.content.text.Texts;
import org.shoumi.quizzes.bank.entity.QuestionType;

/**
 * The usual Chinese question-bank spreadsheet: a header row with 题型, 题干, 选项A … 选项F, 答案, 解析, 难度, 分类
 * (optionally 条款 and 依据), one question per row. Shared by the CSV and Excel readers and writers. Accepts the
 * common spellings: 单选/单选题/单项选择题, 判断 answers 对/错/正确/错误/√/×, letters with or without separators,
 * difficulty 1–5 or 易/中/难.
 */
public final class SpreadsheetLayout {

    public static final List<String> HEADERS = List.of("题型", "题干", "选项A", "选项B", "选项C", "选项D", "选项E", "选项F",
            "答案", "解析", "难度", "分类", "条款", "依据");
    private static final List<String> REQUIRED = List.of("题型", "题干", "答案");

    private SpreadsheetLayout() {
    }

    /** Reads rows (the first is the header); row numbers in problems are 1-based as a spreadsheet shows them. */
    public static ImportResult read(List<List<String>> rows) {
        List<ImportProblem> problems = new ArrayList<>();
        List<ImportedQuestion> questions = new ArrayList<>();
        // a file of blank lines (with a BOM or not) holds no question as an empty one does: its blank first line
        // was taken for the header and read "表头缺少“题型”列" three times (outside check)
        if (rows.stream().allMatch(row -> row.stream().allMatch(Texts::blank))) {
            problems.add(ImportProblem.of(1, "import.error.empty"));
            return new ImportResult(questions, problems);
        }
        Map<String, Integer> column = new HashMap<>();
        List<String> header = rows.get(0);
        for (int i = 0; i < header.size(); i++) {
            column.put(clean(header.get(i)).replace("（", "(").replace(" ", ""), i);
        }
        for (String required : REQUIRED) {
            if (!column.containsKey(required)) {
                problems.add(ImportProblem.of(1, "import.error.missingColumn", required));
            }
        }
        if (!problems.isEmpty()) {
            return new ImportResult(questions, problems);
        }
        Set<String> stems = new LinkedHashSet<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            int rowNo = r + 1;
            if (row.stream().allMatch(c -> clean(c).isEmpty())) {
                continue;
            }
            int before = problems.size();
            String typeText = cell(row, column, "题型");
            QuestionType type = type(typeText);
            String stem = cell(row, column, "题干");
            if (type == null) {
                problems.add(ImportProblem.of(rowNo, "import.error.type", typeText));
            }
            if (!stem.isEmpty() && !stems.add(typeText + "\n" + stem + "\n" + cell(row, column, "选项A") + "\n"
                    + cell(row, column, "选项B"))) {
                problems.add(ImportProblem.of(rowNo, "import.error.duplicateStem"));
            }
            // the cells A to F up to the last filled one: a blank between two filled ones is a gap
            List<String> cells = new ArrayList<>();
            for (char letter = 'A'; letter <= 'F'; letter++) {
                cells.add(cell(row, column, "选项" + letter));
            }
            while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                cells.remove(cells.size() - 1);
            }
            List<String> options = cells; // a 判断 or 填空 with options is named (they were dropped silently)
            String answer = answer(type, cell(row, column, "答案"));
            int difficulty = difficulty(cell(row, column, "难度"));
            if (difficulty == 0) {
                problems.add(ImportProblem.of(rowNo, "import.error.difficulty", cell(row, column, "难度")));
            }
            // the rules of a question's shape, the same for every format and the review form
            // (a malformed answer named as the row has it, not as normalised)
            String typed = cell(row, column, "答案");
            QuestionShape.problems(new ImportedQuestion(rowNo, type, stem, options, answer, null, null, null,
                    difficulty, null)).forEach(p -> problems.add(p.key().equals("import.error.answer")
                    ? ImportProblem.of(rowNo, "import.error.answer", typed) : p));
            if (problems.size() == before) {
                questions.add(new ImportedQuestion(rowNo, type, stem, type.hasOptions() ? options : List.of(), answer,
                        blankToNull(cell(row, column, "解析")), blankToNull(cell(row, column, "分类")),
                        blankToNull(cell(row, column, "条款")), difficulty, blankToNull(cell(row, column, "依据"))));
            }
        }
        if (questions.isEmpty() && problems.isEmpty()) {
            problems.add(ImportProblem.of(2, "import.error.empty"));
        }
        return new ImportResult(questions, problems);
    }

    /** A row in the layout for a question (used by the exports). */
    public static List<String> row(QuestionType type, String stem, List<String> options, String answer,
                                   String explanation, int difficulty, String category, String clause, String basis) {
        List<String> row = new ArrayList<>();
        row.add(switch (type) {
            case SINGLE -> "单选";
            case MULTI -> "多选";
            case JUDGE -> "判断";
            case FILL -> "填空";
        });
        row.add(stem);
        for (int i = 0; i < 6; i++) {
            row.add(i < options.size() ? options.get(i) : "");
        }
        row.add(type == QuestionType.JUDGE ? ("TRUE".equals(answer) ? "对" : "错") : answer);
        row.add(explanation == null ? "" : explanation);
        row.add(String.valueOf(difficulty));
        row.add(category == null ? "" : category);
        row.add(clause == null ? "" : clause);
        row.add(basis == null ? "" : basis);
        return row;
    }

    /**
     * Makes a cell safe to open in a spreadsheet: text starting with = + - @ (or a tab or carriage return) would
     * be run as a formula, so it gets a leading apostrophe.
     */
    public static String neutralise(String cell) {
        return startsLikeFormula(cell) ? "'" + cell : cell;
    }

    /** Whether a spreadsheet would take this text for a formula: it starts with = + - @, a tab or a carriage return. */
    public static boolean startsLikeFormula(String cell) {
        if (cell == null || cell.isEmpty()) {
            return false;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    static QuestionType type(String text) {
        String t = clean(text).toUpperCase(Locale.ROOT).replace("题", "").replace("项选择", "选");
        return switch (t) {
            case "单选", "SINGLE" -> QuestionType.SINGLE;
            case "多选", "MULTI", "MULTIPLE" -> QuestionType.MULTI;
            case "判断", "JUDGE", "TRUEFALSE" -> QuestionType.JUDGE;
            case "填空", "FILL" -> QuestionType.FILL;
            default -> null;
        };
    }

    /**
     * An answer as a person writes it in a cell or the review form, in the form the bank stores: letters without
     * separators (A、C → AC), 对/错/√/× → TRUE/FALSE, full-width ｜ and ； → | and ;.
     */
    public static String answer(QuestionType type, String text) {
        String a = clean(text);
        if (type == null || a.isEmpty()) {
            return a;
        }
        return switch (type) {
            case SINGLE, MULTI -> a.toUpperCase(Locale.ROOT).replaceAll("[\\s,，、;；]", "");
            case JUDGE -> switch (a.toUpperCase(Locale.ROOT)) {
                case "对", "正确", "√", "✓", "T", "TRUE", "是", "Y" -> "TRUE";
                case "错", "错误", "×", "✗", "F", "FALSE", "否", "N" -> "FALSE";
                default -> a;
            };
            case FILL -> a.replace('｜', '|').replace('；', ';');
        };
    }

    static int difficulty(String text) {
        String d = clean(text);
        if (d.isEmpty()) {
            return 3;
        }
        return switch (d) {
            case "易", "容易", "简单" -> 1;
            case "中", "中等", "一般" -> 3;
            case "难", "困难", "较难" -> 5;
            default -> {
                try {
                    int n = (int) Double.parseDouble(d);
                    yield n >= 1 && n <= 5 ? n : 0;
                } catch (NumberFormatException e) {
                    yield 0;
                }
            }
        };
    }

    private static String cell(List<String> row, Map<String, Integer> column, String name) {
        Integer i = column.get(name);
        return i == null || i >= row.size() ? "" : restore(clean(row.get(i)));
    }

    /**
     * The text {@link #neutralise} guarded: the apostrophe the export put before = + - @ is taken off again, so
     * the bank's own export imports as the questions it holds (it came back as new questions starting with ').
     */
    static String restore(String cell) {
        if (cell.length() > 1 && cell.charAt(0) == '\'') {
            char next = cell.charAt(1);
            if (next == '=' || next == '+' || next == '-' || next == '@') {
                return cell.substring(1);
            }
        }
        return cell;
    }

    private static String clean(String s) {
        return s == null ? "" : s.replace('\u00A0', ' ').replace('\u3000', ' ').strip();
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}

package org.shoumi.quizzes.bank.control;

import java.util.List;
import org.shoumi.quizzes.bank.entity.QuestionType;

/**
 * The usual Chinese question-bank spreadsheet layout shared by the CSV and XLSX importers and exporters:
 * header row 题型, 题干, 选项A–选项F, 答案, 解析, 难度, 分类, then the optional 条款 (clause code), 依据
 * (legal basis), 标签 (tags) and 编号 (question key). Also the spreadsheet formula-injection guard.
 */
public final class TabularLayout {

    public static final String TYPE = "题型";
    public static final String STEM = "题干";
    public static final String OPTION_PREFIX = "选项";
    public static final String ANSWER = "答案";
    public static final String EXPLANATION = "解析";
    public static final String DIFFICULTY = "难度";
    public static final String CATEGORY = "分类";
    public static final String CLAUSE = "条款";
    public static final String LEGAL_BASIS = "依据";
    public static final String TAGS = "标签";
    public static final String KEY = "编号";
    public static final String OPTION_LETTERS = "ABCDEF";

    /** Header of an exported file, in column order. */
    public static final List<String> EXPORT_HEADER = List.of(TYPE, STEM, "选项A", "选项B", "选项C", "选项D", "选项E",
            "选项F", ANSWER, EXPLANATION, DIFFICULTY, CATEGORY, CLAUSE, LEGAL_BASIS, TAGS, KEY);

    private TabularLayout() {
    }

    /** The 题型 label written on export. */
    public static String typeLabel(QuestionType type) {
        return switch (type) {
            case SINGLE -> "单选";
            case MULTI -> "多选";
            case JUDGE -> "判断";
            case FILL -> "填空";
        };
    }

    /**
     * Neutralises spreadsheet formula injection (CSV/formula injection, OWASP): text starting with
     * {@code = + - @}, tab or carriage return gets a leading apostrophe, so spreadsheet programs show it as text.
     */
    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char c = cell.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + cell : cell;
    }

    /** Reverses {@link #neutralise} on import: removes an apostrophe that precedes one of those characters. */
    public static String unneutralise(String cell) {
        if (cell != null && cell.length() >= 2 && cell.charAt(0) == '\'') {
            String rest = cell.substring(1);
            if (!neutralise(rest).equals(rest)) {
                return rest;
            }
        }
        return cell;
    }
}

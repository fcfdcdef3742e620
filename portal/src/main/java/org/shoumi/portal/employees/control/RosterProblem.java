package org.shoumi.portal.employees.control;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * Why a roster file, or one of its rows, cannot be imported. {@code row} is 1-based as a spreadsheet shows it
 * (the header is row 1; 0 means the file as a whole); {@code column} is null when no single column is at fault,
 * {@code columnIndex} is its 0-based position in the file (-1 when unknown). The text is the message
 * {@code employees.import.problem.<KIND>} of the portal bundle, with {@code args}.
 */
public record RosterProblem(int row, RosterColumn column, int columnIndex, Kind kind, List<String> args)
        implements Serializable {

    /** Every kind of problem; each has a message in both languages. */
    public enum Kind {
        UNREADABLE, CSV_QUOTES, ENCODING_UNKNOWN, TOO_LARGE, UNPACKED_TOO_LARGE, TOO_MANY_ROWS, EMPTY, MISSING_COLUMN, DUPLICATE_COLUMN,
        EMPLOYEE_NO_MISSING, EMPLOYEE_NO_INVALID, EMPLOYEE_NO_DUPLICATE,
        NAME_MISSING, NAME_TOO_LONG, NAME_INVALID,
        DEPARTMENT_MISSING, DEPARTMENT_UNKNOWN,
        POST_MISSING, POST_UNKNOWN,
        CLASS_MISSING, CLASS_UNKNOWN,
        DATE_MISSING, DATE_INVALID, DATE_OUT_OF_RANGE,
        USERNAME_INVALID, USERNAME_RESERVED, USERNAME_DUPLICATE, USERNAME_TAKEN, USERNAME_OTHER_LOGIN,
        HAS_LEFT_UNIT, DEPARTURE_OPEN, DEPARTURE_OPEN_CHANGE, HANDOVER_OPEN, HANDOVER_OPEN_MOVE,
        CLASS_NOT_IN_POST, OWN_ROW,
        /** A new row named as a leaver under a running 脱密期: hired on the hire form, where HR confirms. */
        SAME_NAME_LEAVER,
        /** A cell holding a formula whose value the .xlsx file does not keep (it reads as empty). */
        FORMULA_NOT_SAVED,
        /**
         * A staff number not on the roster in a row the file marks as left (在职状态 离职, a 离职日期): not hired;
         * the last argument names the column that says so.
         */
        HIRE_MARKED_LEFT
    }

    public RosterProblem {
        args = List.copyOf(args);
    }

    public static RosterProblem ofFile(Kind kind, Object... args) {
        return new RosterProblem(0, null, -1, kind, strings(args));
    }

    public static RosterProblem of(int row, RosterColumn column, int columnIndex, Kind kind, Object... args) {
        return new RosterProblem(row, column, columnIndex, kind, strings(args));
    }

    /**
     * A second column read as {@code column}: at {@code columnIndex}, headed {@code header} in the file; the first one
     * is column {@code firstLetter}, headed {@code firstHeader}. {@link #where} names this one by its own header.
     */
    public static RosterProblem duplicateColumn(int row, RosterColumn column, int columnIndex, String header,
                                                String firstLetter, String firstHeader) {
        return new RosterProblem(row, column, columnIndex, Kind.DUPLICATE_COLUMN,
                List.of(firstLetter, firstHeader, column.header(), header));
    }

    /** The bundle key of the message. */
    public String key() {
        return "employees.import.problem." + kind.name();
    }

    /**
     * This problem at its column's place in the file when it was found without it (by the plan or a check against
     * the roster, which see lines, not cells); as it is when placed already or the file has no such column.
     */
    public RosterProblem at(java.util.Map<RosterColumn, Integer> columns) {
        if (column == null || columnIndex >= 0 || !columns.containsKey(column)) {
            return this;
        }
        return new RosterProblem(row, column, columns.get(column), kind, args);
    }

    /**
     * Where the problem is, as a spreadsheet shows it: "C 部门", or just "部门" when the column is missing; a second
     * column of the same meaning by the header the file gives it ("F 涉密人员类别").
     */
    public String where() {
        if (column == null) {
            // a column the import does not read (在职状态, 离职日期) is named as the file heads it
            return kind == Kind.HIRE_MARKED_LEFT && !args.isEmpty() ? args.get(args.size() - 1) : "";
        }
        String header = kind == Kind.DUPLICATE_COLUMN && args.size() > 3 ? args.get(3) : column.header();
        return columnIndex >= 0 ? RosterColumn.letter(columnIndex) + " " + header : header;
    }

    private static List<String> strings(Object... args) {
        return Arrays.stream(args).map(String::valueOf).toList();
    }
}

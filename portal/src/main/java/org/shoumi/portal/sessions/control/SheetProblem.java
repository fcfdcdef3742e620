package org.shoumi.portal.sessions.control;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * Why a sign-in sheet, or one of its rows, cannot be imported. {@code row} is 1-based as a spreadsheet shows it
 * (0: the file as a whole). The text is the message {@code sessions.sheet.problem.<KIND>} with {@code args}.
 */
public record SheetProblem(int row, Kind kind, List<String> args) implements Serializable {

    /** Every kind of problem; each has a message in both languages. */
    public enum Kind {
        /** the file: not .csv or .xlsx, or not readable as one */
        UNREADABLE, ENCODING_UNKNOWN,
        /** a file of no bytes at all (it was answered "choose a file first", as if none had been chosen) */
        EMPTY_FILE, TOO_LARGE, UNPACKED_TOO_LARGE, TOO_MANY_ROWS, EMPTY, NO_STAFF_NUMBER_COLUMN,
        DUPLICATE_COLUMN,
        /** a row */
        EMPLOYEE_NO_MISSING, EMPLOYEE_NO_UNKNOWN, LEFT_UNIT, DUPLICATE_IN_FILE, ALREADY_RECORDED, AT_ANOTHER_SESSION,
        /** a row of someone hired after the session's day: staff number and hire date */
        HIRED_AFTER_SESSION
    }

    public SheetProblem {
        args = List.copyOf(args);
    }

    public static SheetProblem ofFile(Kind kind, Object... args) {
        return new SheetProblem(0, kind, strings(args));
    }

    public static SheetProblem of(int row, Kind kind, Object... args) {
        return new SheetProblem(row, kind, strings(args));
    }

    /** The bundle key of the message. */
    public String key() {
        return "sessions.sheet.problem." + kind.name();
    }

    private static List<String> strings(Object... args) {
        return Arrays.stream(args).map(String::valueOf).toList();
    }
}

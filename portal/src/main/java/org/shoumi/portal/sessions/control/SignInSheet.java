package org.shoumi.portal.sessions.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.shoumi.portal.employees.control.RosterColumn;
import org.shoumi.portal.employees.control.RosterFiles;
import org.shoumi.portal.employees.control.RosterProblem;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.sessions.control.SheetProblem.Kind;

/**
 * A session's paper sign-in sheet (签到表), typed into Excel or saved as CSV: a header row with a staff number
 * column (工号, or any header the roster import accepts for it, or "staff number"), possibly below a few title
 * rows, then one row per person who signed. Other columns (姓名, 签名, 部门 …) are ignored. The file is read as the
 * roster import reads it ({@link RosterFiles}: .xlsx, or CSV in UTF-8 with or without BOM, or GBK). Every bad
 * row is named with its reason; a sheet with any problem is not imported at all.
 */
public final class SignInSheet {

    private static final int HEADER_SEARCH_ROWS = 5;
    private static final Set<String> ENGLISH_HEADERS = Set.of("staffnumber", "staffno", "staffno.", "employeeno",
            "employeeno.", "employeenumber", "employeeid", "staffid");

    /**
     * A person on the roster as the check needs them: staff number as stored, status, hire date and for one who left
     * the unit the day they left (either may be null).
     */
    public record Person(String employeeNo, EmployeeStatus status, LocalDate hireDate, LocalDate leftOn) {
        public Person(String employeeNo, EmployeeStatus status) {
            this(employeeNo, status, null);
        }

        public Person(String employeeNo, EmployeeStatus status, LocalDate hireDate) {
            this(employeeNo, status, hireDate, null);
        }
    }

    /** A good row: the person it records. */
    public record Line(int row, String employeeNo) {
    }

    /** What a file yields; imported only without any problem. */
    public record Result(List<Line> lines, List<SheetProblem> problems) {
        public boolean importable() {
            return problems.isEmpty() && !lines.isEmpty();
        }
    }

    private SignInSheet() {
    }

    /** The rows of a .csv or .xlsx file (chosen by the name's ending), header first; or why it cannot be read. */
    public static Rows rows(String fileName, byte[] bytes) {
        if (bytes.length == 0) {
            return new Rows(List.of(), List.of(SheetProblem.ofFile(Kind.EMPTY_FILE, fileName == null ? "" : fileName)));
        }
        RosterFiles.Sheet sheet = RosterFiles.read(fileName, bytes);
        return new Rows(sheet.rows(), sheet.problems().stream().map(SignInSheet::fileProblem).toList());
    }

    /** The rows of a file, or the problems that stopped reading it. */
    public record Rows(List<List<String>> rows, List<SheetProblem> problems) {
    }

    /**
     * Checks the rows against the roster ({@code roster}: staff number in upper case → person) and the people
     * already recorded at the session (staff numbers as stored).
     */
    public static Result check(List<List<String>> rows, Map<String, Person> roster, Set<String> alreadyRecorded) {
        return check(rows, roster, alreadyRecorded, Set.of());
    }

    /**
     * As {@link #check(List, Map, Set)}, and a row of someone recorded at another session at the same time
     * ({@code atAnotherSession}, staff numbers) is a problem too: one person is at one session at a time.
     */
    public static Result check(List<List<String>> rows, Map<String, Person> roster, Set<String> alreadyRecorded,
                               Set<String> atAnotherSession) {
        return check(rows, roster, alreadyRecorded, atAnotherSession, null);
    }

    /**
     * As {@link #check(List, Map, Set, Set)}, and a row of someone hired after {@code sessionDay} (when given) is a
     * problem too, naming their hire date: they were not in the unit yet.
     */
    public static Result check(List<List<String>> rows, Map<String, Person> roster, Set<String> alreadyRecorded,
                               Set<String> atAnotherSession, LocalDate sessionDay) {
        List<SheetProblem> problems = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        int headerAt = -1;
        int column = -1;
        for (int r = 0; r < Math.min(HEADER_SEARCH_ROWS, rows.size()) && headerAt < 0; r++) {
            List<String> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                if (isStaffNumberHeader(row.get(c))) {
                    if (headerAt >= 0) {
                        problems.add(SheetProblem.of(r + 1, Kind.DUPLICATE_COLUMN, clean(row.get(c))));
                    } else {
                        headerAt = r;
                        column = c;
                    }
                }
            }
        }
        if (headerAt < 0) {
            problems.add(rows.stream().allMatch(SignInSheet::blank) ? SheetProblem.ofFile(Kind.EMPTY)
                    : SheetProblem.of(1, Kind.NO_STAFF_NUMBER_COLUMN));
            return new Result(lines, problems);
        }
        if (!problems.isEmpty()) {
            return new Result(lines, problems);
        }
        Map<String, Integer> firstRow = new HashMap<>();
        for (int r = headerAt + 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (blank(row)) {
                continue;
            }
            int rowNo = r + 1;
            String typed = halfWidth(column < row.size() ? row.get(column) : "");
            if (typed.isEmpty()) {
                problems.add(SheetProblem.of(rowNo, Kind.EMPLOYEE_NO_MISSING));
                continue;
            }
            String key = typed.toUpperCase(Locale.ROOT);
            Integer first = firstRow.putIfAbsent(key, rowNo);
            if (first != null) {
                problems.add(SheetProblem.of(rowNo, Kind.DUPLICATE_IN_FILE, typed, first));
                continue;
            }
            Person person = roster.get(key);
            if (person == null) {
                problems.add(SheetProblem.of(rowNo, Kind.EMPLOYEE_NO_UNKNOWN, typed));
            } else if (SessionDays.leftBefore(person.status(), person.leftOn(), sessionDay == null ? LocalDate.MAX
                    : sessionDay)) {
                // a leaver is recorded at a session held on or before their last day, not after it
                problems.add(SheetProblem.of(rowNo, Kind.LEFT_UNIT, person.employeeNo()));
            } else if (sessionDay != null && SessionDays.hiredAfter(person.hireDate(), sessionDay)) {
                problems.add(SheetProblem.of(rowNo, Kind.HIRED_AFTER_SESSION, person.employeeNo(), person.hireDate()));
            } else if (alreadyRecorded.contains(person.employeeNo())) {
                problems.add(SheetProblem.of(rowNo, Kind.ALREADY_RECORDED, person.employeeNo()));
            } else if (atAnotherSession.contains(person.employeeNo())) {
                problems.add(SheetProblem.of(rowNo, Kind.AT_ANOTHER_SESSION, person.employeeNo()));
            } else {
                lines.add(new Line(rowNo, person.employeeNo()));
            }
        }
        if (lines.isEmpty() && problems.isEmpty()) {
            problems.add(SheetProblem.ofFile(Kind.EMPTY));
        }
        return new Result(lines, problems);
    }

    /** Whether a header cell names the staff number column (spaces, asterisks and case do not matter). */
    static boolean isStaffNumberHeader(String cell) {
        String c = clean(cell).replace(" ", "").replace("*", "");
        return RosterColumn.EMPLOYEE_NO.matches(c) || ENGLISH_HEADERS.contains(c.toLowerCase(Locale.ROOT));
    }

    private static SheetProblem fileProblem(RosterProblem p) {
        Kind kind = switch (p.kind()) {
            case ENCODING_UNKNOWN -> Kind.ENCODING_UNKNOWN;
            case TOO_LARGE -> Kind.TOO_LARGE;
            case UNPACKED_TOO_LARGE -> Kind.UNPACKED_TOO_LARGE;
            case TOO_MANY_ROWS -> Kind.TOO_MANY_ROWS;
            case EMPTY -> Kind.EMPTY;
            default -> Kind.UNREADABLE;
        };
        return new SheetProblem(0, kind, p.args());
    }

    /** Full-width letters and digits (ＳＭ００１) as ASCII; cleaned. */
    private static String halfWidth(String text) {
        String t = clean(text);
        StringBuilder s = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            s.append(c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c);
        }
        return s.toString();
    }

    private static String clean(String s) {
        return s == null ? "" : s.replace('\u00A0', ' ').replace('\u3000', ' ').replace("\uFEFF", "").strip();
    }

    private static boolean blank(List<String> row) {
        return row.stream().allMatch(c -> clean(c).isEmpty());
    }
}

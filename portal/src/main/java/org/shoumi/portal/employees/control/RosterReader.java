package org.shoumi.portal.employees.control;

import org.shoumi.content.text.Texts;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.shoumi.portal.employees.control.RosterProblem.Kind;
import org.shoumi.portal.employees.entity.PersonName;
import org.shoumi.portal.employees.entity.StaffNumber;
import org.shoumi.portal.shared.Usernames;
import org.shoumi.portal.employees.entity.SecrecyClass;

/**
 * Reads the rows of a roster file (header first) into {@link RosterLine}s, naming every problem by row and
 * column. The header may follow a few title rows; columns may be in any order and extra columns (性别,
 * 身份证号 …) are ignored. Departments and posts are given by code or name; 涉密类别 as 核心/重要/一般/非涉密 (also
 * 核心涉密人员 …, or the English constant); dates as yyyy-MM-dd, yyyy/M/d, yyyy.M.d, yyyy年M月d日 or yyyyMMdd.
 */
public final class RosterReader {

    /**
     * What a file yields; importable only without any problem. {@code columns}: where each column found stands in
     * the file (0-based), so that problems found later (by the plan, against the roster) name it as these do.
     */
    public record Result(List<RosterLine> lines, List<RosterProblem> problems, Map<RosterColumn, Integer> columns) {

        public Result {
            columns = Map.copyOf(columns);
        }

        public Result(List<RosterLine> lines, List<RosterProblem> problems) {
            this(lines, problems, Map.of());
        }

        /** The problem where this file has its column ("E 涉密类别", not a bare 涉密类别); as it is otherwise. */
        public RosterProblem placed(RosterProblem problem) {
            return problem.at(columns);
        }

        public boolean importable() {
            return problems.isEmpty() && !lines.isEmpty();
        }
    }

    static final LocalDate EARLIEST = LocalDate.of(1950, 1, 1);

    /**
     * Whether a hire date can be true: not before 1950 and at most a year ahead (a hire agreed in advance). The hire
     * form and the import both ask it; a date outside would show a person never due for a review or a departure
     * that can never be completed.
     */
    public static boolean plausibleHireDate(LocalDate hireDate, LocalDate today) {
        return !hireDate.isBefore(EARLIEST) && !hireDate.isAfter(today.plusYears(1));
    }
    private static final int HEADER_SEARCH_ROWS = 5;
    private static final int MAX_NAME = 50;
    private static final Pattern EMPLOYEE_NO = Pattern.compile(StaffNumber.PATTERN);
    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?");
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");
    /**
     * Headers of an HR export's employment status and leaving date: not columns of the import, which never changes a
     * status, but read to say on the row that the file marks the person as having left (it read 不变; outside check).
     */
    private static final Set<String> STATUS_HEADERS = Set.of("在职状态", "人员状态", "员工状态", "任职状态", "在岗状态",
            "用工状态");
    private static final Set<String> LEAVING_DATE_HEADERS = Set.of("离职日期", "离职时间", "离岗日期");
    /** A status cell saying the person has left the unit. */
    private static final Pattern LEFT = Pattern.compile(".*(离职|辞职|辞退|解聘|解除劳动合同|退休|离退).*");

    private RosterReader() {
    }

    /** Reads the rows; {@code today} bounds the hire dates (not more than a year ahead). */
    public static Result read(List<List<String>> rows, RosterDirectory directory, LocalDate today) {
        return read(rows, Set.of(), directory, today);
    }

    /**
     * {@link #read(List, RosterDirectory, LocalDate)} of an .xlsx file: a required cell that reads empty because it
     * holds a formula whose value the file does not keep ({@code unsavedFormulas}, as "B2") is said so, not "缺少…"
     * (a name written =CONCATENATE("张","三") was "缺少姓名"; outside check).
     */
    public static Result read(List<List<String>> rows, Set<String> unsavedFormulas, RosterDirectory directory,
                              LocalDate today) {
        List<RosterProblem> problems = new ArrayList<>();
        List<RosterLine> lines = new ArrayList<>();
        int headerAt = headerRow(rows);
        if (headerAt < 0) {
            if (rows.stream().allMatch(RosterReader::blank)) {
                problems.add(RosterProblem.ofFile(Kind.EMPTY));
            } else {
                for (RosterColumn c : RosterColumn.values()) {
                    if (c.required()) {
                        problems.add(RosterProblem.of(1, c, -1, Kind.MISSING_COLUMN, c.header()));
                    }
                }
            }
            return new Result(lines, problems);
        }
        // only the people count against the limit: not the title rows, the header or blank lines (ex-s37f 5)
        long people = rows.subList(headerAt + 1, rows.size()).stream().filter(r -> !blank(r)).count();
        if (people > RosterFiles.MAX_ROWS) {
            return new Result(lines, List.of(RosterProblem.ofFile(Kind.TOO_MANY_ROWS, RosterFiles.MAX_ROWS)));
        }
        Map<RosterColumn, Integer> column = new EnumMap<>(RosterColumn.class);
        List<String> header = rows.get(headerAt);
        for (int i = 0; i < header.size(); i++) {
            String cell = clean(header.get(i)).replace(" ", "").replace("*", "");
            for (RosterColumn c : RosterColumn.values()) {
                if (c.matches(cell)) {
                    if (column.containsKey(c)) {
                        // named by this file's own headers, both of them: "F 涉密类别 … 出现两次" under a column headed
                        // 人员类别 did not tell HR which header to rename (outside check)
                        int first = column.get(c);
                        problems.add(RosterProblem.duplicateColumn(headerAt + 1, c, i, clean(header.get(i)),
                                RosterColumn.letter(first), clean(header.get(first))));
                    } else {
                        column.put(c, i);
                    }
                }
            }
        }
        for (RosterColumn c : RosterColumn.values()) {
            if (c.required() && !column.containsKey(c)) {
                problems.add(RosterProblem.of(headerAt + 1, c, -1, Kind.MISSING_COLUMN, c.header()));
            }
        }
        List<Integer> statusColumns = new ArrayList<>();
        List<Integer> leavingColumns = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String cell = clean(header.get(i)).replace(" ", "").replace("*", "");
            if (STATUS_HEADERS.contains(cell)) {
                statusColumns.add(i);
            } else if (LEAVING_DATE_HEADERS.contains(cell)) {
                leavingColumns.add(i);
            }
        }
        if (!problems.isEmpty()) {
            return new Result(lines, problems, column);
        }
        Map<String, Integer> numbers = new HashMap<>();
        Map<String, Integer> usernames = new HashMap<>();
        LocalDate latest = today.plusYears(1);
        for (int r = headerAt + 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (blank(row)) {
                continue;
            }
            int rowNo = r + 1;
            Cells cells = new Cells(row, column, rowNo, problems, unsavedFormulas);
            int before = problems.size();

            String employeeNo = halfWidth(cells.get(RosterColumn.EMPLOYEE_NO));
            if (employeeNo.isEmpty()) {
                cells.problem(RosterColumn.EMPLOYEE_NO, Kind.EMPLOYEE_NO_MISSING);
            } else if (employeeNo.length() > StaffNumber.MAX_LENGTH || !EMPLOYEE_NO.matcher(employeeNo).matches()) {
                cells.problem(RosterColumn.EMPLOYEE_NO, Kind.EMPLOYEE_NO_INVALID, employeeNo);
            } else {
                Integer first = numbers.putIfAbsent(employeeNo.toUpperCase(Locale.ROOT), rowNo);
                if (first != null) {
                    cells.problem(RosterColumn.EMPLOYEE_NO, Kind.EMPLOYEE_NO_DUPLICATE, employeeNo, first);
                }
            }

            String name = name(cells.get(RosterColumn.NAME));
            if (name.isEmpty()) {
                cells.problem(RosterColumn.NAME, Kind.NAME_MISSING);
            } else if (name.length() > MAX_NAME) {
                cells.problem(RosterColumn.NAME, Kind.NAME_TOO_LONG, MAX_NAME);
            } else if (!PersonName.Check.isPrintable(name)) {
                cells.problem(RosterColumn.NAME, Kind.NAME_INVALID);
            }

            String departmentText = cells.get(RosterColumn.DEPARTMENT);
            Optional<String> department = directory.departmentCode(departmentText);
            if (departmentText.isEmpty()) {
                cells.problem(RosterColumn.DEPARTMENT, Kind.DEPARTMENT_MISSING);
            } else if (department.isEmpty()) {
                cells.problem(RosterColumn.DEPARTMENT, Kind.DEPARTMENT_UNKNOWN, departmentText);
            }

            String postText = cells.get(RosterColumn.POST);
            Optional<String> post = directory.postCode(postText);
            if (postText.isEmpty()) {
                cells.problem(RosterColumn.POST, Kind.POST_MISSING);
            } else if (post.isEmpty()) {
                cells.problem(RosterColumn.POST, Kind.POST_UNKNOWN, postText);
            }

            String classText = cells.get(RosterColumn.SECRECY_CLASS);
            SecrecyClass secrecyClass = secrecyClass(classText);
            if (classText.isEmpty()) {
                cells.problem(RosterColumn.SECRECY_CLASS, Kind.CLASS_MISSING);
            } else if (secrecyClass == null) {
                cells.problem(RosterColumn.SECRECY_CLASS, Kind.CLASS_UNKNOWN, classText);
            }

            String dateText = cells.get(RosterColumn.HIRE_DATE);
            LocalDate hireDate = date(dateText);
            if (dateText.isEmpty()) {
                cells.problem(RosterColumn.HIRE_DATE, Kind.DATE_MISSING);
            } else if (hireDate == null) {
                cells.problem(RosterColumn.HIRE_DATE, Kind.DATE_INVALID, dateText);
            } else if (!plausibleHireDate(hireDate, today)) {
                cells.problem(RosterColumn.HIRE_DATE, Kind.DATE_OUT_OF_RANGE, hireDate, EARLIEST, latest);
            }

            String username = halfWidth(cells.get(RosterColumn.USERNAME)).toLowerCase(Locale.ROOT);
            if (!username.isEmpty()) {
                if (!Usernames.isValid(username)) {
                    cells.problem(RosterColumn.USERNAME, Kind.USERNAME_INVALID, username);
                } else if (Usernames.isReserved(username)) {
                    cells.problem(RosterColumn.USERNAME, Kind.USERNAME_RESERVED, username);
                } else {
                    Integer first = usernames.putIfAbsent(username, rowNo);
                    if (first != null) {
                        cells.problem(RosterColumn.USERNAME, Kind.USERNAME_DUPLICATE, username, first);
                    }
                }
            }

            if (problems.size() == before) {
                // the column that says the person has left, as a spreadsheet names it ("G 在职状态"): a new staff
                // number so marked is refused at it (ex-s37f 2)
                String leftAt = java.util.stream.Stream.concat(
                                statusColumns.stream().filter(i -> i < row.size()
                                        && LEFT.matcher(clean(row.get(i))).matches()),
                                leavingColumns.stream().filter(i -> i < row.size()
                                        && date(clean(row.get(i))) != null))
                        .findFirst().map(i -> RosterColumn.letter(i) + " " + clean(header.get(i))).orElse(null);
                lines.add(new RosterLine(rowNo, employeeNo, name, department.get(), post.get(), secrecyClass,
                        hireDate, username.isEmpty() ? null : username, leftAt));
            }
        }
        if (lines.isEmpty() && problems.isEmpty()) {
            problems.add(RosterProblem.ofFile(Kind.EMPTY));
        }
        return new Result(lines, problems, column);
    }

    /** 核心/重要/一般/非涉密 and their longer spellings, or the English constant; null when unknown. */
    static SecrecyClass secrecyClass(String text) {
        String t = halfWidth(text).replace(" ", "").toUpperCase(Locale.ROOT)
                .replace("涉密人员", "").replace("人员", "").replace("类", "");
        return switch (t) {
            case "核心", "核心涉密", "CORE" -> SecrecyClass.CORE;
            case "重要", "重要涉密", "IMPORTANT" -> SecrecyClass.IMPORTANT;
            case "一般", "一般涉密", "GENERAL" -> SecrecyClass.GENERAL;
            case "非涉密", "非", "无", "NONE" -> SecrecyClass.NONE;
            default -> null;
        };
    }

    /** A calendar date in one of the accepted spellings, or null. */
    static LocalDate date(String text) {
        String t = halfWidth(text).strip();
        Matcher m = DATE.matcher(t);
        if (!m.matches()) {
            m = COMPACT_DATE.matcher(t);
            if (!m.matches()) {
                return null;
            }
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /**
     * A name as HR systems print it, without the padding: Chinese names lose every space (张　三 is 张三),
     * others keep single spaces.
     */
    public static String name(String text) {
        String t = clean(text);
        return CJK.matcher(t).find() ? t.replaceAll("\\s+", "") : t.replaceAll("\\s+", " ");
    }

    /** Full-width letters, digits and punctuation (ＳＭ００１, ／) as their ASCII forms; cleaned. */
    static String halfWidth(String text) {
        return Texts.halfWidth(clean(text));
    }

    private static String clean(String s) {
        return s == null ? "" : s.replace('\u00A0', ' ').replace('\u3000', ' ').replace("\uFEFF", "").strip();
    }

    private static boolean blank(List<String> row) {
        return row.stream().allMatch(c -> clean(c).isEmpty());
    }

    /** The header: the first of the top rows that names both 工号 and 姓名; -1 when there is none. */
    private static int headerRow(List<List<String>> rows) {
        for (int r = 0; r < Math.min(HEADER_SEARCH_ROWS, rows.size()); r++) {
            List<String> cells = rows.get(r).stream().map(c -> clean(c).replace(" ", "").replace("*", "")).toList();
            boolean number = cells.stream().anyMatch(RosterColumn.EMPLOYEE_NO::matches);
            boolean name = cells.stream().anyMatch(RosterColumn.NAME::matches);
            if (number && name) {
                return r;
            }
        }
        return -1;
    }

    /** The cells of one row by column, and a place to put its problems. */
    private record Cells(List<String> row, Map<RosterColumn, Integer> column, int rowNo, List<RosterProblem> problems,
                         Set<String> unsavedFormulas) {
        String get(RosterColumn c) {
            Integer i = column.get(c);
            return i == null || i >= row.size() ? "" : clean(row.get(i));
        }

        /** A problem of a cell; one missing because its formula's value was not saved is said so instead. */
        void problem(RosterColumn c, Kind kind, Object... args) {
            int index = column.getOrDefault(c, -1);
            String reference = index < 0 ? null : RosterColumn.letter(index) + rowNo;
            if (reference != null && kind.name().endsWith("_MISSING") && unsavedFormulas.contains(reference)) {
                problems.add(RosterProblem.of(rowNo, c, index, Kind.FORMULA_NOT_SAVED, reference));
                return;
            }
            problems.add(RosterProblem.of(rowNo, c, index, kind, args));
        }
    }
}

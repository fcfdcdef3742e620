package org.shoumi.portal.employees.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.shoumi.portal.employees.control.RosterProblem.Kind;
import org.shoumi.portal.employees.entity.Employee;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.employees.entity.SecrecyClass;
import org.shoumi.portal.employees.entity.TrainingCall;

/**
 * What importing a checked roster file would do, row by row, against the roster as it is: a new staff number
 * is a hire (with onboarding when secret-related), a known one an update of name, department, post and class
 * (with the programme {@link TrainingCall#onChange} calls for when post or class changes), or nothing.
 * The hire date of a known person is not changed. A person who has left the unit is not changed by an import.
 * A login name is created for a person who has none; it must not belong to anyone else.
 */
public final class RosterPlan {

    public enum Change { NEW, CHANGED, UNCHANGED }

    /**
     * A person on the roster as the import sees them; {@code username} is null without a login; {@code started}
     * false for a hire who never took up a secret-related post — still 待上岗 and never in such a post, whatever the
     * hire date (lowering their class corrects the hire, no departure; see {@link HireCorrection});
     * {@code hireDate} the hire date on the roster (null when not known), which an import keeps; {@code raisedFrom}
     * the class the person was raised from in post into the class they hold and never took up (no passed 上岗审查
     * since the raise), else null: set back to it, the raise is corrected, not left by a departure;
     * {@code departingTo} where the person's open 离岗 (a class lowering under way) moves them when approved, else
     * null: a row asking for just that is no new change.
     */
    public record Current(String employeeNo, String name, String departmentCode, String postCode,
                          SecrecyClass secrecyClass, EmployeeStatus status, String username, boolean started,
                          LocalDate hireDate, SecrecyClass raisedFrom, Target departingTo)
            implements Serializable {

        /** A person with no departure under way that moves them. */
        public Current(String employeeNo, String name, String departmentCode, String postCode,
                       SecrecyClass secrecyClass, EmployeeStatus status, String username, boolean started,
                       LocalDate hireDate, SecrecyClass raisedFrom) {
            this(employeeNo, name, departmentCode, postCode, secrecyClass, status, username, started, hireDate,
                    raisedFrom, null);
        }

        /** A person with no raise to correct. */
        public Current(String employeeNo, String name, String departmentCode, String postCode,
                       SecrecyClass secrecyClass, EmployeeStatus status, String username, boolean started,
                       LocalDate hireDate) {
            this(employeeNo, name, departmentCode, postCode, secrecyClass, status, username, started, hireDate, null);
        }

        /** This person, raised from {@code from} into their class and never having taken it up. */
        public Current withRaisedFrom(SecrecyClass from) {
            return new Current(employeeNo, name, departmentCode, postCode, secrecyClass, status, username, started,
                    hireDate, from, departingTo);
        }

        /** This person, with a 离岗 under way that moves them to {@code target} when approved. */
        public Current withDepartingTo(Target target) {
            return new Current(employeeNo, name, departmentCode, postCode, secrecyClass, status, username, started,
                    hireDate, raisedFrom, target);
        }

        /** A person whose hire date is not known here. */
        public Current(String employeeNo, String name, String departmentCode, String postCode,
                       SecrecyClass secrecyClass, EmployeeStatus status, String username, boolean started) {
            this(employeeNo, name, departmentCode, postCode, secrecyClass, status, username, started, null);
        }

        /** A person whose hire day has come. */
        public Current(String employeeNo, String name, String departmentCode, String postCode,
                       SecrecyClass secrecyClass, EmployeeStatus status, String username) {
            this(employeeNo, name, departmentCode, postCode, secrecyClass, status, username, true);
        }
    }

    /** The department, post and class an open 离岗 (a class lowering) moves its person to when approved. */
    public record Target(String departmentCode, String postCode, SecrecyClass secrecyClass) implements Serializable {
    }

    /** One row and what it will do; {@code before} is null for a hire, {@code programme} null for none. */
    public record Planned(RosterLine line, Change change, Current before, TrainingCall programme, boolean newLogin)
            implements Serializable {

        /**
         * The staff number as the roster knows it (a known person keeps the spelling on the roster), for a hire the
         * form it is stored in ({@link Employee#canonicalNumber}): the check showed "sm1005" for a hire stored as
         * SM1005 (outside check).
         */
        public String employeeNo() {
            return before == null ? Employee.canonicalNumber(line.employeeNo()) : before.employeeNo();
        }

        /**
         * Whether the row asks for exactly the department, post and class the person's open 离岗 moves them to: no new
         * change (importing the same file again was refused for the whole file while that departure was under way;
         * outside check). The departure makes the move when approved.
         */
        public boolean departing() {
            return before != null && before.departingTo() != null && asksFor(line, before.departingTo());
        }

        public boolean nameChanged() {
            return before != null && !before.name().equals(line.name());
        }

        public boolean departmentChanged() {
            return before != null && !departing() && !before.departmentCode().equals(line.departmentCode());
        }

        public boolean postChanged() {
            return before != null && !departing() && !before.postCode().equals(line.postCode());
        }

        public boolean classChanged() {
            return before != null && !departing() && before.secrecyClass() != line.secrecyClass();
        }

        /**
         * Whether the file gives a known person another hire date than the roster's: the import keeps the roster's
         * and the check says so for the row (SM019 with 2019-01-01 was counted 不变 without a word; outside check).
         */
        public boolean hireDateKept() {
            return before != null && before.hireDate() != null && line.hireDate() != null
                    && !before.hireDate().equals(line.hireDate());
        }

        /**
         * Whether the file marks the person as having left (its status or leaving-date column) while the roster does
         * not: the import opens no departure, so the check sends HR to 离岗离职 (the row read 不变; outside check).
         */
        public boolean markedLeft() {
            return line.markedLeft() && (before == null || before.status() != EmployeeStatus.LEFT_UNIT);
        }

        /**
         * Whether the row takes a person out of the post (离岗, usually under a 脱密期) back onto a secret-related post as
         * a new one (按新上岗: 离岗 → 待上岗, with onboarding), which the change form asks HR to tick: the check says so
         * on the row and above the rows (it read like any raise of a 非涉密 person; outside check).
         */
        public boolean returnsToPost() {
            return before != null && TrainingCall.returnsToPost(before.status(), before.secrecyClass(),
                    line.secrecyClass());
        }

        /**
         * Whether the row moves a person in post out of a secret-related class or down to a lower one: that is
         * not applied by the import but opens a 离岗 departure (the name is still corrected). Not when it sets back a
         * raise never taken up ({@link #correctsRaise}).
         */
        public boolean opensDeparture() {
            return before != null && lowers(before, line.secrecyClass()) && !correctsRaise() && !departing();
        }

        /**
         * Whether the row sets a person in post back to the class they were raised from, the raise never taken up (no
         * passed 上岗审查 since): a correction, applied at once as on the change form, not a departure (the import
         * opened a 离岗 with the 核心 脱密期 for a 一般 person raised to 核心 by mistake; outside check).
         */
        /**
         * Whether the departure the row opens is a lowering within the secret-related classes (重要 → 一般): the
         * person stays in post, so it is counted and named apart from a departure from the post (离岗); the import
         * and 批量调整 announced a 离岗 for both (outside check ex-s37f 4).
         */
        public boolean lowersInPost() {
            return opensDeparture() && line.secrecyClass().isSecretRelated();
        }

        /** Whether the open departure this row asks for is a lowering within the secret-related classes. */
        public boolean departingInPost() {
            return departing() && line.secrecyClass().isSecretRelated();
        }

        public boolean correctsRaise() {
            return before != null && before.raisedFrom() != null && before.raisedFrom() == line.secrecyClass()
                    && lowers(before, line.secrecyClass());
        }
    }

    /** The plan of a whole file; it may be carried out only without problems. */
    public record Result(List<Planned> rows, List<RosterProblem> problems) implements Serializable {

        public long count(Change change) {
            return rows.stream().filter(p -> p.change() == change).count();
        }

        public long programmes() {
            return rows.stream().filter(p -> p.programme() != null).count();
        }
    }

    private RosterPlan() {
    }

    private static boolean asksFor(RosterLine line, Target target) {
        return target.departmentCode().equals(line.departmentCode()) && target.postCode().equals(line.postCode())
                && target.secrecyClass() == line.secrecyClass();
    }

    static boolean lowers(Current before, SecrecyClass to) {
        boolean inPost = before.status() == EmployeeStatus.ONBOARDING || before.status() == EmployeeStatus.ACTIVE;
        return inPost && before.started() && before.secrecyClass().isLoweredTo(to);
    }

    /**
     * @param lines  the rows of a file without problems
     * @param roster everyone on the roster (or at least everyone whose staff number is in the file)
     * @param logins every login name in use, with the staff number of its person ("" for logins without one)
     */
    public static Result plan(List<RosterLine> lines, Collection<Current> roster, Map<String, String> logins) {
        Map<String, Current> byNumber = new HashMap<>();
        roster.forEach(c -> byNumber.put(c.employeeNo().toUpperCase(Locale.ROOT), c));
        List<Planned> rows = new ArrayList<>();
        List<RosterProblem> problems = new ArrayList<>();
        for (RosterLine line : lines) {
            Current before = byNumber.get(line.employeeNo().toUpperCase(Locale.ROOT));
            boolean newLogin = false;
            if (line.username() != null) {
                if (before != null && before.username() != null) {
                    if (!before.username().equals(line.username())) {
                        problems.add(RosterProblem.of(line.row(), RosterColumn.USERNAME, -1,
                                Kind.USERNAME_OTHER_LOGIN, line.username(), before.username()));
                    }
                } else if (logins.containsKey(line.username())) {
                    problems.add(RosterProblem.of(line.row(), RosterColumn.USERNAME, -1, Kind.USERNAME_TAKEN,
                            line.username()));
                } else {
                    newLogin = true;
                }
            }
            if (before == null && line.markedLeft()) {
                // a person the file says has left is no hire: they were made 待上岗 with a programme and a login
                // (outside check ex-s37f 2)
                problems.add(new RosterProblem(line.row(), null, -1, Kind.HIRE_MARKED_LEFT,
                        List.of(line.employeeNo(), line.name(), line.leftAt())));
                continue;
            }
            if (before == null) {
                rows.add(new Planned(line, Change.NEW, null,
                        TrainingCall.onHire(line.secrecyClass()).orElse(null), newLogin));
                continue;
            }
            // a row asking for what the person's open 离岗 already carries out changes at most the name or the login
            boolean departing = before.departingTo() != null && asksFor(line, before.departingTo());
            boolean postOrClass = !departing && (!before.postCode().equals(line.postCode())
                    || before.secrecyClass() != line.secrecyClass());
            boolean changed = postOrClass || newLogin || !before.name().equals(line.name())
                    || !departing && !Objects.equals(before.departmentCode(), line.departmentCode());
            if (changed && before.status() == EmployeeStatus.LEFT_UNIT) {
                problems.add(RosterProblem.of(line.row(), RosterColumn.EMPLOYEE_NO, -1, Kind.HAS_LEFT_UNIT,
                        before.employeeNo()));
                continue;
            }
            boolean inPost = before.status() == EmployeeStatus.ONBOARDING || before.status() == EmployeeStatus.ACTIVE;
            if (!inPost && before.secrecyClass() != line.secrecyClass()
                    && !TrainingCall.returnsToPost(before.status(), before.secrecyClass(), line.secrecyClass())) {
                // 离岗: out of the post (usually in a 脱密期); the class does not change while they are out of it,
                // except raised to a secret-related one: back on such a post as a new one, with onboarding
                problems.add(RosterProblem.of(line.row(), RosterColumn.SECRECY_CLASS, -1, Kind.CLASS_NOT_IN_POST,
                        before.employeeNo()));
                continue;
            }
            Planned asPlanned = new Planned(line, Change.CHANGED, before, null, newLogin);
            TrainingCall programme = postOrClass && !asPlanned.opensDeparture()
                    ? TrainingCall.onChange(before.status(), before.postCode(), before.secrecyClass(), line.postCode(),
                    line.secrecyClass()).orElse(null) : null;
            rows.add(new Planned(line, changed ? Change.CHANGED : Change.UNCHANGED, before, programme, newLogin));
        }
        return new Result(rows, problems);
    }
}

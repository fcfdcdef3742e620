package org.shoumi.portal.reports.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.shoumi.portal.employees.control.PlaceHistory;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.employees.entity.SecrecyClass;

/**
 * Who belongs to a year's report and where: the people of the unit at some time during the year, each with the
 * department, class and status they had at its end (a leaver of the year: just before leaving; one who left the post
 * in the year: in the department whose post they left, with the class and status of the year's end). Read from the
 * personnel history (人员变动记录), so a past year's report does not change when people move or leave afterwards,
 * and a leaver of the year still counts in it. Plain Java: the history comes in as the person's dated changes.
 */
public final class YearMembers {

    /** One entry of a person's history: the day it took effect and the values before (null for a hire) and after. */
    public record Change(LocalDate effectiveOn, String oldDepartment, SecrecyClass oldClass, EmployeeStatus oldStatus,
                         String newDepartment, SecrecyClass newClass, EmployeeStatus newStatus) {
        public Change {
            Objects.requireNonNull(effectiveOn);
            Objects.requireNonNull(newDepartment);
            Objects.requireNonNull(newClass);
            Objects.requireNonNull(newStatus);
        }
    }

    /** A person as the year's report counts them. {@code leftDuringYear}: they left the unit within the year. */
    public record Member(String departmentCode, SecrecyClass secrecyClass, EmployeeStatus status,
                         boolean leftDuringYear) {

        /** In post at the end of the year: the people whose 学时 the report averages. */
        public boolean inPostAtEnd() {
            return status == EmployeeStatus.ACTIVE;
        }
    }

    private YearMembers() {
    }

    /** Where a year stands on a day, for what its people's departments mean. */
    public enum YearState {
        /** its 31 December has passed: each person counts where they were then, whatever came after */
        ENDED,
        /** the year of today: its end has not come, each person counts where they are now */
        RUNNING,
        /** a year still to come: each person counts where they are now */
        AHEAD
    }

    /**
     * Where {@code year} stands on {@code today}. Only an ended year's people are fixed in the departments of its
     * end; this year's and next year's follow the roster (the dashboard said "按 2027 年年末（12 月 31 日）人员所在部门
     * 统计…此后调动的人员仍计入当时所在部门" for years whose end had not come: outside check).
     */
    public static YearState state(int year, LocalDate today) {
        int now = today.getYear();
        return year < now ? YearState.ENDED : year == now ? YearState.RUNNING : YearState.AHEAD;
    }

    /**
     * Where a person stands in {@code year}'s report, if they belong to it.
     *
     * @param department the department now (used for a person without any history)
     * @param changes    the person's history, in the order it was recorded (may be empty: people from before the
     *                   history was kept)
     */
    public static Optional<Member> of(int year, LocalDate hireDate, String department, SecrecyClass secrecyClass,
                                      EmployeeStatus status, List<Change> changes) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        // hired after the year, unless they took up the post (or left it) within it: a hire trained ahead of their
        // first day is in post from the completion, and one who then left counted in the department's 离岗 and 脱密期
        // but not with their exam and pledges (outside check ex-s37h 1)
        if (hireDate != null && hireDate.isAfter(last) && changes.stream().noneMatch(c -> !c.effectiveOn().isAfter(last)
                && c.oldStatus() != null && c.newStatus() != EmployeeStatus.ONBOARDING)) {
            return Optional.empty();
        }
        if (changes.isEmpty()) {
            // without history the day a leaver left is unknown: as before, only the people still here
            return status == EmployeeStatus.LEFT_UNIT ? Optional.empty()
                    : Optional.of(new Member(department, secrecyClass, status, false));
        }
        Change atEnd = PlaceHistory.lastInEffect(last, changes, Change::effectiveOn);
        if (atEnd == null) {
            // every recorded change came after the year: the person was as the first change found them
            Change firstChange = PlaceHistory.firstByDay(changes, Change::effectiveOn);
            if (firstChange.oldStatus() == null) {
                return Optional.empty(); // hired after the year
            }
            if (firstChange.oldStatus() == EmployeeStatus.LEFT_UNIT) {
                return Optional.empty();
            }
            return Optional.of(new Member(firstChange.oldDepartment(), firstChange.oldClass(), firstChange.oldStatus(),
                    false));
        }
        if (atEnd.newStatus() == EmployeeStatus.LEFT_UNIT) {
            if (atEnd.effectiveOn().isBefore(first) || atEnd.oldStatus() == null
                    || atEnd.oldStatus() == EmployeeStatus.LEFT_UNIT) {
                return Optional.empty();
            }
            return Optional.of(new Member(Objects.requireNonNullElse(atEnd.oldDepartment(), atEnd.newDepartment()),
                    Objects.requireNonNullElse(atEnd.oldClass(), atEnd.newClass()), EmployeeStatus.LEFT_UNIT, true));
        }
        if (atEnd.newStatus() == EmployeeStatus.LEFT_POST) {
            // a leaver of the year counts in the department whose post they left, as their departure does: a 离岗 that
            // moved them (科研处 → 财务处 非涉密) or a later move of the former employee (科研处 → 档案室) took them, and
            // their exit training, to a department that never had them in its post (outside check)
            Optional<Change> left = changes.stream()
                    .filter(c -> !c.effectiveOn().isBefore(first) && !c.effectiveOn().isAfter(last))
                    .filter(c -> c.newStatus() == EmployeeStatus.LEFT_POST && c.oldStatus() != null
                            && c.oldStatus() != EmployeeStatus.LEFT_POST && c.oldStatus() != EmployeeStatus.LEFT_UNIT
                            && c.oldDepartment() != null)
                    .reduce((a, b) -> b.effectiveOn().isBefore(a.effectiveOn()) ? a : b);
            if (left.isPresent()) {
                return Optional.of(new Member(left.get().oldDepartment(), atEnd.newClass(), atEnd.newStatus(), false));
            }
        }
        return Optional.of(new Member(atEnd.newDepartment(), atEnd.newClass(), atEnd.newStatus(), false));
    }
}

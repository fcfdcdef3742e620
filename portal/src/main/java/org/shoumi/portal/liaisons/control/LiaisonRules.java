package org.shoumi.portal.liaisons.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.shoumi.portal.employees.entity.EmployeeStatus;

/**
 * The liaison register's rules, plain Java: who may be appointed (one of the department's own people, not gone),
 * when an appointment may end, and whether a department is covered, needs a replacement (its liaison left or moved:
 * 及时增补) or has none at all.
 */
public final class LiaisonRules {

    private LiaisonRules() {
    }

    /** Where a current liaison stands now. */
    public enum Standing {
        /** in the department, in post (or starting) */
        SERVING,
        /** left the unit */
        LEFT_UNIT,
        /** left their post */
        LEFT_POST,
        /** now in another department */
        MOVED
    }

    /** A department's cover. */
    public enum Cover {
        /** at least one liaison serving */
        COVERED,
        /** liaisons on record, none serving, or every appointment ended: to be replaced */
        NEEDS_REPLACEMENT,
        /** never had a liaison */
        VACANT
    }

    /** Why an appointment or its end cannot be recorded. */
    public enum Problem {
        /** the person is not in the department */
        NOT_IN_DEPARTMENT,
        /** the person left the unit or their post */
        PERSON_GONE,
        /** the person has not taken up their post yet (待上岗: onboarding not complete) */
        NOT_YET_IN_POST,
        /**
         * a 离岗 or 离职 of the person's is open: they are leaving the secret-related post (as a topic pledge is no longer
         * issued to them from the opening), their carriers being taken back
         */
        LEAVING,
        /** the person is a current liaison of the department already */
        ALREADY_SERVING,
        /** the day is after today */
        DAY_IN_FUTURE,
        /** an end before the appointment began */
        ENDS_BEFORE_START,
        /** an appointment dated before the person was hired (1900-01-01 was accepted) */
        BEFORE_HIRE,
        /** an appointment dated before the end of an earlier appointment of the same person */
        BEFORE_EARLIER_END,
        /** an appointment dated before the person joined the department */
        BEFORE_JOINING
    }

    public static Standing standing(EmployeeStatus status, boolean inDepartment) {
        if (status == EmployeeStatus.LEFT_UNIT) {
            return Standing.LEFT_UNIT;
        }
        if (status == EmployeeStatus.LEFT_POST) {
            return Standing.LEFT_POST;
        }
        return inDepartment ? Standing.SERVING : Standing.MOVED;
    }

    /**
     * A department's cover from the standing of each of its current liaisons and whether an appointment of it has
     * ended ({@code hadOne}): a department whose liaison's appointment ended has a post to fill (需增补), not one
     * that was never filled (未配备; it read so after the end was recorded: outside check).
     */
    public static Cover cover(List<Standing> current, boolean hadOne) {
        if (current.isEmpty()) {
            return hadOne ? Cover.NEEDS_REPLACEMENT : Cover.VACANT;
        }
        return current.contains(Standing.SERVING) ? Cover.COVERED : Cover.NEEDS_REPLACEMENT;
    }

    /** What stops appointing a person (their status, whether in the department, whether serving already), if anything. */
    public static Optional<Problem> appointment(EmployeeStatus status, boolean inDepartment, boolean alreadyServing,
                                                LocalDate day, LocalDate today) {
        if (standing(status, inDepartment) == Standing.LEFT_UNIT || standing(status, inDepartment) == Standing.LEFT_POST) {
            return Optional.of(Problem.PERSON_GONE);
        }
        if (status == EmployeeStatus.ONBOARDING) {
            // a liaison guides others in secrecy work: not before their own onboarding is complete (outside check)
            return Optional.of(Problem.NOT_YET_IN_POST);
        }
        if (!inDepartment) {
            return Optional.of(Problem.NOT_IN_DEPARTMENT);
        }
        if (alreadyServing) {
            return Optional.of(Problem.ALREADY_SERVING);
        }
        return day.isAfter(today) ? Optional.of(Problem.DAY_IN_FUTURE) : Optional.empty();
    }

    /** As {@link #appointment(EmployeeStatus, boolean, boolean, LocalDate, LocalDate)}, and not before the hire. */
    public static Optional<Problem> appointment(EmployeeStatus status, boolean inDepartment, boolean alreadyServing,
                                                LocalDate day, LocalDate today, LocalDate hired) {
        Optional<Problem> problem = appointment(status, inDepartment, alreadyServing, day, today);
        if (problem.isEmpty() && hired != null && day.isBefore(hired)) {
            return Optional.of(Problem.BEFORE_HIRE);
        }
        return problem;
    }

    /**
     * As {@link #appointment(EmployeeStatus, boolean, boolean, LocalDate, LocalDate, LocalDate)}, and not while the
     * person is {@code leaving} the secret-related post (a 离岗 or 离职 open): someone whose carriers the exit checklist
     * is taking back does not guide the department's secrecy work, and the department would read 已配备 until the
     * approval (outside check ex-s37e 2). Leaving starts when HR opens the 离岗 or 离职, as for topic pledges.
     */
    public static Optional<Problem> appointment(EmployeeStatus status, boolean inDepartment, boolean alreadyServing,
                                                boolean leaving, LocalDate day, LocalDate today, LocalDate hired) {
        Optional<Problem> problem = appointment(status, inDepartment, alreadyServing, day, today, hired);
        boolean gone = problem.filter(p -> p == Problem.PERSON_GONE || p == Problem.NOT_YET_IN_POST).isPresent();
        return leaving && !gone ? Optional.of(Problem.LEAVING) : problem;
    }

    /** A day refused, and the earliest day allowed. */
    public record TooEarly(Problem problem, LocalDate earliest) {
    }

    /**
     * What stops an appointment on {@code day} given the person's history, with the earliest day allowed: not
     * before the end of an earlier appointment of theirs ({@code lastEnd}, the same day allowed), nor before they
     * joined the department ({@code joined}: the day of the change that brought them into it; null when they were
     * hired into it, which the hire check covers).
     */
    public static Optional<TooEarly> earliestAppointment(LocalDate lastEnd, LocalDate joined, LocalDate day) {
        if (lastEnd != null && day.isBefore(lastEnd)) {
            return Optional.of(new TooEarly(Problem.BEFORE_EARLIER_END, lastEnd));
        }
        if (joined != null && day.isBefore(joined)) {
            return Optional.of(new TooEarly(Problem.BEFORE_JOINING, joined));
        }
        return Optional.empty();
    }

    /** What stops ending an appointment that began on {@code began} on {@code day}, if anything. */
    public static Optional<Problem> end(LocalDate began, LocalDate day, LocalDate today) {
        if (day.isAfter(today)) {
            return Optional.of(Problem.DAY_IN_FUTURE);
        }
        return day.isBefore(began) ? Optional.of(Problem.ENDS_BEFORE_START) : Optional.empty();
    }
}

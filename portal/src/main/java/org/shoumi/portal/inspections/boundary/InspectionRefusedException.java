package org.shoumi.portal.inspections.boundary;

import java.util.List;
import org.shoumi.portal.inspections.control.InspectionRules.AnswerProblem;
import org.shoumi.portal.shared.Refused;

/** Something asked of self-inspections that was not done, and why; nothing was recorded. */
public class InspectionRefusedException extends RuntimeException implements Refused {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** the login belongs to no person on the roster */
        NO_PERSON,
        /** not this person's self-inspection or finding */
        NOT_YOURS,
        /** the person no longer answers for the department (moved to another one): whoever does now answers it */
        NO_LONGER_ANSWERS,
        /**
         * the person no longer answers for the department, and nobody does now (no head, no liaison with a login, no
         * secrecy officer): nothing has passed to anyone yet
         */
        NOBODY_ANSWERS,
        /** the self-inspection was already submitted */
        ALREADY_SUBMITTED,
        /** the respondent left the post or the unit before submitting: no longer asked */
        NO_LONGER_ASKED,
        /**
         * the person left the post or the unit: a finding of their own self-inspection is no longer theirs to report
         * (it passed to whoever answers for the department it was raised in)
         */
        LEFT_THE_POST,
        /** a department's form whose department has nobody concerned any more: no longer asked */
        DEPARTMENT_EMPTIED,
        /** some answers are missing or incomplete; see {@link #problems()} */
        INCOMPLETE,
        /** only a secrecy officer may do this */
        NOT_OFFICER,
        /** a personal checklist for a department's self-inspection, or a department's for everyone */
        CHECKLIST_SCOPE,
        /** a round needs a name of 1 to 60 characters */
        NAME_REQUIRED,
        /** another round already has this name */
        DUPLICATE_NAME,
        /** a round cannot be due before today */
        DUE_IN_PAST,
        /** no checklist of that key is in force */
        NO_CHECKLIST,
        /** nobody is concerned by the round */
        NO_TARGETS,
        /** an inspection by the secrecy office needs at least one department */
        NO_DEPARTMENTS,
        /** a department chosen is not on the roster's list */
        UNKNOWN_DEPARTMENT,
        /** a remediation needs a note */
        NOTE_REQUIRED, REOPEN_REASON_REQUIRED,
        /** closing a finding needs a note of what was checked */
        CLOSE_NOTE_REQUIRED,
        /** reporting a finding remediated needs a note of what was done, not a dash or a bare "同意" */
        REMEDIATION_NOTE_REQUIRED,
        /** the note is longer than 500 characters */
        NOTE_TOO_LONG,
        /** the finding is not in a state that allows this (already remediated, closed, or still open) */
        WRONG_STATE
    }

    private final Reason reason;
    private final transient List<AnswerProblem> problems;

    public InspectionRefusedException(Reason reason) {
        this(reason, List.of());
    }

    public InspectionRefusedException(Reason reason, List<AnswerProblem> problems) {
        super(reason.name() + (problems.isEmpty() ? "" : " " + problems));
        this.reason = reason;
        this.problems = List.copyOf(problems);
    }

    @Override
    public Reason reason() {
        return reason;
    }

    /** With {@link Reason#INCOMPLETE}: each item that cannot be submitted as it is. */
    public List<AnswerProblem> problems() {
        return problems;
    }
}

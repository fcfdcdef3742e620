package org.shoumi.portal.programmes.boundary;

import java.io.Serializable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.shoumi.portal.programmes.control.ProgrammeRules.StepKind;
import org.shoumi.portal.programmes.entity.ClosedBecause;
import org.shoumi.portal.programmes.entity.ProgrammeKind;
import org.shoumi.portal.organisation.entity.CodedName;

/** How far one person has got with one programme. */
public record Progress(long assignmentId, String employeeNo, String name, String departmentCode,
                       String departmentName, String departmentNameEn, ProgrammeKind kind, LocalDate startedOn,
                       LocalDate due, Instant completedAt, boolean overdue, List<StepProgress> steps,
                       Instant closedAt, String campaignCode, String campaignTitle,
                       ClosedBecause closedBecause, LocalDate closedOn, String closedIn, boolean givenAgain)
        implements Serializable {

    /**
     * Not given again ({@code givenAgain}: closed unfinished, and the person was given the same campaign's programme
     * later, which counts instead; {@link ClosedBecause#counted(ClosedBecause, LocalDate, LocalDate, boolean)}).
     */
    public Progress(long assignmentId, String employeeNo, String name, String departmentCode, String departmentName,
                    String departmentNameEn, ProgrammeKind kind, LocalDate startedOn, LocalDate due,
                    Instant completedAt, boolean overdue, List<StepProgress> steps, Instant closedAt,
                    String campaignCode, String campaignTitle, ClosedBecause closedBecause, LocalDate closedOn,
                    String closedIn) {
        this(assignmentId, employeeNo, name, departmentCode, departmentName, departmentNameEn, kind, startedOn, due,
                completedAt, overdue, steps, closedAt, campaignCode, campaignTitle, closedBecause, closedOn, closedIn,
                false);
    }

    /** Without the day it was closed on (counted by its reason alone). */
    public Progress(long assignmentId, String employeeNo, String name, String departmentCode, String departmentName,
                    String departmentNameEn, ProgrammeKind kind, LocalDate startedOn, LocalDate due,
                    Instant completedAt, boolean overdue, List<StepProgress> steps, Instant closedAt,
                    String campaignCode, String campaignTitle, ClosedBecause closedBecause) {
        this(assignmentId, employeeNo, name, departmentCode, departmentName, departmentNameEn, kind, startedOn, due,
                completedAt, overdue, steps, closedAt, campaignCode, campaignTitle, closedBecause, null, null);
    }

    /**
     * The department it counts in ({@link ClosedBecause#countedIn(ClosedBecause, String, String)}): the one a move that
     * closed it took the person out of, or else the person's, by {@code departmentOf} (staff number → department: a
     * year's, as the year report counts its people; null: the person's current one).
     */
    public String countedIn(java.util.Map<String, String> departmentOf) {
        return ClosedBecause.countedIn(closedBecause, closedIn, departmentOf == null ? departmentCode
                : departmentOf.getOrDefault(employeeNo, departmentCode));
    }

    /**
     * One step: what it asks for, whether it is done; {@code owed} counts the readings still owed; {@code waived}: done
     * because it is not required of a person leaving the post, not signed ({@code
     * ProgrammeRules.notRequiredWhenLeaving}).
     */
    public record StepProgress(StepKind kind, String target, boolean done, int owed, boolean waived)
            implements Serializable {

        public StepProgress(StepKind kind, String target, boolean done, int owed) {
            this(kind, target, done, owed, false);
        }

        /** Whether the step is done as not required of a leaver (shown as 无需签署, not as signed). */
        public boolean isWaived() {
            return waived;
        }

        public StepKind getKind() {
            return kind;
        }

        public String getTarget() {
            return target;
        }

        public boolean isDone() {
            return done;
        }

        public int getOwed() {
            return owed;
        }
    }

    /** The campaign or plan item that gave the programme; null for one the roster called for. */
    public String getCampaignCode() {
        return campaignCode;
    }

    public String getCampaignTitle() {
        return campaignTitle;
    }

    /** Whether one of the programme's steps is passing this quiz. */
    public boolean asksQuiz(String quizCode) {
        return steps.stream().anyMatch(s -> s.kind() == StepKind.QUIZ && s.target().equals(quizCode));
    }

    /** Whether the programme's step passing this quiz is done (the exam passed for it). */
    public boolean quizDone(String quizCode) {
        return steps.stream().anyMatch(s -> s.kind() == StepKind.QUIZ && s.target().equals(quizCode) && s.done());
    }

    /**
     * Whether the programme still waits for this quiz: open, and its step passing the quiz not done. A programme
     * whose exam was passed but whose other steps are open does not (its start page said the attempts were used up
     * and told the person to ask for another; outside check).
     */
    public boolean stillAsksQuiz(String quizCode) {
        return open() && steps.stream().anyMatch(s -> s.kind() == StepKind.QUIZ && s.target().equals(quizCode)
                && !s.done());
    }

    public long doneCount() {
        return steps.stream().filter(StepProgress::done).count();
    }

    public boolean complete() {
        return completedAt != null;
    }

    /**
     * Still open, and its window opens after {@code today} (next year's plan item): nothing of it can be done yet,
     * shown as 未开始 as the drill-down does ({@link PersonRow#opensLater}).
     */
    public boolean opensAfter(java.time.LocalDate today) {
        return open() && startedOn != null && startedOn.isAfter(today);
    }

    /** Closed because the person left: no longer asked of them. */
    public boolean closed() {
        return closedAt != null;
    }

    /** Still asked of the person: neither complete nor closed. */
    public boolean open() {
        return completedAt == null && closedAt == null;
    }

    /**
     * Whether it counts in the completion figures ({@link ClosedBecause#counted(ClosedBecause, LocalDate, LocalDate,
     * boolean)}): not when never owed, by its reason or because it was closed before its first day, nor when the person
     * was given the same campaign's programme again later (that one counts).
     */
    public boolean counted() {
        return ClosedBecause.counted(closedBecause, closedOn, startedOn, givenAgain);
    }

    /** Why it was closed, for the pages' EL (a record's own accessor is no bean property there); null if not. */
    public ClosedBecause getClosedBecause() {
        return closedBecause;
    }

    public boolean isClosed() {
        return closed();
    }

    // getters for Jakarta EL, which cannot read record components
    public long getAssignmentId() {
        return assignmentId;
    }

    public String getEmployeeNo() {
        return employeeNo;
    }

    public String getName() {
        return name;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public String departmentIn(String language) {
        return CodedName.in(language, departmentName, departmentNameEn);
    }

    public ProgrammeKind getKind() {
        return kind;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public LocalDate getDue() {
        return due;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public boolean isComplete() {
        return complete();
    }

    public List<StepProgress> getSteps() {
        return steps;
    }

    public long getDoneCount() {
        return doneCount();
    }
}

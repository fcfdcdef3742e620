package org.shoumi.portal.programmes.boundary;

import java.io.Serializable;

import java.time.Instant;
import java.time.LocalDate;
import org.shoumi.portal.programmes.entity.ClosedBecause;
import org.shoumi.portal.programmes.entity.ProgrammeKind;
import org.shoumi.portal.organisation.entity.CodedName;

/**
 * One programme of one person as a drill-down lists it, read straight from the record (no re-check);
 * {@code notYetOpen} for an open one whose window has not opened yet (it starts after today); {@code completedOnADay}
 * when its completion is known as a day only (an exit programme completed by an exit pledge signed on paper, entered
 * as a day: printed without a time, as the secrecy file and the workbook print it, not as 00:00).
 */
public record PersonRow(long assignmentId, String employeeNo, String name, String departmentCode,
                        String departmentName, String departmentNameEn, ProgrammeKind kind, String campaignCode,
                        LocalDate startedOn, LocalDate due, Instant completedAt, Instant closedAt,
                        PeopleQuery.State state, ClosedBecause closedBecause, boolean notYetOpen,
                        boolean completedOnADay)
        implements Serializable {

    /** A row whose completion, if any, has its time on record. */
    public PersonRow(long assignmentId, String employeeNo, String name, String departmentCode, String departmentName,
                     String departmentNameEn, ProgrammeKind kind, String campaignCode, LocalDate startedOn,
                     LocalDate due, Instant completedAt, Instant closedAt, PeopleQuery.State state,
                     ClosedBecause closedBecause, boolean notYetOpen) {
        this(assignmentId, employeeNo, name, departmentCode, departmentName, departmentNameEn, kind, campaignCode,
                startedOn, due, completedAt, closedAt, state, closedBecause, notYetOpen, false);
    }

    /** A row as the records give it, its window open (or the programme finished). */
    public PersonRow(long assignmentId, String employeeNo, String name, String departmentCode, String departmentName,
                     String departmentNameEn, ProgrammeKind kind, String campaignCode, LocalDate startedOn,
                     LocalDate due, Instant completedAt, Instant closedAt, PeopleQuery.State state,
                     ClosedBecause closedBecause) {
        this(assignmentId, employeeNo, name, departmentCode, departmentName, departmentNameEn, kind, campaignCode,
                startedOn, due, completedAt, closedAt, state, closedBecause, false);
    }

    /**
     * Whether a programme was completed by an exit pledge signed on paper: an exit programme whose completion is one
     * of the instants that stand for the days the person's paper exit pledges were entered (the start of the day; the
     * secrecy file's rule). Its completion is then known as a day only.
     */
    public static boolean completedOnPaperDay(ProgrammeKind kind, Instant completedAt,
                                              java.util.Collection<Instant> paperDays) {
        return kind == ProgrammeKind.EXIT && completedAt != null && paperDays.contains(completedAt);
    }

    /**
     * Whether a programme in this state, starting on {@code startedOn}, has not opened yet on {@code today}: open
     * (neither complete nor closed) and starting after today. A campaign opening on 4 January showed 进行中 in
     * December (outside check).
     */
    public static boolean opensLater(PeopleQuery.State state, LocalDate startedOn, LocalDate today) {
        return state == PeopleQuery.State.OPEN && startedOn != null && startedOn.isAfter(today);
    }

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

    public String getCampaignCode() {
        return campaignCode;
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

    /** When it was closed; null while it is not. */
    public Instant getClosedAt() {
        return closedAt;
    }

    public ClosedBecause getClosedBecause() {
        return closedBecause;
    }

    /**
     * The bundle key of why it was closed, as the workbook's 培训任务 sheet names it (a reason not recorded for one
     * closed before reasons were kept); null while it is not closed.
     */
    public String getClosedBecauseKey() {
        return closedAt == null ? null
                : closedBecause == null ? "record.closedBecause.unknown" : "enum.ClosedBecause." + closedBecause.name();
    }

    public PeopleQuery.State getState() {
        return state;
    }

    /** Whether its window has not opened yet (it is still counted among the open ones, as in time). */
    public boolean isNotYetOpen() {
        return notYetOpen;
    }

    /** The bundle key of the state as shown: 未开始 (not yet open) before the first day, else the state's label. */
    public String getStateKey() {
        return notYetOpen ? "people.state.notYetOpen" : "enum.PeopleQuery.State." + state.name();
    }

    /** Still asked of the person (the ones a reminder can go to). */
    public boolean isOpen() {
        return state == PeopleQuery.State.OPEN || state == PeopleQuery.State.OVERDUE;
    }
}

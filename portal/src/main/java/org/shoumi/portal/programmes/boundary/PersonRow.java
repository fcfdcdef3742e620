package org.shoumi.portal.programmes.boundary;

import java.io.Serializable;

import java.time.Instant;
import java.time.LocalDate;
import org.shoumi.portal.programmes.entity.ClosedBecause;
import org.shoumi.portal.programmes.entity.ProgrammeKind;
import org.shoumi.portal.organisation.entity.CodedName;

/** One programme of one person as a drill-down lists it, read straight from the record (no re-check). */
public record PersonRow(long assignmentId, String employeeNo, String name, String departmentCode,
                        String departmentName, String departmentNameEn, ProgrammeKind kind, String campaignCode,
                        LocalDate startedOn, LocalDate due, Instant completedAt, Instant closedAt,
                        PeopleQuery.State state, ClosedBecause closedBecause) implements Serializable {

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

    /** Still asked of the person (the ones a reminder can go to). */
    public boolean isOpen() {
        return state == PeopleQuery.State.OPEN || state == PeopleQuery.State.OVERDUE;
    }
}

package org.shoumi.portal.inspections.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.shoumi.portal.inspections.entity.FindingStatus;
import org.shoumi.portal.inspections.entity.FindingStep;
import org.shoumi.portal.inspections.entity.InspectionScope;
import org.shoumi.portal.inspections.entity.InspectionStatus;
import org.shoumi.portal.organisation.entity.CodedName;

/**
 * What the self-inspection pages show, fully loaded (nothing lazy reaches a view). Records; pages call their
 * accessors as methods ({@code row.name()}).
 */
public final class Rows {

    private Rows() {
    }

    /** A checklist in force that a round may use. */
    public record Checklist(String key, String title, int version) implements Serializable {
    }

    /** One self-inspection of mine: to fill or submitted. */
    public record Task(long id, String roundName, InspectionScope scope, String checklistTitle, int checklistVersion,
                       String departmentName, String departmentNameEn, LocalDate due, boolean overdue,
                       InspectionStatus status, Instant submittedAt, long findings) implements Serializable {
        public String departmentIn(String language) {
            return CodedName.in(language, departmentName, departmentNameEn);
        }

        public boolean submitted() {
            return status == InspectionStatus.SUBMITTED;
        }
    }

    /** One item of the form, with the answer given if submitted. */
    public record Item(int number, String id, String question, String remediation, Boolean compliant, String note)
            implements Serializable {
    }

    /** A self-inspection to fill in (or, once submitted, to look at). */
    public record Form(long id, String roundName, InspectionScope scope, String checklistKey, int checklistVersion,
                       String checklistTitle, String departmentName, String departmentNameEn, LocalDate due,
                       boolean submitted, Instant submittedAt, List<Item> items) implements Serializable {
        public String departmentIn(String language) {
            return CodedName.in(language, departmentName, departmentNameEn);
        }
    }

    /** A finding, with its owner, round and state. */
    public record FindingRow(long id, String roundName, String itemId, String question, String remediation,
                             String answerNote, String ownerNo, String ownerName, String departmentName,
                             String departmentNameEn, LocalDate due, boolean overdue, FindingStatus status,
                             String remediationNote, Instant remediatedAt, String reviewNote, int reopenedCount,
                             List<FindingHistory> history)
            implements Serializable {

        public FindingRow {
            history = history == null ? List.of() : List.copyOf(history);
        }

        public String departmentIn(String language) {
            return CodedName.in(language, departmentName, departmentNameEn);
        }
    }

    /** One step of a finding's history: remediated, closed or reopened, with the note, who and when. */
    public record FindingHistory(FindingStep.Kind kind, String note, String by, Instant at) implements Serializable {
    }

    /** How many of a department's self-inspections of a round are submitted. */
    public record DepartmentCompletion(String code, String name, String nameEn, long submitted, long total)
            implements Serializable {
        public String nameIn(String language) {
            return CodedName.in(language, name, nameEn);
        }

        public boolean complete() {
            return submitted == total;
        }
    }

    /** A round with its completion, overall and per department. */
    public record RoundSummary(long id, String name, InspectionScope scope, String checklistKey, int checklistVersion,
                               String checklistTitle, LocalDate openedOn, LocalDate due, String openedBy,
                               boolean overdue, long submitted, long total, List<DepartmentCompletion> departments)
            implements Serializable {
    }

    /**
     * Someone a round asked, for the follow-up: their state (submitted when; overdue when not submitted after the
     * due day), the last day they were reminded (null when never) and the findings their answers raised.
     */
    /**
     * A department form handed over: the form's department, who held it and who holds it now, why, by whose change
     * and when.
     */
    public record HandOver(long inspectionId, String departmentName, String departmentNameEn, String fromNo,
                           String fromName, String toNo, String toName,
                           org.shoumi.portal.inspections.entity.InspectionHandOver.Cause cause, String by,
                           Instant at) implements Serializable {
        public String departmentIn(String language) {
            return CodedName.in(language, departmentName, departmentNameEn);
        }
    }

    public record Respondent(long inspectionId, String employeeNo, String name, String departmentName,
                             String departmentNameEn, InspectionStatus status, Instant submittedAt, boolean overdue,
                             LocalDate lastReminded, long findings) implements Serializable {
        public String departmentIn(String language) {
            return CodedName.in(language, departmentName, departmentNameEn);
        }

        public boolean submitted() {
            return status == InspectionStatus.SUBMITTED;
        }
    }
}

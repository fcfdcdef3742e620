package org.shoumi.portal.disclosures.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.shoumi.portal.disclosures.entity.DisclosureKind;
import org.shoumi.portal.disclosures.entity.DisclosureStatus;
import org.shoumi.portal.organisation.entity.CodedName;

/**
 * A request with its steps, as pages show it: who asked, from which department (the one they were in when they
 * asked, which checks it), what, where, and every step; and the department the requester is in now when they have
 * moved since ({@code nowDepartmentName} null when not: the page read "李明 (SM002, 办公室)" after he had moved to
 * 财务处, and the old head checked it with no hint; outside check).
 */
public record DisclosureRow(long id, String employeeNo, String name, String departmentCode, String departmentName,
                            String departmentNameEn, String title, DisclosureKind kind, String channel, LocalDate plannedOn, String summary,
                            String reference, String requestedBy, Instant requestedAt, DisclosureStatus status,
                            List<Step> steps, String nowDepartmentName, String nowDepartmentNameEn)
        implements Serializable {

    public DisclosureRow {
        steps = List.copyOf(steps);
    }

    /** A request whose requester is still in the department they asked from. */
    public DisclosureRow(long id, String employeeNo, String name, String departmentCode, String departmentName,
                         String departmentNameEn, String title, DisclosureKind kind, String channel, LocalDate plannedOn,
                         String summary, String reference, String requestedBy, Instant requestedAt,
                         DisclosureStatus status, List<Step> steps) {
        this(id, employeeNo, name, departmentCode, departmentName, departmentNameEn, title, kind, channel, plannedOn,
                summary, reference, requestedBy, requestedAt, status, steps, null, null);
    }

    /** The department the requester has moved to since asking, in {@code language}; null when they have not. */
    public String nowDepartment(String language) {
        return nowDepartmentName == null ? null : CodedName.in(language, nowDepartmentName, nowDepartmentNameEn);
    }

    /** One step: what, its day (publication), its text, by whom (login), when. */
    public record Step(DisclosureStatus kind, LocalDate day, String note, String by, Instant at) implements Serializable {
    }

    /** The step that reached {@code kind}, if taken. */
    public Step step(DisclosureStatus kind) {
        return steps.stream().filter(s -> s.kind() == kind).findFirst().orElse(null);
    }

    /** The secrecy office's decision (approved, with changes, or refused after the department agreed), if any. */
    public Step getDecision() {
        return steps.stream().filter(s -> s.kind().approved()
                || s.kind() == DisclosureStatus.REFUSED && step(DisclosureStatus.DEPARTMENT_AGREED) != null)
                .findFirst().orElse(null);
    }

    /** The name of the department's refusal among the steps' names ({@link #stepKey}). */
    public static final String DEPARTMENT_REFUSED = "DEPARTMENT_REFUSED";

    /**
     * The bundle key of a step's name. A refusal before the department agreed is the department's check
     * (部门初审不同意公开), one after it the secrecy office's decision: both read "不同意公开", so the head's refusal
     * read as the office's final decision (outside check).
     */
    public String stepKey(Step s) {
        boolean departments = s.kind() == DisclosureStatus.REFUSED && step(DisclosureStatus.DEPARTMENT_AGREED) == null;
        return "disclosures.step." + (departments ? DEPARTMENT_REFUSED : s.kind().name());
    }

    /** The department's name in {@code language} (the Chinese name when it has no English one). */
    public String department(String language) {
        return CodedName.in(language, departmentName, departmentNameEn);
    }

    public boolean isOpen() {
        return status.open();
    }
}

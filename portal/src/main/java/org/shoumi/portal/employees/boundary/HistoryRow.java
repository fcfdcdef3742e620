package org.shoumi.portal.employees.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.shoumi.portal.employees.entity.ChangeSource;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.employees.entity.SecrecyClass;
import org.shoumi.portal.organisation.entity.CodedName;

/**
 * One entry of a person's history as shown and printed: department and post as names (Chinese, and English
 * where known), "before" values null for a hire.
 */
public record HistoryRow(long id, Instant changedAt, LocalDate effectiveOn, String changedBy, ChangeSource source,
                         String reason, String oldName, String newName, Named oldDepartment, Named newDepartment,
                         Named oldPost, Named newPost, SecrecyClass oldClass, SecrecyClass newClass,
                         EmployeeStatus oldStatus, EmployeeStatus newStatus) implements Serializable {

    /** A department or post: its code and names; the code stands in when it is no longer known. */
    public record Named(String code, String name, String nameEn) implements Serializable {
        public String in(String language) {
            return CodedName.in(language, name, nameEn);
        }
    }

    public boolean isHire() {
        return oldStatus == null;
    }

    /**
     * The message key of where the change came from: an approved lowering that keeps the person in post (their class
     * changed by a departure's approval, still 在岗) is named as the approval of a lowering, not 离岗离职审批, which
     * the page, the file and the workbook said (outside re-check ex-s37h).
     */
    public String sourceKey() {
        boolean loweringInPost = source == ChangeSource.DEPARTURE && oldStatus == EmployeeStatus.ACTIVE
                && newStatus == EmployeeStatus.ACTIVE && oldClass != null && oldClass != newClass;
        return loweringInPost ? "employees.history.source.loweringApproval" : "enum.ChangeSource." + source.name();
    }

    public boolean isNameChanged() {
        return oldName != null && !oldName.equals(newName);
    }

    public boolean isDepartmentChanged() {
        return oldDepartment != null && !oldDepartment.code().equals(newDepartment.code());
    }

    public boolean isPostChanged() {
        return oldPost != null && !oldPost.code().equals(newPost.code());
    }

    public boolean isClassChanged() {
        return oldClass != null && oldClass != newClass;
    }

    public boolean isStatusChanged() {
        return oldStatus != null && oldStatus != newStatus;
    }

    // getters for Faces EL
    public Instant getChangedAt() {
        return changedAt;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public ChangeSource getSource() {
        return source;
    }

    public String getReason() {
        return reason;
    }

    public String getOldName() {
        return oldName;
    }

    public String getNewName() {
        return newName;
    }

    public Named getOldDepartment() {
        return oldDepartment;
    }

    public Named getNewDepartment() {
        return newDepartment;
    }

    public Named getOldPost() {
        return oldPost;
    }

    public Named getNewPost() {
        return newPost;
    }

    public SecrecyClass getOldClass() {
        return oldClass;
    }

    public SecrecyClass getNewClass() {
        return newClass;
    }

    public EmployeeStatus getOldStatus() {
        return oldStatus;
    }

    public EmployeeStatus getNewStatus() {
        return newStatus;
    }
}

package org.shoumi.portal.vetting.boundary;

import java.io.Serializable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.shoumi.portal.vetting.entity.VettingKind;
import org.shoumi.portal.vetting.entity.VettingRecord;
import org.shoumi.portal.vetting.entity.VettingResult;

/**
 * One vetting or review record as pages, the secrecy file and the workbook show it: {@code id} is its record number
 * (the one a 离岗's reason cites), {@code supersededBy} the record entered later for the same person, kind and day,
 * which counts instead (a same-day correction), or null when this one counts.
 */
public record VettingRow(long id, String employeeNo, String name, VettingKind kind, LocalDate heldOn,
                         VettingResult result, String approver, String fileRef, String note, String recordedBy,
                         Instant recordedAt, Long supersededBy) implements Serializable {

    /** Call inside a transaction: reads the person. */
    static VettingRow of(VettingRecord v, Long supersededBy) {
        return new VettingRow(v.getId(), v.getEmployee().getEmployeeNo(), v.getEmployee().getName(), v.getKind(),
                v.getHeldOn(), v.getResult(), v.getApprover(), v.getFileRef(), v.getNote(), v.getRecordedBy(),
                v.getRecordedAt(), supersededBy);
    }

    /**
     * The rows of these records, each marked with the record that supersedes it: the next one entered (by id) for
     * the same person, kind and day (for one day, the later entry counts; a correction is a new record, never an
     * edit). Call inside a transaction.
     */
    static List<VettingRow> of(List<VettingRecord> records) {
        return records.stream().map(v -> of(v, records.stream()
                .filter(o -> o.getId() > v.getId() && o.getKind() == v.getKind() && o.getHeldOn().equals(v.getHeldOn())
                        && o.getEmployee().getId().equals(v.getEmployee().getId()))
                .map(VettingRecord::getId).min(Long::compare).orElse(null))).toList();
    }

    /** Whether a later record of the same day and kind counts instead of this one (for EL). */
    public boolean isSuperseded() {
        return supersededBy != null;
    }
}

package org.shoumi.portal.vetting.boundary;

import java.io.Serializable;

import java.time.Instant;
import java.time.LocalDate;
import org.shoumi.portal.vetting.entity.VettingKind;
import org.shoumi.portal.vetting.entity.VettingRecord;
import org.shoumi.portal.vetting.entity.VettingResult;

/** One vetting or review record as pages, the secrecy file and the workbook show it. */
public record VettingRow(long id, String employeeNo, String name, VettingKind kind, LocalDate heldOn,
                         VettingResult result, String approver, String fileRef, String note, String recordedBy,
                         Instant recordedAt) implements Serializable {

    /** Call inside a transaction: reads the person. */
    static VettingRow of(VettingRecord v) {
        return new VettingRow(v.getId(), v.getEmployee().getEmployeeNo(), v.getEmployee().getName(), v.getKind(),
                v.getHeldOn(), v.getResult(), v.getApprover(), v.getFileRef(), v.getNote(), v.getRecordedBy(),
                v.getRecordedAt());
    }
}

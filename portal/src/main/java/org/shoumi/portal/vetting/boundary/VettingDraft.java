package org.shoumi.portal.vetting.boundary;

import java.time.LocalDate;
import org.shoumi.portal.vetting.entity.VettingKind;
import org.shoumi.portal.vetting.entity.VettingResult;

/** A vetting or review as the officer enters it; checked by {@link Vettings#record}. */
public record VettingDraft(String employeeNo, VettingKind kind, LocalDate heldOn, VettingResult result,
                           String approver, String fileRef, String note) {
}

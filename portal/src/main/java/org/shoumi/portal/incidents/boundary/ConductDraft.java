package org.shoumi.portal.incidents.boundary;

import java.time.LocalDate;
import org.shoumi.portal.incidents.entity.ConductKind;

/**
 * A reward or sanction as entered: for whom (staff number), what, the day decided, why, by which authority, the
 * document reference (optional), the incident it follows from (reference such as SJ-000042, optional) and the
 * entry it corrects (id, optional).
 */
public record ConductDraft(String employeeNo, ConductKind kind, LocalDate decidedOn, String reason, String decidedBy,
                           String documentRef, String incidentReference, Long corrects) {
}

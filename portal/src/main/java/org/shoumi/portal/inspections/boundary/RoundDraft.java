package org.shoumi.portal.inspections.boundary;

import java.time.LocalDate;
import org.shoumi.portal.inspections.entity.InspectionScope;

/** A round as a secrecy officer asks for it: its name (周期), who answers, which checklist, due when. */
public record RoundDraft(String name, InspectionScope scope, String checklistKey, LocalDate due) {
}

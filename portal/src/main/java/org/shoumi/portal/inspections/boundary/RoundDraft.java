package org.shoumi.portal.inspections.boundary;

import java.time.LocalDate;
import java.util.List;
import org.shoumi.portal.inspections.entity.InspectionScope;

/**
 * A round as a secrecy officer asks for it: its name (周期), who answers, which checklist, due when; for an inspection
 * by the secrecy office, the codes of the departments it inspects (ignored for the other scopes).
 */
public record RoundDraft(String name, InspectionScope scope, String checklistKey, LocalDate due,
                         List<String> departments) {

    public RoundDraft {
        departments = departments == null ? List.of() : List.copyOf(departments);
    }

    /** A self-inspection round (personal or department). */
    public RoundDraft(String name, InspectionScope scope, String checklistKey, LocalDate due) {
        this(name, scope, checklistKey, due, List.of());
    }
}

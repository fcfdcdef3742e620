package org.shoumi.portal.matters.boundary;

import java.io.Serializable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.shoumi.portal.matters.entity.MatterCategory;
import org.shoumi.portal.matters.entity.MatterDecision;
import org.shoumi.portal.matters.entity.MatterStatus;

/**
 * A report with its steps, as pages show it: the person, what was reported, the status and every step so far
 * (the decision and its text on the DECIDED step); for a lost carrier, the incident case it opened.
 */
public record MatterRow(long id, String employeeNo, String name, String departmentName, String departmentNameEn,
                        MatterCategory category, LocalDate occurredOn, String note, Instant reportedAt,
                        MatterStatus status, List<Step> steps, Long incidentId, String incidentReference)
        implements Serializable {

    /** The department's name in this language ("en": its English name where it has one). */
    public String departmentIn(String language) {
        return org.shoumi.portal.organisation.entity.CodedName.in(language, departmentName, departmentNameEn);
    }

    public MatterRow {
        steps = List.copyOf(steps);
    }

    /** One step: what, by whom (login), when; decision and text on the decision. */
    public record Step(MatterStatus kind, MatterDecision decision, String text, String by, Instant at) implements Serializable {
    }

    /** The decision step, if taken. */
    public Step getDecision() {
        return steps.stream().filter(s -> s.kind() == MatterStatus.DECIDED).findFirst().orElse(null);
    }

    public boolean isOpen() {
        return status.open();
    }
}

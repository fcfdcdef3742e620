package org.shoumi.portal.incidents.control;

import java.time.LocalDate;
import org.shoumi.portal.incidents.entity.IncidentKind;

/**
 * A report as the reporter typed it: kind, the day it happened or was found, where (optional), what happened,
 * whether anonymous, and the attachment's bytes (null for none). It carries nothing about the reporter: the
 * boundary adds the login, and only for a named report.
 */
public record Submission(IncidentKind kind, LocalDate occurredOn, String place, String description,
                         boolean anonymous, byte[] attachment) {
}

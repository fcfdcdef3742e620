package org.shoumi.portal.incidents.boundary;

import java.io.Serializable;

import java.time.Instant;
import java.time.LocalDate;
import org.shoumi.portal.incidents.control.ReportClock;
import org.shoumi.portal.incidents.entity.AttachmentType;
import org.shoumi.portal.incidents.entity.ConductKind;
import org.shoumi.portal.incidents.entity.IncidentKind;
import org.shoumi.portal.incidents.entity.IncidentStatus;
import org.shoumi.portal.incidents.entity.ReportChannel;
import org.shoumi.portal.incidents.entity.StepKind;

/** What the incident and conduct pages show, as plain values. */
public final class Rows {

    private Rows() {
    }

    /**
     * A case in the officer's register, with the reporting clock at the moment asked about. The reporter's
     * login and staff number are null for an anonymous report.
     */
    public record Case(long id, String reference, IncidentKind kind, LocalDate occurredOn, String place,
                       String description, boolean anonymous, String reporterLogin, String reporterNo,
                       Instant receivedAt, Instant reportDue, Instant reportedUpwardAt, IncidentStatus status,
                       Instant closedAt, AttachmentType attachmentType, Integer attachmentSize,
                       ReportClock.State clock) implements Serializable {

        public boolean open() {
            return status == IncidentStatus.OPEN;
        }
    }

    /** One step of a case's history. */
    public record Step(long id, StepKind kind, Instant at, String by, String note, Instant upwardAt, String upwardTo,
                       ReportChannel upwardChannel, String upwardReference, String cause, String responsibility,
                       String measures, String education) implements Serializable {
    }

    /** A named report as its reporter follows it (no investigation notes). */
    public record Mine(String reference, IncidentKind kind, LocalDate occurredOn, Instant receivedAt,
                       boolean reportedUpward, IncidentStatus status, Instant closedAt) {
    }

    /** An attachment to download. */
    public record Attachment(String fileName, String mediaType, byte[] content) {
    }

    /** A reward or sanction entry; {@code correctedBy} is the id of the entry that corrects it, if any. */
    public record Conduct(long id, String employeeNo, String name, ConductKind kind, LocalDate decidedOn, String reason,
                          String decidedBy, String documentRef, Long incidentId, String incidentReference, Long corrects,
                          Long correctedBy, String recordedBy, Instant recordedAt) implements Serializable {

        public boolean stands() {
            return correctedBy == null;
        }
    }
}

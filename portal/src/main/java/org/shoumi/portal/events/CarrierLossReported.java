package org.shoumi.portal.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A person reported a lost secret carrier or device (涉密载体或设备遗失) as a major personal matter; fired inside
 * the reporting transaction. The incidents feature opens a named case of a lost carrier for it, its clock to report
 * upwards running from {@code reportedAt}, and answers through {@link #opened}; the matters feature keeps the case
 * it was given. {@code matterId} is the report, {@code login} the reporter's login, {@code description} the note the
 * person wrote.
 */
public final class CarrierLossReported {

    private final long matterId;
    private final String employeeNo;
    private final String login;
    private final LocalDate occurredOn;
    private final String description;
    private final Instant reportedAt;
    private Long incidentId;
    private String reference;

    public CarrierLossReported(long matterId, String employeeNo, String login, LocalDate occurredOn,
                               String description, Instant reportedAt) {
        this.matterId = matterId;
        this.employeeNo = Objects.requireNonNull(employeeNo);
        this.login = Objects.requireNonNull(login);
        this.occurredOn = Objects.requireNonNull(occurredOn);
        this.description = Objects.requireNonNull(description);
        this.reportedAt = Objects.requireNonNull(reportedAt);
    }

    public long matterId() {
        return matterId;
    }

    public String employeeNo() {
        return employeeNo;
    }

    public String login() {
        return login;
    }

    public LocalDate occurredOn() {
        return occurredOn;
    }

    public String description() {
        return description;
    }

    public Instant reportedAt() {
        return reportedAt;
    }

    /** The case opened for it: its id and the reference the unit uses (SJ-000042). */
    public void opened(long id, String caseReference) {
        this.incidentId = id;
        this.reference = Objects.requireNonNull(caseReference);
    }

    /** The case opened for it, or null when no observer opened one. */
    public Long incidentId() {
        return incidentId;
    }

    public String reference() {
        return reference;
    }
}

package org.shoumi.portal.departures.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import org.shoumi.portal.departures.entity.CarrierKind;

/**
 * One carrier on a departure's checklist; {@code returnedOn} and {@code receivedBy} are null while it is out.
 * {@code recordedOn} and {@code recordedBy} (a login) say who entered the return and when; null for a return entered
 * before they were kept (V33).
 */
public record CarrierRow(long id, CarrierKind kind, String description, LocalDate returnedOn, String receivedBy,
                         LocalDate recordedOn, String recordedBy) implements Serializable {

    public boolean isReturned() {
        return returnedOn != null;
    }

    public long getId() {
        return id;
    }

    public CarrierKind getKind() {
        return kind;
    }

    public String getDescription() {
        return description;
    }

    public LocalDate getReturnedOn() {
        return returnedOn;
    }

    public String getReceivedBy() {
        return receivedBy;
    }

    public LocalDate getRecordedOn() {
        return recordedOn;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}

package org.shoumi.portal.departures.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import org.shoumi.portal.departures.entity.CarrierKind;

/** One carrier on a departure's checklist; {@code returnedOn} and {@code receivedBy} are null while it is out. */
public record CarrierRow(long id, CarrierKind kind, String description, LocalDate returnedOn, String receivedBy)
        implements Serializable {

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
}

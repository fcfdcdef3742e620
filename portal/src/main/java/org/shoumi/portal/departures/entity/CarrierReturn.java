package org.shoumi.portal.departures.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;

/** One secret carrier (载体) a leaver holds, and its return (清退): the day and the name of who received it. */
@Entity
@Table(name = "carrier_return")
public class CarrierReturn {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "departure_id", nullable = false)
    private Departure departure;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CarrierKind kind;

    /** What it is: title of the document, serial number of the drive or laptop. */
    @NotBlank
    @Size(max = 200)
    @Column(nullable = false, length = 200)
    private String description;

    @Column(name = "returned_on")
    private LocalDate returnedOn;

    @Size(max = 50)
    @Column(name = "received_by", length = 50)
    private String receivedBy;

    protected CarrierReturn() {
    }

    CarrierReturn(Departure departure, CarrierKind kind, String description) {
        this.departure = Objects.requireNonNull(departure);
        this.kind = Objects.requireNonNull(kind);
        this.description = Objects.requireNonNull(description);
    }

    /** Records the return; a carrier is returned once. */
    public void markReturned(LocalDate on, String receiver) {
        if (!departure.isOpen()) {
            throw new IllegalStateException("the departure is approved");
        }
        if (isReturned()) {
            throw new IllegalStateException("carrier " + id + " was returned on " + returnedOn);
        }
        this.returnedOn = Objects.requireNonNull(on);
        this.receivedBy = Objects.requireNonNull(receiver);
    }

    public boolean isReturned() {
        return returnedOn != null;
    }

    public Long getId() {
        return id;
    }

    public Departure getDeparture() {
        return departure;
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

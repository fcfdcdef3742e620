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
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.shoumi.content.text.Texts;

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

    /** When and by whom the return was entered (V33); empty for returns entered before. */
    @Column(name = "return_recorded_at")
    private Instant returnRecordedAt;

    @Column(name = "return_recorded_by", length = 64)
    private String returnRecordedBy;

    /** Withdrawn as entered by mistake: when, by whom, why. The line stays, it no longer counts. */
    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawn_by", length = 64)
    private String withdrawnBy;

    @Size(max = 200)
    @Column(name = "withdrawn_reason", length = 200)
    private String withdrawnReason;

    protected CarrierReturn() {
    }

    CarrierReturn(Departure departure, CarrierKind kind, String description) {
        this.departure = Objects.requireNonNull(departure);
        this.kind = Objects.requireNonNull(kind);
        this.description = Objects.requireNonNull(description);
    }

    /** Records the return, dated and attributed to the login that entered it; a carrier is returned once. */
    public void markReturned(LocalDate on, String receiver, Instant at, String by) {
        if (!departure.isOpen()) {
            throw new IllegalStateException("the departure is approved");
        }
        if (isReturned()) {
            throw new IllegalStateException("carrier " + id + " was returned on " + returnedOn);
        }
        this.returnedOn = Objects.requireNonNull(on);
        this.receivedBy = Objects.requireNonNull(receiver);
        this.returnRecordedAt = Objects.requireNonNull(at);
        this.returnRecordedBy = Objects.requireNonNull(by);
    }

    /** HR corrects the line (kind and description) while the departure is open. */
    public void correct(CarrierKind newKind, String newDescription) {
        requireChangeable();
        departure.requireNoDuplicate(newKind, newDescription, this);
        this.kind = Objects.requireNonNull(newKind);
        this.description = Objects.requireNonNull(newDescription);
    }

    /** HR withdraws a line entered by mistake; it is kept, marked, and no longer counts. */
    public void withdraw(Instant at, String by, String reason) {
        requireChangeable();
        this.withdrawnAt = Objects.requireNonNull(at);
        this.withdrawnBy = Objects.requireNonNull(by);
        this.withdrawnReason = Objects.requireNonNull(reason);
    }

    private void requireChangeable() {
        if (!departure.isOpen()) {
            throw new IllegalStateException("the departure is approved");
        }
        if (isWithdrawn()) {
            throw new IllegalStateException("carrier " + id + " was withdrawn");
        }
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public String getWithdrawnBy() {
        return withdrawnBy;
    }

    public String getWithdrawnReason() {
        return withdrawnReason;
    }

    /**
     * The description compared for duplicates: full-width letters, digits and signs as half-width
     * ({@link Texts#halfWidth}, as for staff numbers and names), every space (the ideographic and no-break ones too)
     * and invisible format character left out, case ignored. "涉密Ｕ盘　bm-u-1" and "涉密U盘BM-U-1" are "涉密U盘 BM-U-1"
     * (each was taken as another line; outside check).
     */
    static String normalized(String description) {
        return Texts.comparable(description);
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

    public Instant getReturnRecordedAt() {
        return returnRecordedAt;
    }

    public String getReturnRecordedBy() {
        return returnRecordedBy;
    }
}

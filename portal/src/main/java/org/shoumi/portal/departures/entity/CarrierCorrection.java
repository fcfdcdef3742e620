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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A correction of a carrier line while its departure was open: what the line said before and after (after is
 * null when the line was withdrawn as entered by mistake), who corrected it, when and why. Written once, never
 * changed, so the list a leaver returned against keeps its history.
 */
@Entity
@Table(name = "carrier_correction")
@NamedQuery(name = CarrierCorrection.OF_DEPARTURE,
        query = "select c from CarrierCorrection c where c.carrier.departure = :departure order by c.at, c.id")
public class CarrierCorrection {

    public static final String OF_DEPARTURE = "CarrierCorrection.ofDeparture";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "carrier_id", nullable = false, updatable = false)
    private CarrierReturn carrier;

    @Column(name = "corrected_at", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "corrected_by", nullable = false, updatable = false, length = 64)
    private String by;

    @Column(nullable = false, updatable = false, length = 200)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "old_kind", nullable = false, updatable = false, length = 16)
    private CarrierKind oldKind;

    @Column(name = "old_description", nullable = false, updatable = false, length = 200)
    private String oldDescription;

    @Enumerated(EnumType.STRING)
    @Column(name = "new_kind", updatable = false, length = 16)
    private CarrierKind newKind;

    @Column(name = "new_description", updatable = false, length = 200)
    private String newDescription;

    protected CarrierCorrection() {
    }

    private CarrierCorrection(CarrierReturn carrier, CarrierKind oldKind, String oldDescription, Instant at, String by,
                              String reason) {
        this.carrier = Objects.requireNonNull(carrier);
        this.oldKind = Objects.requireNonNull(oldKind);
        this.oldDescription = Objects.requireNonNull(oldDescription);
        this.at = Objects.requireNonNull(at);
        this.by = Objects.requireNonNull(by);
        this.reason = Objects.requireNonNull(reason);
    }

    /** Corrects the line and keeps what it said before. */
    public static CarrierCorrection correct(CarrierReturn carrier, CarrierKind kind, String description, Instant at,
                                            String by, String reason) {
        CarrierCorrection c = new CarrierCorrection(carrier, carrier.getKind(), carrier.getDescription(), at, by,
                reason);
        carrier.correct(kind, description);
        c.newKind = kind;
        c.newDescription = description;
        return c;
    }

    /** Withdraws the line and keeps what it said. */
    public static CarrierCorrection withdraw(CarrierReturn carrier, Instant at, String by, String reason) {
        CarrierCorrection c = new CarrierCorrection(carrier, carrier.getKind(), carrier.getDescription(), at, by,
                reason);
        carrier.withdraw(at, by, reason);
        return c;
    }

    public Long getId() {
        return id;
    }

    public CarrierReturn getCarrier() {
        return carrier;
    }

    public Instant getAt() {
        return at;
    }

    public String getBy() {
        return by;
    }

    public String getReason() {
        return reason;
    }

    public CarrierKind getOldKind() {
        return oldKind;
    }

    public String getOldDescription() {
        return oldDescription;
    }

    public CarrierKind getNewKind() {
        return newKind;
    }

    public String getNewDescription() {
        return newDescription;
    }

    public boolean isWithdrawal() {
        return newKind == null;
    }
}

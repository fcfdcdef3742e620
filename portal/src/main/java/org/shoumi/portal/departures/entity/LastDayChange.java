package org.shoumi.portal.departures.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A change of an open departure's planned last working day (计划最后工作日) by HR: the day before and after, why, who
 * and when. Written once; the departure holds the day now planned, these rows every day planned before.
 */
@Entity
@Table(name = "departure_last_day_change")
@NamedQuery(name = LastDayChange.OF_DEPARTURE,
        query = "select c from LastDayChange c where c.departure = :departure order by c.changedAt, c.id")
public class LastDayChange {

    public static final String OF_DEPARTURE = "LastDayChange.ofDeparture";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "departure_id", nullable = false, updatable = false)
    private Departure departure;

    @Column(name = "old_day", nullable = false, updatable = false)
    private LocalDate oldDay;

    @Column(name = "new_day", nullable = false, updatable = false)
    private LocalDate newDay;

    @Column(name = "reason", nullable = false, updatable = false, length = 500)
    private String reason;

    @Column(name = "changed_by", nullable = false, updatable = false, length = 64)
    private String changedBy;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    protected LastDayChange() {
    }

    /** Moves the departure's planned last day to {@code newDay} and returns the row that keeps the day before. */
    public static LastDayChange apply(Departure departure, LocalDate newDay, String reason, String by, Instant at) {
        LastDayChange change = new LastDayChange(departure, departure.getPlannedLastDay(), newDay, reason, by, at);
        departure.changePlannedLastDay(newDay);
        return change;
    }

    private LastDayChange(Departure departure, LocalDate oldDay, LocalDate newDay, String reason, String changedBy,
                          Instant changedAt) {
        this.departure = Objects.requireNonNull(departure);
        this.oldDay = Objects.requireNonNull(oldDay);
        this.newDay = Objects.requireNonNull(newDay);
        if (oldDay.equals(newDay)) {
            throw new IllegalArgumentException("the planned last day is " + oldDay + " already");
        }
        this.reason = Objects.requireNonNull(reason);
        this.changedBy = Objects.requireNonNull(changedBy);
        this.changedAt = Objects.requireNonNull(changedAt);
    }

    public Long getId() {
        return id;
    }

    public Departure getDeparture() {
        return departure;
    }

    public LocalDate getOldDay() {
        return oldDay;
    }

    public LocalDate getNewDay() {
        return newDay;
    }

    public String getReason() {
        return reason;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}

package org.shoumi.portal.events;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A review (复审) found unsatisfactory (不合格) was corrected: a later entry of the same day says otherwise, and the
 * later entry of a day is the one that counts. {@code correctedId} is the unsatisfactory record, which fired
 * {@link ReviewUnsatisfactory}. Nothing is undone by this event: the departures feature reports through
 * {@link #departureOpen(long)} the 离岗 departure that record opened and that is still open, so that the office is
 * told to withdraw it (a departure is never closed behind HR's back), and through {@link #departureApproved(long)}
 * the one it opened that was approved already (it stands; the correction is recorded all the same), and through
 * {@link #waitedFor(long)} the open hand-over or lowering the record was waiting for (HR was told a 离岗 would follow
 * it, and is told that none does).
 */
public final class ReviewCorrected {

    private final long correctedId;
    private final String employeeNo;
    private final LocalDate on;
    private Long departureId;
    private Long approvedDepartureId;
    private Long waitedForId;

    public ReviewCorrected(long correctedId, String employeeNo, LocalDate on) {
        this.correctedId = correctedId;
        this.employeeNo = Objects.requireNonNull(employeeNo);
        this.on = Objects.requireNonNull(on);
    }

    public long correctedId() {
        return correctedId;
    }

    public String employeeNo() {
        return employeeNo;
    }

    public LocalDate on() {
        return on;
    }

    /** The open departure the corrected record opened. */
    public void departureOpen(long id) {
        this.departureId = id;
    }

    /** The id of the open departure the corrected record opened, or null when there is none. */
    public Long departureId() {
        return departureId;
    }

    /** The departure the corrected record opened, approved already: it stands, the correction does not undo it. */
    public void departureApproved(long id) {
        this.approvedDepartureId = id;
    }

    /** The id of the approved departure the corrected record opened, or null when there is none. */
    public Long approvedDepartureId() {
        return approvedDepartureId;
    }

    /**
     * The open hand-over (转岗交接) or lowering that the corrected record was waiting for, its 离岗 to follow once it
     * ended (HR was told so): none follows now.
     */
    public void waitedFor(long id) {
        this.waitedForId = id;
    }

    /** The id of the hand-over or lowering the corrected record was waiting for, or null. */
    public Long waitedForId() {
        return waitedForId;
    }
}

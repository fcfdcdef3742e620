package org.shoumi.portal.events;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A person may no longer hold their secret post: a periodic review (复审) found them unsatisfactory (不合格), or, with
 * {@code vetting}, the 上岗审查 of a person already in post (在岗, raised into 核心 or 重要) was not passed (未通过).
 * {@code recordId} is the record, {@code on} the day it was held, {@code by} the login who recorded it. The
 * departures feature opens a 离岗 departure for the person unless one is already open, and reports it through
 * {@link #opened(long)} so that HR can be told; when it cannot open one now, it reports through
 * {@link #waitsFor(long, Wait)} what is under way instead, so that the page and HR's notice say what happened (the page
 * said a 离岗 was opened when none was; outside check).
 */
public final class ReviewUnsatisfactory {

    private final long recordId;
    private final String employeeNo;
    private final LocalDate on;
    private final String by;
    private final boolean vetting;
    private Long departureId;
    private Long waitingFor;
    private Wait wait;

    /** Why no 离岗 was opened for the record now. */
    public enum Wait {
        /** An open 离岗 or 离职 takes the person out of the post (or the unit) once approved. */
        DEPARTURE,
        /** A hand-over (转岗交接) is open: the 离岗 is opened once it is confirmed. */
        HANDOVER,
        /** A lowering to another secret-related class is open: the 离岗 is opened once it is approved or withdrawn. */
        LOWERING
    }

    public ReviewUnsatisfactory(long recordId, String employeeNo, LocalDate on, String by, boolean vetting) {
        this.recordId = recordId;
        this.employeeNo = Objects.requireNonNull(employeeNo);
        this.on = Objects.requireNonNull(on);
        this.by = Objects.requireNonNull(by);
        this.vetting = vetting;
    }

    public long recordId() {
        return recordId;
    }

    public String employeeNo() {
        return employeeNo;
    }

    public LocalDate on() {
        return on;
    }

    public String by() {
        return by;
    }

    /** Whether the record is a 上岗审查 not passed (else a 复审 found 不合格). */
    public boolean vetting() {
        return vetting;
    }

    /** The 离岗 departure opened for it. */
    public void opened(long id) {
        this.departureId = id;
    }

    /** The id of the 离岗 departure opened for it, or null when none was (one was open already, or not in post). */
    public Long departureId() {
        return departureId;
    }

    /** No 离岗 was opened now: the departure {@code id} under way, and what follows it. */
    public void waitsFor(long id, Wait why) {
        this.waitingFor = id;
        this.wait = Objects.requireNonNull(why);
    }

    /** The departure under way instead of a new 离岗, or null. */
    public Long waitingFor() {
        return waitingFor;
    }

    /** What follows the departure under way, or null when none is. */
    public Wait waits() {
        return wait;
    }
}

package org.shoumi.portal.events;

import java.util.Objects;

/**
 * A departure of a person ended and left them in their secret-related post: a hand-over (转岗交接) confirmed, a
 * lowering to another secret-related class approved, or a departure withdrawn. Fired inside that transaction, after
 * the departure's own events. When a 复审 不合格 or a 上岗审查 未通过 of the person still rules (no 离岗 could be opened
 * for it while the departure was open), the vetting feature has the 离岗 opened now ({@link ReviewUnsatisfactory}),
 * tells HR, and reports it through {@link #followedBy(long)}: a failed review never leaves the person in the post
 * because something else was under way when it was recorded (outside check).
 */
public final class DepartureSettled {

    private final long departureId;
    private final String employeeNo;
    private final String by;
    private Long followedBy;

    public DepartureSettled(long departureId, String employeeNo, String by) {
        this.departureId = departureId;
        this.employeeNo = Objects.requireNonNull(employeeNo);
        this.by = Objects.requireNonNull(by);
    }

    public long departureId() {
        return departureId;
    }

    public String employeeNo() {
        return employeeNo;
    }

    public String by() {
        return by;
    }

    /** The 离岗 opened after it for a failed review or vetting that still rules. */
    public void followedBy(long id) {
        this.followedBy = id;
    }

    /** The id of the 离岗 opened after it, or null when none was. */
    public Long followedBy() {
        return followedBy;
    }
}

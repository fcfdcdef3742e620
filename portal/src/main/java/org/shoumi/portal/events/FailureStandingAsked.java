package org.shoumi.portal.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which of a person's negative vetting records (a 复审 不合格, a 上岗审查 未通过) still stand: no later entry of the same
 * kind and held day corrects them. The departures feature asks before HR withdraws a departure as opened by mistake:
 * a 离岗 opened by such a record is withdrawn only once the record is corrected (a 上岗审查 未通过 left standing let HR
 * withdraw its 离岗 and keep the person in a 核心 post; outside check), and the departure page asks whether the
 * record that opened a 离岗 was corrected since. The vetting feature answers through {@link #standing} and
 * {@link #corrected}, by one rule (VettingRules.stands).
 */
public final class FailureStandingAsked {

    private final String employeeNo;
    private final List<Failure> standing = new ArrayList<>();
    private final List<Failure> corrected = new ArrayList<>();

    public FailureStandingAsked(String employeeNo) {
        this.employeeNo = Objects.requireNonNull(employeeNo);
    }

    public String employeeNo() {
        return employeeNo;
    }

    /** A negative record that stands: its number, held day, and whether it is a 上岗审查 (else a 复审). */
    public void standing(long recordId, LocalDate on, boolean vetting) {
        standing.add(new Failure(recordId, on, vetting));
    }

    /** The negative records that stand, as answered. */
    public List<Failure> standing() {
        return List.copyOf(standing);
    }

    /**
     * A negative record that no longer stands (corrected the same day, or a 上岗审查 未通过 followed by a 通过 of a
     * later day): the departure page says so on the 离岗 it opened, which HR may withdraw instead of approving it.
     */
    public void corrected(long recordId, LocalDate on, boolean vetting) {
        corrected.add(new Failure(recordId, on, vetting));
    }

    /** The negative records that no longer stand, as answered. */
    public List<Failure> corrected() {
        return List.copyOf(corrected);
    }

    /** A negative record (that stands, or no longer does). */
    public record Failure(long recordId, LocalDate on, boolean vetting) {

        public Failure {
            Objects.requireNonNull(on);
        }
    }
}

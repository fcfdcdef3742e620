package org.shoumi.portal.events;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Which of these people have a 离岗 or 离职 under way (open, not a hand-over): the class they hold is being left. The
 * vetting feature asks before it lists the people waiting for their 上岗审查 (a re-posted person set to 非涉密 stayed
 * listed while the 离岗 of the lowering was open; outside check); the departures feature answers through
 * {@link #underWay(String)}.
 */
public final class DeparturesUnderWayAsked {

    private final Set<String> employeeNos;
    private final Set<String> underWay = new HashSet<>();

    public DeparturesUnderWayAsked(Set<String> employeeNos) {
        this.employeeNos = Set.copyOf(Objects.requireNonNull(employeeNos));
    }

    /** The staff numbers asked about. */
    public Set<String> employeeNos() {
        return employeeNos;
    }

    /** This person has a 离岗 or 离职 under way. */
    public void underWay(String employeeNo) {
        underWay.add(employeeNo);
    }

    /** Whether the person was answered as having a 离岗 or 离职 under way. */
    public boolean isUnderWay(String employeeNo) {
        return underWay.contains(employeeNo);
    }
}

package org.shoumi.portal.incidents.boundary;

import java.util.List;
import org.shoumi.portal.incidents.control.Refusal;
import org.shoumi.portal.shared.Refused;

/**
 * Something asked of incidents or conduct entries that was not done, with every reason found (each names its
 * field; message incidents.refused.&lt;REASON&gt;). Nothing was stored.
 */
public class IncidentRefusedException extends RuntimeException implements Refused {

    private static final long serialVersionUID = 1L;

    private final List<Refusal> reasons;

    public IncidentRefusedException(Refusal reason) {
        this(List.of(reason));
    }

    public IncidentRefusedException(List<Refusal> reasons) {
        super(reasons.toString());
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("a refusal has a reason");
        }
        this.reasons = List.copyOf(reasons);
    }

    @Override
    public List<Refusal> reasons() {
        return reasons;
    }

    /** The first reason (the only one, for most refusals). */
    @Override
    public Refusal reason() {
        return reasons.get(0);
    }
}

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

    /** The arguments of some reasons' messages (a day), by reason; none for the others. */
    private final java.util.Map<Refusal, List<Object>> args;

    public IncidentRefusedException(Refusal reason) {
        this(List.of(reason));
    }

    public IncidentRefusedException(List<Refusal> reasons) {
        this(reasons, java.util.Map.of());
    }

    public IncidentRefusedException(List<Refusal> reasons, java.util.Map<Refusal, List<Object>> args) {
        super(reasons.toString());
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("a refusal has a reason");
        }
        this.reasons = List.copyOf(reasons);
        this.args = java.util.Map.copyOf(args);
    }

    @Override
    public List<Object> args() {
        return argsOf(0);
    }

    @Override
    public List<Object> argsOf(int index) {
        return args.getOrDefault(reasons.get(index), List.of());
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

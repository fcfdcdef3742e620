package org.shoumi.portal.travel.boundary;

import java.util.List;
import org.shoumi.portal.shared.Refused;
import org.shoumi.portal.travel.control.Refusal;

/** A travel or passport step that was not taken, and why (bundle key {@code travel.refused.<reason>}); nothing stored. */
public class TravelRefusedException extends RuntimeException implements Refused {

    private static final long serialVersionUID = 1L;

    private final Refusal reason;
    private final List<Refusal> reasons;
    private final List<Object> args;

    public TravelRefusedException(Refusal reason) {
        this(reason, List.of());
    }

    /** A refusal whose message names a limit or a day ({@code args}, in the message's order). */
    public TravelRefusedException(Refusal reason, List<Object> args) {
        super(reason.name() + (args.isEmpty() ? "" : " " + args));
        this.reason = reason;
        this.reasons = List.of(reason);
        this.args = List.copyOf(args);
    }

    /** Refused for each of these reasons (at least one), the first one first, whose message names {@code args}. */
    public TravelRefusedException(List<Refusal> reasons, List<Object> args) {
        super(reasons + (args.isEmpty() ? "" : " " + args));
        this.reason = reasons.get(0);
        this.reasons = List.copyOf(reasons);
        this.args = List.copyOf(args);
    }

    /** Refused for each of these reasons (at least one), the first one first. */
    public TravelRefusedException(List<Refusal> reasons) {
        super(reasons.toString());
        this.reason = reasons.get(0);
        this.reasons = List.copyOf(reasons);
        this.args = List.of();
    }

    @Override
    public Refusal reason() {
        return reason;
    }

    @Override
    public List<Refusal> reasons() {
        return reasons;
    }

    @Override
    public List<Object> args() {
        return args;
    }
}

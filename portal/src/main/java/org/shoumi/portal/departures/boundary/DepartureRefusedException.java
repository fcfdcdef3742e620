package org.shoumi.portal.departures.boundary;

import java.util.List;
import org.shoumi.portal.departures.control.ExitChecklist;

/** A departure step that was not taken, and why; nothing was changed. */
public class DepartureRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        UNKNOWN_EMPLOYEE, NOT_IN_POST, ALREADY_OPEN, UNKNOWN_DEPARTURE, NOT_OPEN, UNKNOWN_CARRIER,
        ALREADY_RETURNED, DATE_IN_FUTURE, NO_OPEN_DEPARTURE, CHECKLIST_INCOMPLETE
    }

    private final Reason reason;
    private final List<ExitChecklist.Item> missing;
    private final List<String> carriersOut;

    public DepartureRefusedException(Reason reason) {
        this(reason, List.of(), List.of());
    }

    public DepartureRefusedException(Reason reason, List<ExitChecklist.Item> missing, List<String> carriersOut) {
        super(reason + (missing.isEmpty() ? "" : " " + missing + " " + carriersOut));
        this.reason = reason;
        this.missing = List.copyOf(missing);
        this.carriersOut = List.copyOf(carriersOut);
    }

    public Reason reason() {
        return reason;
    }

    /** For {@link Reason#CHECKLIST_INCOMPLETE}: what is missing, in checklist order. */
    public List<ExitChecklist.Item> missing() {
        return missing;
    }

    /** For {@link Reason#CHECKLIST_INCOMPLETE}: the descriptions of the carriers not yet returned. */
    public List<String> carriersOut() {
        return carriersOut;
    }
}

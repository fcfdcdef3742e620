package org.shoumi.portal.web.departures;

import java.util.List;
import org.shoumi.portal.departures.boundary.DepartureRefusedException;
import org.shoumi.portal.departures.control.ExitChecklist;
import org.shoumi.portal.web.shared.Messages;

/** Turns a refused departure step into messages by bundle key: one line for the refusal, one per missing item. */
public final class DepartureRefusals {

    private DepartureRefusals() {
    }

    public static void show(Messages messages, DepartureRefusedException refused, String employeeNo) {
        show(messages, refused, employeeNo, false);
    }

    /**
     * The same for a hand-over (转岗交接) when {@code handover}: its confirmation refused for carriers not handed
     * over to the successor says so, not "暂不能批准 … 未清退" as for a departure.
     */
    public static void show(Messages messages, DepartureRefusedException refused, String employeeNo,
                            boolean handover) {
        String missingPrefix = handover ? "departures.handover.missing." : "departures.missing.";
        String reason = !handover ? "departures.refused." + refused.reason().name()
                : switch (refused.reason()) {
                    case CHECKLIST_INCOMPLETE -> "departures.refused.HANDOVER_INCOMPLETE";
                    // a hand-over confirmed is not "该离岗离职已批准" (outside check)
                    case NOT_OPEN -> "departures.refused.HANDOVER_NOT_OPEN";
                    default -> "departures.refused." + refused.reason().name();
                };
        messages.error(reason, employeeNo == null ? "" : employeeNo,
                refused.day() == null ? "" : refused.day().toString(),
                refused.days() == null ? "" : refused.days().toString(),
                refused.statedYears() == null ? "" : refused.statedYears().toString(),
                refused.years() == null ? "" : refused.years().toString(),
                refused.record() == null ? "" : refused.record().toString());
        for (ExitChecklist.Item item : refused.missing()) {
            if (item == ExitChecklist.Item.CARRIERS_RETURNED) {
                List<String> out = refused.carriersOut();
                if (out.isEmpty()) {
                    messages.error(missingPrefix + "CARRIERS_NONE");
                } else {
                    messages.error(missingPrefix + item.name(), out.size(), String.join(" / ", out));
                }
            } else {
                messages.error(missingPrefix + item.name());
            }
        }
        // the other refusals of the same submission, each with its own limit (an early end's date and reference)
        for (DepartureRefusedException also : refused.alsoRefused()) {
            show(messages, also, employeeNo, handover);
        }
    }
}

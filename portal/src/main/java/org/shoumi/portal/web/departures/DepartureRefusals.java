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
        messages.error("departures.refused." + refused.reason().name(), employeeNo == null ? "" : employeeNo,
                refused.day() == null ? "" : refused.day().toString(),
                refused.days() == null ? "" : refused.days().toString());
        for (ExitChecklist.Item item : refused.missing()) {
            if (item == ExitChecklist.Item.CARRIERS_RETURNED) {
                List<String> out = refused.carriersOut();
                if (out.isEmpty()) {
                    messages.error("departures.missing.CARRIERS_NONE");
                } else {
                    messages.error("departures.missing." + item.name(), out.size(), String.join(" / ", out));
                }
            } else {
                messages.error("departures.missing." + item.name());
            }
        }
    }
}

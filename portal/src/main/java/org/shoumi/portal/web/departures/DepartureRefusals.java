package org.shoumi.portal.web.departures;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.shoumi.portal.departures.boundary.DepartureRefusedException;
import org.shoumi.portal.departures.control.ExitChecklist;
import org.shoumi.portal.web.shared.Messages;

/** Turns a refused departure step into messages by bundle key: one line for the refusal, one per missing item. */
public final class DepartureRefusals {

    private DepartureRefusals() {
    }

    public static void show(Messages messages, DepartureRefusedException refused, String employeeNo) {
        show(messages, refused, employeeNo, Kind.DEPARTURE);
    }

    /**
     * The refusals a lowering in post meets on its own steps whose words name 离岗 or 离岗离职 (离岗谈话, 离岗离职保密承诺书,
     * 该离岗离职已批准): each has a lowering's text under {@code departures.refused.lowered.}.
     */
    static final Set<DepartureRefusedException.Reason> LOWERING_WORDED = EnumSet.of(
            DepartureRefusedException.Reason.NOT_OPEN, DepartureRefusedException.Reason.APPROVAL_BEFORE_CHECKLIST,
            DepartureRefusedException.Reason.PLEDGE_BEFORE_CHECKLIST,
            DepartureRefusedException.Reason.PLEDGE_BEFORE_STEPS_DONE,
            DepartureRefusedException.Reason.BRIEFING_BEFORE_CARRIERS,
            DepartureRefusedException.Reason.BRIEFING_BEFORE_RETURN, DepartureRefusedException.Reason.ALREADY_BRIEFED,
            DepartureRefusedException.Reason.PLEDGE_ALREADY_RECORDED,
            DepartureRefusedException.Reason.CARRIER_AFTER_BRIEFING,
            DepartureRefusedException.Reason.BRIEFER_IS_LEAVER, DepartureRefusedException.Reason.WITHDRAWN);

    /** What the refused step belongs to, which names its missing items. */
    public enum Kind {
        /** A 离岗 or 离职: "暂不能批准 … 未清退". */
        DEPARTURE,
        /**
         * A hand-over (转岗交接): its confirmation refused for carriers not handed over to the successor says so.
         */
        HANDOVER,
        /**
         * A lowering of the secrecy class that keeps the person in post: its missing pledge, briefing and carriers
         * are named as the lowering's (未签署降低涉密类别保密承诺书), as the page lists them before 批准 is pressed.
         */
        LOWERING
    }

    /** The same for a step of a departure of the given kind. */
    public static void show(Messages messages, DepartureRefusedException refused, String employeeNo, Kind kind) {
        boolean handover = kind == Kind.HANDOVER;
        String missingPrefix = switch (kind) {
            case HANDOVER -> "departures.handover.missing.";
            case LOWERING -> "departures.lowered.missing.";
            case DEPARTURE -> "departures.missing.";
        };
        String reason = switch (kind) {
            case HANDOVER -> switch (refused.reason()) {
                case CHECKLIST_INCOMPLETE -> "departures.refused.HANDOVER_INCOMPLETE";
                // a hand-over confirmed is not "该离岗离职已批准" (outside check)
                case NOT_OPEN -> "departures.refused.HANDOVER_NOT_OPEN";
                default -> "departures.refused." + refused.reason().name();
            };
            case LOWERING -> (LOWERING_WORDED.contains(refused.reason()) ? "departures.refused.lowered."
                    : "departures.refused.") + refused.reason().name();
            case DEPARTURE -> "departures.refused." + refused.reason().name();
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
                    messages.error(missingPrefix + (kind == Kind.LOWERING ? "CARRIERS_OUT" : item.name()), out.size(),
                            String.join(" / ", out));
                }
            } else {
                messages.error(missingPrefix + item.name());
            }
        }
        // the other refusals of the same submission, each with its own limit (an early end's date and reference)
        for (DepartureRefusedException also : refused.alsoRefused()) {
            show(messages, also, employeeNo, kind);
        }
    }
}

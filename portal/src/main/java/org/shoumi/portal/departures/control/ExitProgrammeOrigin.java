package org.shoumi.portal.departures.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Which departure gave an exit programme (离岗培训): the programme keeps no link to it, but every departure gives its
 * exit programme in the transaction that opens it, from the day it was opened (an earlier paper day included), and a
 * person has one departure open at a time. So the programme is the one of the departure opened last at or before the
 * instant the programme was given, on or before the programme's first day. A lowering within the secret-related
 * classes keeps the person in post, and its programme is named as the training of a lowered class, not as 离岗培训 (the
 * person's home page and HR's drill-down said 离岗培训 for someone still 在岗; outside check).
 *
 * <p>Matched by the day alone, two departures opened on one day (a lowering and a 离职 after it; a departure withdrawn
 * as opened by mistake and a lowering opened after it) made the later one the giver of both programmes, and the
 * lowering's training was renamed 离岗培训 in the secrecy file and the workbook once the 离职 was opened (outside check
 * ex-s38g 3). A programme given before the instant was kept (none is left: it is set on every programme given) is
 * matched by the day, as before.
 */
public final class ExitProgrammeOrigin {

    private ExitProgrammeOrigin() {
    }

    /**
     * A departure of the person (no hand-over: it gives no exit programme), opened on a day at an instant (the start
     * of the day for one entered as opened on an earlier paper day), and whether it lowers.
     */
    public record Opening(LocalDate openedOn, Instant openedAt, boolean loweringInPost) {
    }

    /**
     * Whether the exit programme starting on {@code startedOn}, given at {@code assignedAt} (null when not known),
     * was given by a lowering that keeps the person in post, {@code openings} being the person's departures in the
     * order they were opened.
     */
    public static boolean byLoweringInPost(List<Opening> openings, LocalDate startedOn, Instant assignedAt) {
        Opening giver = null;
        for (Opening o : openings) {
            if (o.openedOn().isAfter(startedOn)) {
                continue;
            }
            if (assignedAt != null && o.openedAt() != null) {
                // opened after the programme was given: a later departure of the same day, not its giver
                if (o.openedAt().isAfter(assignedAt)) {
                    continue;
                }
                if (giver != null && giver.openedAt() != null && o.openedAt().isBefore(giver.openedAt())) {
                    continue;
                }
            }
            giver = o;
        }
        return giver != null && giver.loweringInPost();
    }
}

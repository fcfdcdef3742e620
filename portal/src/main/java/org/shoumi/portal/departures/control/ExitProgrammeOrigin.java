package org.shoumi.portal.departures.control;

import java.time.LocalDate;
import java.util.List;

/**
 * Which departure gave an exit programme (离岗培训): the programme keeps no link to it, but every departure gives its
 * exit programme from the day it was opened (an earlier paper day included), and a person has one departure open at
 * a time. So the programme is the one of the last departure opened on or before the programme's first day. A lowering
 * within the secret-related classes keeps the person in post, and its programme is named as the training of a lowered
 * class, not as 离岗培训 (the person's home page and HR's drill-down said 离岗培训 for someone still 在岗; outside check).
 */
public final class ExitProgrammeOrigin {

    private ExitProgrammeOrigin() {
    }

    /** A departure of the person (no hand-over: it gives no exit programme), opened on a day, and whether it lowers. */
    public record Opening(LocalDate openedOn, boolean loweringInPost) {
    }

    /**
     * Whether the exit programme starting on {@code startedOn} was given by a lowering that keeps the person in post,
     * {@code openings} being the person's departures in the order they were opened.
     */
    public static boolean byLoweringInPost(List<Opening> openings, LocalDate startedOn) {
        Opening giver = null;
        for (Opening o : openings) {
            if (!o.openedOn().isAfter(startedOn)) {
                giver = o;
            }
        }
        return giver != null && giver.loweringInPost();
    }
}

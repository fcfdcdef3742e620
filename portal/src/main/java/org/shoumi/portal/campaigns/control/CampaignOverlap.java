package org.shoumi.portal.campaigns.control;

import java.time.LocalDate;

/**
 * Whether a campaign being launched (or a plan item being started) asks for the same exam at the same time as a
 * campaign still open: its people would owe one programme per campaign for one exam, each counted in every figure
 * (head SM001 owed four in-post programmes of ANNUAL-2026, and 办公室 showed 14 training tasks for 6 people; outside
 * check). The officer is warned, naming the other campaign and the people in both. Plain Java.
 */
public final class CampaignOverlap {

    private CampaignOverlap() {
    }

    /**
     * Whether the other campaign overlaps: the same exam (none asks for none), windows sharing a day (both ends
     * included), and the other one not yet past its due date today.
     */
    public static boolean overlaps(String quiz, LocalDate opensOn, LocalDate dueOn, String otherQuiz,
                                   LocalDate otherOpensOn, LocalDate otherDueOn, LocalDate today) {
        if (quiz == null || quiz.isEmpty() || !quiz.equals(otherQuiz) || opensOn == null || dueOn == null) {
            return false;
        }
        return !otherOpensOn.isAfter(dueOn) && !opensOn.isAfter(otherDueOn) && !otherDueOn.isBefore(today);
    }
}

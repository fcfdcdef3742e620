package org.shoumi.portal.departures.control;

import org.shoumi.portal.employees.entity.EmployeeStatus;

/**
 * What the home page still offers a person who left their post (离岗) or the unit (离职): their programmes are closed
 * at the departure, and a leaver's login is there to see the 脱密期 and their records. The home page still offered a
 * leaver 继续作答 on an in-post exam and 每日一练 (outside check).
 */
public final class LeaverOffers {

    private LeaverOffers() {
    }

    private static boolean inPost(EmployeeStatus status) {
        return status == EmployeeStatus.ACTIVE || status == EmployeeStatus.ONBOARDING;
    }

    /**
     * Whether an open paper (an attempt started and not handed in) is offered to continue: always to a person in post
     * or being onboarded, and when one of their open programmes still asks for the quiz; otherwise to a person who
     * left the post (still in the unit) only for a quiz of the bank (no campaign's or plan item's), and never to one
     * who left the unit.
     */
    public static boolean openPaper(EmployeeStatus status, boolean campaignQuiz, boolean askedByOpenProgramme) {
        if (status == null || inPost(status) || askedByOpenProgramme) {
            return true;
        }
        return status == EmployeeStatus.LEFT_POST && !campaignQuiz;
    }

    /** Whether 每日一练 is offered: to everyone of the unit, not to a person who left it (离职). */
    public static boolean dailyPractice(EmployeeStatus status) {
        return status != EmployeeStatus.LEFT_UNIT;
    }
}

package org.shoumi.portal.travel.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.employees.entity.SecrecyClass;
import org.shoumi.portal.travel.entity.PurposeCategory;
import org.shoumi.portal.travel.entity.TravelRule;
import org.shoumi.portal.travel.entity.TripStatus;

class TravelRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Test
    void whoMustAsk() {
        assertEquals(TravelRule.IN_POST, TravelRules.ruleFor(SecrecyClass.CORE, EmployeeStatus.ACTIVE, false));
        assertEquals(TravelRule.IN_POST, TravelRules.ruleFor(SecrecyClass.GENERAL, EmployeeStatus.ONBOARDING, false));
        assertEquals(TravelRule.IN_POST, TravelRules.ruleFor(SecrecyClass.IMPORTANT, EmployeeStatus.ACTIVE, true),
                "the post comes first");
        assertEquals(TravelRule.NONE, TravelRules.ruleFor(SecrecyClass.NONE, EmployeeStatus.ACTIVE, false));
        assertEquals(TravelRule.POST_EXIT_PERIOD, TravelRules.ruleFor(SecrecyClass.NONE, EmployeeStatus.ACTIVE, true),
                "lowered to non-secret, period still running");
        assertEquals(TravelRule.POST_EXIT_PERIOD, TravelRules.ruleFor(SecrecyClass.CORE, EmployeeStatus.LEFT_UNIT, true));
        assertEquals(TravelRule.NONE, TravelRules.ruleFor(SecrecyClass.CORE, EmployeeStatus.LEFT_POST, false),
                "left the post, period over");
        assertTrue(TravelRule.IN_POST.approvalRequired());
        assertFalse(TravelRule.NONE.approvalRequired());
    }

    @Test
    void aRequestReachesAtMostAYearAheadAndATripLastsAtMost180Days() {
        // an outside check asked for a departure in 2099 and for a trip of ten years; both were taken
        assertEquals(Optional.of(Refusal.DEPARTURE_TOO_FAR_AHEAD), TravelRules.checkReach(LocalDate.of(2099, 1, 10),
                LocalDate.of(2099, 1, 20), TODAY, 365, 180));
        assertEquals(Optional.of(Refusal.TRIP_TOO_LONG), TravelRules.checkReach(LocalDate.of(2027, 1, 10),
                LocalDate.of(2037, 1, 20), TODAY, 365, 180));
        assertEquals(Optional.empty(), TravelRules.checkReach(TODAY.plusDays(365), TODAY.plusDays(365), TODAY, 365, 180),
                "a year ahead exactly");
        assertEquals(Optional.of(Refusal.DEPARTURE_TOO_FAR_AHEAD),
                TravelRules.checkReach(TODAY.plusDays(366), TODAY.plusDays(367), TODAY, 365, 180));
        assertEquals(Optional.empty(), TravelRules.checkReach(TODAY, TODAY.plusDays(179), TODAY, 365, 180),
                "180 days, both ends included");
        assertEquals(Optional.of(Refusal.TRIP_TOO_LONG),
                TravelRules.checkReach(TODAY, TODAY.plusDays(180), TODAY, 365, 180));
        assertEquals(Optional.empty(), TravelRules.checkReach(TODAY.plusDays(30), TODAY.plusDays(60), TODAY, 30, 31),
                "the limits are the ones given");
        assertEquals(Optional.empty(), TravelRules.checkReach(null, TODAY, TODAY, 365, 180), "left to requestProblems");
        assertEquals(Optional.empty(), TravelRules.checkReach(TODAY.minusDays(1), TODAY.plusDays(400), TODAY, 365, 180),
                "a departure in the past is requestProblems' refusal");
        assertEquals(LocalDate.of(2027, 12, 3), TravelRules.latestDeparture(TODAY, 365));
    }

    private static Optional<Refusal> request(String country, LocalDate from, LocalDate to, PurposeCategory p, String note) {
        return TravelRules.requestProblems(country, from, to, p, note, TODAY).stream().findFirst();
    }

    /** Outside check: a leaver's report after the return could not be recorded; the officer records it from paper. */
    @Test
    void aLeaversPaperReportTakesTheDebriefRulesAndAReference() {
        assertEquals(java.util.List.of(), TravelRules.leaverDebriefProblems(TripStatus.APPROVED, TODAY.minusDays(5),
                TODAY.minusDays(1), "纸-报", 100, TODAY));
        assertEquals(java.util.List.of(Refusal.RETURNED_IN_FUTURE, Refusal.DEBRIEF_REFERENCE_MISSING),
                TravelRules.leaverDebriefProblems(TripStatus.APPROVED, TODAY.minusDays(5), TODAY.plusDays(1), " ", 100,
                        TODAY));
        assertEquals(java.util.List.of(Refusal.NOT_APPROVED, Refusal.DEBRIEF_REFERENCE_TOO_LONG),
                TravelRules.leaverDebriefProblems(TripStatus.DEBRIEFED, TODAY.minusDays(5), TODAY, "纸".repeat(101),
                        100, TODAY));
        assertEquals(java.util.List.of(Refusal.RETURNED_BEFORE_DEPARTURE), TravelRules.leaverDebriefProblems(
                TripStatus.APPROVED, TODAY.minusDays(5), TODAY.minusDays(6), "纸-报", 100, TODAY));
        assertEquals(Optional.of(Refusal.DEBRIEF_NOTE_MISSING), TravelRules.checkDebrief(TripStatus.APPROVED,
                TODAY.minusDays(5), TODAY, " ", TODAY), "the person's own report still needs its note");
    }

    /** Outside check: a leaver's request could not be withdrawn; the officer records it, with a reference. */
    @Test
    void aLeaversWithdrawalNeedsAWithdrawableRequestAndAReference() {
        assertEquals(java.util.List.of(), TravelRules.leaverWithdrawalProblems(TripStatus.APPROVED, TODAY.plusDays(1),
                "纸-1", 100, TODAY));
        assertEquals(java.util.List.of(Refusal.ALREADY_DEPARTED, Refusal.WITHDRAWAL_REFERENCE_MISSING),
                TravelRules.leaverWithdrawalProblems(TripStatus.APPROVED, TODAY, " ", 100, TODAY));
        assertEquals(java.util.List.of(Refusal.CANNOT_WITHDRAW, Refusal.WITHDRAWAL_REFERENCE_TOO_LONG),
                TravelRules.leaverWithdrawalProblems(TripStatus.REFUSED, TODAY.plusDays(5), "纸".repeat(101), 100,
                        TODAY));
    }

    /** Found by an outside check: a paper request without its reference named only the reference. */
    @Test
    void aPaperRequestNamesTheReferenceWithEveryOtherFieldAtFault() {
        assertEquals(java.util.List.of(Refusal.COUNTRY_MISSING, Refusal.DEPARTURE_MISSING, Refusal.RETURN_MISSING,
                Refusal.PURPOSE_MISSING, Refusal.PAPER_REFERENCE_MISSING), TravelRules.paperRequestProblems(null, null,
                null, null, null, " ", 100, TODAY));
        assertEquals(java.util.List.of(Refusal.PURPOSE_MISSING, Refusal.PAPER_REFERENCE_TOO_LONG,
                Refusal.NOTE_TOO_LONG), TravelRules.paperRequestProblems("JP", TODAY, TODAY, null, "字".repeat(301),
                "纸".repeat(101), 100, TODAY), "in the form's order: the reference before the note");
        assertEquals(java.util.List.of(Refusal.PAPER_REFERENCE_MISSING), TravelRules.paperRequestProblems("JP", TODAY,
                TODAY, PurposeCategory.TRANSIT, null, null, 100, TODAY));
        assertEquals(java.util.List.of(), TravelRules.paperRequestProblems("JP", TODAY, TODAY, PurposeCategory.TRANSIT,
                null, "纸".repeat(100), 100, TODAY));
    }

    /** Found by an outside check: an empty request form named only the destination. */
    @Test
    void anEmptyRequestNamesEveryFieldAtFault() {
        assertEquals(java.util.List.of(Refusal.COUNTRY_MISSING, Refusal.DEPARTURE_MISSING, Refusal.RETURN_MISSING,
                Refusal.PURPOSE_MISSING), TravelRules.requestProblems(null, null, null, null, null, TODAY));
        assertEquals(java.util.List.of(Refusal.COUNTRY_UNKNOWN, Refusal.DEPARTURE_IN_PAST,
                Refusal.RETURN_BEFORE_DEPARTURE, Refusal.NOTE_TOO_LONG), TravelRules.requestProblems("XX",
                TODAY.minusDays(1), TODAY.minusDays(2), PurposeCategory.TOURISM, "字".repeat(301), TODAY));
        assertEquals(java.util.List.of(), TravelRules.requestProblems("JP", TODAY, TODAY, PurposeCategory.TRANSIT,
                null, TODAY));
    }

    @Test
    void aRequestNamesAKnownCountryAndDaysInOrder() {
        LocalDate from = TODAY.plusDays(10);
        assertEquals(Optional.empty(), request("JP", from, from.plusDays(5), PurposeCategory.TOURISM, null));
        assertEquals(Optional.empty(), request(" jp ", TODAY, TODAY, PurposeCategory.TRANSIT, ""), "a day trip today");
        assertEquals(Optional.of(Refusal.COUNTRY_MISSING), request(" ", from, from, PurposeCategory.TOURISM, null));
        assertEquals(Optional.of(Refusal.COUNTRY_UNKNOWN), request("XX", from, from, PurposeCategory.TOURISM, null));
        assertEquals(Optional.of(Refusal.COUNTRY_UNKNOWN), request("JPN", from, from, PurposeCategory.TOURISM, null));
        assertEquals(Optional.of(Refusal.DEPARTURE_MISSING), request("JP", null, from, PurposeCategory.TOURISM, null));
        assertEquals(Optional.of(Refusal.RETURN_MISSING), request("JP", from, null, PurposeCategory.TOURISM, null));
        assertEquals(Optional.of(Refusal.DEPARTURE_IN_PAST),
                request("JP", TODAY.minusDays(1), from, PurposeCategory.TOURISM, null));
        assertEquals(Optional.of(Refusal.RETURN_BEFORE_DEPARTURE),
                request("JP", from, from.minusDays(1), PurposeCategory.TOURISM, null));
        assertEquals(Optional.of(Refusal.PURPOSE_MISSING), request("JP", from, from, null, null));
        assertEquals(Optional.empty(), request("JP", from, from, PurposeCategory.OTHER, "探".repeat(300)));
        assertEquals(Optional.of(Refusal.NOTE_TOO_LONG), request("JP", from, from, PurposeCategory.OTHER, "探".repeat(301)));
    }

    @Test
    void approvalNeedsTheBriefing() {
        LocalDate from = TODAY.plusDays(3);
        assertEquals(Optional.of(Refusal.NO_BRIEFING), TravelRules.checkApproval(TripStatus.REQUESTED, from, TODAY));
        assertEquals(Optional.empty(), TravelRules.checkApproval(TripStatus.BRIEFED, from, TODAY));
        assertEquals(Optional.empty(), TravelRules.checkApproval(TripStatus.BRIEFED, TODAY, TODAY));
        assertEquals(Optional.of(Refusal.DEPARTURE_PASSED),
                TravelRules.checkApproval(TripStatus.BRIEFED, TODAY.minusDays(1), TODAY));
        for (TripStatus decided : new TripStatus[] {TripStatus.APPROVED, TripStatus.REFUSED, TripStatus.WITHDRAWN,
                TripStatus.DEBRIEFED}) {
            assertEquals(Optional.of(Refusal.NOT_PENDING), TravelRules.checkApproval(decided, from, TODAY), decided.name());
        }
    }

    @Test
    void theBriefingComesOnceOnADayNotInTheFuture() {
        assertEquals(Optional.empty(), TravelRules.checkBriefing(TripStatus.REQUESTED, TODAY, "赵敏", TODAY));
        assertEquals(Optional.of(Refusal.ALREADY_BRIEFED), TravelRules.checkBriefing(TripStatus.BRIEFED, TODAY, "赵敏", TODAY));
        assertEquals(Optional.of(Refusal.NOT_PENDING), TravelRules.checkBriefing(TripStatus.REFUSED, TODAY, "赵敏", TODAY));
        assertEquals(Optional.of(Refusal.BRIEFING_DAY_MISSING), TravelRules.checkBriefing(TripStatus.REQUESTED, null, "赵敏", TODAY));
        assertEquals(Optional.of(Refusal.BRIEFING_IN_FUTURE),
                TravelRules.checkBriefing(TripStatus.REQUESTED, TODAY.plusDays(1), "赵敏", TODAY));
        assertEquals(Optional.of(Refusal.GIVEN_BY_MISSING), TravelRules.checkBriefing(TripStatus.REQUESTED, TODAY, " ", TODAY));
        assertEquals(Optional.of(Refusal.GIVEN_BY_TOO_LONG),
                TravelRules.checkBriefing(TripStatus.REQUESTED, TODAY, "x".repeat(51), TODAY));
    }

    @Test
    void aRefusalHasAReasonAndComesBeforeApproval() {
        assertEquals(Optional.empty(), TravelRules.checkRefusal(TripStatus.REQUESTED, "行程与值班冲突"));
        assertEquals(Optional.empty(), TravelRules.checkRefusal(TripStatus.BRIEFED, "行程与值班冲突"));
        assertEquals(Optional.of(Refusal.REASON_REQUIRED), TravelRules.checkRefusal(TripStatus.BRIEFED, "  "));
        // a bare refusal tells the traveller nothing (outside check ex-s36h 2)
        assertEquals(Optional.of(Refusal.REASON_REQUIRED), TravelRules.checkRefusal(TripStatus.BRIEFED, "不同意"));
        assertEquals(Optional.of(Refusal.REASON_REQUIRED), TravelRules.checkRefusal(TripStatus.BRIEFED, "-"));
        assertEquals(Optional.of(Refusal.REASON_TOO_LONG), TravelRules.checkRefusal(TripStatus.BRIEFED, "x".repeat(301)));
        assertEquals(Optional.of(Refusal.NOT_PENDING), TravelRules.checkRefusal(TripStatus.APPROVED, "晚了"));
    }

    /**
     * Outside check ex-s38e 3 (the publication review's gap, checked here too): a refusal whose reason only repeats
     * the decision — the option's own label in both languages, or a close variant — gives the traveller no reason.
     */
    @Test
    void aRefusalWhoseReasonOnlyRepeatsTheDecisionIsRefused() {
        // a bare word ("Refuse", "不批准") is no reason already (REASON_REQUIRED); more words of the decision repeat it
        java.util.Set<Optional<Refusal>> noReason = java.util.Set.of(Optional.of(Refusal.REASON_REQUIRED),
                Optional.of(Refusal.REASON_RESTATES_DECISION));
        for (java.util.Locale locale : new java.util.Locale[] {java.util.Locale.ROOT, java.util.Locale.SIMPLIFIED_CHINESE}) {
            java.util.ResourceBundle labels = java.util.ResourceBundle.getBundle("org.shoumi.portal.i18n.messages",
                    locale);
            for (String key : new String[] {"travel.manage.decision.refuse", "travel.step.REFUSED",
                    "enum.TripStatus.REFUSED", "travel.manage.decision.approve"}) {
                String label = labels.getString(key);
                assertTrue(noReason.contains(TravelRules.checkRefusal(TripStatus.BRIEFED, label)),
                        () -> locale + " " + key + ": " + label);
            }
        }
        for (String reason : new String[] {"不予批准", "不予批准。", "不批准", "不同意出境", "不予批准此次因私出境申请",
                "经研究，决定不予批准", "暂不批准", "Trip refused", "Not approved", "Travel abroad not permitted"}) {
            assertTrue(noReason.contains(TravelRules.checkRefusal(TripStatus.BRIEFED, reason)), reason);
        }
        assertEquals(Optional.of(Refusal.REASON_RESTATES_DECISION),
                TravelRules.checkRefusal(TripStatus.BRIEFED, "不予批准此次因私出境申请"), "a bare word is REASON_REQUIRED");
        for (String reason : new String[] {"行程与值班冲突", "不予批准：出境期间有涉密会议", "目的地为未经批准的国家",
                "Clashes with the duty roster"}) {
            assertEquals(Optional.empty(), TravelRules.checkRefusal(TripStatus.BRIEFED, reason), reason);
        }
    }

    @Test
    void withdrawingIsBeforeTheDepartureDay() {
        LocalDate from = TODAY.plusDays(2);
        assertEquals(Optional.empty(), TravelRules.checkWithdrawal(TripStatus.REQUESTED, from, TODAY));
        assertEquals(Optional.empty(), TravelRules.checkWithdrawal(TripStatus.APPROVED, from, TODAY));
        assertEquals(Optional.of(Refusal.ALREADY_DEPARTED), TravelRules.checkWithdrawal(TripStatus.APPROVED, TODAY, TODAY));
        assertEquals(Optional.of(Refusal.CANNOT_WITHDRAW), TravelRules.checkWithdrawal(TripStatus.REFUSED, from, TODAY));
        assertEquals(Optional.of(Refusal.CANNOT_WITHDRAW), TravelRules.checkWithdrawal(TripStatus.DEBRIEFED, from, TODAY));
    }

    @Test
    void theDebriefFollowsAnApprovedTripThatBegan() {
        LocalDate from = TODAY.minusDays(6);
        assertEquals(Optional.empty(), TravelRules.checkDebrief(TripStatus.APPROVED, from, TODAY.minusDays(1), "无异常", TODAY));
        assertEquals(Optional.empty(), TravelRules.checkDebrief(TripStatus.APPROVED, TODAY, TODAY, "无异常", TODAY),
                "a day trip, reported the same evening");
        assertEquals(Optional.of(Refusal.NOT_APPROVED), TravelRules.checkDebrief(TripStatus.BRIEFED, from, TODAY, "无异常", TODAY));
        assertEquals(Optional.of(Refusal.NOT_APPROVED), TravelRules.checkDebrief(TripStatus.DEBRIEFED, from, TODAY, "无异常", TODAY));
        assertEquals(Optional.of(Refusal.TRIP_NOT_STARTED),
                TravelRules.checkDebrief(TripStatus.APPROVED, TODAY.plusDays(1), TODAY, "无异常", TODAY));
        assertEquals(Optional.of(Refusal.RETURNED_ON_MISSING), TravelRules.checkDebrief(TripStatus.APPROVED, from, null, "无异常", TODAY));
        assertEquals(Optional.of(Refusal.RETURNED_BEFORE_DEPARTURE),
                TravelRules.checkDebrief(TripStatus.APPROVED, from, from.minusDays(1), "无异常", TODAY));
        assertEquals(Optional.of(Refusal.RETURNED_IN_FUTURE),
                TravelRules.checkDebrief(TripStatus.APPROVED, from, TODAY.plusDays(1), "无异常", TODAY));
        assertEquals(Optional.of(Refusal.DEBRIEF_NOTE_MISSING), TravelRules.checkDebrief(TripStatus.APPROVED, from, TODAY, "", TODAY));
        assertEquals(Optional.of(Refusal.DEBRIEF_NOTE_TOO_LONG),
                TravelRules.checkDebrief(TripStatus.APPROVED, from, TODAY, "x".repeat(301), TODAY));
    }

    @Test
    void tripsOverlapWhenTheyShareADay() {
        LocalDate d = TODAY;
        assertTrue(TravelRules.overlaps(d, d.plusDays(5), d.plusDays(5), d.plusDays(9)), "the return day is the next departure");
        assertTrue(TravelRules.overlaps(d, d.plusDays(9), d.plusDays(2), d.plusDays(3)), "one inside the other");
        assertFalse(TravelRules.overlaps(d, d.plusDays(5), d.plusDays(6), d.plusDays(9)));
        assertFalse(TravelRules.overlaps(d.plusDays(6), d.plusDays(9), d, d.plusDays(5)));
    }

    /** Found by an outside tester: Thailand on days overlapping a Japan request was refused as "已申请过". */
    @Test
    void anOverlapIsTheSameTripAskedAgainOnlyToTheSameDestination() {
        assertEquals(Refusal.ALREADY_REQUESTED, TravelRules.overlapRefusal("JP", "JP"));
        assertEquals(Refusal.ALREADY_REQUESTED, TravelRules.overlapRefusal("jp", "JP"));
        assertEquals(Refusal.OVERLAPS_REQUEST, TravelRules.overlapRefusal("TH", "JP"));
        assertEquals(Refusal.OVERLAPS_REQUEST, TravelRules.overlapRefusal(null, "JP"));
    }

    @Test
    void awaitingTheDebriefOnceTheReturnDayPassed() {
        assertTrue(TravelRules.awaitingDebrief(TripStatus.APPROVED, TODAY.minusDays(1), TODAY));
        assertFalse(TravelRules.awaitingDebrief(TripStatus.APPROVED, TODAY, TODAY));
        assertFalse(TravelRules.awaitingDebrief(TripStatus.DEBRIEFED, TODAY.minusDays(1), TODAY));
    }

    /** Outside check: a trip reported back on its departure day still blocked the next trip over its planned days. */
    @Test
    void aTripReportedBackEndsOnTheActualReturnDay() {
        LocalDate planned = TODAY.plusDays(13);
        assertEquals(TODAY, TravelRules.tripEnd(TripStatus.DEBRIEFED, planned, TODAY), "back early");
        assertEquals(planned.plusDays(2), TravelRules.tripEnd(TripStatus.DEBRIEFED, planned, planned.plusDays(2)),
                "back late: the actual day still counts");
        assertEquals(planned, TravelRules.tripEnd(TripStatus.APPROVED, planned, TODAY.minusDays(3)),
                "not reported back: the planned day (the latest step is the approval)");
        assertEquals(planned, TravelRules.tripEnd(TripStatus.DEBRIEFED, planned, null));
        assertFalse(TravelRules.overlaps(TODAY.plusDays(3), TODAY.plusDays(8), TODAY,
                TravelRules.tripEnd(TripStatus.DEBRIEFED, planned, TODAY)));
    }

    @Test
    void aTripWhollyAfterThePostExitPeriodNeedsNoApproval() {
        // outside check: a leaver's paper request for 2027-03-01 was taken, their 脱密期 ending 2027-02-10
        LocalDate until = LocalDate.of(2027, 2, 10);
        assertTrue(TravelRules.afterPeriod(TravelRule.POST_EXIT_PERIOD, until, LocalDate.of(2027, 3, 1)));
        assertTrue(TravelRules.afterPeriod(TravelRule.POST_EXIT_PERIOD, until, until.plusDays(1)));
        assertFalse(TravelRules.afterPeriod(TravelRule.POST_EXIT_PERIOD, until, until), "its last day is within");
        assertFalse(TravelRules.afterPeriod(TravelRule.IN_POST, until, LocalDate.of(2027, 3, 1)),
                "in a secret-related post: asked whatever the day");
        assertFalse(TravelRules.afterPeriod(TravelRule.POST_EXIT_PERIOD, null, LocalDate.of(2027, 3, 1)));
    }
}

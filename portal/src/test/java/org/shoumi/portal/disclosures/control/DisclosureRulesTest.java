package org.shoumi.portal.disclosures.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.shoumi.portal.disclosures.entity.DisclosureStatus.APPROVED;
import static org.shoumi.portal.disclosures.entity.DisclosureStatus.APPROVED_WITH_CHANGES;
import static org.shoumi.portal.disclosures.entity.DisclosureStatus.DEPARTMENT_AGREED;
import static org.shoumi.portal.disclosures.entity.DisclosureStatus.PUBLISHED;
import static org.shoumi.portal.disclosures.entity.DisclosureStatus.REFUSED;
import static org.shoumi.portal.disclosures.entity.DisclosureStatus.SUBMITTED;
import static org.shoumi.portal.disclosures.entity.DisclosureStatus.WITHDRAWN;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.disclosures.control.DisclosureRules.Actor;
import org.shoumi.portal.disclosures.control.DisclosureRules.DayProblem;
import org.shoumi.portal.disclosures.control.DisclosureRules.Problem;
import org.shoumi.portal.disclosures.entity.DisclosureStatus;

class DisclosureRulesTest {

    private static final Actor REQUESTER = new Actor(true, false, false, true);
    private static final Actor HEAD = new Actor(false, true, false, true);
    private static final Actor OFFICER = new Actor(false, false, true, true);
    private static final Actor OFFICER_NO_HEAD = new Actor(false, false, true, false);
    private static final Actor COLLEAGUE = new Actor(false, false, false, true);
    private static final Actor HEAD_ASKING = new Actor(true, true, false, true);
    private static final Actor OFFICER_ASKING = new Actor(true, false, true, false);

    private static Optional<Problem> check(DisclosureStatus current, DisclosureStatus step, Actor actor) {
        return DisclosureRules.check(current, step, actor);
    }

    @Test
    void theDepartmentsHeadChecksFirstAndAnOfficerOnlyWhenTheDepartmentHasNone() {
        assertEquals(Optional.empty(), check(SUBMITTED, DEPARTMENT_AGREED, HEAD));
        assertEquals(Optional.of(Problem.NOT_DEPARTMENT_REVIEWER), check(SUBMITTED, DEPARTMENT_AGREED, OFFICER),
                "the office does not jump over a department that has a head");
        assertEquals(Optional.empty(), check(SUBMITTED, DEPARTMENT_AGREED, OFFICER_NO_HEAD));
        assertEquals(Optional.of(Problem.NOT_DEPARTMENT_REVIEWER), check(SUBMITTED, DEPARTMENT_AGREED, COLLEAGUE));
        assertEquals(Optional.of(Problem.OWN_REQUEST), check(SUBMITTED, DEPARTMENT_AGREED, HEAD_ASKING),
                "a head does not check their own request");
        assertEquals(Optional.of(Problem.ALREADY_CHECKED), check(DEPARTMENT_AGREED, DEPARTMENT_AGREED, HEAD));
        assertEquals(Optional.empty(), check(SUBMITTED, REFUSED, HEAD), "the head may refuse at the first stage");
        assertEquals(Optional.of(Problem.NOT_DEPARTMENT_REVIEWER), check(SUBMITTED, REFUSED, OFFICER));
    }

    @Test
    void theSecrecyOfficeDecidesOnlyAfterTheDepartmentAgreedAndNeverOnItsOwnRequest() {
        assertEquals(Optional.of(Problem.NOT_CHECKED), check(SUBMITTED, APPROVED, OFFICER));
        for (DisclosureStatus decision : new DisclosureStatus[] {APPROVED, APPROVED_WITH_CHANGES, REFUSED}) {
            assertEquals(Optional.empty(), check(DEPARTMENT_AGREED, decision, OFFICER), decision.name());
            assertEquals(Optional.of(Problem.NOT_OFFICER), check(DEPARTMENT_AGREED, decision, HEAD), decision.name());
            assertEquals(Optional.of(Problem.OWN_REQUEST), check(DEPARTMENT_AGREED, decision, OFFICER_ASKING),
                    decision.name());
        }
        // found by an outside check: a withdrawn request read "已办结" to the head who had it open
        for (DisclosureStatus step : new DisclosureStatus[] {APPROVED, REFUSED, DEPARTMENT_AGREED, WITHDRAWN}) {
            assertEquals(Optional.of(Problem.WITHDRAWN), check(WITHDRAWN, step, step == WITHDRAWN ? REQUESTER
                    : step == DEPARTMENT_AGREED ? HEAD : OFFICER), step.name());
        }
        assertEquals(Optional.of(Problem.NOT_APPROVED), check(WITHDRAWN, PUBLISHED, REQUESTER));
        for (DisclosureStatus closed : new DisclosureStatus[] {APPROVED, APPROVED_WITH_CHANGES, REFUSED,
                PUBLISHED}) {
            assertEquals(Optional.of(Problem.CLOSED), check(closed, APPROVED, OFFICER), closed.name());
            assertEquals(Optional.of(Problem.CLOSED), check(closed, REFUSED, OFFICER), closed.name());
            assertEquals(Optional.of(Problem.CLOSED), check(closed, DEPARTMENT_AGREED, HEAD), closed.name());
            // found by an outside tester: a withdrawal after the approval read "已办结" while 登记发布 was offered
            assertEquals(Optional.of(closed == PUBLISHED ? Problem.CLOSED : Problem.ALREADY_DECIDED),
                    check(closed, WITHDRAWN, REQUESTER), closed.name());
        }
        assertEquals(Optional.of(Problem.NOT_A_STEP), check(SUBMITTED, SUBMITTED, OFFICER));
    }

    @Test
    void onlyTheRequesterWithdrawsAndPublicationFollowsApproval() {
        assertEquals(Optional.empty(), check(SUBMITTED, WITHDRAWN, REQUESTER));
        assertEquals(Optional.empty(), check(DEPARTMENT_AGREED, WITHDRAWN, REQUESTER));
        assertEquals(Optional.of(Problem.NOT_REQUESTER), check(SUBMITTED, WITHDRAWN, OFFICER));
        assertEquals(Optional.empty(), check(APPROVED, PUBLISHED, REQUESTER));
        assertEquals(Optional.empty(), check(APPROVED_WITH_CHANGES, PUBLISHED, OFFICER));
        assertEquals(Optional.of(Problem.NOT_REQUESTER), check(APPROVED, PUBLISHED, HEAD));
        assertEquals(Optional.of(Problem.NOT_APPROVED), check(REFUSED, PUBLISHED, REQUESTER));
        assertEquals(Optional.of(Problem.NOT_APPROVED), check(DEPARTMENT_AGREED, PUBLISHED, REQUESTER));
        assertEquals(Optional.of(Problem.ALREADY_PUBLISHED), check(PUBLISHED, PUBLISHED, REQUESTER));
    }

    @Test
    void whatAPageOffersFollowsTheSameRules() {
        assertTrue(DisclosureRules.mayReview(SUBMITTED, HEAD));
        assertFalse(DisclosureRules.mayReview(SUBMITTED, OFFICER));
        assertTrue(DisclosureRules.mayReview(DEPARTMENT_AGREED, OFFICER));
        assertFalse(DisclosureRules.mayReview(DEPARTMENT_AGREED, HEAD));
        assertFalse(DisclosureRules.mayReview(APPROVED, OFFICER));
    }

    @Test
    void daysComeInOrderReviewBeforePublicationAndPublicationNotBeforeApproval() {
        LocalDate today = LocalDate.of(2026, 12, 5);
        assertTrue(DisclosureRules.plannedDayAllowed(null, today));
        assertTrue(DisclosureRules.plannedDayAllowed(today, today));
        assertFalse(DisclosureRules.plannedDayAllowed(today.minusDays(1), today));
        // outside check ex-s37e 4: 9999-12-31 was taken, a year of five digits answered HTTP 500
        assertFalse(DisclosureRules.plannedDayTooFar(null, today, 365));
        assertFalse(DisclosureRules.plannedDayTooFar(today.plusDays(365), today, 365));
        assertTrue(DisclosureRules.plannedDayTooFar(today.plusDays(366), today, 365));
        assertTrue(DisclosureRules.plannedDayTooFar(LocalDate.of(9999, 12, 31), today, 365));
        assertTrue(DisclosureRules.plannedDayTooFar(LocalDate.of(10000, 1, 1), today, 365));
        assertEquals(LocalDate.of(2027, 12, 5), DisclosureRules.latestPlannedDay(today, 365));
        LocalDate approved = today.minusDays(3);
        assertEquals(Optional.empty(), DisclosureRules.publishedDay(approved, approved, today));
        assertEquals(Optional.empty(), DisclosureRules.publishedDay(today, approved, today));
        assertEquals(Optional.of(DayProblem.BEFORE_APPROVAL), DisclosureRules.publishedDay(approved.minusDays(1),
                approved, today));
        assertEquals(Optional.of(DayProblem.IN_FUTURE), DisclosureRules.publishedDay(today.plusDays(1), approved,
                today));
        assertEquals(Optional.of(DayProblem.MISSING), DisclosureRules.publishedDay(null, approved, today));
    }

    @Test
    void anIdenticalRequestIsTheSameFormSentAgainWhileTheFirstIsOpenOrRecent() {
        // an outside check sent 新闻稿A twice and the head saw "待审查的申请：2 件"
        java.time.Instant sent = java.time.Instant.parse("2026-12-06T02:00:00Z");
        assertTrue(DisclosureRules.repeats(SUBMITTED, sent, sent.plusSeconds(5)));
        assertTrue(DisclosureRules.repeats(DEPARTMENT_AGREED, sent, sent.plus(java.time.Duration.ofDays(3))),
                "still being reviewed");
        assertTrue(DisclosureRules.repeats(WITHDRAWN, sent, sent.plus(java.time.Duration.ofMinutes(9))));
        assertFalse(DisclosureRules.repeats(WITHDRAWN, sent, sent.plus(java.time.Duration.ofMinutes(11))),
                "asked again after withdrawing it");
        assertFalse(DisclosureRules.repeats(REFUSED, sent, sent.plus(java.time.Duration.ofDays(1))));
    }
}

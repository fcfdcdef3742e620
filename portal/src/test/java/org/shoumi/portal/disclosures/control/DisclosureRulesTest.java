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

    /**
     * Outside check ex-s38e 3: a head refused a request at 部门初审 with the reason "不同意公开", the option's own
     * label, and it was kept as the reason. A reason that only repeats a decision — the labels of the options and of
     * the steps, in both languages, and their close variants — gives none.
     */
    @Test
    void aReasonThatOnlyRepeatsTheDecisionIsNoReason() {
        for (java.util.Locale locale : new java.util.Locale[] {java.util.Locale.ROOT, java.util.Locale.SIMPLIFIED_CHINESE}) {
            java.util.ResourceBundle labels = java.util.ResourceBundle.getBundle("org.shoumi.portal.i18n.messages",
                    locale);
            for (String key : new String[] {"disclosures.check.refuse", "disclosures.check.agree",
                    "enum.DisclosureStatus.REFUSED", "enum.DisclosureStatus.APPROVED_WITH_CHANGES",
                    "enum.DisclosureStatus.APPROVED", "disclosures.step.REFUSED", "disclosures.step.DEPARTMENT_REFUSED",
                    "disclosures.step.APPROVED_WITH_CHANGES"}) {
                String label = labels.getString(key);
                assertFalse(DisclosureRules.givesReason(label), () -> locale + " " + key + ": " + label);
            }
        }
        for (String note : new String[] {"不同意公开", "不同意公开。", "不予公开", "不同意发布", "不予发布", "不宜公开", "暂不公开",
                "同意公开", "删改后同意", "删改后同意公开", "经研究，不同意公开", "本部门不同意公开此稿件", "不同意", "-",
                "Not to be published", "not published", "Refused.", "Do not publish"}) {
            assertFalse(DisclosureRules.givesReason(note), () -> "no reason: " + note);
        }
        for (String note : new String[] {"不同意公开：涉及未公开的科研数据", "文中有内部人员名单", "删去第三段的项目名称",
                "含涉密项目代号“长城”", "Names a classified project", "不予公开，稿件附有内部通讯录"}) {
            assertTrue(DisclosureRules.givesReason(note), () -> "a reason: " + note);
        }
    }
}

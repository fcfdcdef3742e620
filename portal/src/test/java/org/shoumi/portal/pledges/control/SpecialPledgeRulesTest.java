package org.shoumi.portal.pledges.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shoumi.content.documents.entity.PledgeKind;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.pledges.control.SpecialPledgeRules.Problem;

class SpecialPledgeRulesTest {

    /**
     * Found by tester zg (defect 2): 王建国 signed his letter as head of 科研处 and was moved back to 办公室; the letters
     * page showed 办公室 as signed. A letter counts for the department it names: the one its head was in when signing.
     */
    @Test
    void aHeadsLetterCountsOnlyForTheDepartmentItNames() {
        java.time.Instant hired = java.time.Instant.parse("2020-01-01T00:00:00Z");
        java.time.Instant toResearch = java.time.Instant.parse("2026-12-07T03:00:00Z");
        java.time.Instant signed = java.time.Instant.parse("2026-12-07T03:34:00Z");
        java.time.Instant back = java.time.Instant.parse("2026-12-07T04:00:00Z");
        List<SpecialPledgeRules.Move> moves = List.of(new SpecialPledgeRules.Move(back, "RESEARCH", "OFFICE"),
                new SpecialPledgeRules.Move(hired, null, "OFFICE"),
                new SpecialPledgeRules.Move(toResearch, "OFFICE", "RESEARCH"));
        assertEquals("RESEARCH", SpecialPledgeRules.letterDepartment(signed, moves, "OFFICE"));
        assertFalse(SpecialPledgeRules.letterForDepartment(signed, moves, "OFFICE"), "signed for 科研处");
        assertTrue(SpecialPledgeRules.letterForDepartment(signed, moves.subList(1, 3), "RESEARCH"), "still there");
        assertTrue(SpecialPledgeRules.letterForDepartment(back.plusSeconds(60), moves, "OFFICE"), "a new one");
        assertTrue(SpecialPledgeRules.letterForDepartment(signed, List.of(), "OFFICE"), "no history: where he is");
        // a change of post or class in the same department is no move
        assertTrue(SpecialPledgeRules.letterForDepartment(signed, List.of(new SpecialPledgeRules.Move(back, "OFFICE",
                "OFFICE")), "OFFICE"));
        // no change before the letter: the department the first change after it took him from
        assertEquals("OFFICE", SpecialPledgeRules.letterDepartment(signed, List.of(new SpecialPledgeRules.Move(back,
                "OFFICE", "RESEARCH")), "RESEARCH"));
    }

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    /**
     * Found by an outside check: a topic pledge stayed owed after the person left the post (离岗, 脱密期) and was signed,
     * its text saying she works in the post, minutes after her exit pledge said every carrier was returned. Leaving
     * the post ends the debt, as leaving the unit does.
     */
    @Test
    void aTopicPledgeIsOwedUntilSignedAndNotBySomeoneWhoLeftThePostOrTheUnit() {
        assertTrue(SpecialPledgeRules.owesTopic(EmployeeStatus.ACTIVE, false));
        assertTrue(SpecialPledgeRules.owesTopic(EmployeeStatus.ONBOARDING, false), "a new hire given a device");
        assertFalse(SpecialPledgeRules.owesTopic(EmployeeStatus.LEFT_POST, false), "left the post, in the 脱密期");
        assertFalse(SpecialPledgeRules.owesTopic(EmployeeStatus.ACTIVE, true), "signed");
        assertFalse(SpecialPledgeRules.owesTopic(EmployeeStatus.LEFT_UNIT, false), "left the unit");
        assertTrue(SpecialPledgeRules.outOfPost(EmployeeStatus.LEFT_POST));
        assertTrue(SpecialPledgeRules.outOfPost(EmployeeStatus.LEFT_UNIT));
        assertFalse(SpecialPledgeRules.outOfPost(EmployeeStatus.ACTIVE));
        assertFalse(SpecialPledgeRules.outOfPost(EmployeeStatus.ONBOARDING));
    }

    /**
     * Found by an outside re-check: the status changes only when HR approves the departure, so while a 离岗 was open a
     * topic pledge for a USB key was still owed, signed two seconds after the exit pledge said every carrier was
     * returned, and a new one for a laptop was issued. Leaving starts when the 离岗 or 离职 is opened: from then on a
     * topic pledge is neither owed, signed nor issued; a hand-over or a lowering that keeps the person in post is no
     * leaving (the departures feature answers {@code leaving} so).
     */
    @Test
    void aTopicPledgeIsNeitherOwedNorIssuedWhileTheDepartureOutOfThePostIsUnderWay() {
        SpecialPledgeRules.PostStanding leaving = new SpecialPledgeRules.PostStanding(EmployeeStatus.ACTIVE, true);
        assertTrue(leaving.outOfPost());
        assertFalse(SpecialPledgeRules.owesTopic(leaving, false), "the 离岗 is open: no longer owed");
        assertFalse(SpecialPledgeRules.owesTopic(new SpecialPledgeRules.PostStanding(EmployeeStatus.ONBOARDING, true),
                false), "a new hire leaving before taking up the post");
        SpecialPledgeRules.PostStanding inPost = new SpecialPledgeRules.PostStanding(EmployeeStatus.ACTIVE, false);
        assertFalse(inPost.outOfPost());
        assertTrue(SpecialPledgeRules.owesTopic(inPost, false), "in post, no departure (or a hand-over) under way");
        assertFalse(SpecialPledgeRules.owesTopic(inPost, true), "signed");
        assertFalse(SpecialPledgeRules.owesTopic(new SpecialPledgeRules.PostStanding(EmployeeStatus.LEFT_POST, false),
                false), "left the post");
        assertEquals(java.util.Optional.of(SpecialPledgeRules.NotIssuable.LEAVING_POST),
                SpecialPledgeRules.notIssuable(EmployeeStatus.ACTIVE, true, false));
        assertEquals(java.util.Optional.of(SpecialPledgeRules.NotIssuable.LEAVING_POST),
                SpecialPledgeRules.notIssuable(EmployeeStatus.ONBOARDING, true, true), "leaving comes first");
        assertEquals(java.util.Optional.of(SpecialPledgeRules.NotIssuable.LEFT_POST),
                SpecialPledgeRules.notIssuable(EmployeeStatus.LEFT_POST, true, false), "a 离职 after the 离岗");
        assertEquals(java.util.Optional.empty(), SpecialPledgeRules.notIssuable(EmployeeStatus.ACTIVE, false, false));
    }

    /**
     * Found by an outside re-check: a person put back on a secret post after a 离岗 (离岗 → 待上岗) owed again, and signed,
     * the pledges issued in the earlier spell for carriers the 离岗 checklist recorded as returned. An issue made before
     * the person's latest leaving of the post is not owed after the return; one made after it is.
     */
    @Test
    void anIssueMadeBeforeThePersonLastLeftThePostIsNotOwedAfterAReturn() {
        java.time.Instant left = java.time.Instant.parse("2026-12-07T08:00:00Z");
        java.time.Instant before = left.minusSeconds(3600);
        java.time.Instant after = left.plusSeconds(86_400);
        SpecialPledgeRules.PostStanding back = new SpecialPledgeRules.PostStanding(EmployeeStatus.ONBOARDING, false,
                left);
        assertFalse(SpecialPledgeRules.owesTopic(back, before, false), "issued in the earlier spell");
        assertTrue(SpecialPledgeRules.owesTopic(back, after, false), "issued after the return");
        assertFalse(SpecialPledgeRules.owesTopic(back, after, true), "signed");
        assertTrue(SpecialPledgeRules.endedByLeaving(before, left));
        assertFalse(SpecialPledgeRules.endedByLeaving(after, left));
        assertFalse(SpecialPledgeRules.endedByLeaving(before, null), "never left");
        SpecialPledgeRules.PostStanding never = new SpecialPledgeRules.PostStanding(EmployeeStatus.ACTIVE, false);
        assertTrue(SpecialPledgeRules.owesTopic(never, before, false), "never left the post");
        assertFalse(SpecialPledgeRules.owesTopic(new SpecialPledgeRules.PostStanding(EmployeeStatus.LEFT_POST, false,
                left), after, false), "out of the post again");
    }

    /**
     * Found by an outside re-check: "领用涉密U盘 编号A-001", "领用涉密U盘编号A-001" and "领用涉密Ｕ盘　编号Ａ－００１" were three
     * issues of one USB key, each owed. The occasion is compared as the other duplicate checks compare: half-width,
     * spaces and invisible characters left out, case ignored.
     */
    @Test
    void anOccasionRetypedWithOtherSpacesWidthOrCaseIsTheSameOccasion() {
        String typed = "领用涉密U盘 编号A-001";
        assertTrue(SpecialPledgeRules.sameOccasion(typed, "领用涉密U盘编号A-001"), "without the space");
        assertTrue(SpecialPledgeRules.sameOccasion(typed, "领用涉密Ｕ盘\u3000编号Ａ－００１"), "full-width, ideographic space");
        assertTrue(SpecialPledgeRules.sameOccasion(typed, "领用涉密u盘 编号a-001"), "another case");
        assertTrue(SpecialPledgeRules.sameOccasion(typed, " 领用涉密U盘\u00a0编号\u200bA-001\t"), "no-break, zero-width, tab");
        assertFalse(SpecialPledgeRules.sameOccasion(typed, "领用涉密U盘 编号A-002"), "another key");
        assertFalse(SpecialPledgeRules.sameOccasion(typed, "领用涉密硬盘 编号A-001"));
        assertEquals("领用涉密u盘编号a-001", SpecialPledgeRules.sameOccasion(typed));
        assertEquals("", SpecialPledgeRules.sameOccasion(null));
    }

    /**
     * Found by an outside tester: a topic pledge for a secret USB key was issued to a 离岗 person in the 脱密期 and to a
     * 待上岗 person held back for missing vetting, and its text said they work in the post.
     */
    @Test
    void aTopicPledgeIsNotIssuedToSomeoneOutOfThePostOrNotYetVetted() {
        assertEquals(java.util.Optional.of(SpecialPledgeRules.NotIssuable.LEFT_POST),
                SpecialPledgeRules.notIssuable(EmployeeStatus.LEFT_POST, false));
        assertEquals(java.util.Optional.of(SpecialPledgeRules.NotIssuable.NOT_VETTED),
                SpecialPledgeRules.notIssuable(EmployeeStatus.ONBOARDING, true));
        assertEquals(java.util.Optional.empty(), SpecialPledgeRules.notIssuable(EmployeeStatus.ONBOARDING, false),
                "a new hire whose class needs no vetting, or who passed it");
        assertEquals(java.util.Optional.empty(), SpecialPledgeRules.notIssuable(EmployeeStatus.ACTIVE, true),
                "in post: the vetting is the programme's business, not the issue's");
        assertEquals(java.util.Optional.empty(), SpecialPledgeRules.notIssuable(EmployeeStatus.ACTIVE, false));
    }

    @Test
    void aResponsibilityLetterHoldsUntilTheEndOfTheYearItWasSigned() {
        assertEquals(LocalDate.of(2026, 12, 31), SpecialPledgeRules.letterValidUntil(LocalDate.of(2026, 1, 1)));
        assertEquals(LocalDate.of(2025, 12, 31), SpecialPledgeRules.letterValidUntil(LocalDate.of(2025, 12, 31)));
    }

    @Test
    void aHeadOwesALetterEachYearAndAPlainEmployeeNone() {
        assertTrue(SpecialPledgeRules.owesLetter(true, EmployeeStatus.ACTIVE, null, 0, 1, TODAY), "never signed");
        assertTrue(SpecialPledgeRules.owesLetter(true, EmployeeStatus.ACTIVE, LocalDate.of(2025, 3, 1), 1, 1, TODAY),
                "last year's has expired");
        assertFalse(SpecialPledgeRules.owesLetter(true, EmployeeStatus.ACTIVE, LocalDate.of(2026, 1, 5), 1, 1, TODAY));
        assertFalse(SpecialPledgeRules.owesLetter(false, EmployeeStatus.ACTIVE, null, 0, 1, TODAY), "not a head");
        assertFalse(SpecialPledgeRules.owesLetter(true, EmployeeStatus.LEFT_UNIT, null, 0, 1, TODAY), "left");
        assertTrue(SpecialPledgeRules.owesLetter(true, EmployeeStatus.ACTIVE, LocalDate.of(2026, 1, 5), 1, 2, TODAY),
                "this year's on a version a material change replaced");
        assertTrue(SpecialPledgeRules.owesLetter(true, EmployeeStatus.ACTIVE, LocalDate.of(2026, 12, 31), 1, 1,
                LocalDate.of(2027, 1, 1)), "a new year begins");
    }

    @Test
    void aLiaisonOwesALetterForTheAppointmentTheyServeAndEachYear() {
        LocalDate appointed = LocalDate.of(2026, 4, 1);
        assertTrue(SpecialPledgeRules.owesLiaisonLetter(appointed, EmployeeStatus.ACTIVE, null, 0, 1, TODAY),
                "appointed, never signed");
        assertFalse(SpecialPledgeRules.owesLiaisonLetter(appointed, EmployeeStatus.ACTIVE, LocalDate.of(2026, 4, 2),
                1, 1, TODAY), "signed after the appointment this year");
        assertFalse(SpecialPledgeRules.owesLiaisonLetter(appointed, EmployeeStatus.ACTIVE, appointed, 1, 1, TODAY),
                "signed on the appointment's day");
        assertTrue(SpecialPledgeRules.owesLiaisonLetter(appointed, EmployeeStatus.ACTIVE, LocalDate.of(2026, 2, 1),
                1, 1, TODAY), "this year's letter answered an earlier appointment");
        assertTrue(SpecialPledgeRules.owesLiaisonLetter(LocalDate.of(2025, 5, 1), EmployeeStatus.ACTIVE,
                LocalDate.of(2025, 5, 2), 1, 1, TODAY), "last year's has expired");
        assertTrue(SpecialPledgeRules.owesLiaisonLetter(appointed, EmployeeStatus.ACTIVE, LocalDate.of(2026, 4, 2),
                1, 2, TODAY), "signed on a version a material change replaced");
        assertFalse(SpecialPledgeRules.owesLiaisonLetter(null, EmployeeStatus.ACTIVE, null, 0, 1, TODAY),
                "serves no appointment");
        assertFalse(SpecialPledgeRules.owesLiaisonLetter(appointed, EmployeeStatus.LEFT_POST, null, 0, 1, TODAY),
                "left the post");
        assertFalse(SpecialPledgeRules.owesLiaisonLetter(TODAY.plusDays(1), EmployeeStatus.ACTIVE, null, 0, 1, TODAY),
                "the appointment has not begun");
    }

    /**
     * Found by an outside check (ex-s37a 2): a liaison whose 离职 was open signed her letter two seconds after the exit
     * pledge, and a head whose 离岗 was open his. A head or liaison whose departure out of the post is open hands the
     * duties over: neither letter is owed, whatever was signed; a lowering that keeps them in post is no leaving.
     */
    @Test
    void aHeadOrALiaisonWhoseDepartureIsOpenOwesNoLetter() {
        SpecialPledgeRules.PostStanding leaving = new SpecialPledgeRules.PostStanding(EmployeeStatus.ACTIVE, true);
        SpecialPledgeRules.PostStanding inPost = new SpecialPledgeRules.PostStanding(EmployeeStatus.ACTIVE, false);
        assertFalse(leaving.inPost());
        assertTrue(inPost.inPost());
        assertFalse(new SpecialPledgeRules.PostStanding(EmployeeStatus.ONBOARDING, false).inPost(), "not yet in post");
        assertFalse(SpecialPledgeRules.owesLetter(true, leaving, null, 0, 1, TODAY), "never signed, leaving");
        assertFalse(SpecialPledgeRules.owesLetter(true, leaving, LocalDate.of(2026, 1, 5), 1, 2, TODAY),
                "re-opened by a material change, leaving");
        assertTrue(SpecialPledgeRules.owesLetter(true, inPost, null, 0, 1, TODAY), "in post");
        LocalDate appointed = LocalDate.of(2026, 4, 1);
        assertFalse(SpecialPledgeRules.owesLiaisonLetter(appointed, null, leaving, null, null, 0, 1, TODAY),
                "appointed, leaving");
        assertFalse(SpecialPledgeRules.owesLiaisonLetter(appointed, null, leaving, LocalDate.of(2026, 2, 1), null, 1,
                1, TODAY), "a letter of an earlier appointment, leaving");
        assertTrue(SpecialPledgeRules.owesLiaisonLetter(appointed, null, inPost, null, null, 0, 1, TODAY));
        assertFalse(SpecialPledgeRules.owesLiaisonLetter(appointed, null, new SpecialPledgeRules.PostStanding(
                EmployeeStatus.LEFT_POST, false), LocalDate.of(2026, 2, 1), null, 1, 1, TODAY), "left the post");
        assertTrue(PledgeValidity.endsWhenLeaving(org.shoumi.content.documents.entity.PledgeKind.RESPONSIBILITY));
        assertTrue(PledgeValidity.endsWhenLeaving(org.shoumi.content.documents.entity.PledgeKind.LIAISON));
    }

    @Test
    void aLiaisonLetterCountsOnlyForTheAppointmentItWasSignedUnder() {
        java.time.Instant morning = java.time.Instant.parse("2026-06-01T01:00:00Z");
        java.time.Instant afternoon = java.time.Instant.parse("2026-06-01T07:00:00Z");
        LocalDate day = LocalDate.of(2026, 6, 1);
        // signed in the morning under an appointment ended that day; appointed again in the afternoon
        assertTrue(SpecialPledgeRules.owesLiaisonLetter(day, afternoon, EmployeeStatus.ACTIVE, day, morning, 1, 1,
                day), "the morning's letter answered the appointment that ended");
        assertFalse(SpecialPledgeRules.answersAppointment(day, morning, day, afternoon));
        assertFalse(SpecialPledgeRules.owesLiaisonLetter(day, afternoon, EmployeeStatus.ACTIVE, day,
                afternoon.plusSeconds(60), 1, 1, day), "signed after the new appointment was recorded");
        assertTrue(SpecialPledgeRules.answersAppointment(day, afternoon, day, afternoon), "at the very time");
        // an appointment recorded later for an earlier first day: a letter signed after the record counts
        assertFalse(SpecialPledgeRules.owesLiaisonLetter(day.minusDays(10), morning, EmployeeStatus.ACTIVE, day,
                afternoon, 1, 1, day));
        assertTrue(SpecialPledgeRules.owesLiaisonLetter(day, afternoon, EmployeeStatus.ACTIVE, day.minusDays(1),
                afternoon.minusSeconds(86_400), 1, 1, day), "signed the day before the appointment began");
    }

    @Test
    void onlyAMaterialVersionAfterTheSignatureReopensSigning() {
        // requiredVersion is the newest material version in force (DocumentTimeline.requiredVersion)
        assertTrue(SpecialPledgeRules.reopened(1, 2), "signed v1, v2 changed the substance");
        assertFalse(SpecialPledgeRules.reopened(2, 2), "signed the material version itself");
        assertFalse(SpecialPledgeRules.reopened(2, 1), "v3 only fixed wording: the required version stays at 1");
        assertFalse(SpecialPledgeRules.reopened(1, 0), "no material version in force");
    }

    @Test
    void anIssueNeedsATopicAndAShortOccasionAndNoPastDueDay() {
        assertEquals(List.of(), SpecialPledgeRules.check("x", "领取移动存储介质 编号 U-2026-031", TODAY, "SM001", TODAY));
        assertEquals(List.of(), SpecialPledgeRules.check("x", "涉密会议", null, null, TODAY));
        assertEquals(List.of(Problem.NO_TOPIC, Problem.OCCASION_MISSING),
                SpecialPledgeRules.check(null, "  ", null, null, TODAY));
        assertEquals(List.of(Problem.OCCASION_TOO_LONG), SpecialPledgeRules.check("x", "会".repeat(201), null, null, TODAY));
        assertEquals(List.of(), SpecialPledgeRules.check("x", "会".repeat(200), null, null, TODAY));
        assertEquals(List.of(Problem.DUE_IN_PAST), SpecialPledgeRules.check("x", "会议", TODAY.minusDays(1), null, TODAY));
        // outside check ex-s37e 4: 9999-12-31 was taken (never overdue), a year of five digits answered HTTP 500
        assertEquals(List.of(Problem.DUE_TOO_FAR), SpecialPledgeRules.check("x", "会议", LocalDate.of(9999, 12, 31), null,
                TODAY));
        assertEquals(List.of(Problem.DUE_TOO_FAR), SpecialPledgeRules.check("x", "会议", TODAY.plusDays(31), null, TODAY,
                30));
        assertEquals(List.of(), SpecialPledgeRules.check("x", "会议", TODAY.plusDays(SpecialPledgeRules.DUE_MAX_DAYS),
                null, TODAY));
        assertEquals(List.of(Problem.STAFF_LIST_TOO_LONG),
                SpecialPledgeRules.check("x", "会议", null, "1".repeat(SpecialPledgeRules.MAX_STAFF_LIST + 1), TODAY));
    }

    @Test
    void staffNumbersAreSplitOnAnySeparatorInOrderWithoutRepeats() {
        assertEquals(List.of("SM001", "SM002", "SM003", "SM004"),
                SpecialPledgeRules.staffNumbers(" SM001, SM002\nSM003、SM001；SM004 "));
        assertEquals(List.of("SM002"), SpecialPledgeRules.staffNumbers("SM002 SM002 sm002"),
                "one number once whatever its case");
        assertEquals(List.of(), SpecialPledgeRules.staffNumbers("  \n "));
        assertEquals(List.of(), SpecialPledgeRules.staffNumbers(null));
    }

    @Test
    void fullWidthStaffNumbersAreReadAsHalfWidth() {
        // an outside check was told "花名册中没有：ＳＭ００５" although every other form reads it as SM005
        assertEquals(List.of("SM005", "SM002"), SpecialPledgeRules.staffNumbers("ＳＭ００５\u3000SM002，ｓｍ００２"));
    }

    @Test
    void theSamePeopleInAnyOrderAreOneList() {
        // issued to SM004 SM003 SM002, then again to SM002 SM003 SM004: both were issued
        assertTrue(SpecialPledgeRules.samePeople(List.of("SM004", "SM003", "SM002"), List.of("SM002", "SM003", "SM004")));
        assertFalse(SpecialPledgeRules.samePeople(List.of("SM004", "SM003"), List.of("SM002", "SM003", "SM004")));
    }

    @Test
    void aTopicPledgePrintsItsOccasionSoTheHashBindsIt() {
        DateTimeFormatter dates = DateTimeFormatter.ofPattern("yyyy-MM-dd");
        PledgeText.Facts facts = new PledgeText.Facts("梁雨", "SM021", "科研部", "工作人员", "一般", "示范单位", TODAY, TODAY,
                null);
        String template = "事项：{{topic}}；事由：{{occasion}}；{{name}}";
        PledgeText.Filled a = PledgeText.fill(template, facts, dates, null,
                new PledgeText.Topic("移动存储介质", "领取 U-2026-031"));
        PledgeText.Filled b = PledgeText.fill(template, facts, dates, null,
                new PledgeText.Topic("移动存储介质", "领取 U-2026-032"));
        assertTrue(a.text().contains("领取 U\\-2026\\-031"), a.text());
        assertNotEquals(a.sha256(), b.sha256(), "another occasion, another text");
        assertEquals("事项：；事由：；梁雨", PledgeText.fill(template, facts, dates).text(), "empty in other pledges");
    }

    @Test
    void theNewKindsHaveTheirPeriods() {
        LocalDate[] topic = PledgeText.period(PledgeKind.TOPIC, TODAY, TODAY.minusYears(3), null, 0);
        assertEquals(TODAY, topic[0]);
        assertNull(topic[1]);
        LocalDate[] letter = PledgeText.period(PledgeKind.RESPONSIBILITY, TODAY, TODAY.minusYears(3), null, 0);
        assertEquals(TODAY, letter[0]);
        assertEquals(LocalDate.of(2026, 12, 31), letter[1]);
        assertEquals(List.of(letter[0], letter[1]),
                List.of(PledgeText.period(PledgeKind.LIAISON, TODAY, TODAY.minusYears(3), null, 0)),
                "a liaison's letter runs as a head's does");
    }

    /** Outside checks: one topic pledge owed twice. Typed people who owe it are refused, a department's left out. */
    @Test
    void whoStillOwesTheSameTopicPledgeIsRefusedByNameOrLeftOutOfADepartment() {
        SpecialPledgeRules.Reissue r = SpecialPledgeRules.reissue(List.of("SM001", "SM002"),
                List.of("SM003", "SM004", "SM005"), java.util.Set.of("SM002", "SM004", "SM009"));
        assertEquals(List.of("SM002"), r.refused());
        assertEquals(List.of("SM004"), r.leftOut());
        SpecialPledgeRules.Reissue none = SpecialPledgeRules.reissue(List.of("SM001"), List.of("SM003"),
                java.util.Set.of());
        assertEquals(List.of(), none.refused());
        assertEquals(List.of(), none.leftOut());
    }

    /**
     * Outside check ex-s38e 4: 财务处's head signed his 部门保密工作责任书, signed it again after a material change of its
     * template, and the year report counted 2 letters for the department (3 for the unit) while the letters page
     * lists one. The year counts one letter per signer, capacity and department named: the newest.
     */
    @Test
    void aLetterSignedAgainAfterAMaterialChangeIsStillTheDepartmentsOneLetter() {
        java.time.Instant first = java.time.Instant.parse("2026-12-08T01:00:00Z");
        java.time.Instant again = java.time.Instant.parse("2026-12-08T02:00:00Z");
        List<SpecialPledgeRules.SignedLetter> signed = List.of(
                new SpecialPledgeRules.SignedLetter(10, 2, PledgeKind.RESPONSIBILITY, "FINANCE", first),
                new SpecialPledgeRules.SignedLetter(11, 1, PledgeKind.RESPONSIBILITY, "OFFICE", first),
                new SpecialPledgeRules.SignedLetter(12, 2, PledgeKind.RESPONSIBILITY, "FINANCE", again),
                // the liaison's letter signed twice too: one
                new SpecialPledgeRules.SignedLetter(13, 3, PledgeKind.LIAISON, "FINANCE", first),
                new SpecialPledgeRules.SignedLetter(14, 3, PledgeKind.LIAISON, "FINANCE", again));
        List<SpecialPledgeRules.SignedLetter> counted = SpecialPledgeRules.lettersInForce(signed);
        assertEquals(java.util.Set.of(11L, 12L, 14L), counted.stream().map(SpecialPledgeRules.SignedLetter::id)
                .collect(java.util.stream.Collectors.toSet()), "the newest of each");
        assertEquals(3, counted.size());
        // a head who moved and signed for the new department has a letter for each; another head has his own
        assertEquals(3, SpecialPledgeRules.lettersInForce(List.of(
                new SpecialPledgeRules.SignedLetter(20, 2, PledgeKind.RESPONSIBILITY, "FINANCE", first),
                new SpecialPledgeRules.SignedLetter(21, 2, PledgeKind.RESPONSIBILITY, "OFFICE", again),
                new SpecialPledgeRules.SignedLetter(22, 5, PledgeKind.RESPONSIBILITY, "OFFICE", again))).size());
        // the same head as a liaison of his department: two capacities, two letters
        assertEquals(2, SpecialPledgeRules.lettersInForce(List.of(
                new SpecialPledgeRules.SignedLetter(30, 2, PledgeKind.RESPONSIBILITY, "FINANCE", first),
                new SpecialPledgeRules.SignedLetter(31, 2, PledgeKind.LIAISON, "FINANCE", again))).size());
    }
}

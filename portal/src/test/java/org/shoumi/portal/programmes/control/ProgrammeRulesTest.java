package org.shoumi.portal.programmes.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shoumi.content.documents.entity.PledgeKind;
import org.shoumi.portal.employees.entity.SecrecyClass;
import org.shoumi.portal.programmes.control.ProgrammeRules.Evidence;
import org.shoumi.portal.programmes.control.ProgrammeRules.Missing;
import org.shoumi.portal.programmes.control.ProgrammeRules.Step;
import org.shoumi.portal.programmes.control.ProgrammeRules.StepKind;
import org.shoumi.portal.programmes.entity.ProgrammeKind;

class ProgrammeRulesTest {

    private static final ProgrammeRules.Quizzes QUIZZES = new ProgrammeRules.Quizzes("ONB", "ANNUAL");

    @Test
    void aMaterialChangeOfTheInPostOrAgreementTemplateReopensThePledgeStepAndNoOther() {
        assertTrue(ProgrammeRules.superseded(PledgeKind.IN_POST, 1, 2), "signed on version 1, version 2 material");
        assertFalse(ProgrammeRules.superseded(PledgeKind.IN_POST, 2, 2), "signed the version in force");
        assertFalse(ProgrammeRules.superseded(PledgeKind.IN_POST, 3, 2), "a wording fix after the material one");
        assertFalse(ProgrammeRules.superseded(PledgeKind.IN_POST, 1, 0), "no material version in force");
        assertTrue(ProgrammeRules.superseded(PledgeKind.AGREEMENT, 1, 2));
        assertFalse(ProgrammeRules.superseded(PledgeKind.ONBOARDING, 1, 2), "onboarding follows its programme");
        assertFalse(ProgrammeRules.superseded(PledgeKind.EXIT, 1, 2), "so does the exit pledge");
    }

    @Test
    void aSecretRelatedHireIsOnboardedAndNobodyElse() {
        assertEquals(Optional.of(ProgrammeKind.ONBOARDING), ProgrammeRules.onHire(SecrecyClass.CORE));
        assertEquals(Optional.of(ProgrammeKind.ONBOARDING), ProgrammeRules.onHire(SecrecyClass.IMPORTANT));
        assertEquals(Optional.of(ProgrammeKind.ONBOARDING), ProgrammeRules.onHire(SecrecyClass.GENERAL));
        assertEquals(Optional.empty(), ProgrammeRules.onHire(SecrecyClass.NONE));
    }

    @Test
    void movingIntoASecretRelatedClassOnboardsMovingPostsTransfers() {
        assertEquals(Optional.of(ProgrammeKind.ONBOARDING),
                ProgrammeRules.onChange("CLERK", SecrecyClass.NONE, "CLERK", SecrecyClass.GENERAL));
        assertEquals(Optional.of(ProgrammeKind.TRANSFER),
                ProgrammeRules.onChange("STAFF", SecrecyClass.GENERAL, "ARCHIVIST", SecrecyClass.GENERAL));
        assertEquals(Optional.empty(),
                ProgrammeRules.onChange("STAFF", SecrecyClass.GENERAL, "STAFF", SecrecyClass.CORE),
                "a change of class in the same post asks for nothing new");
        assertEquals(Optional.empty(),
                ProgrammeRules.onChange("STAFF", SecrecyClass.CORE, "CLERK", SecrecyClass.NONE),
                "leaving the secret-related classes is a departure, not a programme");
    }

    @Test
    void eachProgrammeHasItsSteps() {
        assertEquals(List.of(new Step(StepKind.READ, null), new Step(StepKind.QUIZ, "ONB"),
                new Step(StepKind.PLEDGE, "ONBOARDING")), ProgrammeRules.steps(ProgrammeKind.ONBOARDING, QUIZZES));
        assertEquals(List.of(new Step(StepKind.READ, null), new Step(StepKind.QUIZ, "ANNUAL"),
                new Step(StepKind.PLEDGE, "IN_POST")), ProgrammeRules.steps(ProgrammeKind.IN_POST, QUIZZES));
        assertEquals(List.of(new Step(StepKind.READ, null), new Step(StepKind.PLEDGE, "ONBOARDING")),
                ProgrammeRules.steps(ProgrammeKind.TRANSFER, QUIZZES));
        assertEquals(List.of(new Step(StepKind.PLEDGE, "EXIT")), ProgrammeRules.steps(ProgrammeKind.EXIT, QUIZZES));
        for (ProgrammeKind kind : ProgrammeKind.values()) {
            Step pledge = ProgrammeRules.steps(kind, QUIZZES).stream().filter(s -> s.kind() == StepKind.PLEDGE)
                    .findFirst().orElseThrow();
            assertEquals(ProgrammeRules.pledgeOf(kind), PledgeKind.valueOf(pledge.target()));
        }
    }

    /**
     * Found by an outside check: after onboarding (pledge signed at 16:58) the officer started the year's plan
     * (16:59); the home page said the yearly pledge held until 31 December and the plan item still asked for an
     * in-post pledge. A plan item's in-post pledge is done by that year's in-post or onboarding pledge; a transfer's
     * or an exit's only by its own kind signed after it was given (a campaign launched by hand: see below).
     */
    @Test
    void aPlanItemsInPostPledgeIsDoneByThatYearsInPostOrOnboardingPledge() {
        assertEquals(java.util.Set.of(PledgeKind.IN_POST, PledgeKind.ONBOARDING),
                ProgrammeRules.signedInPlanYear(PledgeKind.IN_POST, 2026));
        assertEquals(java.util.Set.of(), ProgrammeRules.signedInPlanYear(PledgeKind.IN_POST, null),
                "a programme no campaign gave has no pledge year");
        assertEquals(java.util.Set.of(), ProgrammeRules.signedInPlanYear(PledgeKind.AGREEMENT, 2026),
                "a plan item's 保密协议 is its own pledge");
        assertEquals(java.util.Set.of(), ProgrammeRules.signedInPlanYear(PledgeKind.ONBOARDING, 2026),
                "a transfer's pledge counts only when signed after the transfer");
        assertEquals(java.util.Set.of(), ProgrammeRules.signedInPlanYear(PledgeKind.EXIT, 2026));
    }

    /**
     * Found by an outside check: SM002 signed the in-post pledge in 2026, then a campaign launched by hand asked
     * for it again from its first day while the sign page said 无需再签: the step could never be done. A campaign
     * launched by hand counts the pledge of the year it opens in, a plan item that of its plan year.
     */
    @Test
    void aCampaignLaunchedByHandCountsThePledgeOfTheYearItOpensIn() {
        java.time.LocalDate opens = java.time.LocalDate.of(2026, 12, 8);
        assertEquals(2026, ProgrammeRules.pledgeYear(true, null, opens));
        assertEquals(2027, ProgrammeRules.pledgeYear(true, null, java.time.LocalDate.of(2027, 1, 2)));
        assertEquals(2026, ProgrammeRules.pledgeYear(true, 2026, opens), "a plan item: its plan year");
        assertEquals(null, ProgrammeRules.pledgeYear(false, null, opens), "a programme no campaign gave");
        assertEquals(java.util.Set.of(PledgeKind.IN_POST, PledgeKind.ONBOARDING),
                ProgrammeRules.signedInPlanYear(PledgeKind.IN_POST, ProgrammeRules.pledgeYear(true, null, opens)));
    }

    @Test
    void aProgrammeIsCompleteOnlyWhenEveryStepHasItsEvidence() {
        List<Step> onboarding = ProgrammeRules.steps(ProgrammeKind.ONBOARDING, QUIZZES);
        assertFalse(ProgrammeRules.complete(onboarding, new Evidence(1, true, true)), "one reading owed");
        assertFalse(ProgrammeRules.complete(onboarding, new Evidence(0, false, true)), "quiz not passed");
        assertFalse(ProgrammeRules.complete(onboarding, new Evidence(0, true, false)), "pledge not signed");
        assertTrue(ProgrammeRules.complete(onboarding, new Evidence(0, true, true)));
        assertTrue(ProgrammeRules.complete(ProgrammeRules.steps(ProgrammeKind.EXIT, QUIZZES),
                new Evidence(3, false, true)), "the exit programme asks only for the pledge");
    }

    /**
     * Found by an outside check: next year's plan item read "2027-01-01 起开始，此前完成的不计入 学习保密制度和岗位职责（已完成）"
     * in December: nothing was owed to read today. Before the item opens no step is done; from its first day as
     * before.
     */
    @Test
    void noStepOfAnItemIsDoneBeforeItOpens() {
        LocalDate opens = LocalDate.of(2027, 1, 1);
        Evidence all = new Evidence(0, true, true);
        for (Step step : ProgrammeRules.steps(ProgrammeKind.IN_POST, QUIZZES)) {
            assertFalse(ProgrammeRules.done(step, all, opens, LocalDate.of(2026, 12, 6)), step.toString());
            assertFalse(ProgrammeRules.done(step, all, opens, LocalDate.of(2026, 12, 31)), step.toString());
            assertTrue(ProgrammeRules.done(step, all, opens, opens), step.toString());
            assertTrue(ProgrammeRules.done(step, all, opens, LocalDate.of(2027, 3, 1)), step.toString());
        }
        Step read = ProgrammeRules.steps(ProgrammeKind.IN_POST, QUIZZES).get(0);
        assertEquals(StepKind.READ, read.kind());
        assertFalse(ProgrammeRules.done(read, new Evidence(2, true, true), opens, opens), "readings still owed");
    }

    @Test
    void onboardingIsTakenInOrderReadingThenExamThenPledge() {
        Step exam = new Step(StepKind.QUIZ, "ONB");
        Step pledge = new Step(StepKind.PLEDGE, "ONBOARDING");
        Step reading = new Step(StepKind.READ, null);
        ProgrammeKind onboarding = ProgrammeKind.ONBOARDING;

        assertEquals(List.of(new Missing(StepKind.READ, null, 11)),
                ProgrammeRules.missingBefore(onboarding, QUIZZES, exam, new Evidence(11, false, false)),
                "the exam waits for every document owed, and says how many");
        assertEquals(List.of(), ProgrammeRules.missingBefore(onboarding, QUIZZES, exam, new Evidence(0, false, false)));
        assertEquals(List.of(new Missing(StepKind.READ, null, 3), new Missing(StepKind.QUIZ, "ONB", 0)),
                ProgrammeRules.missingBefore(onboarding, QUIZZES, pledge, new Evidence(3, false, false)),
                "the pledge waits for the reading and the exam, in that order");
        assertEquals(List.of(new Missing(StepKind.QUIZ, "ONB", 0)),
                ProgrammeRules.missingBefore(onboarding, QUIZZES, pledge, new Evidence(0, false, false)));
        assertEquals(List.of(new Missing(StepKind.READ, null, 1)),
                ProgrammeRules.missingBefore(onboarding, QUIZZES, pledge, new Evidence(1, true, false)),
                "a document published after the exam is read before signing");
        assertEquals(List.of(), ProgrammeRules.missingBefore(onboarding, QUIZZES, pledge, new Evidence(0, true, false)));
        assertEquals(List.of(), ProgrammeRules.missingBefore(onboarding, QUIZZES, reading, new Evidence(5, false, false)),
                "reading comes first");
    }

    /**
     * Found by an outside check: the in-post pledge says 本人已参加本年度在岗保密教育培训, yet it could be signed with 13
     * documents owed and the exam not passed. It waits for the programme's reading and exam; the exam does not wait.
     */
    @Test
    void theInPostPledgeWaitsForTheProgrammesReadingAndExam() {
        Step pledge = new Step(StepKind.PLEDGE, "IN_POST");
        assertEquals(List.of(new Missing(StepKind.READ, null, 13), new Missing(StepKind.QUIZ, "ANNUAL", 0)),
                ProgrammeRules.missingBefore(ProgrammeKind.IN_POST, QUIZZES, pledge, new Evidence(13, false, false)));
        assertEquals(List.of(new Missing(StepKind.QUIZ, "ANNUAL", 0)),
                ProgrammeRules.missingBefore(ProgrammeKind.IN_POST, QUIZZES, pledge, new Evidence(0, false, false)));
        assertEquals(List.of(), ProgrammeRules.missingBefore(ProgrammeKind.IN_POST, QUIZZES, pledge,
                new Evidence(0, true, false)), "training done: the pledge may be signed");
        assertEquals(List.of(), ProgrammeRules.missingBefore(ProgrammeKind.IN_POST, QUIZZES,
                new Step(StepKind.QUIZ, "ANNUAL"), new Evidence(13, false, false)), "the exam does not wait");
        assertEquals(List.of(new Missing(StepKind.READ, null, 2)), ProgrammeRules.missingBefore(ProgrammeKind.IN_POST,
                new ProgrammeRules.Quizzes("ONB", null), pledge, new Evidence(2, false, false)),
                "an item without an exam: the reading only");
        org.shoumi.content.documents.entity.PledgeKind agreement =
                org.shoumi.content.documents.entity.PledgeKind.AGREEMENT;
        assertEquals(List.of(), ProgrammeRules.missingBefore(ProgrammeKind.IN_POST,
                new ProgrammeRules.Quizzes("ONB", "ANNUAL", agreement), new Step(StepKind.PLEDGE, agreement.name()),
                new Evidence(13, false, false)), "a confidentiality agreement states no training");
    }

    /**
     * Found by an outside check: the transfer's pledge says 本人已接受上岗前保密教育培训，了解所在岗位的保密职责, yet it could be
     * signed before the new post's duties were opened. It waits for the transfer's reading, as onboarding's does.
     */
    @Test
    void theTransfersPledgeWaitsForItsReading() {
        Step pledge = new Step(StepKind.PLEDGE, "ONBOARDING");
        assertTrue(ProgrammeRules.heldBack(ProgrammeKind.TRANSFER, pledge));
        assertEquals(List.of(new Missing(StepKind.READ, null, 13)),
                ProgrammeRules.missingBefore(ProgrammeKind.TRANSFER, QUIZZES, pledge, new Evidence(13, false, false)));
        assertEquals(List.of(), ProgrammeRules.missingBefore(ProgrammeKind.TRANSFER, QUIZZES, pledge,
                new Evidence(0, false, false)), "read: the pledge may be signed");
        assertFalse(ProgrammeRules.ordered(ProgrammeKind.TRANSFER), "its reading waits for nothing");
    }

    @Test
    void otherQuizzesAndOtherProgrammesAreNotHeldBack() {
        Evidence nothingDone = new Evidence(12, false, false);
        assertEquals(List.of(), ProgrammeRules.missingBefore(ProgrammeKind.ONBOARDING, QUIZZES,
                new Step(StepKind.QUIZ, "PRACTICE"), nothingDone), "a practice quiz is not a step of onboarding");
        assertEquals(List.of(), ProgrammeRules.missingBefore(ProgrammeKind.ONBOARDING, QUIZZES,
                new Step(StepKind.PLEDGE, "IN_POST"), nothingDone));
        assertEquals(List.of(), ProgrammeRules.missingBefore(ProgrammeKind.IN_POST, QUIZZES,
                new Step(StepKind.QUIZ, "ANNUAL"), nothingDone), "the annual exam is not held back");
        assertEquals(List.of(), ProgrammeRules.missingBefore(ProgrammeKind.EXIT, QUIZZES,
                new Step(StepKind.PLEDGE, "EXIT"), nothingDone), "nor the exit pledge");
        assertEquals(List.of(), ProgrammeRules.missingBefore(ProgrammeKind.TRANSFER, QUIZZES,
                new Step(StepKind.PLEDGE, "IN_POST"), nothingDone), "a transfer asks for no in-post pledge");
        for (ProgrammeKind kind : ProgrammeKind.values()) {
            assertEquals(kind == ProgrammeKind.ONBOARDING, ProgrammeRules.ordered(kind), kind.name());
        }
    }

    /**
     * Found by an outside check: a second change of post while the transfer was open kept it, and the pledge signed
     * for the post left completed it. A transfer counts from the latest change of post; other programmes from when
     * they were given.
     */
    @Test
    void aTransferCountsFromTheLatestChangeOfPost() {
        java.time.Instant given = java.time.Instant.parse("2026-12-07T08:00:00Z");
        java.time.Instant movedAgain = java.time.Instant.parse("2026-12-07T09:00:00Z");
        assertEquals(movedAgain, ProgrammeRules.countsFrom(ProgrammeKind.TRANSFER, given, movedAgain),
                "moved again while open: only what is done since counts");
        assertEquals(given, ProgrammeRules.countsFrom(ProgrammeKind.TRANSFER, given, given.minusSeconds(1)),
                "the change that gave it, recorded a moment before");
        assertEquals(given, ProgrammeRules.countsFrom(ProgrammeKind.TRANSFER, given, null), "no change on record");
        for (ProgrammeKind other : List.of(ProgrammeKind.ONBOARDING, ProgrammeKind.IN_POST, ProgrammeKind.EXIT)) {
            assertEquals(given, ProgrammeRules.countsFrom(other, given, movedAgain), other.name());
        }
    }

    @Test
    void dueDatesAndOverdue() {
        LocalDate start = LocalDate.of(2026, 11, 30);
        assertEquals(LocalDate.of(2026, 12, 30), ProgrammeRules.due(start, 30));
        assertThrows(IllegalArgumentException.class, () -> ProgrammeRules.due(start, 0));
        LocalDate due = LocalDate.of(2026, 12, 30);
        assertFalse(ProgrammeRules.overdue(due, due, false), "the due day itself is still in time");
        assertTrue(ProgrammeRules.overdue(due, due.plusDays(1), false));
        assertFalse(ProgrammeRules.overdue(due, due.plusDays(1), true), "a complete programme is never overdue");
    }

    /** Found by an outside check: a hire on 2027-06-01 recorded on 2026-12-06 had 上岗前教育 due 2027-01-05. */
    @Test
    void aProgrammeOfAHireStillToStartIsDueCountedFromTheHireDay() {
        LocalDate today = LocalDate.of(2026, 12, 6);
        assertEquals(LocalDate.of(2027, 7, 1), ProgrammeRules.due(today, LocalDate.of(2027, 6, 1), 30));
        assertEquals(LocalDate.of(2027, 1, 5), ProgrammeRules.due(today, LocalDate.of(2026, 3, 1), 30),
                "hired earlier: from today");
        assertEquals(LocalDate.of(2027, 1, 5), ProgrammeRules.due(today, today, 30));
    }

    /**
     * Found by an outside re-check (ex-s37i 2): once a 离岗 or 离职 is open the in-post pledge is refused, yet the in-post
     * programme kept asking for it, was chased, counted undone and would turn overdue. For a leaver that step is not
     * required: the programme is complete on its reading and exam. Any other pledge step, and anyone not leaving,
     * still needs the signature.
     */
    @Test
    void theInPostPledgeStepIsNotRequiredOfALeaver() {
        ProgrammeRules.Quizzes quizzes = new ProgrammeRules.Quizzes("ONBOARDING", "ANNUAL-2026");
        List<Step> inPost = ProgrammeRules.steps(ProgrammeKind.IN_POST, quizzes);
        Step pledge = new Step(StepKind.PLEDGE, PledgeKind.IN_POST.name());
        assertTrue(ProgrammeRules.notRequiredWhenLeaving(ProgrammeKind.IN_POST, pledge));
        assertFalse(ProgrammeRules.notRequiredWhenLeaving(ProgrammeKind.IN_POST, inPost.get(0)), "the reading");
        assertFalse(ProgrammeRules.notRequiredWhenLeaving(ProgrammeKind.IN_POST, inPost.get(1)), "the exam");
        assertFalse(ProgrammeRules.notRequiredWhenLeaving(ProgrammeKind.EXIT,
                new Step(StepKind.PLEDGE, PledgeKind.EXIT.name())), "the exit pledge is the leaver's");
        assertFalse(ProgrammeRules.notRequiredWhenLeaving(ProgrammeKind.TRANSFER,
                new Step(StepKind.PLEDGE, PledgeKind.ONBOARDING.name())));
        assertFalse(ProgrammeRules.notRequiredWhenLeaving(ProgrammeKind.IN_POST,
                new Step(StepKind.PLEDGE, PledgeKind.AGREEMENT.name())), "another pledge a campaign asks for");

        LocalDate today = LocalDate.of(2026, 12, 7);
        LocalDate opened = LocalDate.of(2026, 12, 1);
        Evidence readAndPassed = new Evidence(0, true, false);
        assertTrue(ProgrammeRules.done(ProgrammeKind.IN_POST, pledge, readAndPassed, opened, today, true));
        assertFalse(ProgrammeRules.done(ProgrammeKind.IN_POST, pledge, readAndPassed, opened, today, false),
                "not leaving (or a lowering in post): the signature is owed");
        assertFalse(ProgrammeRules.done(ProgrammeKind.IN_POST, inPost.get(1), new Evidence(0, false, false), opened,
                today, true), "the exam is still owed by a leaver");
        assertTrue(inPost.stream().allMatch(st -> ProgrammeRules.done(ProgrammeKind.IN_POST, st, readAndPassed,
                opened, today, true)), "complete on its reading and exam");
    }
}

package org.shoumi.quizzes.attempts.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.shoumi.quizzes.attempts.control.Scoring;
import org.shoumi.quizzes.bank.entity.BankFixtures;
import org.shoumi.quizzes.bank.entity.Question;
import org.shoumi.quizzes.bank.entity.QuestionKey;

class AttemptTest {

    static final Instant START = Instant.parse("2025-03-01T01:00:00Z");
    static final Instant DEADLINE = START.plus(Duration.ofMinutes(20));

    final Question single = BankFixtures.single("s");
    final Question judge = BankFixtures.judge("j");
    final Map<QuestionKey, Question> bank = Map.of(single.key(), single, judge.key(), judge);
    final AtomicInteger gradings = new AtomicInteger();
    final AttemptGrader grader = (q, r) -> {
        gradings.incrementAndGet();
        return Scoring.standard().grade(q, r, bank::get);
    };

    Attempt start(Duration grace) {
        return Attempt.start("a1", "emp-7", "annual-2025", List.of(
                new DrawnQuestion(single.key(), single.type(), List.of("D", "C", "B", "A")),
                new DrawnQuestion(judge.key(), judge.type(), List.of())), START, DEADLINE, grace);
    }

    @Test
    void savesAndReplacesAnswersWhileInProgress() {
        Attempt a = start(Duration.ZERO);
        a.saveAnswer(single.key(), Response.Choice.of("A"), START.plusSeconds(10));
        a.saveAnswer(single.key(), Response.Choice.of("C"), START.plusSeconds(20));
        a.saveAnswer(judge.key(), new Response.Judge(true), START.plusSeconds(30));
        a.clearAnswer(judge.key(), START.plusSeconds(40));
        assertEquals(Map.of(single.key(), Response.Choice.of("C")), a.responses());
        assertEquals(AttemptStatus.IN_PROGRESS, a.status());
    }

    @Test
    void submitScoresOnceAndIsIdempotent() {
        Attempt a = start(Duration.ZERO);
        a.saveAnswer(single.key(), Response.Choice.of("C"), START.plusSeconds(10));
        AttemptResult first = a.submit(START.plusSeconds(60), grader);
        AttemptResult second = a.submit(START.plusSeconds(61), grader);
        assertSame(first, second);
        assertEquals(1, gradings.get());
        assertEquals(AttemptStatus.SUBMITTED, a.status());
        assertEquals(START.plusSeconds(60), a.finishedAt().orElseThrow());
        assertEquals(Fraction.ONE, first.earned());
        assertEquals(new BigDecimal("50.00"), first.percent());
    }

    @Test
    void answersAfterSubmitAreRefused() {
        Attempt a = start(Duration.ZERO);
        a.submit(START.plusSeconds(60), grader);
        var e = assertThrows(AnswerRefusedException.class,
                () -> a.saveAnswer(single.key(), Response.Choice.of("C"), START.plusSeconds(70)));
        assertEquals(AnswerRefusedException.Reason.NOT_IN_PROGRESS, e.reason());
    }

    @Test
    void answersAfterTheDeadlineAreRefusedButAtTheDeadlineAccepted() {
        Attempt a = start(Duration.ZERO);
        a.saveAnswer(judge.key(), new Response.Judge(false), DEADLINE);
        var e = assertThrows(AnswerRefusedException.class,
                () -> a.saveAnswer(single.key(), Response.Choice.of("C"), DEADLINE.plusMillis(1)));
        assertEquals(AnswerRefusedException.Reason.DEADLINE_PASSED, e.reason());
        assertEquals(1, a.responses().size());
    }

    @Test
    void graceAcceptsLateNetworkArrivals() {
        Attempt a = start(Duration.ofSeconds(3));
        a.saveAnswer(single.key(), Response.Choice.of("C"), DEADLINE.plusSeconds(3));
        assertThrows(AnswerRefusedException.class,
                () -> a.saveAnswer(judge.key(), new Response.Judge(false), DEADLINE.plusSeconds(4)));
        a.submit(DEADLINE.plusSeconds(2), grader);
        assertEquals(AttemptStatus.SUBMITTED, a.status(), "submitted within the grace period");
    }

    @Test
    void expiresWithTheSavedAnswers() {
        Attempt a = start(Duration.ZERO);
        a.saveAnswer(single.key(), Response.Choice.of("C"), START.plusSeconds(10));
        assertTrue(a.expireIfDue(DEADLINE, grader).isEmpty(), "not yet due at the deadline itself");
        AttemptResult r = a.expireIfDue(DEADLINE.plusSeconds(1), grader).orElseThrow();
        assertEquals(AttemptStatus.EXPIRED, a.status());
        assertEquals(DEADLINE, a.finishedAt().orElseThrow());
        assertEquals(Fraction.ONE, r.earned());
        assertEquals(Outcome.UNANSWERED, r.question(judge.key()).orElseThrow().outcome());
        assertSame(r, a.submit(DEADLINE.plusSeconds(5), grader), "submit after expiry returns the expiry result");
        assertTrue(a.expireIfDue(DEADLINE.plusSeconds(9), grader).isEmpty());
        assertEquals(1, gradings.get());
    }

    @Test
    void lateSubmitExpiresInstead() {
        Attempt a = start(Duration.ZERO);
        a.submit(DEADLINE.plusSeconds(30), grader);
        assertEquals(AttemptStatus.EXPIRED, a.status());
        assertEquals(DEADLINE, a.finishedAt().orElseThrow());
    }

    @Test
    void refusesResponsesThatDoNotFit() {
        Attempt a = start(Duration.ZERO);
        assertEquals(AnswerRefusedException.Reason.UNKNOWN_QUESTION, assertThrows(AnswerRefusedException.class,
                () -> a.saveAnswer(QuestionKey.of("other"), new Response.Judge(true), START)).reason());
        assertEquals(AnswerRefusedException.Reason.INVALID_RESPONSE, assertThrows(AnswerRefusedException.class,
                () -> a.saveAnswer(single.key(), Response.Choice.of("A", "B"), START)).reason());
        assertEquals(AnswerRefusedException.Reason.INVALID_RESPONSE, assertThrows(AnswerRefusedException.class,
                () -> a.saveAnswer(single.key(), Response.Choice.of("X"), START)).reason());
        assertEquals(AnswerRefusedException.Reason.INVALID_RESPONSE, assertThrows(AnswerRefusedException.class,
                () -> a.saveAnswer(judge.key(), Response.Fill.of("对"), START)).reason());
    }

    @Test
    void noTimeLimitMeansAlwaysAccepting() {
        Attempt a = Attempt.start("p1", "emp", "practice", List.of(new DrawnQuestion(judge.key(), judge.type(), List.of())),
                START, null, null);
        a.saveAnswer(judge.key(), new Response.Judge(false), START.plus(Duration.ofDays(3)));
        assertTrue(a.expireIfDue(START.plus(Duration.ofDays(300)), grader).isEmpty());
        assertEquals(AttemptStatus.IN_PROGRESS, a.status());
        a.submit(START.plus(Duration.ofDays(301)), grader);
        assertEquals(AttemptStatus.SUBMITTED, a.status());
    }

    @Test
    void invariantsOnStartAndRestore() {
        assertThrows(IllegalArgumentException.class, () -> Attempt.start("a", "p", "q", List.of(), START, null, null));
        DrawnQuestion d = new DrawnQuestion(judge.key(), judge.type(), List.of());
        assertThrows(IllegalArgumentException.class, () -> Attempt.start("a", "p", "q", List.of(d, d), START, null, null));
        assertThrows(IllegalArgumentException.class, () -> Attempt.start("a", "p", "q", List.of(d), START, START.minusSeconds(1), null));
        assertThrows(IllegalArgumentException.class, () -> Attempt.restore("a", "p", "q", List.of(d), START, null, null,
                Map.of(), AttemptStatus.SUBMITTED, START, null));
    }
}

package org.shoumi.quizzes.mistakes.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shoumi.quizzes.attempts.control.Scoring;
import org.shoumi.quizzes.attempts.entity.Attempt;
import org.shoumi.quizzes.attempts.entity.DrawnQuestion;
import org.shoumi.quizzes.attempts.entity.Response;
import org.shoumi.quizzes.bank.entity.BankFixtures;
import org.shoumi.quizzes.bank.entity.Question;
import org.shoumi.quizzes.bank.entity.QuestionKey;
import org.shoumi.quizzes.mistakes.entity.MistakeEntry;

class MistakeBookTest {

    static final Instant T1 = Instant.parse("2025-04-01T02:00:00Z");
    static final Instant T2 = Instant.parse("2025-04-02T02:00:00Z");
    static final Instant T3 = Instant.parse("2025-04-03T02:00:00Z");
    static final Instant T4 = Instant.parse("2025-04-04T02:00:00Z");
    static final Instant T5 = Instant.parse("2025-04-05T02:00:00Z");

    final MistakeBook book = MistakeBook.withDefaults();
    final QuestionKey q = QuestionKey.of("q1");

    @Test
    void wrongAnswersEnterAndCount() {
        MistakeEntry e1 = book.apply(Optional.empty(), "p", q, false, T1).orElseThrow();
        assertEquals(new MistakeEntry("p", q, 1, T1, 0), e1);
        MistakeEntry e2 = book.apply(Optional.of(e1), "p", q, false, T2).orElseThrow();
        assertEquals(new MistakeEntry("p", q, 2, T2, 0), e2);
    }

    @Test
    void leavesAfterTwoConsecutiveCorrectAnswersByDefault() {
        MistakeEntry e = new MistakeEntry("p", q, 2, T2, 0);
        MistakeEntry once = book.apply(Optional.of(e), "p", q, true, T3).orElseThrow();
        assertEquals(1, once.correctStreak());
        assertEquals(T2, once.lastWrongAt());
        assertTrue(book.apply(Optional.of(once), "p", q, true, T4).isEmpty());
    }

    @Test
    void aWrongAnswerResetsTheStreak() {
        MistakeEntry e = new MistakeEntry("p", q, 1, T1, 1);
        MistakeEntry again = book.apply(Optional.of(e), "p", q, false, T3).orElseThrow();
        assertEquals(new MistakeEntry("p", q, 2, T3, 0), again);
    }

    @Test
    void configurableStreak() {
        MistakeBook three = new MistakeBook(3);
        Optional<MistakeEntry> e = Optional.of(new MistakeEntry("p", q, 1, T1, 0));
        e = three.apply(e, "p", q, true, T2);
        e = three.apply(e, "p", q, true, T3);
        assertEquals(2, e.orElseThrow().correctStreak());
        assertTrue(three.apply(e, "p", q, true, T4).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> new MistakeBook(0));
    }

    @Test
    void correctAnswersOutsideTheBookChangeNothing() {
        assertTrue(book.apply(Optional.empty(), "p", q, true, T1).isEmpty());
    }

    @Test
    void buildsEveryPersonsBookFromAttemptsInFinishOrder() {
        Question single = BankFixtures.single("s");
        Question fill = BankFixtures.fill("f");
        Map<QuestionKey, Question> bank = Map.of(single.key(), single, fill.key(), fill);
        Scoring scoring = Scoring.standard();
        List<DrawnQuestion> qs = List.of(new DrawnQuestion(single.key(), single.type(), List.of("A", "B", "C", "D")),
                new DrawnQuestion(fill.key(), fill.type(), List.of()));

        // Zhang: s wrong + f half right (partial counts as a mistake) at T1; s right at T3 and T5 → s leaves
        Attempt z1 = Attempt.start("z1", "zhang", "quiz", qs, T1, null, null);
        z1.saveAnswer(single.key(), Response.Choice.of("A"), T1);
        z1.saveAnswer(fill.key(), Response.Fill.of("绝密", "20"), T1);
        z1.submit(T1, scoring.graderFor(bank));
        Attempt z2 = Attempt.start("z2", "zhang", "quiz", qs, T3, null, null);
        z2.saveAnswer(single.key(), Response.Choice.of("C"), T3);
        z2.submit(T3, scoring.graderFor(bank)); // f unanswered → wrong again
        Attempt z3 = Attempt.start("z3", "zhang", "quiz", List.of(qs.get(0)), T5, null, null);
        z3.saveAnswer(single.key(), Response.Choice.of("C"), T5);
        z3.submit(T5, scoring.graderFor(bank));
        // Li: everything right; an unfinished attempt is ignored
        Attempt l1 = Attempt.start("l1", "li", "quiz", qs, T2, null, null);
        l1.saveAnswer(single.key(), Response.Choice.of("C"), T2);
        l1.saveAnswer(fill.key(), Response.Fill.of("绝密", "30"), T2);
        l1.submit(T2, scoring.graderFor(bank));
        Attempt l2 = Attempt.start("l2", "li", "quiz", qs, T4, null, null);

        Map<String, List<MistakeEntry>> books = book.build(List.of(z3, l2, z2, l1, z1));
        assertEquals(List.of(new MistakeEntry("zhang", fill.key(), 2, T3, 0)), books.get("zhang"));
        assertFalse(books.containsKey("li"));
    }
}

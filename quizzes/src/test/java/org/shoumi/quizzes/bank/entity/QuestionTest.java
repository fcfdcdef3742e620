package org.shoumi.quizzes.bank.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuestionTest {

    @Test
    void fixturesAreValidAndExposeTheirParts() {
        Question q = BankFixtures.single("q1");
        assertEquals(4, q.options().size());
        assertEquals("经批准并采取保护措施", q.option("C").orElseThrow().text());
        assertEquals("rules.carriers", q.clause().topic());
        assertEquals("《保密法》第二十五条", q.legalBasisText().orElseThrow());
        assertEquals(2, BankFixtures.fill("f").blankCount());
        assertEquals(0, q.blankCount());
    }

    @Test
    void answerKeyMustMatchType() {
        var e = assertThrows(IllegalArgumentException.class, () -> BankFixtures.single("q1").toBuilder()
                .answerKey(new AnswerKey.Judge(true)).build());
        assertTrue(e.getMessage().contains("JUDGE"), e.getMessage());
    }

    @Test
    void answerMustNameAnExistingOption() {
        assertThrows(IllegalArgumentException.class,
                () -> BankFixtures.single("q1").toBuilder().answerKey(new AnswerKey.Single("F")).build());
        assertThrows(IllegalArgumentException.class,
                () -> BankFixtures.multi("m1").toBuilder().answerKey(new AnswerKey.Multi(Set.of("A", "Z"))).build());
    }

    @Test
    void choiceQuestionsNeedTwoToSixOptionsWithDistinctIds() {
        assertThrows(IllegalArgumentException.class,
                () -> BankFixtures.single("q1").toBuilder().lettered("only").answerKey(new AnswerKey.Single("A")).build());
        assertThrows(IllegalArgumentException.class,
                () -> BankFixtures.single("q1").toBuilder().lettered("1", "2", "3", "4", "5", "6", "7").build());
        assertThrows(IllegalArgumentException.class, () -> BankFixtures.single("q1").toBuilder()
                .options(List.of(new ChoiceOption("A", "x"), new ChoiceOption("A", "y"))).answerKey(new AnswerKey.Single("A")).build());
    }

    @Test
    void judgeAndFillHaveNoOptions() {
        assertThrows(IllegalArgumentException.class, () -> BankFixtures.judge("j").toBuilder().lettered("对", "错").build());
    }

    @Test
    void difficultyStemAndCategoryAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> BankFixtures.judge("j").toBuilder().difficulty(0).build());
        assertThrows(IllegalArgumentException.class, () -> BankFixtures.judge("j").toBuilder().difficulty(6).build());
        assertThrows(IllegalArgumentException.class, () -> BankFixtures.judge("j").toBuilder().stem("  ").build());
        assertThrows(IllegalArgumentException.class, () -> BankFixtures.judge("j").toBuilder().category("").build());
    }

    @Test
    void keysAndClauseCodesAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> QuestionKey.of(" a"));
        assertThrows(IllegalArgumentException.class, () -> QuestionKey.of(""));
        assertTrue(ClauseCode.isValid("duties.secretary.2"));
        assertFalse(ClauseCode.isValid("Rules.Carriers"));
        assertFalse(ClauseCode.isValid("rules"));
        assertThrows(IllegalArgumentException.class, () -> ClauseCode.of("rules..3"));
    }

    @Test
    void multiWeightsMustLieBetweenMinusOneAndOne() {
        assertThrows(IllegalArgumentException.class,
                () -> new AnswerKey.Multi(Set.of("A"), Map.of("A", new BigDecimal("1.5"))));
        assertThrows(IllegalArgumentException.class, () -> new AnswerKey.Multi(Set.of()));
    }

    @Test
    void blanksNeedAcceptedAnswers() {
        assertThrows(IllegalArgumentException.class, () -> AnswerKey.Blank.of());
        assertThrows(IllegalArgumentException.class, () -> AnswerKey.Blank.of("a", " "));
        assertThrows(IllegalArgumentException.class, () -> new AnswerKey.Fill(List.of()));
    }
}

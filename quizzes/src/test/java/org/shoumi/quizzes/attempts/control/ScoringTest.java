package org.shoumi.quizzes.attempts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shoumi.quizzes.attempts.control.Scoring.MultiCredit;
import org.shoumi.quizzes.bank.control.AnswerKey;
import org.shoumi.quizzes.bank.entity.QuestionType;

class ScoringTest {

    private static BigDecimal score(QuestionType type, String key, Response r, MultiCredit credit) {
        return Scoring.score(AnswerKey.parse(type, key), r, credit);
    }

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void singleChoiceAndTrueFalseAreAllOrNothing() {
        assertEquals(d("1.0000"), score(QuestionType.SINGLE, "B", new Response("B"), MultiCredit.PARTIAL));
        assertEquals(d("0.0000"), score(QuestionType.SINGLE, "B", new Response("C"), MultiCredit.PARTIAL));
        assertEquals(d("1.0000"), score(QuestionType.JUDGE, "FALSE", Response.ofTruth(false), MultiCredit.PARTIAL));
        assertEquals(d("0.0000"), score(QuestionType.JUDGE, "FALSE", Response.ofTruth(true), MultiCredit.PARTIAL));
        assertEquals(d("0.0000"), score(QuestionType.JUDGE, "TRUE", Response.empty(), MultiCredit.PARTIAL));
    }

    @Test
    void multipleChoiceWithPartialCredit() {
        assertEquals(d("1.0000"), score(QuestionType.MULTI, "ABD", new Response("ABD"), MultiCredit.PARTIAL));
        assertEquals(d("0.6667"), score(QuestionType.MULTI, "ABD", new Response("AD"), MultiCredit.PARTIAL));
        assertEquals(d("0.3333"), score(QuestionType.MULTI, "ABD", new Response("B"), MultiCredit.PARTIAL));
        assertEquals(d("0.0000"), score(QuestionType.MULTI, "ABD", new Response("ABC"), MultiCredit.PARTIAL),
                "one wrong pick and the question earns nothing");
    }

    @Test
    void multipleChoiceAllOrNothing() {
        assertEquals(d("0.0000"), score(QuestionType.MULTI, "ABD", new Response("AD"), MultiCredit.ALL_OR_NOTHING));
        assertEquals(d("1.0000"), score(QuestionType.MULTI, "ABD", Response.ofLetters(List.of("d", "A", "B")),
                MultiCredit.ALL_OR_NOTHING));
    }

    @Test
    void fillInIgnoresCaseWidthAndSpacingAndAcceptsAlternatives() {
        assertEquals(d("1.0000"), score(QuestionType.FILL, "会议|会议的", Response.ofBlanks(List.of(" 会议 ")), MultiCredit.PARTIAL));
        assertEquals(d("1.0000"), score(QuestionType.FILL, "会议|会议的", Response.ofBlanks(List.of("会议的。")), MultiCredit.PARTIAL));
        assertEquals(d("1.0000"), score(QuestionType.FILL, "USB", Response.ofBlanks(List.of("ｕｓｂ")), MultiCredit.PARTIAL));
        assertEquals(d("1.0000"), score(QuestionType.FILL, "10|十", Response.ofBlanks(List.of("１０")), MultiCredit.PARTIAL));
        assertEquals(d("1.0000"), score(QuestionType.FILL, "a b", Response.ofBlanks(List.of("A　 B")), MultiCredit.PARTIAL),
                "a full-width space counts as a space");
        assertEquals(d("0.0000"), score(QuestionType.FILL, "会议", Response.ofBlanks(List.of("会")), MultiCredit.PARTIAL));
    }

    @Test
    void severalBlanksEarnTheirShareEach() {
        assertEquals(d("0.5000"), score(QuestionType.FILL, "绝密;机密", Response.ofBlanks(List.of("绝密", "秘密")),
                MultiCredit.PARTIAL));
        assertEquals(d("1.0000"), score(QuestionType.FILL, "绝密;机密|机密级", Response.ofBlanks(List.of("绝密", "机密级")),
                MultiCredit.PARTIAL));
    }

    @Test
    void fillInAcceptsNumbersInWordsAndTheirUnitButNotAnotherUnitThanTheStems() {
        AnswerKey key = AnswerKey.parse(QuestionType.FILL, "30;24");
        String stem = "未标明保密期限的绝密级事项按____年认定，发现泄密后____小时内报告。";
        assertEquals(d("1.0000"), Scoring.score(key, Response.ofBlanks(List.of("三十年", "24个小时")), MultiCredit.PARTIAL, stem));
        assertEquals(d("0.5000"), Scoring.score(key, Response.ofBlanks(List.of("30个月", "二十四")), MultiCredit.PARTIAL, stem));
        assertEquals(d("0.0000"), Scoring.score(key, Response.ofBlanks(List.of("30年以上", "24天")), MultiCredit.PARTIAL, stem));
        assertEquals(d("1.0000"), score(QuestionType.FILL, "绝密;机密", Response.ofBlanks(List.of("绝密级", "机密级")),
                MultiCredit.PARTIAL));
    }

    /**
     * Found by an outside check: a part-right answer read "错误" on the result, so the verdicts did not account for the
     * score. The points it earned, as the score counts them: a two-thirds 多选 in 20 questions is 3.3 of 23.3.
     */
    @Test
    void aPartRightAnswersPointsAreItsShareOfTheScore() {
        assertEquals(d("3.3"), Scoring.points(d("0.6667"), 20));
        assertEquals(d("5.0"), Scoring.points(d("1.0000"), 20), "a right one: 100 / 20");
        assertEquals(d("12.5"), Scoring.points(d("0.5000"), 4), "one blank of two in 4 questions");
        assertEquals(d("0.0"), Scoring.points(d("0.0000"), 20));
        assertEquals(d("0.0"), Scoring.points(null, 20), "not scored");
        assertEquals(d("23.3"), Scoring.percent(List.of(d("0.6667"), d("1"), d("1"), d("1"), d("1"), d("0"), d("0"),
                d("0"), d("0"), d("0"), d("0"), d("0"), d("0"), d("0"), d("0"), d("0"), d("0"), d("0"), d("0"),
                d("0"))), "the outside check's paper: 4 right (5 each) and 3.3");
    }

    @Test
    void percentIsExactToOneDecimal() {
        assertEquals(d("66.7"), Scoring.percent(List.of(d("1.0000"), d("1.0000"), d("0.0000"))));
        assertEquals(d("80.0"), Scoring.percent(List.of(d("1"), d("0.6"))));
        assertEquals(d("0.0"), Scoring.percent(List.of()));
    }

    @Test
    void malformedAnswersDoNotFit() {
        assertEquals(false, new Response("E").fits(QuestionType.SINGLE, 4, 0));
        assertEquals(false, new Response("AB").fits(QuestionType.SINGLE, 4, 0));
        assertEquals(false, new Response("AA").fits(QuestionType.MULTI, 4, 0));
        assertEquals(true, new Response("AC").fits(QuestionType.MULTI, 4, 0));
        assertEquals(false, new Response("yes").fits(QuestionType.JUDGE, 0, 0));
        assertEquals(false, Response.ofBlanks(List.of("a", "b")).fits(QuestionType.FILL, 0, 1));
        assertEquals(false, new Response("x".repeat(Response.MAX_LENGTH + 1)).fits(QuestionType.FILL, 0, 1));
    }
}

package org.shoumi.portal.web.quizzes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Found by an outside check: the exam's result named a question's right answer in the shuffled letters the taker saw
 * ("正确答案：BDE") and the 错题本 in the bank's ("正确答案：ABC"). Both name each option's text with its letter.
 */
class ChoiceAnswersTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Test
    void eachLetterIsNamedWithItsOptionsText() {
        Map<String, String> listed = ChoiceAnswers.byLetter(List.of("纸质文件", "光盘", "空气", "U 盘"));
        assertEquals("A（纸质文件）、B（光盘）、D（U 盘）", ChoiceAnswers.named(ZH, "ABD", listed));
        assertEquals("B (光盘)", ChoiceAnswers.named(Locale.ENGLISH, "B", listed));
    }

    @Test
    void theSameAnswerInAnotherOrderNamesTheSameTexts() {
        // the bank's A, B, D shown as D, B, A: other letters, the same options
        Map<String, String> shown = Map.of("A", "U 盘", "B", "光盘", "C", "空气", "D", "纸质文件");
        assertEquals("A（U 盘）、B（光盘）、D（纸质文件）", ChoiceAnswers.named(ZH, "ABD", shown));
    }

    @Test
    void aLetterWithoutAnOptionStaysAndNothingStaysNothing() {
        assertEquals("A（甲）、F", ChoiceAnswers.named(ZH, "AF", ChoiceAnswers.byLetter(List.of("甲", "乙"))));
        assertEquals("", ChoiceAnswers.named(ZH, "", Map.of()));
        assertEquals(null, ChoiceAnswers.named(ZH, null, Map.of()));
    }
}

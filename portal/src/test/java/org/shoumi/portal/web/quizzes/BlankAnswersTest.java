package org.shoumi.portal.web.quizzes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Found by an outside check: the right answer of a fill-in question with two blanks (甲|A ; 乙) read "正确答案：甲 / A
 * 乙". Each blank is named.
 */
class BlankAnswersTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Test
    void eachBlankIsNamed() {
        assertEquals("第 1 空：甲 / A；第 2 空：乙", BlankAnswers.perBlank(ZH, "甲 / A\n乙"));
        assertEquals("blank 1: 甲 / A; blank 2: 乙", BlankAnswers.perBlank(Locale.ENGLISH, "甲 / A\n乙"));
        assertEquals("第 1 空：（未填）；第 2 空：乙", BlankAnswers.perBlank(ZH, "\n乙"), "a blank left empty");
    }

    @Test
    void oneBlankStaysAsItIs() {
        assertEquals("甲 / A", BlankAnswers.perBlank(ZH, "甲 / A"));
        assertEquals("", BlankAnswers.perBlank(ZH, ""));
    }
}

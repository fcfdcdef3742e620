package org.shoumi.quizzes.attempts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AnswerNormaliserTest {

    @Test
    void foldsFullWidthLettersAndDigits() {
        assertEquals("abc123", AnswerNormaliser.normalise("ＡＢＣ１２３"));
    }

    @Test
    void foldsFullWidthSpaceAndCjkPunctuation() {
        assertEquals("a, b; c:(d). e,f", AnswerNormaliser.normalise("Ａ，\u3000Ｂ；　Ｃ：（Ｄ）。　Ｅ、Ｆ"));
        assertEquals("\"保密\"", AnswerNormaliser.normalise("“保密”"));
    }

    @Test
    void caseInsensitiveTrimsAndCollapsesWhitespace() {
        assertEquals("usb key", AnswerNormaliser.normalise("  USB \t\n  Key  "));
        assertTrue(AnswerNormaliser.same("Usb  KEY", "ｕｓｂ　ｋｅｙ"));
    }

    @Test
    void keepsMeaningfulDifferences() {
        assertFalse(AnswerNormaliser.same("保密法", "保密 法"));
        assertFalse(AnswerNormaliser.same("A,B", "A, B"));
        assertEquals("", AnswerNormaliser.normalise(null));
    }
}

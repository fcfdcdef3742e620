package org.shoumi.quizzes.bank.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shoumi.quizzes.bank.entity.QuestionType;

class AnswerKeyTest {

    @Test
    void parsesEachType() {
        assertEquals(Set.of("A", "C", "D"), AnswerKey.parse(QuestionType.MULTI, "dca").letters());
        assertEquals(Boolean.FALSE, AnswerKey.parse(QuestionType.JUDGE, "false").truth());
        assertEquals(List.of(List.of("绝密"), List.of("机密", "机密级")), AnswerKey.parse(QuestionType.FILL, "绝密; 机密|机密级").blanks());
        assertEquals("绝密\n机密 / 机密级", AnswerKey.parse(QuestionType.FILL, "绝密;机密|机密级").display());
    }

    @Test
    void refusesMalformedKeys() {
        assertThrows(IllegalArgumentException.class, () -> AnswerKey.parse(QuestionType.SINGLE, "AB"));
        assertThrows(IllegalArgumentException.class, () -> AnswerKey.parse(QuestionType.SINGLE, "G"));
        assertThrows(IllegalArgumentException.class, () -> AnswerKey.parse(QuestionType.JUDGE, "对"));
        assertThrows(IllegalArgumentException.class, () -> AnswerKey.parse(QuestionType.FILL, " | "));
    }

    @Test
    void normalisesFullWidthAndCase() {
        assertEquals("usb 2.0", FillNormalizer.normalize("  ＵＳＢ　２．０。 "));
    }
}

package org.shoumi.portal.web.quizzes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shoumi.quizzes.attempts.control.Response;
import org.shoumi.quizzes.bank.entity.QuestionType;

/** The take page speaks the letters shown; the attempt stores the bank's (order "CADB": C is shown as A). */
class OptionLettersTest {

    @Test
    void aLetterShownIsTheBankLetterOfThatPlace() {
        assertEquals(Optional.of(new Response("C")),
                OptionLetters.stored(QuestionType.SINGLE, "CADB", new Response("A")));
        assertEquals(Optional.of(new Response("B")),
                OptionLetters.stored(QuestionType.SINGLE, "CADB", new Response("D")));
        assertEquals(Optional.of(new Response("AC")),
                OptionLetters.stored(QuestionType.MULTI, "CADB", new Response("AB")));
    }

    @Test
    void aStoredAnswerIsShownInTheLettersShown() {
        assertEquals("A", OptionLetters.shown(QuestionType.SINGLE, "CADB", "C"));
        assertEquals("BA", OptionLetters.shown(QuestionType.MULTI, "CADB", "AC"));
        assertEquals("", OptionLetters.shown(QuestionType.SINGLE, "CADB", ""));
        assertEquals("TRUE", OptionLetters.shown(QuestionType.JUDGE, "", "TRUE"));
    }

    @Test
    void aLetterNoOptionIsShownAsIsRefused() {
        assertEquals(Optional.empty(), OptionLetters.stored(QuestionType.SINGLE, "CAB", new Response("D")));
        assertEquals(Optional.empty(), OptionLetters.stored(QuestionType.SINGLE, "CAB", new Response("AB")));
        assertEquals(Optional.empty(), OptionLetters.stored(QuestionType.MULTI, "CAB", new Response("AD")));
        assertEquals(Optional.of(Response.empty()), OptionLetters.stored(QuestionType.SINGLE, "CAB", Response.empty()));
        assertEquals(Optional.of(new Response("FALSE")),
                OptionLetters.stored(QuestionType.JUDGE, "", new Response("FALSE")));
    }
}

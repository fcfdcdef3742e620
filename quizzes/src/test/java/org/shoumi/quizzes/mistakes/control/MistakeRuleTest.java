package org.shoumi.quizzes.mistakes.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.shoumi.quizzes.mistakes.control.MistakeRule.State;

class MistakeRuleTest {

    @Test
    void aWrongAnswerOpensTheEntryAndTwoRightOnesInARowCloseIt() {
        State s = MistakeRule.after(State.NONE, false, 2);
        assertEquals(new State(1, 0, true), s);
        s = MistakeRule.after(s, true, 2);
        assertEquals(new State(1, 1, true), s);
        s = MistakeRule.after(s, false, 2);
        assertEquals(new State(2, 0, true), s, "a wrong answer resets the streak");
        s = MistakeRule.after(MistakeRule.after(s, true, 2), true, 2);
        assertEquals(new State(2, 2, false), s);
    }

    @Test
    void aRightAnswerToAQuestionNotInTheBookChangesNothing() {
        assertEquals(State.NONE, MistakeRule.after(State.NONE, true, 2));
    }
}

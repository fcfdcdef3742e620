package org.shoumi.portal.web.quizzes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What the hand-in reads of the form (QuizTakeView). */
class HandInTest {

    @Test
    void theBlanksFieldsAreNamedAsThePageNamesThem() {
        assertEquals("take:questions:0:blanks:0:blank", QuizTakeView.blankField(1, 0));
        assertEquals("take:questions:4:blanks:1:blank", QuizTakeView.blankField(5, 1));
    }
}

package org.shoumi.portal.web.quizzes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * What the hand-in reads of the form, and what it writes over a saved answer (QuizTakeView): only one this page knew
 * of. An answer saved later from another tab stands (outside check: a stale tab's hand-in wrote its older answer over
 * it without a word).
 */
class HandInTest {

    private static final Instant SAVED = Instant.parse("2026-12-06T10:15:30.123456Z");

    @Test
    void aSaveThisPageKnewOfIsNoneFromElsewhere() {
        assertFalse(QuizTakeView.savedElsewhere(SAVED, QuizTakeView.version(SAVED)));
        assertFalse(QuizTakeView.savedElsewhere(null, ""), "nothing saved at all");
        // the database may keep the time rounded to the millisecond: the same save
        assertFalse(QuizTakeView.savedElsewhere(SAVED.plusNanos(900_000), QuizTakeView.version(SAVED)));
    }

    @Test
    void aLaterSaveOrOneThisPageNeverKnewIsFromElsewhere() {
        assertTrue(QuizTakeView.savedElsewhere(SAVED.plusMillis(20), QuizTakeView.version(SAVED)));
        assertTrue(QuizTakeView.savedElsewhere(SAVED, ""), "opened before any save, saved since in another tab");
        assertTrue(QuizTakeView.savedElsewhere(SAVED, "not a save"));
    }

    @Test
    void aSaveIsNamedByItsMillisecond() {
        assertEquals("1796552130123", QuizTakeView.version(SAVED));
        assertEquals("", QuizTakeView.version(null));
    }

    @Test
    void theBlanksFieldsAreNamedAsThePageNamesThem() {
        assertEquals("take:questions:0:blanks:0:blank", QuizTakeView.blankField(1, 0));
        assertEquals("take:questions:4:blanks:1:blank", QuizTakeView.blankField(5, 1));
    }
}

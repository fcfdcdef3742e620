package org.shoumi.portal.programmes.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which closed programmes count in the completion figures: all but one whose departure was withdrawn by mistake. */
class ClosedBecauseTest {

    @Test
    void onlyAProgrammeNeverOwedIsLeftOutOfTheFigures() {
        assertFalse(ClosedBecause.counted(ClosedBecause.DEPARTURE_WITHDRAWN), "never owed");
        // found by an outside check: a hire corrected to 非涉密 lowered the rate by their closed onboarding
        assertFalse(ClosedBecause.counted(ClosedBecause.HIRE_CORRECTED), "given by a registration error");
        assertTrue(ClosedBecause.counted((ClosedBecause) null), "open, or closed before reasons were kept");
        for (ClosedBecause why : ClosedBecause.values()) {
            assertEquals(why != ClosedBecause.DEPARTURE_WITHDRAWN && why != ClosedBecause.HIRE_CORRECTED,
                    ClosedBecause.counted(why), why.name());
        }
    }

    @Test
    void theQueryConditionIsTheSameRule() {
        assertEquals("(a.closedBecause is null or a.closedBecause not in ("
                + "org.shoumi.portal.programmes.entity.ClosedBecause.DEPARTURE_WITHDRAWN, "
                + "org.shoumi.portal.programmes.entity.ClosedBecause.HIRE_CORRECTED))", ClosedBecause.counted("a"));
    }
}

package org.shoumi.portal.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Found by an outside check: an exam's pass mark of 150 was stored as 100, -3 attempts as "unlimited" and a time
 * limit of -10 as "no limit", each with "已创建考试".
 */
class RangeCheckedInputNumberRendererTest {

    private static Optional<String> problem(String sent, String min, String max, String places) {
        return RangeCheckedInputNumberRenderer.problem(sent, min, max, places, true);
    }

    @Test
    void aNumberOutsideTheFieldsRangeIsRefused() {
        assertEquals(Optional.of("common.number.outOfRange"), problem("150", "0", "100", "0"));
        assertEquals(Optional.of("common.number.outOfRange"), problem("-3", "0", "100", "0"));
        assertEquals(Optional.of("common.number.outOfRange"), problem("99999", "1", "200", "0"));
        assertEquals(Optional.of("common.number.whole"), problem("2.5", "1", "200", "0"));
        assertEquals(Optional.of("common.number.outOfRange"), problem("1.25", "0", "200", "1"));
    }

    @Test
    void aNumberInRangeBlankOrNotANumberIsLeftToTheField() {
        assertEquals(Optional.empty(), problem("100", "0", "100", "0"));
        assertEquals(Optional.empty(), problem("0", "0", "100", "0"));
        assertEquals(Optional.empty(), problem("2.0", "1", "200", "0"));
        assertEquals(Optional.empty(), problem("1.5", "0", "200", "1"));
        assertEquals(Optional.empty(), problem("", "0", "100", "0"));
        assertEquals(Optional.empty(), problem("abc", "0", "100", "0"));
        assertEquals(Optional.empty(), problem("5", null, null, null));
    }

    /** Found by an outside check: a cleared count was answered "'1.0' must be a number consisting of one or more digits". */
    @Test
    void aBlankFieldThatMustHoldANumberSaysWhichNumbers() {
        assertEquals(Optional.of("common.number.outOfRange"),
                RangeCheckedInputNumberRenderer.problem("", "1", "200", "0", false));
        assertEquals(Optional.empty(), RangeCheckedInputNumberRenderer.problem(null, "1", "200", "0", false),
                "not sent at all: left as it is");
        assertEquals(Optional.empty(), RangeCheckedInputNumberRenderer.problem("", "1", "50", "0", true));
    }

    /**
     * Found by an outside check: extra minutes of 99999 were refused, but the field came back holding 1440 (PrimeFaces
     * moves the number into the range while it renders), and pressing again granted a day. A refused number is
     * shown as it was sent.
     */
    @Test
    void aRefusedNumberIsShownAsSentNotAsTheLimit() {
        assertEquals("99999", RangeCheckedInputNumberRenderer.refusedAsSent("99999", "0", "1440", "0"));
        assertEquals("-3", RangeCheckedInputNumberRenderer.refusedAsSent(" -3 ", "0", "10", "0"));
        assertEquals("2.5", RangeCheckedInputNumberRenderer.refusedAsSent("2.5", "1", "5", "0"));
        assertEquals(null, RangeCheckedInputNumberRenderer.refusedAsSent("60", "0", "1440", "0"), "a number it takes");
        assertEquals(null, RangeCheckedInputNumberRenderer.refusedAsSent("", "0", "1440", "0"));
        assertEquals(null, RangeCheckedInputNumberRenderer.refusedAsSent("abc", "0", "1440", "0"));
        assertEquals(null, RangeCheckedInputNumberRenderer.refusedAsSent(null, "0", "1440", "0"));
    }
}

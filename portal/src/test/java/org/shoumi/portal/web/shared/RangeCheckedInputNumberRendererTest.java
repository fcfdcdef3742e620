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
}

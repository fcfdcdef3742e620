package org.shoumi.portal.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void aTextIsStoredStrippedAndBlankAsNone() {
        assertEquals("说明", Texts.clean("  说明\n"));
        assertNull(Texts.clean(" \t "));
        assertNull(Texts.clean(null));
    }

    @Test
    void aLengthIsCountedAsTheColumnCountsIt() {
        assertFalse(Texts.tooLong("字".repeat(5), 5));
        assertTrue(Texts.tooLong("字".repeat(6), 5));
        assertFalse(Texts.tooLong("  " + "字".repeat(5) + "  ", 5), "after stripping");
        // 𠮷 lies outside the basic plane: two UTF-16 units, as Derby's VARCHAR and a browser's maxlength count
        assertTrue(Texts.tooLong("\uD842\uDFB7".repeat(3), 5), "three such characters take six units");
        assertFalse(Texts.tooLong(null, 0));
    }
}

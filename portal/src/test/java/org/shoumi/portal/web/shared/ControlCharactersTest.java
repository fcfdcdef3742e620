package org.shoumi.portal.web.shared;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Found by an outside check: a bell and an escape sequence were stored from a reason and a note, shown as "?" in the
 * workbook and as raw bytes in the question export. Text fields refuse control characters; text areas keep their
 * line breaks and tabs.
 */
class ControlCharactersTest {

    @Test
    void aBellOrAnEscapeIsRefusedAndWhatPeopleTypeIsNot() {
        assertTrue(TooLong.hasControls("表扬\u0007", false));
        assertTrue(TooLong.hasControls("\u001b[31m红色", true));
        assertTrue(TooLong.hasControls("删除\u007f", true));
        assertTrue(TooLong.hasControls("一行\n两行", false), "a one-line field has no line break");
        assertFalse(TooLong.hasControls("一行\r\n两行\t制表", true), "a text area keeps its lines and tabs");
        assertFalse(TooLong.hasControls("张　三 O'Brien «»—…", false), "full-width spaces and punctuation are text");
    }

    /** The direction marks are not control characters (the field says them with their own message). */
    @Test
    void aDirectionMarkIsNotAControlCharacter() {
        assertFalse(TooLong.hasControls("恢复\u202ERTL覆盖", false));
        assertTrue(org.shoumi.content.text.Texts.hasDirectionControls("恢复\u202ERTL覆盖"));
    }
}

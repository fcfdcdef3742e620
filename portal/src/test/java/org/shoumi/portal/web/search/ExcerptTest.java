package org.shoumi.portal.web.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExcerptTest {

    private static final String TEXT = "第一条 涉密载体应当存放在密码文件柜中。\n\n第二条 复制涉密载体须经批准，并登记。USB Stick 不得接入互联网计算机。";

    @Test
    void aPhraseIsFoundWhateverTheCaseAndTheLineBreaks() {
        assertTrue(Excerpt.contains(TEXT, "密码文件柜"));
        assertTrue(Excerpt.contains(TEXT, "usb stick"), "Latin letters ignore case");
        assertTrue(Excerpt.contains(TEXT, "柜中。 第二条"), "a line break counts as one space");
        assertFalse(Excerpt.contains(TEXT, "保险柜"));
        assertFalse(Excerpt.contains(TEXT, "  "), "blank finds nothing");
        assertFalse(Excerpt.contains(null, "载体"));
    }

    @Test
    void theExcerptShowsTheWordsAroundTheFirstPlaceOnOneLine() {
        assertEquals(Optional.of("…应当存放在密码文件柜中。 第二…"), Excerpt.around(TEXT, "密码文件柜", 5));
        assertEquals(Optional.of("第一条 涉密…"), Excerpt.around(TEXT, "第一条", 3), "no mark where nothing was cut");
        assertEquals(Optional.empty(), Excerpt.around(TEXT, "保险柜", 5));
    }

    @Test
    void aCharacterBeyondTheBasicPlaneIsNeverCutInTwo() {
        String text = "甲" + "𠮷" + "乙丙丁" + "𠮷" + "戊";
        String excerpt = Excerpt.around(text, "丙", 2).orElseThrow();
        assertEquals("…𠮷乙丙丁𠮷…", excerpt);
    }
}

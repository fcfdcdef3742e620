package org.shoumi.portal.employees.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What may stand as a person's name. */
class PersonNameTest {

    @Test
    void namesAsTheyAreWrittenOnIdentityCards() {
        for (String name : new String[] {"李明", "吉𠮷", "阿里木·买买提", "Anna-Lena O'Brien", "José Ramírez", "J. R. Smith",
                "压测0001"}) {
            assertTrue(PersonName.Check.isPrintable(name), name);
        }
    }

    /** Found by an outside check: a hire named =HYPERLINK(…) or with a script tag was recorded. */
    @Test
    void formulasTagsAndSymbolsAreNoNames() {
        for (String name : new String[] {"=HYPERLINK(\"http://x\",\"y\")", "+1", "-张三", "@SUM(1,2)",
                "<b>粗</b><script>alert(9)</script>", "李<明", "王&五", "张三（借调）", "007", " 李明", "李\u202E明", ""}) {
            assertFalse(PersonName.Check.isPrintable(name), name);
        }
    }
}

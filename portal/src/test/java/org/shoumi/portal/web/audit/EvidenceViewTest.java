package org.shoumi.portal.web.audit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Found by an outside check: looking up an empty hash said "哈希值只含数字 0-9 和字母 a-f…", as if something wrong had
 * been typed. Nothing typed (or only spaces) asks for a hash, and the log is not asked.
 */
class EvidenceViewTest {

    @Test
    void nothingTypedAsksForAHash() {
        for (String typed : new String[] {null, "", "   ", "\u3000\u200B"}) {
            EvidenceView view = new EvidenceView(); // no log: none is asked
            view.setHash(typed);
            view.find();
            assertTrue(view.isNoHash(), "[" + typed + "]");
            assertFalse(view.isMalformed() || view.isWrongLength() || view.isMissing(), "[" + typed + "]");
        }
        EvidenceView zzzz = new EvidenceView();
        zzzz.setHash("zzzz");
        zzzz.find();
        assertTrue(zzzz.isMalformed() && !zzzz.isNoHash(), "something typed that is no hash is still said so");
    }
}

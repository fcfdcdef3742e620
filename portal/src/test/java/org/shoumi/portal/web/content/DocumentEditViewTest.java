package org.shoumi.portal.web.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.shoumi.content.pack.control.PackProblem;

/** Found by an outside check: "The text is too long (at most 200000 characters)", where others say "2,000". */
class DocumentEditViewTest {

    @Test
    void theLengthATextMayHaveIsANumberInItsMessage() {
        assertEquals(200000, DocumentEditView.detail(new PackProblem("rules.a", 0, "tooLong", "200000", "too long")));
        assertEquals("rules.x", DocumentEditView.detail(new PackProblem("rules.a", 0, "key", "rules.x", "bad key")));
    }
}

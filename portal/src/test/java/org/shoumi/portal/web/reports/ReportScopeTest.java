package org.shoumi.portal.web.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ReportScopeTest {

    /** Found by an outside check: ?dept=office gave an empty report whose download links answered 404. */
    @Test
    void aDepartmentAskedForIsTakenAsItsCodeIsKept() {
        assertEquals("OFFICE", ReportScope.code("office"));
        assertEquals("OFFICE", ReportScope.code(" Office "));
        assertEquals("OFFICE", ReportScope.code("ＯＦＦＩＣＥ"));
        assertEquals("RESEARCH", ReportScope.code("RESEARCH"));
        assertNull(ReportScope.code(null));
        assertNull(ReportScope.code("  "));
    }
}

package org.shoumi.portal.employees.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LoginNamesTest {

    private final LoginNames names = new LoginNames(Map.of("hr", "徐慧", "blank", " "));

    @Test
    void aLoginOfAPersonReadsAsTheirName() {
        assertEquals("徐慧", names.of("hr"));
    }

    @Test
    void aLoginWithoutAPersonStaysALogin() {
        assertEquals("auditor", names.of("auditor"));
        assertEquals("blank", names.of("blank"), "a blank name would leave the entry without anyone");
        assertEquals("admin", LoginNames.NONE.of("admin"));
    }

    @Test
    void nothingRecordedStaysNothing() {
        assertNull(names.of(null));
    }
}

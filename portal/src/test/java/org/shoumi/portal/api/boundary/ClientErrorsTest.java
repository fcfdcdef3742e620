package org.shoumi.portal.api.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** A 405 of the API names only the methods it answers: OPTIONS is answered 405 itself (ApiAccessFilter). */
class ClientErrorsTest {

    @Test
    void theAllowHeaderLeavesOutOptions() {
        assertEquals("GET, HEAD", ClientErrors.allowed("GET, HEAD, OPTIONS"));
        assertEquals("POST", ClientErrors.allowed("OPTIONS,POST"));
        assertNull(ClientErrors.allowed("OPTIONS"));
        assertNull(ClientErrors.allowed(null));
    }
}

package org.shoumi.portal.shared;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The login names the portal signs its own work with are nobody's. */
class UsernamesTest {

    @Test
    void theActorsOfThePortalsOwnWorkAreReservedInAnyCase() {
        for (String name : new String[] {"system", "SYSTEM", " System ", "api", "Api", "directory", "DIRECTORY"}) {
            assertTrue(Usernames.isReserved(name), name);
        }
        for (String name : new String[] {"admin", "system1", "sys", "apis", "api.user", "", null}) {
            assertFalse(Usernames.isReserved(name), String.valueOf(name));
        }
    }

    @Test
    void everyReservedNameIsOtherwiseAValidLoginName() {
        // reserved because they could be typed: a name the pattern refuses anyway would need no reservation
        Usernames.RESERVED.forEach(name -> assertTrue(Usernames.isValid(name), name));
    }
}

package org.shoumi.portal.api.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.api.control.ApiAccess.Decision;

class ApiAccessTest {

    private static final Optional<String> TOKEN = Optional.of("a-long-enough-api-token-0123456789");
    private static final Predicate<String> NO_ROLE = role -> false;

    private static Predicate<String> roles(String... roles) {
        return Set.of(roles)::contains;
    }

    @Test
    void anonymousWithoutTokenIsUnauthenticated() {
        assertEquals(Decision.UNAUTHENTICATED, ApiAccess.decide(null, NO_ROLE, null, TOKEN));
    }

    @Test
    void theRightTokenLetsAMachineClientIn() {
        assertEquals(Decision.ALLOW, ApiAccess.decide(null, NO_ROLE, "Bearer " + TOKEN.get(), TOKEN));
        assertEquals(Decision.ALLOW, ApiAccess.decide(null, NO_ROLE, "bearer  " + TOKEN.get() + " ", TOKEN));
    }

    @Test
    void aWrongTokenIsUnauthenticatedEvenForALoggedInUser() {
        assertEquals(Decision.UNAUTHENTICATED, ApiAccess.decide(null, NO_ROLE, "Bearer nope", TOKEN));
        assertEquals(Decision.UNAUTHENTICATED,
                ApiAccess.decide("hr", roles("HR"), "Bearer " + TOKEN.get() + "x", TOKEN));
    }

    @Test
    void noOrATooShortConfiguredTokenOpensNothing() {
        assertEquals(Decision.UNAUTHENTICATED, ApiAccess.decide(null, NO_ROLE, "Bearer ", Optional.empty()));
        assertEquals(Decision.UNAUTHENTICATED, ApiAccess.decide(null, NO_ROLE, "Bearer short", Optional.of("short")));
        assertEquals(Decision.UNAUTHENTICATED, ApiAccess.decide(null, NO_ROLE, "Bearer ", Optional.of("")));
    }

    @Test
    void loggedInUsersNeedAnAllowedRole() {
        assertEquals(Decision.ALLOW, ApiAccess.decide("hr", roles("HR", "EMPLOYEE"), null, TOKEN));
        assertEquals(Decision.ALLOW, ApiAccess.decide("officer", roles("SECRECY_OFFICER"), null, TOKEN));
        assertEquals(Decision.ALLOW, ApiAccess.decide("auditor", roles("AUDITOR"), null, Optional.empty()));
        assertEquals(Decision.FORBIDDEN, ApiAccess.decide("employee", roles("EMPLOYEE"), null, TOKEN));
        assertEquals(Decision.FORBIDDEN, ApiAccess.decide("head", roles("DEPT_HEAD", "EMPLOYEE"), null, TOKEN));
    }

    @Test
    void basicCredentialsAreNotATokenAndFallBackToTheLogin() {
        assertEquals(Decision.UNAUTHENTICATED, ApiAccess.decide(null, NO_ROLE, "Basic aHI6cHc=", TOKEN));
    }
}

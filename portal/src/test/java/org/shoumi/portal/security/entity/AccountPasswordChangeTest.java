package org.shoumi.portal.security.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.security.control.LockoutPolicy;

class AccountPasswordChangeTest {

    private static Account account() {
        return new Account("xin.ren", "first-hash", Set.of(Role.EMPLOYEE), null);
    }

    @Test
    void aNewAccountNeedsNoChangeUntilItsPasswordIsAFirstPassword() {
        Account a = account();
        assertFalse(a.isPasswordChangeRequired());
        a.requirePasswordChange();
        assertTrue(a.isPasswordChangeRequired());
    }

    @Test
    void aRowFromBeforeTheColumnExistedNeedsNoChange() throws Exception {
        Account a = account();
        Field flag = Account.class.getDeclaredField("passwordChangeRequired");
        flag.setAccessible(true);
        flag.set(a, null); // what EclipseLink reads from a row that got the column later
        assertFalse(a.isPasswordChangeRequired());
    }

    @Test
    void changingThePasswordStoresTheNewHashClearsTheFlagAndForgetsFailures() {
        Account a = account();
        a.requirePasswordChange();
        a.loginFailed(Instant.parse("2026-11-22T09:00:00Z"), new LockoutPolicy(5, Duration.ofMinutes(15)));
        a.passwordChanged("new-hash", java.time.Instant.parse("2026-12-03T01:00:00Z"), 5);
        assertEquals("new-hash", a.getPasswordHash());
        assertFalse(a.isPasswordChangeRequired());
        assertEquals(0, a.getFailedLogins());
        assertEquals(java.util.List.of("first-hash"), a.getFormerPasswordHashes(), "the first password is kept");
    }

    @Test
    void theFormerPasswordsAreKeptNewestFirstAndOnlyAsManyAsRemembered() {
        Account a = account();
        Instant at = Instant.parse("2026-12-06T01:00:00Z");
        for (int i = 2; i <= 5; i++) {
            a.passwordChanged("hash-" + i, at, 3);
        }
        assertEquals("hash-5", a.getPasswordHash());
        assertEquals(java.util.List.of("hash-4", "hash-3", "hash-2"), a.getFormerPasswordHashes(),
                "the three before the current one; the first is forgotten");
        a.passwordChanged("hash-6", at, 0);
        assertEquals(java.util.List.of(), a.getFormerPasswordHashes(), "none remembered: none kept");
    }
}

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
        a.passwordChanged("new-hash", java.time.Instant.parse("2026-12-03T01:00:00Z"));
        assertEquals("new-hash", a.getPasswordHash());
        assertFalse(a.isPasswordChangeRequired());
        assertEquals(0, a.getFailedLogins());
    }
}

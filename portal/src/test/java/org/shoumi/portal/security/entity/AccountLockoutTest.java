package org.shoumi.portal.security.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.security.control.LockoutPolicy;

class AccountLockoutTest {

    private static final LockoutPolicy FIVE_FOR_15_MIN = new LockoutPolicy(5, Duration.ofMinutes(15));
    private static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");

    private static Account account() {
        return new Account("li.ming", "hash", Set.of(Role.EMPLOYEE), null);
    }

    @Test
    void fourWrongPasswordsDoNotLock() {
        Account a = account();
        for (int i = 0; i < 4; i++) {
            a.loginFailed(T0.plusSeconds(i), FIVE_FOR_15_MIN);
        }
        assertFalse(a.isLockedAt(T0.plusSeconds(5)));
        assertEquals(4, a.getFailedLogins());
    }

    @Test
    void theFifthWrongPasswordLocksForTheConfiguredTime() {
        Account a = account();
        for (int i = 0; i < 5; i++) {
            a.loginFailed(T0, FIVE_FOR_15_MIN);
        }
        assertTrue(a.isLockedAt(T0));
        assertTrue(a.isLockedAt(T0.plus(Duration.ofMinutes(15)).minusSeconds(1)));
        assertFalse(a.isLockedAt(T0.plus(Duration.ofMinutes(15))));
        assertEquals(T0.plus(Duration.ofMinutes(15)), a.getLockedUntil());
    }

    @Test
    void aSuccessfulLoginResetsTheCount() {
        Account a = account();
        for (int i = 0; i < 4; i++) {
            a.loginFailed(T0, FIVE_FOR_15_MIN);
        }
        a.loginSucceeded(T0.plusSeconds(10));
        a.loginFailed(T0.plusSeconds(20), FIVE_FOR_15_MIN);
        assertFalse(a.isLockedAt(T0.plusSeconds(21)));
        assertEquals(1, a.getFailedLogins());
        assertEquals(T0.plusSeconds(10), a.getLastLogin());
    }

    @Test
    void afterTheLockRunsOutCountingStartsAfresh() {
        Account a = account();
        for (int i = 0; i < 5; i++) {
            a.loginFailed(T0, FIVE_FOR_15_MIN);
        }
        Instant later = T0.plus(Duration.ofMinutes(16));
        a.loginFailed(later, FIVE_FOR_15_MIN);
        assertFalse(a.isLockedAt(later));
        assertEquals(1, a.getFailedLogins());
    }

    @Test
    void rolesAreCopiedNotShared() {
        Account a = account();
        a.getRoles().add(Role.ADMIN);
        assertEquals(Set.of(Role.EMPLOYEE), a.getRoles());
    }
}

package org.shoumi.portal.security.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * An administrator's role change ends the login's sessions (a session keeps the roles it logged in with), and the
 * record of a 恢复登录 says what it undid.
 */
class AccountRolesTest {

    private static final Instant T0 = Instant.parse("2026-12-05T09:00:00Z");

    @Test
    void grantingAndWithdrawingARoleEndTheSessionsLoggedInBefore() {
        Account a = new Account("li.ming", "hash", Set.of(Role.EMPLOYEE), null);
        assertNull(a.getRevokedAt());
        a.grantRole(Role.HR, T0);
        assertEquals(EnumSet.of(Role.EMPLOYEE, Role.HR), a.getRoles());
        assertEquals(T0, a.getRevokedAt(), "sessions with the old roles end");
        a.withdrawRole(Role.HR, T0.plusSeconds(60));
        assertEquals(EnumSet.of(Role.EMPLOYEE), a.getRoles());
        assertEquals(T0.plusSeconds(60), a.getRevokedAt(), "sessions still holding HR end");
    }

    @Test
    void aLoginNeverEndsWithoutARole() {
        Account a = new Account("li.ming", "hash", Set.of(Role.EMPLOYEE), null);
        assertThrows(IllegalStateException.class, () -> a.withdrawRole(Role.EMPLOYEE, T0));
        assertEquals(EnumSet.of(Role.EMPLOYEE), a.getRoles());
        assertNull(a.getRevokedAt(), "nothing changed");
    }

    @Test
    void aReenabledRowSaysWhatWasUndoneAndARoleRowWhichRole() {
        AccountChange both = AccountChange.reenabled("li.ming", EnumSet.of(AccountChange.Undone.ROLES,
                AccountChange.Undone.LOCK), T0, "admin", "本人申请", "EMPLOYEE", "EMPLOYEE,HR");
        assertEquals(AccountChange.Kind.REENABLED, both.getKind());
        assertEquals(List.of(AccountChange.Undone.LOCK, AccountChange.Undone.ROLES), both.getUndone());
        AccountChange granted = AccountChange.ofRole("li.ming", AccountChange.Kind.ROLE_GRANTED, Role.AUDITOR, T0,
                "admin", "年度检查", "EMPLOYEE", "AUDITOR,EMPLOYEE");
        assertEquals(Role.AUDITOR, granted.getRole());
        assertEquals(List.of(), granted.getUndone(), "a role change undid nothing");
    }

    @Test
    void aPasswordResetRowSaysWhenItLiftedALock() {
        AccountChange lifted = AccountChange.passwordReset("li.ming", true, T0, "admin", "本人忘记密码");
        assertEquals(AccountChange.Kind.PASSWORD_RESET, lifted.getKind());
        assertEquals(List.of(AccountChange.Undone.LOCK), lifted.getUndone());
        AccountChange plain = AccountChange.passwordReset("li.ming", false, T0, "admin", "本人忘记密码");
        assertEquals(List.of(), plain.getUndone(), "no lock, nothing undone");
    }
}

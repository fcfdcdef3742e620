package org.shoumi.portal.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LoginLogTest {

    @Test
    void aRefusalNamesTheLoginTheAddressAndWhy() {
        assertEquals("Login refused (INVALID): name \"zhangsan\" from 10.0.0.7",
                LoginLog.line("zhangsan", "10.0.0.7", "INVALID"));
        assertEquals("Login refused (LOCKED): name \"admin\" from 2001:db8::1",
                LoginLog.line("admin", "2001:db8::1", "LOCKED"));
    }

    @Test
    void aSuccessIsOneLineToo() {
        assertEquals("Login: name \"hr01\" from 127.0.0.1", LoginLog.line("hr01", "127.0.0.1", "SUCCESS"));
    }

    @Test
    void aTypedNameCannotStartALineOfItsOwnOrCloseTheQuotes() {
        String forged = "x\r\n[12/4/26, 18:40 UTC] CWWKS1652A: admin \"ok\"\u202e\u2028\\";
        String line = LoginLog.line(forged, "10.0.0.7", "INVALID");
        assertFalse(line.contains("\n") || line.contains("\r") || line.contains("\u202e") || line.contains("\u2028"),
                line);
        assertTrue(line.startsWith("Login refused (INVALID): name \"x\\u000D\\u000A[12/4/26"), line);
        assertTrue(line.contains("admin \\u0022ok\\u0022\\u202E\\u2028\\u005C\" from 10.0.0.7"), line);
    }

    @Test
    void chineseAndRareCharactersStayReadable() {
        assertEquals("Login refused (INVALID): name \"张䶮𠮷\" from 10.0.0.7",
                LoginLog.line("张䶮𠮷", "10.0.0.7", "INVALID"));
    }

    @Test
    void aLongNameIsCutAndSaysHowLongItWas() {
        String line = LoginLog.line("a".repeat(5000), "10.0.0.7", "INVALID");
        assertTrue(line.contains("\"" + "a".repeat(64) + "…(5000 characters)\" from"), line);
        assertTrue(line.length() < 200, line);
    }

    @Test
    void nothingTypedOrNoAddressIsSaidSo() {
        assertEquals("Login refused (INVALID): name (none) from (unknown)", LoginLog.line(null, null, "INVALID"));
    }
}

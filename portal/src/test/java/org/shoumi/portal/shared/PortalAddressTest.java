package org.shoumi.portal.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PortalAddressTest {

    @Test
    void aPathGoesUnderTheConfiguredAddressWithOneSlash() {
        assertEquals("https://portal.example.cn/portal/verify.xhtml?code=A",
                PortalAddress.of("https://portal.example.cn/portal/", "/verify.xhtml?code=A"));
        assertEquals("https://portal.example.cn/portal/calendar.ics?token=t",
                PortalAddress.of(" https://portal.example.cn/portal// ", "/calendar.ics?token=t"));
        assertEquals("http://localhost:9080/portal/index.xhtml",
                PortalAddress.of("http://localhost:9080/portal", "/index.xhtml"));
    }
}

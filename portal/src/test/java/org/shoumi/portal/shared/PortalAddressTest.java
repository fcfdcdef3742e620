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

    /**
     * Found by an outside check: on a server on port 9181 with no address configured, the calendar subscription
     * address and every URL: line of the feed named port 9080 (the default). The request's address is used then;
     * a configured address still wins (behind a load balancer the request's host is a node's).
     */
    @Test
    void withoutAConfiguredAddressTheRequestsAddressIsUsed() {
        java.util.Optional<String> none = java.util.Optional.empty();
        assertEquals("http://localhost:9181/portal/", PortalAddress.base(none, "http", "localhost", 9181, "/portal"));
        assertEquals("http://localhost:9181/portal/calendar.ics?token=t", PortalAddress.of(
                PortalAddress.base(none, "http", "localhost", 9181, "/portal"), "/calendar.ics?token=t"));
        assertEquals("https://portal.example.cn/portal/",
                PortalAddress.base(none, "https", "portal.example.cn", 443, "/portal"), "the scheme's own port");
        assertEquals("http://portal.example.cn/portal/",
                PortalAddress.base(none, "http", "portal.example.cn", 80, "/portal"));
        assertEquals("http://[::1]:9181/portal/", PortalAddress.base(none, "http", "::1", 9181, "/portal"));
        assertEquals("http://[::1]:9181/portal/", PortalAddress.base(none, "http", "[::1]", 9181, "/portal"));
        assertEquals("https://portal.example.cn/portal/", PortalAddress.base(
                java.util.Optional.of("https://portal.example.cn/portal/"), "http", "node7", 9181, "/portal"),
                "a configured address wins");
        assertEquals("http://localhost:9181/portal/", PortalAddress.base(java.util.Optional.of(" "), "http",
                "localhost", 9181, "/portal"), "a blank setting is none");
    }
}

package org.shoumi.portal.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageServletTest {

    @Test
    void goesBackToAnAddressOfThePortal() {
        assertEquals("/portal/no-such-page.xhtml", LanguageServlet.back("/portal", "/portal/no-such-page.xhtml"));
        assertEquals("/portal/quizzes/take.xhtml?attempt=4",
                LanguageServlet.back("/portal", "/portal/quizzes/take.xhtml?attempt=4"));
    }

    @Test
    void neverToAnotherSiteOrApplication() {
        assertEquals("/portal/index.xhtml", LanguageServlet.back("/portal", null));
        assertEquals("/portal/index.xhtml", LanguageServlet.back("/portal", "https://evil.example/"));
        assertEquals("/portal/index.xhtml", LanguageServlet.back("/portal", "//evil.example/portal/"));
        assertEquals("/portal/index.xhtml", LanguageServlet.back("/portal", "/portalx/index.xhtml"));
        assertEquals("/portal/index.xhtml", LanguageServlet.back("/portal", "/portal/../other/"));
        assertEquals("/portal/index.xhtml", LanguageServlet.back("/portal", "/portal/\\evil.example"));
        assertEquals("/portal/index.xhtml", LanguageServlet.back("/portal", "/portal/x\r\nSet-Cookie: a=b"));
    }
}

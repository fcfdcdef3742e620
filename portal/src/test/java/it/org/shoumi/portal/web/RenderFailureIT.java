package it.org.shoumi.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.shoumi.portal.FromInside;
import it.org.shoumi.portal.PortalClient;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

/**
 * A page that fails while it renders, after a good part of it was written, gives the user the error page with
 * status 500, not the first part of the page with status 200 cut off where it failed: the response is kept in
 * the buffer until the page is complete (jakarta.faces.FACELETS_BUFFER_SIZE in web.xml).
 */
class RenderFailureIT extends FromInside {

    @Inject
    HttpServletRequest request;

    @Test
    void aPageThatFailsHalfWayGivesTheErrorPageNotAHalfPage() throws Exception {
        PortalClient client = new PortalClient(portalAddress(request));
        client.login("employee", "Shoumi@2026");
        PortalClient.Page page = client.get("it-render-failure.xhtml");
        assertEquals(500, page.status(), page.body().length() + " characters: " + page.body().substring(0,
                Math.min(300, page.body().length())));
        assertTrue(page.contains("系统错误"), "the error page: " + page.body());
        assertFalse(page.contains("rendered line 10"), "none of the failed page");
    }
}

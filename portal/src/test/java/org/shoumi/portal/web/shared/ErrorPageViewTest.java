package org.shoumi.portal.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.RequestDispatcher;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErrorPageViewTest {

    @Test
    void comesBackToTheAddressThatWasAskedFor() {
        assertEquals("/portal/nowhere.xhtml", ErrorPageView.returnPath("/portal",
                Map.of(RequestDispatcher.ERROR_REQUEST_URI, "/portal/nowhere.xhtml"), null));
        assertEquals("/portal/records/file?no=NOBODY", ErrorPageView.returnPath("/portal",
                Map.of(RequestDispatcher.ERROR_REQUEST_URI, "/portal/records/file",
                        ErrorPageView.ERROR_QUERY_STRING, "no=NOBODY"), null));
        assertEquals("/portal/records/file?no=NOBODY", ErrorPageView.returnPath("/portal",
                Map.of(RequestDispatcher.ERROR_REQUEST_URI, "/portal/records/file"), "no=NOBODY"),
                "a Servlet 6.0 container keeps the query on the request");
    }

    @Test
    void homeWhenNoErrorDispatch() {
        assertEquals("/portal/index.xhtml", ErrorPageView.returnPath("/portal", Map.of(), "x=1"));
    }
}

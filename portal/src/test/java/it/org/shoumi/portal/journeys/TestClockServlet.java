package it.org.shoumi.portal.journeys;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import org.shoumi.portal.security.boundary.LeaverLogins;

/**
 * Test only, added to the deployment of {@link PersonnelRecordJourneyIT} and never part of the portal: the test
 * clock of a browser journey. {@code GET /test-clock/leavers?day=2027-01-02} runs the leavers' login job as it
 * would run on that day and answers how many logins it switched off.
 */
@WebServlet("/test-clock/leavers")
public class TestClockServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient LeaverLogins leaverLogins;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int switchedOff = leaverLogins.disableDue(LocalDate.parse(request.getParameter("day")));
        response.setContentType("text/plain");
        response.getWriter().write(Integer.toString(switchedOff));
    }
}

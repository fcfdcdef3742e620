package org.shoumi.portal.web.incidents;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import org.shoumi.portal.web.shared.PortalServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.shoumi.portal.incidents.boundary.Incidents;
import org.shoumi.portal.incidents.boundary.Rows;
import org.shoumi.portal.security.entity.Role;
import org.shoumi.portal.web.shared.Downloads;

/**
 * A report's attachment, for the secrecy office and, read only, the auditor (web.xml refuses everyone else;
 * checked here again). A case without one, or none of that id, answers 404. Always a download, never shown inline.
 */
@WebServlet("/incidents/attachment")
public class IncidentAttachmentServlet extends PortalServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Incidents incidents;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!request.isUserInRole(Role.SECRECY_OFFICER.name()) && !request.isUserInRole(Role.AUDITOR.name())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (!parametersReadable(request)) {
            unreadable(request, response); // a malformed escape (%ZZ): the system-error page and an incident before
            return;
        }
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException | NullPointerException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<Rows.Attachment> file = incidents.attachment(id);
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Downloads.send(response, file.get().content(), file.get().mediaType(), file.get().fileName());
    }
}

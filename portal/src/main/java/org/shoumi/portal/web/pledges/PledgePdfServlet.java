package org.shoumi.portal.web.pledges;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import org.shoumi.portal.web.shared.PortalServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.shoumi.portal.pledges.boundary.Pledges;
import org.shoumi.portal.records.boundary.Records;
import org.shoumi.portal.records.entity.RecordExport.Kind;
import org.shoumi.portal.security.entity.Role;
import org.shoumi.portal.web.shared.Downloads;

/**
 * The archived PDF of a signed pledge. The signer may download their own; HR, the secrecy office and auditors
 * anyone's (noted among the downloads of records). Anybody else gets 404, the same as for a pledge that does not
 * exist.
 */
@WebServlet("/pledges/pdf")
public class PledgePdfServlet extends PortalServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Pledges pledges;

    @Inject
    transient Records records;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
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
        boolean mayReadAll = request.isUserInRole(Role.HR.name()) || request.isUserInRole(Role.SECRECY_OFFICER.name())
                || request.isUserInRole(Role.AUDITOR.name());
        Optional<Pledges.ArchivedPdf> found = pledges.archived(id, request.getRemoteUser(), mayReadAll);
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Pledges.ArchivedPdf pdf = found.get();
        // a download of someone else's signed pledge is noted, as the records page's downloads are
        if (!pdf.own() && Downloads.delivers(request)) {
            records.exported(request.getRemoteUser(), Kind.SIGNED_PLEDGE, pdf.signerNo(), 1);
        }
        Downloads.send(response, pdf.bytes(), "application/pdf", "pledge-" + id + ".pdf");
    }
}

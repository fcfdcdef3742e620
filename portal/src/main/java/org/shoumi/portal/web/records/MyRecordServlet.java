package org.shoumi.portal.web.records;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import org.shoumi.portal.web.shared.PortalServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.shoumi.portal.records.boundary.Records;
import org.shoumi.portal.web.shared.Downloads;

/** A person's own secrecy file: always the file of the person behind the login, never another's. */
@WebServlet("/my-record")
public class MyRecordServlet extends PortalServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Records records;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // the whole file, naming its owner as who exported it
        Optional<byte[]> pdf = records.employeeNoOf(request.getRemoteUser())
                .flatMap(no -> records.filePdf(no, role -> true, request.getRemoteUser()));
        if (pdf.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Downloads.send(response, pdf.get(), "application/pdf", "my-secrecy-file.pdf");
    }
}

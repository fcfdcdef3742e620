package org.shoumi.portal.web.records;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;
import org.shoumi.portal.records.boundary.Records;

/**
 * Downloads for inspectors (HR, secrecy office, auditors; see web.xml): {@code /records/file?no=SM002} is one
 * person's secrecy file (PDF), {@code /records/inspection} everyone's records as an Excel workbook.
 */
@WebServlet({"/records/file", "/records/inspection"})
public class RecordsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Records records;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getServletPath().endsWith("/inspection")) {
            send(response, records.inspectionWorkbook(),
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    "shoumi-inspection-" + LocalDate.now() + ".xlsx");
            return;
        }
        String no = request.getParameter("no");
        Optional<byte[]> pdf = no == null ? Optional.empty() : records.filePdf(no.strip());
        if (pdf.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        send(response, pdf.get(), "application/pdf", "secrecy-file-" + no.strip().replaceAll("[^A-Za-z0-9-]", "") + ".pdf");
    }

    static void send(HttpServletResponse response, byte[] bytes, String type, String fileName) throws IOException {
        response.setContentType(type);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}

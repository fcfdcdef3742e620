package org.shoumi.portal.web.records;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import org.shoumi.portal.web.shared.PortalServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.shoumi.portal.employees.entity.Employee;
import org.shoumi.portal.records.boundary.Records;
import org.shoumi.portal.records.boundary.Records.DepartmentPeople;
import org.shoumi.portal.records.control.SecrecyFiles;
import org.shoumi.portal.records.entity.RecordExport.Kind;
import org.shoumi.content.text.Texts;
import org.shoumi.portal.web.shared.Downloads;

/**
 * Downloads for inspectors (HR, secrecy office, auditors; see web.xml): {@code /records/file?no=SM002} is one
 * person's secrecy file (PDF), {@code /records/inspection} everyone's records as an Excel workbook,
 * {@code /records/departure?id=12} the approval form (离岗离职审批表) of a departure (PDF), and
 * {@code /records/files?dept=OFFICE} the secrecy files of a department's secret-related staff (with
 * {@code everyone=1}, of all its people) as one ZIP. Each download is noted (who, what, of whom) before it is sent,
 * and listed on the records page. A staff number nobody has, or a department there is none of, goes back to the
 * records page, which says so.
 */
@WebServlet({"/records/file", "/records/inspection", "/records/departure", "/records/files"})
public class RecordsServlet extends PortalServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Records records;

    @Inject
    transient org.shoumi.portal.evidence.boundary.ChainWatch watch;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!parametersReadable(request)) {
            unreadable(request, response); // a malformed escape (%ZZ): the system-error page and an incident before
            return;
        }
        String by = request.getRemoteUser();
        boolean delivers = Downloads.delivers(request);
        if (request.getServletPath().endsWith("/inspection")) {
            // noted before the workbook is made, so that its 导出记录 sheet, which holds every download, holds this one
            if (delivers) {
                records.exported(by, Kind.INSPECTION_WORKBOOK, null,
                        (int) records.peopleByDepartment().stream().mapToLong(DepartmentPeople::everyone).sum());
            }
            // as the caller may read it: the incident register's sheet only for those its pages let in
            // and its downloads sheet says when a restore of an earlier backup may have lost downloads
            byte[] workbook = records.inspectionWorkbook(request::isUserInRole, watch.losses().stream()
                    .map(loss -> new Records.Restore(loss.detectedAt(), loss.copyUpTo())).toList());
            Downloads.send(response, workbook,
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    "shoumi-inspection-" + records.localNow().toLocalDate() + ".xlsx");
            return;
        }
        if (request.getServletPath().endsWith("/files")) {
            departmentFiles(request, response);
            return;
        }
        if (request.getServletPath().endsWith("/departure")) {
            Optional<Long> id = departureId(request.getParameter("id"));
            // naming who exported it, with the time (outside check: the form said only when)
            Optional<byte[]> form = id.flatMap(n -> records.departureFormPdf(n, by));
            if (form.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            if (delivers) {
                records.exported(by, Kind.DEPARTURE_FORM, String.valueOf(id.get()), 1);
            }
            Downloads.send(response, form.get(), "application/pdf", "departure-" + id.get() + ".pdf");
            return;
        }
        // the staff number as it is kept (capitals), however typed: the file's name and the note say the same
        String no = Employee.canonicalNumber(request.getParameter("no"));
        // as the caller may read it: a register its pages keep from the caller is withheld in the file too
        Optional<byte[]> pdf = no == null ? Optional.empty() : records.filePdf(no, request::isUserInRole, by);
        if (pdf.isEmpty()) {
            // back to the records page, which names the number nobody has (it answered 404 "页面不存在": outside check)
            backToPage(request, response, "unknownNo", no);
            return;
        }
        if (delivers) {
            records.exported(by, Kind.SECRECY_FILE, no, 1);
        }
        Downloads.send(response, pdf.get(), "application/pdf", "secrecy-file-" + no.replaceAll("[^A-Za-z0-9-]", "") + ".pdf");
    }

    /**
     * The department's files, made into a temporary file first: a failure half-way sends an error page, not a cut
     * archive, and a large department does not sit in memory. A department nobody of the asked scope is in goes back
     * to the records page, which says so; an unknown one is not found.
     */
    private void departmentFiles(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String dept = Optional.ofNullable(request.getParameter("dept")).map(d -> Texts.halfWidth(d).strip()
                .toUpperCase(java.util.Locale.ROOT)).orElse(""); // as codes are kept: office is OFFICE
        boolean everyone = "1".equals(request.getParameter("everyone"));
        if (records.peopleByDepartment().stream().noneMatch(d -> d.code().equals(dept))) {
            // back to the records page, which names the department there is none of (it answered 404: outside check)
            backToPage(request, response, "unknownDept", dept);
            return;
        }
        Path zip = Files.createTempFile("shoumi-files-", ".zip");
        try {
            int written = SecrecyFiles.zip(records.peopleIn(dept, everyone), no -> records.filePdf(no, request::isUserInRole, request.getRemoteUser()),
                    Files.newOutputStream(zip),
                    records.localNow());
            if (written == 0) {
                response.sendRedirect(request.getContextPath() + "/records/index.xhtml?empty="
                        + URLEncoder.encode(dept, StandardCharsets.UTF_8));
                return;
            }
            if (Downloads.delivers(request)) {
                records.exported(request.getRemoteUser(), Kind.DEPARTMENT_FILES, dept, written);
            }
            Downloads.attachment(response, "application/zip", "secrecy-files-" + dept.replaceAll("[^A-Za-z0-9_-]", "")
                    + "-" + records.localNow().toLocalDate() + ".zip");
            response.setContentLengthLong(Files.size(zip));
            Files.copy(zip, response.getOutputStream());
        } finally {
            Files.deleteIfExists(zip);
        }
    }

    /**
     * Back to the records page, which says that nobody has this staff number or there is no such department
     * ({@code param}); a number or department left empty is said as missing ({@code missing=unknownNo}).
     */
    private static void backToPage(HttpServletRequest request, HttpServletResponse response, String param,
                                   String value) throws IOException {
        String asked = value == null ? "" : value.strip();
        if (asked.length() > 40) {
            asked = asked.substring(0, 40) + "…";
        }
        response.sendRedirect(request.getContextPath() + "/records/index.xhtml?" + (asked.isEmpty() ? "missing=" + param
                : param + "=" + URLEncoder.encode(asked, StandardCharsets.UTF_8)));
    }

    private static Optional<Long> departureId(String id) {
        try {
            return id == null ? Optional.empty() : Optional.of(Long.parseLong(id.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

}

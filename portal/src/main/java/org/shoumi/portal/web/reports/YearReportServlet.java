package org.shoumi.portal.web.reports;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import org.shoumi.portal.web.shared.PortalServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.ResourceBundle;
import org.shoumi.content.documents.boundary.Documents;
import org.shoumi.portal.employees.boundary.Employees;
import org.shoumi.portal.organisation.boundary.Organisation;
import org.shoumi.portal.reports.boundary.YearReports;
import org.shoumi.portal.reports.control.YearFigures;
import org.shoumi.portal.web.shared.Downloads;
import org.shoumi.portal.web.shared.LocaleSelection;
import org.shoumi.portal.web.shared.Messages;

/**
 * The year-end report as a file: {@code /reports/year.xlsx?year=2026} or {@code /reports/year.pdf?year=2026&dept=IT}.
 * A department head always gets their own department; the file name says unit or department, year and date.
 */
@WebServlet({"/reports/year.xlsx", "/reports/year.pdf"})
public class YearReportServlet extends PortalServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient YearReports reports;

    @Inject
    transient Employees employees;

    @Inject
    transient Documents documents;

    @Inject
    transient LocaleSelection locale;

    @Inject
    transient Organisation organisation;

    @Inject
    transient org.shoumi.portal.programmes.boundary.Programmes programmes;

    @Inject
    transient org.shoumi.portal.records.boundary.Records records;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!parametersReadable(request)) {
            unreadable(request, response); // a malformed escape (%ZZ): the system-error page and an incident before
            return;
        }
        ReportScope.Granted scope = ReportScope.of(request, employees, request.getParameter("dept"));
        if (!scope.allowed()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        int year;
        try {
            String asked = request.getParameter("year");
            year = asked == null || asked.isBlank() ? documents.today().getYear() : Integer.parseInt(asked.strip());
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        if (year < YearReportView.FIRST_YEAR || year > ReportYears.last(documents.today(), programmes.years())) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        Optional<YearFigures> figures = reports.figures(year, scope.department());
        if (figures.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ResourceBundle labels = ResourceBundle.getBundle(Messages.BUNDLE, locale.getLocale());
        // departments named in the reader's language, as the page names them
        String language = locale.getLocale().getLanguage();
        java.util.Map<String, String> names = new java.util.HashMap<>();
        organisation.departments().forEach(d -> names.put(d.getCode(), d.nameIn(language)));
        YearFigures named = figures.get().withDepartmentNames(names::get);
        boolean pdf = request.getServletPath().endsWith(".pdf");
        // the PDF and the workbook name who exported them, as a printed page names who printed it (it said only when: outside check)
        String exporter = exporter(request.getRemoteUser(), labels);
        byte[] bytes = pdf ? reports.pdf(named, labels::getString, exporter)
                : reports.workbook(named, labels::getString, exporter);
        // noted before it is sent, as the records page's downloads are (it was not: outside check ex-s37c 3): the year
        // and the department as the subject, the people the report covers
        if (Downloads.delivers(request)) {
            records.exported(request.getRemoteUser(), pdf ? org.shoumi.portal.records.entity.RecordExport.Kind.YEAR_REPORT_PDF
                    : org.shoumi.portal.records.entity.RecordExport.Kind.YEAR_REPORT_WORKBOOK,
                    year + (scope.department() == null ? "" : " " + scope.department()),
                    (int) Math.min(Integer.MAX_VALUE, named.coverageByClassTotal().people()));
        }
        String name = "year-report-" + year + (scope.department() == null ? "" : "-" + scope.department()) + "-"
                + documents.today() + (pdf ? ".pdf" : ".xlsx");
        Downloads.send(response, bytes, pdf ? "application/pdf"
                : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name);
    }

    /** Who exported a copy, as the print footer names who printed a page: "徐慧（hr）", a login without a person as it is. */
    private String exporter(String login, ResourceBundle labels) {
        if (login == null) {
            return null;
        }
        String name = employees.namesOf(java.util.List.of(login)).of(login);
        return name.equals(login) ? login
                : java.text.MessageFormat.format(labels.getString("record.file.exporter"), name, login);
    }
}

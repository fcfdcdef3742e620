package org.shoumi.portal.web.programmes;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.ResourceBundle;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shoumi.content.documents.boundary.Documents;
import org.shoumi.portal.employees.boundary.EmployeeRow;
import org.shoumi.portal.employees.boundary.Employees;
import org.shoumi.portal.programmes.boundary.PeopleQuery;
import org.shoumi.portal.programmes.boundary.PersonRow;
import org.shoumi.portal.programmes.boundary.Programmes;
import org.shoumi.portal.programmes.entity.ProgrammeKind;
import org.shoumi.portal.web.shared.Downloads;
import org.shoumi.portal.web.shared.LocaleSelection;
import org.shoumi.portal.web.shared.Messages;
import org.shoumi.portal.web.shared.OwnDepartmentOnly;

/**
 * The drill-down list as CSV (UTF-8 with a byte order mark, so that Excel reads the Chinese):
 * {@code /programmes/people.csv?campaign=…&state=OVERDUE&dept=IT}. The same filters and the same department limit
 * for a department head as the page; written in pages of the database, so a list of tens of thousands streams.
 */
@WebServlet("/programmes/people.csv")
public class PeopleExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int PAGE = 1000;

    @Inject
    transient Programmes programmes;

    @Inject
    transient org.shoumi.portal.programmes.boundary.CampaignQuizzes campaignQuizzes;

    @Inject
    transient Employees employees;

    @Inject
    transient Documents documents;

    @Inject
    transient LocaleSelection locale;

    @Inject
    @ConfigProperty(name = "shoumi.unit.zone", defaultValue = "Asia/Shanghai")
    String zone;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PeopleQuery.State state;
        ProgrammeKind kind;
        String y = request.getParameter("year");
        Integer year = YearParameter.parse(y).orElse(null);
        if (y != null && !y.isBlank() && year == null) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        try {
            String s = request.getParameter("state");
            state = s == null || s.isBlank() ? PeopleQuery.State.ALL : PeopleQuery.State.valueOf(s.strip());
            String k = request.getParameter("kind");
            kind = k == null || k.isBlank() ? null : ProgrammeKind.valueOf(k.strip());
        } catch (IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        String dept = blankToNull(request.getParameter("dept"));
        if (OwnDepartmentOnly.holds(request::isUserInRole)) {
            dept = employees.ofAccount(request.getRemoteUser()).map(EmployeeRow::getDepartmentCode).orElse("");
        }
        PeopleQuery q = new PeopleQuery(blankToNull(request.getParameter("campaign")), kind, dept, state, year);
        ResourceBundle text = ResourceBundle.getBundle(Messages.BUNDLE, locale.getLocale());
        String lang = locale.getLanguage();
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of(zone));
        String scope = (q.campaignCode() == null ? "" : "-" + q.campaignCode().replaceAll("[^A-Za-z0-9-]", ""))
                + (q.year() == null ? "" : "-" + q.year())
                + (q.state() == PeopleQuery.State.ALL ? "" : "-" + q.state().name().toLowerCase(java.util.Locale.ROOT));
        Downloads.attachment(response, "text/csv; charset=UTF-8", "people" + scope + "-" + documents.today() + ".csv");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write('\ufeff');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.EXCEL)) {
            csv.printRecord(text.getString("employees.list.column.employeeNo"),
                    text.getString("employees.list.column.name"), text.getString("employees.list.column.department"),
                    text.getString("people.col.kind"), text.getString("plan.col.campaign"),
                    text.getString("people.export.campaignTitle"), text.getString("people.export.startedOn"), text.getString("campaign.dueOn"),
                    text.getString("people.col.state"), text.getString("people.export.completedAt"),
                    text.getString("people.export.closedAt"), text.getString("people.export.closedBecause"));
            java.util.Map<String, String> titles = new java.util.HashMap<>();
            for (int first = 0; ; first += PAGE) {
                List<PersonRow> page = programmes.people(q, first, PAGE);
                for (PersonRow r : page) {
                    csv.printRecord(r.employeeNo(), safe(r.name()), safe(r.departmentIn(lang)),
                            text.getString("enum.ProgrammeKind." + r.kind().name()),
                            r.campaignCode() == null ? "" : r.campaignCode(),
                            // the page names the campaign by its title; the file gave only its code (outside check)
                            r.campaignCode() == null ? "" : safe(titles.computeIfAbsent(r.campaignCode(),
                                    c -> campaignQuizzes.titleOf(c).orElse(""))),
                            r.startedOn(), r.due(),
                            text.getString(r.getStateKey()),
                            r.completedAt() == null ? "" : time.format(r.completedAt()),
                            // when and why it was closed, as the page and the workbook give them (outside check)
                            r.closedAt() == null ? "" : time.format(r.closedAt()),
                            r.closedAt() == null ? "" : text.getString(r.getClosedBecauseKey()));
                }
                if (page.size() < PAGE) {
                    break;
                }
            }
        }
    }

    /** A cell a spreadsheet would run as a formula is written as text. */
    private static String safe(String s) {
        return s != null && !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

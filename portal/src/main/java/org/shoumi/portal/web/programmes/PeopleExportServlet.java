package org.shoumi.portal.web.programmes;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import org.shoumi.portal.web.shared.PortalServlet;
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
 * for a department head as the page; written in pages of the database, so a list of tens of thousands streams. A
 * filter the page does not know (a state, kind, department, campaign or year nobody could choose) is refused with
 * 400 and the words the page says it with ({@link PeopleFilters}).
 */
@WebServlet("/programmes/people.csv")
public class PeopleExportServlet extends PortalServlet {

    private static final long serialVersionUID = 1L;
    private static final int PAGE = 1000;

    @Inject
    transient Programmes programmes;

    @Inject
    transient org.shoumi.portal.programmes.boundary.CampaignQuizzes campaignQuizzes;

    @Inject
    transient Employees employees;

    @Inject
    transient org.shoumi.portal.organisation.boundary.Organisation organisation;

    @Inject
    transient org.shoumi.portal.reports.boundary.YearReports reports;

    @Inject
    transient Documents documents;

    @Inject
    transient org.shoumi.portal.departures.boundary.Departures departures;

    @Inject
    transient LocaleSelection locale;

    @Inject
    transient org.shoumi.portal.records.boundary.Records records;

    @Inject
    @ConfigProperty(name = "shoumi.unit.zone", defaultValue = "Asia/Shanghai")
    String zone;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!parametersReadable(request)) {
            unreadable(request, response); // a malformed escape (%ZZ): the system-error page and an incident before
            return;
        }
        // the filters the page takes, and no others: an unknown one is refused with the page's own words
        boolean ownOnly = OwnDepartmentOnly.holds(request::isUserInRole);
        List<String> codes = organisation.departments().stream()
                .map(org.shoumi.portal.organisation.entity.Department::getCode).toList();
        String y = request.getParameter("year");
        String s = request.getParameter("state");
        String k = request.getParameter("kind");
        List<PeopleFilters.Problem> problems = PeopleFilters.problems(request.getParameter("campaign"), k,
                request.getParameter("dept"), s, y, code -> campaignQuizzes.asksOf(code).isPresent(), codes, !ownOnly,
                programmes.years());
        ResourceBundle text = ResourceBundle.getBundle(Messages.BUNDLE, locale.getLocale());
        if (!problems.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/plain; charset=UTF-8");
            response.setCharacterEncoding("UTF-8");
            for (PeopleFilters.Problem p : problems) {
                response.getWriter().println(java.text.MessageFormat.format(text.getString(p.key()), p.value()));
            }
            return;
        }
        Integer year = PeopleFilters.year(y);
        PeopleQuery.State state = s == null || s.isBlank() ? PeopleQuery.State.ALL : PeopleQuery.State.valueOf(s.strip());
        ProgrammeKind kind = k == null || k.isBlank() ? null : ProgrammeKind.valueOf(k.strip());
        String dept = PeopleFilters.department(request.getParameter("dept"), codes).orElse(null);
        if (ownOnly) {
            // none for a head whose person has left the post or the unit: the list is empty (outside check ex-s38e 1)
            dept = OwnDepartmentOnly.departmentOf(employees.ofAccount(request.getRemoteUser())).orElse("");
        }
        // a year's department: its people at the year's end, as the page, the dashboard and the year report count it
        PeopleQuery q = new PeopleQuery(blankToNull(request.getParameter("campaign")), kind, dept, state, year,
                dept == null || year == null ? null : PeopleFilters.peopleIn(dept, reports.departmentsOfYear(year)));
        String lang = locale.getLanguage();
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of(zone));
        DateTimeFormatter day = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneId.of(zone));
        String scope = (q.campaignCode() == null ? "" : "-" + q.campaignCode().replaceAll("[^A-Za-z0-9-]", ""))
                + (q.year() == null ? "" : "-" + q.year())
                + (q.state() == PeopleQuery.State.ALL ? "" : "-" + q.state().name().toLowerCase(java.util.Locale.ROOT));
        // a named list of people (who is in 离岗培训 among them) is a download of people's records: noted, with its
        // filter and rows, before it is sent, as the records page's downloads are (it was not: outside check ex-s37c 3)
        if (Downloads.delivers(request)) {
            records.exported(request.getRemoteUser(), org.shoumi.portal.records.entity.RecordExport.Kind.PEOPLE_LIST,
                    PeopleFilters.subject(q), (int) Math.min(Integer.MAX_VALUE, programmes.count(q)));
        }
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
                // an exit programme of a lowering that keeps the person in post as such, as the page names it
                java.util.Set<Long> lowerings = departures.exitProgrammesOfLowerings(page);
                for (PersonRow r : page) {
                    csv.printRecord(r.employeeNo(), safe(r.name()), safe(r.departmentIn(lang)),
                            text.getString(lowerings.contains(r.assignmentId()) ? "programme.kind.loweringInPost"
                                    : "enum.ProgrammeKind." + r.kind().name()),
                            r.campaignCode() == null ? "" : r.campaignCode(),
                            // the page names the campaign by its title; the file gave only its code (outside check)
                            r.campaignCode() == null ? "" : safe(titles.computeIfAbsent(r.campaignCode(),
                                    c -> campaignQuizzes.titleOf(c).orElse(""))),
                            r.startedOn(), r.due(),
                            text.getString(r.getStateKey()),
                            // a completion by an exit pledge on paper is a day: the day, with no time invented
                            // (it read "2026-02-08 00:00" where the file and the workbook print the day; outside check)
                            r.completedAt() == null ? "" : (r.completedOnADay() ? day : time).format(r.completedAt()),
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

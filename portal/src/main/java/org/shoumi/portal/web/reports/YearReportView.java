package org.shoumi.portal.web.reports;

import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;
import org.shoumi.content.documents.boundary.Documents;
import org.shoumi.portal.employees.boundary.Employees;
import org.shoumi.portal.organisation.boundary.Organisation;
import org.shoumi.portal.organisation.entity.Department;
import org.shoumi.portal.reports.boundary.YearReports;
import org.shoumi.portal.reports.control.YearFigures;
import org.shoumi.portal.web.shared.ChangesNothing;
import org.shoumi.portal.web.shared.Messages;

/**
 * The year-end report page: the year (and, for the secrecy office, the department), the main figures on screen,
 * and the workbook and PDF to download. A department head sees their own department only.
 */
@Named
@ViewScoped
public class YearReportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    YearReports reports;

    @Inject
    Employees employees;

    @Inject
    Organisation organisation;

    @Inject
    Documents documents;

    @Inject
    org.shoumi.portal.programmes.boundary.Programmes programmes;

    @Inject
    ExternalContext external;

    /** The first year a report may be asked for. */
    static final int FIRST_YEAR = 2000;

    @Inject
    Messages messages;

    private Integer year;
    /** The year as the address gave it (?year=…), read when the page opens. */
    private String yearAsked;
    private String department;
    private transient YearFigures figures;
    private transient java.util.Map<String, Department> departmentsByCode;
    /** The last year a report may be asked for, once worked out. */
    private Integer lastYear;
    /** Whether the page said that a head who has left answers for no department (once a request). */
    private transient boolean leftSaid;

    /**
     * Opens the page for the year of the address: one that is not a number (?year=abc) is said and this year shown,
     * as a year out of range is; it answered 404 while ?year=99999 got the warning (outside check).
     */
    @ChangesNothing
    public void open() {
        String asked = org.shoumi.content.text.Texts.clean(yearAsked);
        yearAsked = null;
        if (asked != null) {
            if (asked.matches("\\d{1,9}")) {
                year = Integer.valueOf(asked);
            } else {
                int thisYear = documents.today().getYear();
                // echoed at most as long as a year may be written, as the department's code is
                messages.warn("report.year.notANumber", asked.length() > 12 ? asked.substring(0, 12) + "…" : asked,
                        String.valueOf(FIRST_YEAR), String.valueOf(getLastYear()), String.valueOf(thisYear));
                year = null;
            }
        }
        load();
    }

    @ChangesNothing
    public void load() {
        int thisYear = documents.today().getYear();
        if (year != null && (year < FIRST_YEAR || year > getLastYear())) {
            // a year before the portal's records or still to come has no report: said, and this year shown; a year
            // to come whose programmes were given (next year's plan started) has one, as the dashboard offers it
            messages.warn("report.year.outOfRange", String.valueOf(year), String.valueOf(FIRST_YEAR),
                    String.valueOf(getLastYear()), String.valueOf(thisYear));
            year = null;
        }
        if (year == null) {
            year = thisYear;
        }
        ReportScope.Granted scope = ReportScope.of((HttpServletRequest) external.getRequest(), employees, department);
        department = scope.department();
        if (scope.left() && !leftSaid) {
            // said once, not at every read of the figures (which loads again while there are none)
            messages.warn("head.noLongerAnswers");
            leftSaid = true;
        }
        figures = scope.allowed() ? reports.figures(year, department).orElse(null) : null;
        if (figures == null && scope.allowed() && department != null) {
            // a department the unit does not have has no report: said, as for a year, and the whole unit's shown
            // (found by an outside check: a blank page whose download links answered 404)
            // echoed as a code is written, at most as long as a code may be (a 300-character value came back whole)
            messages.warn("report.department.unknown", department.length() > 32
                    ? department.substring(0, 32) + "…" : department);
            department = null;
            figures = reports.figures(year, null).orElse(null);
        }
    }

    /**
     * The page's title, with the year shown ("Secrecy education and training in 2020", "2020年度保密教育培训情况"); it
     * said "this year" for any year (outside check).
     */
    public String getTitle() {
        return messages.text("report.title", String.valueOf(year == null ? getLastYear() : year));
    }

    /**
     * The last year a report may be asked for: this one, or a later one whose programmes were given already (the
     * dashboard offered 2027 once next year's plan was started, and the report refused it: outside check).
     */
    public int getLastYear() {
        if (lastYear == null) {
            lastYear = ReportYears.last(documents.today(), programmes.years());
        }
        return lastYear;
    }

    /** Whether the login may choose the department (a department head may not). */
    public boolean isWholeUnitAllowed() {
        HttpServletRequest r = (HttpServletRequest) external.getRequest();
        return r.isUserInRole("SECRECY_OFFICER") || r.isUserInRole("AUDITOR") || r.isUserInRole("ADMIN");
    }

    public YearFigures getFigures() {
        if (figures == null) {
            load();
        }
        return figures;
    }

    public List<Department> getDepartments() {
        return organisation.departments();
    }

    /**
     * A department of the figures by its name in the page's language: the figures carry the Chinese name (the
     * workbook and the PDF are Chinese documents); the English page shows the English one where there is one.
     */
    public String departmentIn(String code, String name, String language) {
        if (!"en".equals(language)) {
            return name;
        }
        if (departmentsByCode == null) {
            departmentsByCode = new java.util.HashMap<>();
            organisation.departments().forEach(d -> departmentsByCode.put(d.getCode(), d));
        }
        Department department = departmentsByCode.get(code);
        return department == null ? name : department.nameIn(language);
    }

    public Integer getYear() {
        return year;
    }

    public String getYearAsked() {
        return yearAsked;
    }

    public void setYearAsked(String yearAsked) {
        this.yearAsked = yearAsked;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department == null || department.isBlank() ? null : department;
    }

    /** The query string of the downloads: year and, when one is chosen, the department. */
    public String getQuery() {
        return "year=" + year + (department == null ? "" : "&dept=" + department);
    }
}

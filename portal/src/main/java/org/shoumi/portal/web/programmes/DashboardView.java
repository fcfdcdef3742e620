package org.shoumi.portal.web.programmes;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;
import java.util.function.ToLongFunction;
import org.shoumi.content.documents.boundary.Documents;
import jakarta.faces.context.ExternalContext;
import org.shoumi.portal.programmes.boundary.Programmes;
import org.shoumi.portal.programmes.boundary.Progress;
import org.shoumi.portal.programmes.control.Completion;
import org.shoumi.portal.web.shared.ChangesNothing;
import org.shoumi.portal.web.shared.LocaleSelection;
import org.shoumi.portal.web.shared.Messages;

/**
 * Completion of the training programmes per department, as a table and a stacked bar chart (Chart.js through
 * PrimeFaces' p:chart). A department head who is nothing else sees their own department only. Programmes closed
 * unfinished count among those given and not among the completed, as in the year report; one closed because its
 * departure was withdrawn as opened by mistake was never owed and is not counted at all. It counts the programmes
 * started this year, as the year report does, or those of {@code ?year=2025}, or all years ({@code ?year=all}); the
 * cells' drill-downs keep the year.
 */
@Named
@RequestScoped
public class DashboardView {

    @Inject
    VisibleProgrammes visible;

    @Inject
    Documents documents;

    @Inject
    LocaleSelection locale;

    @Inject
    Messages messages;

    @Inject
    Programmes programmes;

    @Inject
    ExternalContext external;

    @Inject
    org.shoumi.portal.reports.boundary.YearReports reports;

    @Inject
    org.shoumi.portal.organisation.boundary.Organisation organisation;

    /** The address's value for every year at once. */
    static final String ALL_YEARS = PeopleFilters.ALL_YEARS;

    private List<Completion.Department> departments;
    /** The year the counts are narrowed to (the programmes started in it, as in the year report); null: all years. */
    private Integer year;
    private List<Integer> years;

    /**
     * Counts the year asked for. A view action, so that a year it does not know is said by the page's messages,
     * which are written before anything else of the page would call the bean.
     */
    @ChangesNothing
    public void load() {
        boolean english = "en".equals(locale.getLanguage());
        years = programmes.years();
        // this year's programmes unless another year, or all years (?year=all), is asked for: a plan for next year
        // already started, or last year's programmes, read beside this year's changed the rate the year report
        // gives for this year (outside check)
        String asked = external.getRequestParameterMap().get("year");
        int thisYear = documents.today().getYear();
        if (asked == null || asked.isBlank()) {
            year = thisYear;
        } else if (ALL_YEARS.equals(asked.strip())) {
            year = null;
        } else {
            year = YearParameter.parse(asked).filter(years::contains).orElse(null);
            if (year == null) {
                // the years it can count, as the year report names its range (it said only "not a year with
                // programmes": outside check), and the year shown (the message said "this year's", the heading no
                // year: outside check); the dashboard has no fixed range, only the years programmes started in
                messages.warn("programme.dashboard.unknownYear", asked.strip(), years.isEmpty()
                        ? messages.text("programme.dashboard.noYears")
                        : years.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", ")),
                        String.valueOf(thisYear));
                year = thisYear;
            }
        }
        // a programme closed unfinished (the person left or moved) counts as given and not completed, as in the year
        // report: leaving it out read 100 % where the report read 75 % for the same people
        // one never owed (its departure withdrawn as opened by mistake) counts nowhere, as in the year report
        // a year's programmes counted in the department each person was in at its end, as the year report counts
        // them: by the current department, someone moved since put them elsewhere than the report (outside check)
        java.util.Map<String, String> departmentOf = year == null ? null : reports.departmentsOfYear(year);
        java.util.Map<String, String> names = new java.util.HashMap<>();
        organisation.departments().forEach(d -> names.put(d.getCode(), d.nameIn(english ? "en" : "zh")));
        List<Completion.Item> items = visible.list(departmentOf).stream().filter(Progress::counted)
                .filter(p -> year == null || p.getStartedOn().getYear() == year)
                .map(p -> {
                    // one closed by a move counts in the department that gave it, where the person was then
                    String code = p.countedIn(departmentOf);
                    String name = code.equals(p.departmentCode())
                            ? english ? p.departmentIn("en") : p.departmentIn("zh") : names.getOrDefault(code, code);
                    return new Completion.Item(code, name, p.complete(), p.closed(), p.due());
                })
                .toList();
        departments = Completion.byDepartment(items, documents.today());
    }

    public List<Completion.Department> getDepartments() {
        return departments;
    }

    /**
     * The heading, naming the year counted ("2026年度各部门培训完成情况") or all years: ?year=2025 and this year read
     * the same heading (outside check).
     */
    public String getTitle() {
        return year == null ? messages.text("programme.dashboard.titleAllYears")
                : messages.text("programme.dashboard.titleOfYear", String.valueOf(year));
    }

    /** The address's value for all years, for the link that asks for them. */
    public String getAllYears() {
        return ALL_YEARS;
    }

    /** The year shown, or null for all years. */
    public Integer getYear() {
        return year;
    }

    /** The year shown as written (2025, not 2,025), or null for all years. */
    /**
     * The key of the note on the year's departments: an ended year's people as at its 31 December, this year's and
     * a later year's as they are now (YearReports#yearState).
     */
    public String getYearDepartmentsKey() {
        return "programme.dashboard.yearDepartments." + reports.yearState(year == null ? documents.today().getYear() : year);
    }

    public String getYearText() {
        return year == null ? null : String.valueOf(year);
    }

    /** The years one may choose, newest first. */
    public List<Integer> getYears() {
        return years;
    }

    /** The Chart.js configuration: one stacked bar per department. */
    public String getChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        departments.forEach(d -> labels.add(d.name()));
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder()
                                .add(dataset("programme.status.complete", "#2e7d32", Completion.Department::complete))
                                .add(dataset("programme.dashboard.inTime", "#90a4ae", Completion.Department::open))
                                .add(dataset("programme.status.overdue", "#c62828", Completion.Department::overdue))
                                .add(dataset("programme.dashboard.closed", "#6d4c41", Completion.Department::closed))))
                .add("options", Json.createObjectBuilder()
                        .add("responsive", true)
                        .add("scales", Json.createObjectBuilder()
                                .add("x", Json.createObjectBuilder().add("stacked", true))
                                .add("y", Json.createObjectBuilder().add("stacked", true).add("beginAtZero", true))))
                .build().toString();
    }

    private jakarta.json.JsonObjectBuilder dataset(String labelKey, String color,
                                                   ToLongFunction<Completion.Department> count) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        departments.forEach(d -> data.add(count.applyAsLong(d)));
        return Json.createObjectBuilder().add("label", messages.text(labelKey)).add("backgroundColor", color)
                .add("data", data);
    }
}

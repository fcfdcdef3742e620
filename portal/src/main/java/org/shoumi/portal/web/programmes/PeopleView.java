package org.shoumi.portal.web.programmes;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.omnifaces.cdi.ViewScoped;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.shoumi.portal.campaigns.boundary.Reminders;
import org.shoumi.portal.employees.boundary.Employees;
import org.shoumi.portal.organisation.boundary.Organisation;
import org.shoumi.portal.organisation.entity.Department;
import org.shoumi.portal.programmes.boundary.PeopleQuery;
import org.shoumi.portal.programmes.boundary.PersonRow;
import org.shoumi.portal.programmes.boundary.Programmes;
import org.shoumi.portal.programmes.entity.ProgrammeKind;
import org.shoumi.portal.security.entity.Role;
import org.shoumi.portal.web.shared.Allowed;
import org.shoumi.portal.web.shared.ChangesNothing;
import org.shoumi.portal.web.shared.Messages;
import org.shoumi.portal.web.shared.OwnDepartmentOnly;

/**
 * The people behind a count: the programmes of a campaign or plan item, of a kind, in a department, in a state,
 * paged in the database; filterable, exportable, and (for the secrecy office and HR) remindable one by one or as a
 * selection. A department head who is nothing else sees their own department only. Reached from the campaign
 * list, the plan's items and the dashboard cells with the same parameters.
 */
@Named
@ViewScoped
public class PeopleView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Programmes programmes;

    @Inject
    Reminders reminders;

    @Inject
    Employees employees;

    @Inject
    Organisation organisation;

    @Inject
    ExternalContext external;

    @Inject
    org.shoumi.portal.reports.boundary.YearReports reports;

    @Inject
    Messages messages;

    @Inject
    org.shoumi.content.documents.boundary.Documents documents;

    @Inject
    org.shoumi.portal.programmes.boundary.CampaignQuizzes campaignQuizzes;

    @Inject
    org.shoumi.portal.departures.boundary.Departures departures;

    /** The exit programmes of the page shown that a lowering keeping the person in post gave. */
    private final java.util.HashSet<Long> loweringRows = new java.util.HashSet<>();

    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "shoumi.unit.zone", defaultValue = "Asia/Shanghai")
    String zone;

    private String campaign;
    private String kind;
    private String department;
    private String state;
    /** The year the programmes started in (as the year report counts them); blank: any year. */
    private String year;
    private transient List<Integer> years;
    /** A state or kind asked for in the address that the list does not know (?state=BOGUS), until another is chosen. */
    private String unknownState;
    private String unknownKind;
    /** A campaign or plan item code of the address that names none, until the page is left. */
    private String unknownCampaign;
    private String unknownYear;
    private String unknownDepartment;
    /** The departments of {@link #yearDepartmentsOf}'s people by staff number, read once for the view. */
    private transient java.util.Map<String, String> yearDepartments;
    private transient int yearDepartmentsOf;
    private List<PersonRow> selected = new ArrayList<>();
    private transient Reminders.Run lastRun;
    private final Model model = new Model();

    @PostConstruct
    void init() {
        // request parameters are read by f:viewParam before the first render
    }

    /** The query the filters make; a department head alone is held to their own department. */
    PeopleQuery query() {
        String dept = ownDepartmentOnly() ? ownDepartment() : blankToNull(department);
        Integer y = YearParameter.parse(year).orElse(null);
        return new PeopleQuery(blankToNull(campaign), kind == null || kind.isBlank() ? null : ProgrammeKind.valueOf(kind),
                dept == null && ownDepartmentOnly() ? "" : dept,
                state == null || state.isBlank() ? PeopleQuery.State.ALL : PeopleQuery.State.valueOf(state), y,
                // a year's department: its people at the year's end, as the dashboard and the year report count them
                dept == null || y == null ? null : peopleOf(dept, y));
    }

    private java.util.Set<String> peopleOf(String dept, int y) {
        if (yearDepartments == null || yearDepartmentsOf != y) {
            yearDepartments = reports.departmentsOfYear(y);
            yearDepartmentsOf = y;
        }
        return PeopleFilters.peopleIn(dept, yearDepartments);
    }

    @Allowed({Role.SECRECY_OFFICER, Role.HR, Role.ADMIN})
    public void remindSelected() {
        // every row chosen goes to the boundary, which reminds the open ones and counts the rest for the message: one
        // not open yet apart, complete and closed ones as such (they were dropped here, so the summary said "0 项已完成或
        // 已关闭" with two of them ticked; outside check)
        remind(selected.stream().map(PersonRow::assignmentId).toList());
    }

    @Allowed({Role.SECRECY_OFFICER, Role.HR, Role.ADMIN})
    public void remindOne(long assignmentId) {
        remind(List.of(assignmentId));
    }

    private void remind(List<Long> ids) {
        if (!mayRemind()) {
            return;
        }
        if (ids.isEmpty()) {
            messages.warn("people.remind.noneSelected");
            return;
        }
        Reminders.Run run = reminders.remindNow(ids, external.getRemoteUser());
        if (run.notOpen() > 0) {
            // 未开始: nothing can be done before its window opens, so nobody is reminded of it
            messages.warn("people.remind.notOpen", run.notOpen());
        }
        if (run.notOpen() == ids.size()) {
            selected = new ArrayList<>();
            return;
        }
        lastRun = run;
        messages.info("people.reminded", lastRun.sent(), lastRun.withoutAddress(), lastRun.failed(),
                lastRun.notYet(), lastRun.remindedToday(), lastRun.finished());
        if (lastRun.failed() > 0) {
            // a reminder sent by hand is not tried again by the daily run (mail.failed promised that it was)
            messages.warn("people.remind.failed", lastRun.failed());
        }
        selected = new ArrayList<>();
    }

    /** The secrecy office, HR and administrators may remind people from the list. */
    public boolean mayRemind() {
        return external.isUserInRole(Role.SECRECY_OFFICER.name()) || external.isUserInRole(Role.HR.name())
                || external.isUserInRole(Role.ADMIN.name());
    }

    public boolean isOwnDepartmentOnly() {
        return ownDepartmentOnly();
    }

    private boolean ownDepartmentOnly() {
        return OwnDepartmentOnly.holds(external::isUserInRole);
    }

    private String ownDepartment() {
        // none for a head whose person has left the post or the unit (outside check ex-s38e 1)
        return OwnDepartmentOnly.departmentOf(employees.ofAccount(external.getRemoteUser())).orElse(null);
    }

    /** The export link's query string: the same filters. */
    /** A campaign's or plan item's title, for the row that names only its code; the code when it has none. */
    /** The name of a row's programme: the exit programme of a lowering that keeps the person in post as such. */
    public String kindKey(PersonRow row) {
        return loweringRows.contains(row.assignmentId()) ? "programme.kind.loweringInPost"
                : "enum.ProgrammeKind." + row.kind();
    }

    public String campaignTitle(String code) {
        return code == null ? "" : campaignQuizzes.titleOf(code).orElse(code);
    }

    /** A time of the record in the unit's time zone (when a programme was closed). */
    public String time(java.time.Instant at) {
        return at == null ? ""
                : java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(at.atZone(java.time.ZoneId.of(zone)));
    }

    public String getExportQuery() {
        PeopleQuery q = query();
        StringBuilder s = new StringBuilder("state=").append(q.state().name());
        if (q.campaignCode() != null) {
            s.append("&campaign=").append(java.net.URLEncoder.encode(q.campaignCode(), java.nio.charset.StandardCharsets.UTF_8));
        }
        if (q.kind() != null) {
            s.append("&kind=").append(q.kind().name());
        }
        if (q.year() != null) {
            s.append("&year=").append(q.year());
        }
        if (department != null && !department.isBlank()) {
            s.append("&dept=").append(java.net.URLEncoder.encode(department, java.nio.charset.StandardCharsets.UTF_8));
        }
        return s.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public LazyDataModel<PersonRow> getModel() {
        return model;
    }

    public List<Department> getDepartments() {
        return organisation.departments();
    }

    public PeopleQuery.State[] getStates() {
        return PeopleQuery.State.values();
    }

    public ProgrammeKind[] getKinds() {
        return ProgrammeKind.values();
    }

    public Reminders.Run getLastRun() {
        return lastRun;
    }

    public List<PersonRow> getSelected() {
        return selected;
    }

    public void setSelected(List<PersonRow> selected) {
        this.selected = selected == null ? new ArrayList<>() : selected;
    }

    public String getCampaign() {
        return campaign;
    }

    /** The code as stored, whatever case the address gave it in (ye4-a is YE4-A). */
    public void setCampaign(String campaign) {
        this.campaign = org.shoumi.portal.programmes.boundary.PeopleQuery.campaignCodeOf(campaign);
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        boolean unknown = !PeopleFilters.knownKind(kind);
        this.kind = unknown || kind == null ? null : kind.strip();
        this.unknownKind = unknown ? kind.strip() : null;
    }

    /** The key of the note on the department filter for the year (see DashboardView#getYearDepartmentsKey). */
    public String getYearDepartmentsKey() {
        Integer y = YearParameter.parse(year).orElse(null);
        return "people.yearDepartments." + reports.yearState(y == null ? documents.today().getYear() : y);
    }

    public String getYear() {
        return year;
    }

    /**
     * A year programmes started in, or {@code all} (any year, as the dashboard's link for all years says); another
     * (abc, 1900, 2100) is not a filter of this list, and said so (1900 and 2100 read as all years without a word:
     * outside check).
     */
    public void setYear(String year) {
        boolean unknown = !PeopleFilters.knownYear(year, getYears());
        this.year = unknown || PeopleFilters.year(year) == null ? null : year.strip();
        this.unknownYear = unknown ? year.strip() : null;
    }

    /** The years one may choose, newest first. */
    public List<Integer> getYears() {
        if (years == null) {
            years = programmes.years();
        }
        return years;
    }

    public String getDepartment() {
        return department;
    }

    /**
     * A department's code (as kept: office is OFFICE); another is not a filter of this list, and said so (it read as
     * all departments without a word: outside check). A department head alone is held to their own in any case.
     */
    public void setDepartment(String department) {
        java.util.Optional<String> known = PeopleFilters.department(department, departmentCodes());
        boolean unknown = department != null && !department.isBlank() && known.isEmpty() && !ownDepartmentOnly();
        this.department = known.orElse(null);
        this.unknownDepartment = unknown ? department.strip() : null;
    }

    private List<String> departmentCodes() {
        return organisation.departments().stream().map(Department::getCode).toList();
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        boolean unknown = !PeopleFilters.knownState(state);
        this.state = unknown || state == null ? null : state.strip();
        this.unknownState = unknown ? state.strip() : null;
    }

    /**
     * Says that a state or kind of the address is not one the list knows; the list then shows nobody until one is
     * chosen. Found by an outside check: ?state=BOGUS was dropped without a word and everyone listed (while the CSV
     * of the same address answered 400).
     */
    @ChangesNothing
    public void checkFilters() {
        // the address's filters checked as its CSV checks them (PeopleFilters), each one the list does not know said:
        // a campaign no campaign or plan item has (?campaign=abc), as an unknown state is, not an empty list under
        // the heading "培训活动 abc" (outside check); a department or year nobody could choose (dept=NOPE, year=1900)
        Map<String, String> asked = external.getRequestParameterMap();
        List<PeopleFilters.Problem> problems = PeopleFilters.problems(asked.get("campaign"), asked.get("kind"),
                asked.get("dept"), asked.get("state"), asked.get("year"),
                code -> campaignQuizzes.asksOf(code).isPresent(), departmentCodes(), !ownDepartmentOnly(), getYears());
        problems.stream().filter(p -> p.key().equals("people.campaign.unknown")).findFirst()
                .ifPresent(p -> unknownCampaign = p.value());
        problems.forEach(p -> messages.warn(p.key(), p.value()));
    }

    /** Whether the address asked for a filter the list does not know (nobody is listed then). */
    public boolean isFilterUnknown() {
        return unknownState != null || unknownKind != null || unknownCampaign != null || unknownYear != null
                || unknownDepartment != null;
    }

    /** Pages the query in the database. */
    private class Model extends LazyDataModel<PersonRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            if (isFilterUnknown()) {
                return 0;
            }
            return (int) programmes.count(query());
        }

        @Override
        public List<PersonRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                    Map<String, FilterMeta> filterBy) {
            if (isFilterUnknown()) {
                return List.of();
            }
            List<PersonRow> page = programmes.people(query(), first, pageSize);
            // an exit programme of a lowering within the secret-related classes is named as such, not 离岗培训: the
            // person stays in post (outside check)
            loweringRows.clear();
            loweringRows.addAll(departures.exitProgrammesOfLowerings(page));
            return page;
        }

        @Override
        public String getRowKey(PersonRow row) {
            return String.valueOf(row.assignmentId());
        }

        @Override
        public PersonRow getRowData(String rowKey) {
            List<PersonRow> page = getWrappedData();
            return page == null ? null : page.stream().filter(r -> String.valueOf(r.assignmentId()).equals(rowKey))
                    .findFirst().orElse(null);
        }
    }
}

package org.shoumi.portal.web.shared;

import static org.shoumi.portal.security.entity.Role.ADMIN;
import static org.shoumi.portal.security.entity.Role.AUDITOR;
import static org.shoumi.portal.security.entity.Role.DEPT_HEAD;
import static org.shoumi.portal.security.entity.Role.HR;
import static org.shoumi.portal.security.entity.Role.SECRECY_OFFICER;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.ConfigurableNavigationHandler;
import jakarta.faces.application.NavigationCase;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.shoumi.portal.security.entity.Role;

/**
 * The role menu of the top bar ({@code WEB-INF/templates/layout.xhtml}), as one table: each entry's element
 * id, the view it opens, its bundle key and the roles that see it. {@code MenuRolesTest} checks every entry's
 * roles against the security constraints of web.xml, so the menu never offers a page the server refuses, nor
 * hides one a role may open.
 */
@Named
@ApplicationScoped
public class Menu {

    /** One link of the menu. No roles: every logged-in user sees it. */
    public static final class Entry {

        private final String id;
        private final String outcome;
        private final String key;
        private final Group group;
        private final Set<Role> roles;
        private final Set<String> views;

        Entry(String id, String outcome, String key, Group group, Role... roles) {
            this(id, outcome, key, group, Set.of(roles), Set.of(outcome + ".xhtml"));
        }

        private Entry(String id, String outcome, String key, Group group, Set<Role> roles, Set<String> views) {
            this.id = Objects.requireNonNull(id);
            this.outcome = Objects.requireNonNull(outcome);
            this.key = Objects.requireNonNull(key);
            this.group = Objects.requireNonNull(group);
            this.roles = Set.copyOf(roles);
            this.views = Set.copyOf(views);
        }

        /**
         * The same entry, standing also for pages opened from its page (a departure's detail from the departures
         * list), given as outcomes: on those the link and its group are marked as where the user is.
         */
        Entry within(String... outcomes) {
            Set<String> all = new java.util.HashSet<>(views);
            for (String outcome : outcomes) {
                all.add(outcome + ".xhtml");
            }
            return new Entry(id, outcome, key, group, roles, all);
        }

        /** The view ids of the entry's page and of the pages opened from it. */
        public Set<String> getViews() {
            return views;
        }

        /** The group the link is shown in. */
        public Group getGroup() {
            return group;
        }

        /** The element id, also in the generated HTML (browser tests click it). */
        public String getId() {
            return id;
        }

        /** The view id without its extension, as an {@code h:link} outcome. */
        public String getOutcome() {
            return outcome;
        }

        /** The key of the link text in the messages bundle. */
        public String getKey() {
            return key;
        }

        /** The roles that see the link; empty for every logged-in user. */
        public Set<Role> getRoles() {
            return roles;
        }

        boolean visibleTo(Predicate<Role> inRole) {
            return roles.isEmpty() || roles.stream().anyMatch(inRole);
        }
    }

    /**
     * The menu's sections, in the order shown. A person's everyday pages are links in the bar; what they report or
     * ask for now and then, and each group of pages that run the unit's secrecy work, open from their names (a
     * disclosure), so that an officer's thirty-odd links fit in a line or two. A group of which a user sees a single
     * page shows that page as a link of its own.
     */
    public enum Group {
        MINE, REQUESTS, TRAINING, PEOPLE, SUPERVISION, RECORDS, SYSTEM;

        /** The key of the group's name in the messages bundle. */
        public String getKey() {
            return "menu.group." + name().toLowerCase(java.util.Locale.ROOT);
        }

        /** The element id of the group's disclosure. */
        public String getId() {
            return "menu-group-" + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The entries of one group a user sees, in menu order. */
    public record Section(Group group, List<Entry> entries) {

        public Group getGroup() {
            return group;
        }

        public List<Entry> getEntries() {
            return entries;
        }

        /** Shown as links in the bar: the person's own pages, or a group of which only one page is seen. */
        public boolean isFlat() {
            return group == Group.MINE || entries.size() == 1;
        }
    }

    /** The menu, in the order shown. */
    public static final List<Entry> ENTRIES = List.of(
            new Entry("menu-home", "/index", "menu.home", Group.MINE),
            new Entry("menu-library", "/content/library", "menu.library", Group.MINE).within("/content/read"),
            new Entry("menu-quizzes", "/quizzes/list", "menu.quizzes", Group.MINE)
                    .within("/quizzes/start", "/quizzes/take", "/quizzes/result", "/quizzes/review", "/quizzes/mistakes",
                            "/quizzes/daily"),
            new Entry("menu-pledges", "/pledges/mine", "menu.pledges", Group.MINE).within("/pledges/sign"),
            new Entry("menu-inspections", "/inspections/mine", "menu.inspections", Group.MINE).within("/inspections/fill"),
            new Entry("menu-calendar", "/calendar", "menu.calendar", Group.MINE),
            new Entry("menu-findings", "/inspections/findings", "menu.findings", Group.MINE),
            new Entry("menu-check-in", "/sessions/checkin", "menu.checkIn", Group.MINE),
            new Entry("menu-matters-mine", "/matters/mine", "menu.mattersMine", Group.REQUESTS),
            new Entry("menu-travel", "/travel/mine", "menu.travel", Group.REQUESTS),
            new Entry("menu-incident-report", "/incidents/report", "menu.incidentReport", Group.REQUESTS)
                    .within("/incidents/mine"),
            new Entry("menu-disclosures-mine", "/disclosures/mine", "menu.disclosuresMine", Group.REQUESTS)
                    .within("/disclosures/request"),
            new Entry("menu-programmes", "/programmes/overview", "menu.programmes", Group.TRAINING,
                    HR, SECRECY_OFFICER, DEPT_HEAD, AUDITOR, ADMIN).within("/programmes/people"),
            new Entry("menu-dashboard", "/programmes/dashboard", "menu.dashboard", Group.TRAINING,
                    HR, SECRECY_OFFICER, DEPT_HEAD, AUDITOR, ADMIN),
            new Entry("menu-year-report", "/reports/year", "menu.yearReport", Group.TRAINING,
                    SECRECY_OFFICER, DEPT_HEAD, AUDITOR, ADMIN),
            new Entry("menu-plans", "/campaigns/plans", "menu.plans", Group.TRAINING, SECRECY_OFFICER, ADMIN, AUDITOR),
            new Entry("menu-campaigns", "/campaigns/manage", "menu.campaigns", Group.TRAINING, SECRECY_OFFICER, ADMIN,
                    AUDITOR),
            new Entry("menu-quiz-manage", "/quizzes/manage", "menu.quizManage", Group.TRAINING, SECRECY_OFFICER, ADMIN,
                    AUDITOR)
                    .within("/quizzes/import", "/quizzes/stats", "/quizzes/results", "/quizzes/accommodations"),
            new Entry("menu-sessions", "/sessions/manage", "menu.sessions", Group.TRAINING, SECRECY_OFFICER, ADMIN),
            new Entry("menu-content", "/content/manage", "menu.content", Group.TRAINING, SECRECY_OFFICER, ADMIN)
                    .within("/content/edit", "/content/readers"),
            new Entry("menu-employees", "/employees/list", "menu.employees", Group.PEOPLE,
                    HR, SECRECY_OFFICER, AUDITOR, ADMIN).within("/employees/change", "/employees/hire", "/employees/import",
                    "/employees/move"),
            new Entry("menu-vetting", "/vetting/manage", "menu.vetting", Group.PEOPLE, HR, SECRECY_OFFICER, AUDITOR),
            new Entry("menu-matters-manage", "/matters/manage", "menu.mattersManage", Group.PEOPLE,
                    SECRECY_OFFICER, AUDITOR),
            new Entry("menu-travel-manage", "/travel/manage", "menu.travelManage", Group.PEOPLE,
                    SECRECY_OFFICER, AUDITOR),
            new Entry("menu-liaisons", "/liaisons/manage", "menu.liaisons", Group.PEOPLE, SECRECY_OFFICER, AUDITOR),
            new Entry("menu-special-pledges", "/pledges/topics", "menu.specialPledges", Group.PEOPLE, SECRECY_OFFICER),
            new Entry("menu-departures", "/departures/list", "menu.departures", Group.PEOPLE, HR)
                    .within("/departures/detail"),
            new Entry("menu-restrictions", "/departures/restrictions", "menu.restrictions", Group.PEOPLE,
                    HR, SECRECY_OFFICER, AUDITOR),
            new Entry("menu-inspection-rounds", "/inspections/rounds", "menu.inspectionRounds", Group.SUPERVISION,
                    SECRECY_OFFICER, AUDITOR),
            new Entry("menu-open-findings", "/inspections/open-findings", "menu.openFindings", Group.SUPERVISION,
                    SECRECY_OFFICER, AUDITOR),
            new Entry("menu-inspection-follow-up", "/inspections/department", "menu.inspectionFollowUp",
                    Group.SUPERVISION, SECRECY_OFFICER, DEPT_HEAD, AUDITOR),
            new Entry("menu-incidents", "/incidents/manage", "menu.incidents", Group.SUPERVISION, SECRECY_OFFICER,
                    AUDITOR),
            new Entry("menu-conduct", "/incidents/conduct", "menu.conduct", Group.SUPERVISION,
                    SECRECY_OFFICER, HR, AUDITOR),
            new Entry("menu-disclosures", "/disclosures/register", "menu.disclosures", Group.SUPERVISION,
                    SECRECY_OFFICER, DEPT_HEAD, AUDITOR),
            new Entry("menu-records", "/records/index", "menu.records", Group.RECORDS,
                    HR, SECRECY_OFFICER, AUDITOR, ADMIN),
            new Entry("menu-evidence", "/audit/evidence", "menu.evidence", Group.RECORDS,
                    AUDITOR, SECRECY_OFFICER, ADMIN),
            new Entry("menu-document-history", "/audit/documents", "menu.documentHistory", Group.RECORDS,
                    AUDITOR, SECRECY_OFFICER, ADMIN),
            new Entry("menu-login-history", "/audit/logins", "menu.loginHistory", Group.RECORDS,
                    AUDITOR, SECRECY_OFFICER, ADMIN),
            new Entry("menu-backup", "/admin/backup", "menu.backup", Group.SYSTEM, ADMIN),
            new Entry("menu-logins", "/admin/accounts", "menu.logins", Group.SYSTEM, ADMIN));

    /** The request attribute that keeps the current user's entries for the rest of the request. */
    private static final String VISIBLE = Menu.class.getName() + ".visible";

    /** The request attribute that keeps the current user's roles for the rest of the request. */
    private static final String ROLES = Menu.class.getName() + ".roles";

    /**
     * Each outcome's address: the same for every user and request (one Faces mapping, {@code *.xhtml}, and a fixed
     * context path), found through the navigation handler once.
     */
    private final Map<String, String> hrefs = new ConcurrentHashMap<>();

    /**
     * The entries the current user sees, in menu order. Each role is asked of the container once per request, not
     * once per entry and role ({@link #currentRoles()}): every {@code isUserInRole} goes through Liberty's
     * authorization, which builds the subject's group ids anew each time; the list is kept in the request for the
     * page's later evaluations.
     */
    @SuppressWarnings("unchecked")
    public List<Entry> getVisibleEntries() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Map<String, Object> request = external.getRequestMap();
        Object kept = request.get(VISIBLE);
        if (kept != null) {
            return (List<Entry>) kept;
        }
        List<Entry> visible = visibleTo(currentRoles()::contains);
        request.put(VISIBLE, visible);
        return visible;
    }

    /**
     * The current user's roles, each asked of the container once per request and kept in the request, for the menu
     * and for any page of the same request that needs them.
     */
    @SuppressWarnings("unchecked")
    public Set<Role> currentRoles() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Map<String, Object> request = external.getRequestMap();
        Object kept = request.get(ROLES);
        if (kept != null) {
            return (Set<Role>) kept;
        }
        Set<Role> mine = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (external.isUserInRole(role.name())) {
                mine.add(role);
            }
        }
        request.put(ROLES, mine);
        return mine;
    }

    /** The groups the current user sees, each with its entries, in menu order. */
    public List<Section> getVisibleSections() {
        return sections(getVisibleEntries());
    }

    /** Whether the entry leads to the page being shown (marked aria-current="page", and its group too). */
    public boolean current(Entry entry) {
        return (entry.getOutcome() + ".xhtml").equals(viewId());
    }

    /**
     * Whether the page being shown is the entry's or one opened from it (marked as where the user is, and its
     * group too).
     */
    public boolean within(Entry entry) {
        return entry.getViews().contains(viewId());
    }

    /** Whether the page being shown is within one of the section's entries. */
    public boolean current(Section section) {
        return section.entries().stream().anyMatch(this::within);
    }

    private static String viewId() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getViewRoot() == null ? null : faces.getViewRoot().getViewId();
    }

    /** Entries in menu order, grouped: a section per group that has one, in the groups' order. */
    static List<Section> sections(List<Entry> entries) {
        Map<Group, List<Entry>> byGroup = new java.util.EnumMap<>(Group.class);
        entries.forEach(e -> byGroup.computeIfAbsent(e.getGroup(), g -> new java.util.ArrayList<>()).add(e));
        return byGroup.entrySet().stream().map(g -> new Section(g.getKey(), List.copyOf(g.getValue()))).toList();
    }

    /**
     * The address of the entry's page, made as {@code h:link} makes it: the navigation case of the outcome, then
     * the view handler's bookmarkable URL of its view ({@code /shoumi/index.xhtml}). The menu is a
     * {@code ui:repeat} of plain {@code <a>} elements, because an {@code h:link} in a {@code ui:repeat} would get
     * the repeat's id prefix instead of its own id.
     */
    public String href(Entry entry) {
        // an error dispatch (a page of WEB-INF/errorpages) is mapped differently: computed, not kept
        if (FacesContext.getCurrentInstance().getExternalContext().getRequestMap()
                .containsKey(RequestDispatcher.ERROR_REQUEST_URI)) {
            return hrefOf(entry);
        }
        return hrefs.computeIfAbsent(entry.getOutcome(), outcome -> hrefOf(entry));
    }

    private String hrefOf(Entry entry) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ConfigurableNavigationHandler navigation =
                (ConfigurableNavigationHandler) faces.getApplication().getNavigationHandler();
        NavigationCase target = navigation.getNavigationCase(faces, null, entry.getOutcome());
        if (target == null) {
            throw new IllegalStateException("no view for the menu outcome " + entry.getOutcome());
        }
        return faces.getApplication().getViewHandler().getBookmarkableURL(faces, target.getToViewId(faces), Map.of(),
                target.isIncludeViewParams());
    }

    /** The entries a user with these roles sees, in menu order. */
    static List<Entry> visibleTo(Predicate<Role> inRole) {
        return ENTRIES.stream().filter(entry -> entry.visibleTo(inRole)).toList();
    }
}

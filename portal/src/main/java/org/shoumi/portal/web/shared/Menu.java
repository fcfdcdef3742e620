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
        private final Set<Role> roles;

        Entry(String id, String outcome, String key, Role... roles) {
            this.id = Objects.requireNonNull(id);
            this.outcome = Objects.requireNonNull(outcome);
            this.key = Objects.requireNonNull(key);
            this.roles = Set.copyOf(List.of(roles));
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

    /** The menu, in the order shown. */
    public static final List<Entry> ENTRIES = List.of(
            new Entry("menu-home", "/index", "menu.home"),
            new Entry("menu-library", "/content/library", "menu.library"),
            new Entry("menu-quizzes", "/quizzes/list", "menu.quizzes"),
            new Entry("menu-pledges", "/pledges/mine", "menu.pledges"),
            new Entry("menu-inspections", "/inspections/mine", "menu.inspections"),
            new Entry("menu-calendar", "/calendar", "menu.calendar"),
            new Entry("menu-findings", "/inspections/findings", "menu.findings"),
            new Entry("menu-check-in", "/sessions/checkin", "menu.checkIn"),
            new Entry("menu-matters-mine", "/matters/mine", "menu.mattersMine"),
            new Entry("menu-travel", "/travel/mine", "menu.travel"),
            new Entry("menu-incident-report", "/incidents/report", "menu.incidentReport"),
            new Entry("menu-inspection-rounds", "/inspections/rounds", "menu.inspectionRounds",
                    SECRECY_OFFICER, AUDITOR),
            new Entry("menu-open-findings", "/inspections/open-findings", "menu.openFindings",
                    SECRECY_OFFICER, AUDITOR),
            new Entry("menu-programmes", "/programmes/overview", "menu.programmes",
                    HR, SECRECY_OFFICER, DEPT_HEAD, AUDITOR, ADMIN),
            new Entry("menu-dashboard", "/programmes/dashboard", "menu.dashboard",
                    HR, SECRECY_OFFICER, DEPT_HEAD, AUDITOR, ADMIN),
            new Entry("menu-quiz-manage", "/quizzes/manage", "menu.quizManage", SECRECY_OFFICER, ADMIN),
            new Entry("menu-campaigns", "/campaigns/manage", "menu.campaigns", SECRECY_OFFICER, ADMIN),
            new Entry("menu-plans", "/campaigns/plans", "menu.plans", SECRECY_OFFICER, ADMIN),
            new Entry("menu-year-report", "/reports/year", "menu.yearReport", SECRECY_OFFICER, DEPT_HEAD, AUDITOR,
                    ADMIN),
            new Entry("menu-sessions", "/sessions/manage", "menu.sessions", SECRECY_OFFICER, ADMIN),
            new Entry("menu-vetting", "/vetting/manage", "menu.vetting", HR, SECRECY_OFFICER, AUDITOR),
            new Entry("menu-matters-manage", "/matters/manage", "menu.mattersManage", SECRECY_OFFICER, AUDITOR),
            new Entry("menu-incidents", "/incidents/manage", "menu.incidents", SECRECY_OFFICER),
            new Entry("menu-conduct", "/incidents/conduct", "menu.conduct", SECRECY_OFFICER, HR, AUDITOR),
            new Entry("menu-special-pledges", "/pledges/topics", "menu.specialPledges", SECRECY_OFFICER),
            new Entry("menu-content", "/content/manage", "menu.content", SECRECY_OFFICER, ADMIN),
            new Entry("menu-records", "/records/index", "menu.records", HR, SECRECY_OFFICER, AUDITOR, ADMIN),
            new Entry("menu-evidence", "/audit/evidence", "menu.evidence", AUDITOR, SECRECY_OFFICER, ADMIN),
            new Entry("menu-employees", "/employees/list", "menu.employees", HR, SECRECY_OFFICER, AUDITOR, ADMIN),
            new Entry("menu-departures", "/departures/list", "menu.departures", HR),
            new Entry("menu-restrictions", "/departures/restrictions", "menu.restrictions",
                    HR, SECRECY_OFFICER, AUDITOR),
            new Entry("menu-travel-manage", "/travel/manage", "menu.travelManage", SECRECY_OFFICER, AUDITOR),
            new Entry("menu-backup", "/admin/backup", "menu.backup", ADMIN),
            new Entry("menu-logins", "/admin/accounts", "menu.logins", ADMIN));

    /** The request attribute that keeps the current user's entries for the rest of the request. */
    private static final String VISIBLE = Menu.class.getName() + ".visible";

    /**
     * Each outcome's address: the same for every user and request (one Faces mapping, {@code *.xhtml}, and a fixed
     * context path), found through the navigation handler once.
     */
    private final Map<String, String> hrefs = new ConcurrentHashMap<>();

    /**
     * The entries the current user sees, in menu order. Each role is asked of the container once per request, not
     * once per entry and role: every {@code isUserInRole} goes through Liberty's authorization, which builds the
     * subject's group ids anew each time; the list is kept in the request for the page's later evaluations.
     */
    @SuppressWarnings("unchecked")
    public List<Entry> getVisibleEntries() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Map<String, Object> request = external.getRequestMap();
        Object kept = request.get(VISIBLE);
        if (kept != null) {
            return (List<Entry>) kept;
        }
        Set<Role> mine = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (external.isUserInRole(role.name())) {
                mine.add(role);
            }
        }
        List<Entry> visible = visibleTo(mine::contains);
        request.put(VISIBLE, visible);
        return visible;
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

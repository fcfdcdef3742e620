package org.shoumi.portal.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.security.entity.Role;

/**
 * The menu table ({@link Menu}) against the security constraints of web.xml ({@link WebXmlRoles}): every entry is
 * seen by exactly the roles web.xml lets open the page it leads to.
 */
class MenuRolesTest {

    private static final Path WEBAPP = WebXmlRoles.WEBAPP;
    private static final Path LAYOUT = WEBAPP.resolve("WEB-INF/templates/layout.xhtml");
    private static final Path MESSAGES = Path.of("src/main/resources/org/shoumi/portal/i18n");

    private static WebXmlRoles webXml;
    private static Map<String, WebXmlRoles.Grant> grants;
    private static Set<String> declaredRoles;

    @BeforeAll
    static void readWebXml() throws Exception {
        webXml = WebXmlRoles.read();
        grants = webXml.grants;
        declaredRoles = webXml.declaredRoles;
    }

    private static String mostSpecificPattern(Set<String> patterns, String path) {
        return WebXmlRoles.mostSpecificPattern(patterns, path);
    }

    private static Set<String> rolesAllowed(String path) {
        return webXml.rolesAllowed(path);
    }

    /** The roles that see the entry: every declared role for an entry with none (every logged-in user). */
    private static Set<String> rolesShown(Menu.Entry entry) {
        Set<String> roles = new TreeSet<>();
        if (entry.getRoles().isEmpty()) {
            roles.addAll(declaredRoles);
        } else {
            entry.getRoles().forEach(role -> roles.add(role.name()));
        }
        return roles;
    }

    private static String page(Menu.Entry entry) {
        return entry.getOutcome() + ".xhtml";
    }

    @Test
    void theMatchingFollowsTheServletRules() {
        Set<String> patterns = Set.of("/a.xhtml", "/a/*", "/a/b/*", "/*", "*.pdf");
        assertEquals("/a.xhtml", mostSpecificPattern(patterns, "/a.xhtml"));
        assertEquals("/a/*", mostSpecificPattern(patterns, "/a/x.xhtml"));
        assertEquals("/a/b/*", mostSpecificPattern(patterns, "/a/b/x.xhtml"));
        assertEquals("/*", mostSpecificPattern(patterns, "/ab/x.xhtml"));
        assertEquals("/*", mostSpecificPattern(patterns, "/x.pdf"), "a path prefix beats an extension");
        assertEquals("*.pdf", mostSpecificPattern(Set.of("/a/*", "*.pdf"), "/x.pdf"));
        assertEquals(null, mostSpecificPattern(Set.of("/a/*"), "/b.xhtml"));
    }

    @Test
    void webXmlWasRead() {
        Set<String> roles = new TreeSet<>();
        for (Role role : Role.values()) {
            roles.add(role.name());
        }
        assertEquals(roles, declaredRoles, "web.xml declares the roles of the Role enum");
        assertTrue(grants.containsKey("/*"), "web.xml protects everything else");
        assertEquals(declaredRoles, grants.get("/*").roles());
        assertEquals(null, grants.get("/login.xhtml").roles(), "the login page is public");
    }

    /**
     * Pages web.xml opens to a role that the page itself narrows to some of its holders, and so the menu does not
     * offer to the whole role: the self-inspection follow-up lets an employee in only as their department's liaison
     * serving now (404 for any other); a liaison reaches it from the home page.
     */
    private static final Map<String, Set<String>> NARROWED_BY_THE_PAGE = Map.of(
            "/inspections/department.xhtml", Set.of("EMPLOYEE"));

    @Test
    void everyEntrySeesExactlyTheRolesWebXmlLetsIn() {
        List<String> wrong = new ArrayList<>();
        for (Menu.Entry entry : Menu.ENTRIES) {
            Set<String> shown = rolesShown(entry);
            Set<String> allowed = new TreeSet<>(rolesAllowed(page(entry)));
            allowed.removeAll(NARROWED_BY_THE_PAGE.getOrDefault(page(entry), Set.of()));
            if (!shown.equals(allowed)) {
                wrong.add(entry.getId() + " (" + page(entry) + ", " + mostSpecificPattern(grants.keySet(), page(entry))
                        + "): menu " + shown + ", web.xml " + allowed);
            }
        }
        assertEquals(List.of(), wrong, "menu entries whose roles differ from web.xml");
    }

    @Test
    void everyRoleSeesOnlyPagesItMayOpen() {
        for (Role role : Role.values()) {
            for (Menu.Entry entry : Menu.visibleTo(role::equals)) {
                assertTrue(rolesAllowed(page(entry)).contains(role.name()), role + " sees " + entry.getId());
            }
        }
        assertEquals(Menu.ENTRIES.size(), Menu.visibleTo(role -> role == Role.ADMIN || role == Role.HR
                || role == Role.SECRECY_OFFICER || role == Role.AUDITOR).size(), "together they see everything");
        assertEquals(List.of("menu-home", "menu-library", "menu-quizzes", "menu-pledges", "menu-inspections",
                "menu-calendar", "menu-findings", "menu-check-in", "menu-matters-mine", "menu-travel",
                "menu-incident-report", "menu-disclosures-mine"), Menu.visibleTo(Role.EMPLOYEE::equals).stream().map(Menu.Entry::getId).toList());
    }

    @Test
    void entriesAreWellFormed() throws IOException {
        Properties en = load("messages.properties");
        Properties zh = load("messages_zh_CN.properties");
        Set<String> ids = new HashSet<>();
        for (Menu.Entry entry : Menu.ENTRIES) {
            assertTrue(entry.getId().matches("menu-[a-z-]+"), entry.getId());
            assertTrue(ids.add(entry.getId()), "twice: " + entry.getId());
            assertTrue(entry.getOutcome().startsWith("/") && !entry.getOutcome().endsWith(".xhtml"), entry.getOutcome());
            assertTrue(Files.isRegularFile(WEBAPP.resolve(page(entry).substring(1))), "no page " + page(entry));
            assertTrue(en.containsKey(entry.getKey()) && zh.containsKey(entry.getKey()), "no text " + entry.getKey());
        }
    }

    /**
     * The pages an entry stands for besides its own (a departure's detail for the departures list) exist, belong to
     * one entry only, and are not pages of another entry.
     */
    @Test
    void pagesOpenedFromAnEntryExistAndBelongToOneEntry() {
        Map<String, String> owner = new LinkedHashMap<>();
        for (Menu.Entry entry : Menu.ENTRIES) {
            assertTrue(entry.getViews().contains(page(entry)), entry.getId() + " does not stand for its own page");
            for (String view : entry.getViews()) {
                assertTrue(Files.isRegularFile(WEBAPP.resolve(view.substring(1))), "no page " + view);
                String before = owner.put(view, entry.getId());
                assertEquals(null, before, view + " is within " + before + " and " + entry.getId());
            }
        }
        assertTrue(Menu.ENTRIES.stream().anyMatch(e -> e.getViews().contains("/departures/detail.xhtml")),
                "a departure's detail page marks no menu entry");
    }

    @Test
    void theTableIsInGroupOrderAndEveryGroupHasAName() throws IOException {
        Properties en = load("messages.properties");
        Properties zh = load("messages_zh_CN.properties");
        for (Menu.Group group : Menu.Group.values()) {
            assertTrue(en.containsKey(group.getKey()) && zh.containsKey(group.getKey()), "no text " + group.getKey());
        }
        // the table lists each group's entries together, so that the menu shows them in the table's order
        List<Menu.Group> order = Menu.ENTRIES.stream().map(Menu.Entry::getGroup).distinct().toList();
        assertEquals(List.of(Menu.Group.values()), order, "groups in the table's order");
        for (int i = 1; i < Menu.ENTRIES.size(); i++) {
            assertTrue(Menu.ENTRIES.get(i).getGroup().compareTo(Menu.ENTRIES.get(i - 1).getGroup()) >= 0,
                    Menu.ENTRIES.get(i).getId() + " is apart from its group");
        }
    }

    @Test
    void anEmployeeSeesLinksAndAnOfficerTheirGroupsWhichOpenFromTheirNames() {
        List<Menu.Section> employee = Menu.sections(Menu.visibleTo(Role.EMPLOYEE::equals));
        assertEquals(List.of(Menu.Group.MINE, Menu.Group.REQUESTS), employee.stream().map(Menu.Section::group).toList());
        assertTrue(employee.get(0).isFlat(), "a person's everyday pages are links in the bar");
        assertEquals(List.of("menu-matters-mine", "menu-travel", "menu-incident-report", "menu-disclosures-mine"),
                employee.get(1).entries().stream().map(Menu.Entry::getId).toList());
        assertFalse(employee.get(1).isFlat(), "reports and requests open from the group's name");

        List<Menu.Section> officer = Menu.sections(Menu.visibleTo(r -> r == Role.EMPLOYEE || r == Role.SECRECY_OFFICER));
        assertEquals(List.of(Menu.Group.MINE, Menu.Group.REQUESTS, Menu.Group.TRAINING, Menu.Group.PEOPLE,
                Menu.Group.SUPERVISION, Menu.Group.RECORDS), officer.stream().map(Menu.Section::group).toList());
        assertEquals(List.of(true, false, false, false, false, false),
                officer.stream().map(Menu.Section::isFlat).toList(), "the unit's pages open from a group's name");
        assertTrue(officer.get(2).entries().stream().anyMatch(e -> e.getId().equals("menu-quiz-manage")));

        // HR sees one page of the inspections group and one of the records group: a link, not a group of one
        List<Menu.Section> hr = Menu.sections(Menu.visibleTo(r -> r == Role.EMPLOYEE || r == Role.HR));
        Menu.Section supervision = hr.stream().filter(s -> s.group() == Menu.Group.SUPERVISION).findFirst().orElseThrow();
        assertEquals(List.of("menu-conduct"), supervision.entries().stream().map(Menu.Entry::getId).toList());
        assertTrue(supervision.isFlat());
    }

    @Test
    void theLayoutRendersTheTableAndNoHandWrittenRoleLinks() throws IOException {
        String layout = Files.readString(LAYOUT, StandardCharsets.UTF_8);
        assertTrue(layout.contains("value=\"#{menu.visibleSections}\""), "layout.xhtml renders Menu");
        assertFalse(layout.contains("isUserInRole"), "a role check in layout.xhtml bypasses the menu table");
        for (Menu.Entry entry : Menu.ENTRIES) {
            assertFalse(layout.contains("\"" + entry.getId() + "\""), entry.getId() + " is also written by hand");
        }
    }

    private static Properties load(String file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(MESSAGES.resolve(file), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}

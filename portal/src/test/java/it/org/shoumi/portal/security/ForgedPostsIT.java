package it.org.shoumi.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.shoumi.portal.FromInside;
import it.org.shoumi.portal.PortalClient;
import it.org.shoumi.portal.PortalClient.Page;
import it.org.shoumi.portal.TestData;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.departures.boundary.Departures;
import org.shoumi.portal.departures.entity.DepartureKind;
import org.shoumi.portal.employees.entity.Employee;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.employees.entity.SecrecyClass;
import org.shoumi.portal.events.PledgeSigned;
import org.shoumi.portal.organisation.entity.Department;
import org.shoumi.portal.organisation.entity.Post;
import org.shoumi.portal.travel.boundary.Travel;
import org.shoumi.portal.travel.boundary.TripDraft;
import org.shoumi.portal.travel.entity.PurposeCategory;
import org.shoumi.portal.travel.entity.TripStatus;

/**
 * Hand-made posts of forms a page hides from the caller's role, as an outside check sent them: the page's own view
 * state and nonce (carried by the top bar's form, which every page has) with another form's fields. Before, the
 * read-only auditor approved a trip abroad this way and sent the 脱密期 notices, and a secrecy officer ran HR's exit
 * checklist and approval. Each is refused now with a message and nothing changes; the same post by the role the form
 * is for goes through, which shows the post reaches the action.
 */
class ForgedPostsIT extends FromInside {

    private static final String DEMO_PASSWORD = "Shoumi@2026";
    private static final String NOT_ALLOWED = "您没有进行此操作的权限";

    @Inject
    TestData data;

    @Inject
    Travel travel;

    @Inject
    Departures departures;

    @Inject
    HttpServletRequest request;

    private String traveller;
    private String leaver;
    private LocalDate today;

    @BeforeEach
    void people() {
        String id = Long.toString(System.nanoTime(), 36).toUpperCase();
        Department department = new Department("FP" + id, "伪造测试部", null);
        Post post = new Post("FQ" + id, "伪造测试岗", null);
        LocalDate hired = LocalDate.of(2020, 3, 1);
        traveller = "FT" + id;
        leaver = "FL" + id;
        data.persist(department, post,
                new Employee(traveller, "出境测试", department, post, SecrecyClass.IMPORTANT, EmployeeStatus.ACTIVE, hired),
                new Employee(leaver, "离岗测试", department, post, SecrecyClass.GENERAL, EmployeeStatus.ACTIVE, hired));
        today = travel.today();
    }

    private PortalClient login(String user) throws Exception {
        PortalClient client = new PortalClient(portalAddress(request));
        client.login(user, DEMO_PASSWORD);
        return client;
    }

    /** Posts form {@code formId}'s fields and button through the page's top bar form (its view state and nonce). */
    private static Page forge(PortalClient client, Page page, String formId, String button, Map<String, String> fields)
            throws Exception {
        Map<String, String> all = new java.util.HashMap<>(fields);
        all.put(formId + "_SUBMIT", "1");
        return client.submit(page, "topbar", button, all);
    }

    @Test
    void theAuditorCannotApproveATripAbroadNorSendNotices() throws Exception {
        long trip = travel.request(traveller, new TripDraft("JP", today.plusDays(20), today.plusDays(25),
                PurposeCategory.TOURISM, "旅游"), traveller.toLowerCase());
        travel.recordBriefing(trip, today, "保密办", "officer");

        PortalClient auditor = login("auditor");
        Page page = auditor.get("travel/manage.xhtml");
        assertEquals(200, page.status());
        assertFalse(page.contains("id=\"decision\""), "the auditor sees no decision form");
        Page forged = forge(auditor, page, "decision", "decision:approve",
                Map.of("decision:trip", Long.toString(trip), "decision:reason", ""));
        assertTrue(forged.contains(NOT_ALLOWED), forged.status() + " " + forged.body());
        assertEquals(TripStatus.BRIEFED, travel.trip(trip).orElseThrow().status(), "not approved");

        Page restrictions = auditor.get("departures/restrictions.xhtml");
        Page notices = forge(auditor, restrictions, "notices", "notices:send", Map.of());
        assertTrue(notices.contains(NOT_ALLOWED), notices.body());
        assertFalse(notices.contains("已发送"), "no notices run");

        PortalClient officer = login("officer");
        Page officers = officer.get("travel/manage.xhtml");
        forge(officer, officers, "decision", "decision:approve",
                Map.of("decision:trip", Long.toString(trip), "decision:reason", ""));
        assertEquals(TripStatus.APPROVED, travel.trip(trip).orElseThrow().status(),
                "the same post by the secrecy office approves: the post reached the action");
    }

    @Test
    void theSecrecyOfficeCannotRunHrsExitChecklistOrApproval() throws Exception {
        long d = departures.open(leaver, DepartureKind.LEAVE_UNIT, today, "调离", "hr");
        PortalClient officer = login("officer");
        Page page = officer.get("departures/detail.xhtml?id=" + d);
        assertEquals(200, page.status());
        assertFalse(page.contains("id=\"declare\""), "the checklist's forms are HR's");
        Page declared = forge(officer, page, "declare", "declare:submit", Map.of());
        assertTrue(declared.contains(NOT_ALLOWED), declared.body());
        assertFalse(departures.detail(d).orElseThrow().isNoCarriersDeclared(), "nothing declared");

        departures.declareNoCarriers(d, "hr");
        departures.recordBriefing(d, today, "保密办", "hr");
        data.fire(new PledgeSigned(1L, leaver, "EXIT", Instant.now()));
        Page ready = officer.get("departures/detail.xhtml?id=" + d);
        Page approved = forge(officer, ready, "approve", "approve:submit", Map.of("approve:approvedOn_input",
                today.toString()));
        assertTrue(approved.contains(NOT_ALLOWED), approved.body());
        assertTrue(departures.detail(d).orElseThrow().isOpen(), "still open");

        PortalClient hr = login("hr");
        Page hrs = hr.get("departures/detail.xhtml?id=" + d);
        hr.submit(hrs, "approve", "approve:submit", Map.of("approve:approvedOn_input", today.toString()));
        assertFalse(departures.detail(d).orElseThrow().isOpen(), "HR approves");
    }

    /**
     * Found by an outside check: a choice that is not on the list (a trip, a checklist, a scope) came back with nothing
     * saved and no word why (Faces' message went to the field, which has no message of its own, and showed only in
     * the growl, which fades). The page's own messages say it now.
     */
    @Test
    void aChoiceNotOnTheListIsSaidAmongThePagesMessages() throws Exception {
        travel.request(traveller, new TripDraft("JP", today.plusDays(20), today.plusDays(25), PurposeCategory.TOURISM,
                "旅游"), traveller.toLowerCase());
        java.util.regex.Pattern said = java.util.regex.Pattern.compile(
                "(?s).*ui-messages-error-summary[^>]*>[^<]*提交的值不在可选项中.*");
        PortalClient officer = login("officer");
        Page manage = officer.get("travel/manage.xhtml");
        Page trip = officer.submit(manage, "briefing", "briefing:submit", Map.of("briefing:trip", "99999",
                "briefing:day_input", today.toString(), "briefing:givenBy", "保密办"));
        assertTrue(said.matcher(trip.body()).matches(), trip.body());

        Page rounds = officer.get("inspections/rounds.xhtml");
        for (Map<String, String> forged : List.<Map<String, String>>of(Map.of("open-round:checklist", "checklist.nope"),
                Map.of("open-round:scope", "NOPE"))) {
            Map<String, String> fields = new java.util.HashMap<>(Map.of("open-round:name", "伪造自查 " + traveller,
                    "open-round:checklist", "checklist.personal", "open-round:scope", "PERSONAL",
                    "open-round:due_input", today.plusDays(10).toString()));
            fields.putAll(forged);
            Page refused = officer.submit(rounds, "open-round", "open-round:open", fields);
            assertTrue(said.matcher(refused.body()).matches(), forged + ": " + refused.body());
            assertFalse(officer.get("inspections/rounds.xhtml").contains("伪造自查 " + traveller), "no round");
        }
    }
}

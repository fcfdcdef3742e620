package it.org.shoumi.portal.travel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.shoumi.portal.Deployments;
import it.org.shoumi.portal.FromInside;
import it.org.shoumi.portal.PortalClient;
import it.org.shoumi.portal.TestData;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.departures.boundary.Departures;
import org.shoumi.portal.departures.entity.DepartureKind;
import org.shoumi.portal.employees.entity.Employee;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.employees.entity.SecrecyClass;
import org.shoumi.portal.evidence.boundary.EvidenceLog;
import org.shoumi.portal.evidence.entity.EvidenceKind;
import org.shoumi.portal.events.PledgeSigned;
import org.shoumi.portal.notifications.boundary.Notifications;
import org.shoumi.portal.notifications.entity.Notification;
import org.shoumi.portal.organisation.entity.Department;
import org.shoumi.portal.organisation.entity.Post;
import org.shoumi.portal.security.boundary.Accounts;
import org.shoumi.portal.security.entity.Role;
import org.shoumi.portal.departures.entity.PeriodAdjustment;
import org.shoumi.portal.travel.boundary.Travel;
import org.shoumi.portal.travel.boundary.TravelRecords;
import org.shoumi.portal.travel.boundary.TravelRefusedException;
import org.shoumi.portal.travel.boundary.TravelRows;
import org.shoumi.portal.travel.boundary.TripDraft;
import org.shoumi.portal.travel.control.Refusal;
import org.shoumi.portal.travel.entity.PassportAction;
import org.shoumi.portal.travel.entity.PurposeCategory;
import org.shoumi.portal.travel.entity.TravelRequest;
import org.shoumi.portal.travel.entity.TravelRule;
import org.shoumi.portal.travel.entity.TravelStep;
import org.shoumi.portal.travel.entity.TripStatus;

/**
 * Travel abroad on a started server: a secret-related person's request goes through the briefing to approval and
 * the debrief; approval is refused while no briefing is recorded; a refusal needs a reason; a non-secret person is
 * told no approval is needed; bad input names the field and stores nothing; a person never reaches another's
 * request; passports are handed out only for an approved trip and show overdue; the restrictions API answers the
 * in-post rule and the 脱密期 rule; the evidence chain verifies. Each test has people of its own.
 */
class TravelIT extends FromInside {

    private static final String PASSWORD = "Tide-Lamp-739";
    private static final String DEMO_PASSWORD = "Shoumi@2026";

    @Inject
    TestData data;

    @Inject
    Travel travel;

    @Inject
    Departures departures;

    @Inject
    EvidenceLog evidence;

    @Inject
    Notifications notifications;

    @Inject
    Accounts accounts;

    @Inject
    TravelRecords records;

    @Inject
    HttpServletRequest request;

    private String core;
    private String general;
    private String none;
    private String leaver;
    private LocalDate today;

    @BeforeEach
    void people() {
        String id = Long.toString(System.nanoTime(), 36).toUpperCase();
        Department department = new Department("TR" + id, "出境测试部", null);
        Post post = new Post("TP" + id, "出境测试岗", null);
        LocalDate hired = LocalDate.of(2020, 3, 1);
        core = "TK" + id;
        general = "TG" + id;
        none = "TN" + id;
        leaver = "TL" + id;
        data.persist(department, post,
                new Employee(core, "核心出境", department, post, SecrecyClass.CORE, EmployeeStatus.ACTIVE, hired),
                new Employee(general, "一般出境", department, post, SecrecyClass.GENERAL, EmployeeStatus.ACTIVE, hired),
                new Employee(none, "非涉密出境", department, post, SecrecyClass.NONE, EmployeeStatus.ACTIVE, hired),
                new Employee(leaver, "脱密出境", department, post, SecrecyClass.IMPORTANT, EmployeeStatus.ACTIVE, hired));
        today = travel.today();
    }

    private static Refusal refusal(Runnable step) {
        return assertThrows(TravelRefusedException.class, step::run).reason();
    }

    private long ask(String employeeNo, String country, int inDays, int days) {
        return travel.request(employeeNo, new TripDraft(country, today.plusDays(inDays), today.plusDays(inDays + days),
                PurposeCategory.TOURISM, "全家旅游"), employeeNo.toLowerCase());
    }

    private TravelRows.Trip trip(long id) {
        return travel.trip(id).orElseThrow();
    }

    private String loginFor(String employeeNo) {
        String login = Deployments.uniqueName("tr");
        data.inTransaction(em -> accounts.create(login, PASSWORD.toCharArray(), Set.of(Role.EMPLOYEE),
                em.createQuery("select e from Employee e where e.employeeNo = :n", Employee.class)
                        .setParameter("n", employeeNo).getSingleResult()));
        return login;
    }

    /**
     * Found by an outside check: the travel page offered an officer their own request in the briefing and decision
     * pickers, and choosing it was refused. Their own request is listed but not offered, with a note; another
     * officer's pickers offer it.
     */
    @Test
    void anOfficersOwnRequestIsListedButNotOfferedToThem() throws Exception {
        String login = Deployments.uniqueName("tro");
        data.inTransaction(em -> accounts.create(login, PASSWORD.toCharArray(), Set.of(Role.SECRECY_OFFICER,
                Role.EMPLOYEE), em.createQuery("select e from Employee e where e.employeeNo = :n", Employee.class)
                        .setParameter("n", core).getSingleResult()));
        long id = ask(core, "NO", 70, 3);
        String option = "<option value=\"" + id + "\"";
        PortalClient own = new PortalClient(base());
        own.login(login, PASSWORD);
        PortalClient.Page mine = own.get("travel/manage.xhtml");
        assertTrue(mine.body().contains("核心出境 (" + core + ")"), "listed among the waiting requests");
        assertFalse(mine.body().contains(option), "offered in no picker: " + mine.body());
        assertTrue(mine.contains("您本人的申请列在上表中，但不在下面的选项中"), mine.body());
        PortalClient officer = new PortalClient(base());
        officer.login("officer", DEMO_PASSWORD);
        PortalClient.Page theirs = officer.get("travel/manage.xhtml");
        assertTrue(theirs.body().contains(option), "another officer is offered it");
        assertFalse(theirs.contains("您本人的申请列在上表中"), "no note where no own request waits");
    }

    private List<Notification> told(String login) {
        return notifications.of(login);
    }

    @Test
    void aSecretRelatedPersonIsBriefedApprovedAndReportsBack() {
        String login = loginFor(core);
        assertEquals(TravelRule.IN_POST, travel.standing(core).orElseThrow().rule());
        long id = travel.request(core, new TripDraft("jp", today, today, PurposeCategory.VISITING_RELATIVES, null), login);
        assertEquals("JP", trip(id).country(), "stored upper case");
        assertEquals(TripStatus.REQUESTED, trip(id).status());
        assertTrue(travel.pending().stream().anyMatch(t -> t.id() == id), "the officer sees it waiting");
        assertTrue(told("officer").stream().anyMatch(n -> n.getMessageKey().equals("notification.travel.requested")
                && n.getArguments().contains(core)), "the officers are told");

        assertEquals(Refusal.NO_BRIEFING, refusal(() -> travel.approve(id, "officer")));
        assertEquals(TripStatus.REQUESTED, trip(id).status(), "nothing changed");
        assertEquals(Refusal.BRIEFING_IN_FUTURE, refusal(() -> travel.recordBriefing(id, today.plusDays(1), "赵敏", "officer")));
        assertEquals(Refusal.BRIEFING_BEFORE_REQUEST, refusal(() -> travel.recordBriefing(id, today.minusDays(1), "赵敏",
                "officer")), "the briefing is for this trip, not before it was asked for (outside check)");
        travel.recordBriefing(id, today, "赵敏", "officer");
        assertEquals(Refusal.ALREADY_BRIEFED, refusal(() -> travel.recordBriefing(id, today, "赵敏", "officer")));
        assertEquals(Refusal.OWN_REQUEST, refusal(() -> travel.approve(id, login)), "no one approves their own trip");
        travel.approve(id, "officer");
        assertEquals(TripStatus.APPROVED, trip(id).status());
        assertTrue(told(login).stream().anyMatch(n -> n.getMessageKey().equals("notification.travel.approved")));
        assertEquals(Refusal.NOT_PENDING, refusal(() -> travel.refuse(id, "晚了", "officer")));
        assertEquals(1, travel.approvedAhead(core).size());

        assertEquals(Refusal.RETURNED_IN_FUTURE, refusal(() -> travel.debrief(id, core, today.plusDays(1), "无异常", login)));
        assertEquals(Refusal.DEBRIEF_NOTE_MISSING, refusal(() -> travel.debrief(id, core, today, " ", login)));
        travel.debrief(id, core, today, "无异常", login);
        TravelRows.Trip done = trip(id);
        assertEquals(TripStatus.DEBRIEFED, done.status());
        assertEquals(List.of(TripStatus.REQUESTED, TripStatus.BRIEFED, TripStatus.APPROVED, TripStatus.DEBRIEFED),
                done.steps().stream().map(TravelRows.Step::kind).toList(), "every step kept, in order");
        TravelRows.Step briefing = done.steps().get(1);
        assertEquals("赵敏", briefing.givenBy());
        assertEquals("officer", briefing.recordedBy());
        assertEquals("无异常", done.steps().get(3).note());
        assertEquals(login, done.steps().get(3).recordedBy());
        long logged = data.inTransaction(em -> em.createQuery("select count(e) from EvidenceEntry e "
                + "where e.kind = :k and e.recordId in (select s.id from TravelStep s where s.request.id = :r)", Long.class)
                .setParameter("k", EvidenceKind.TRAVEL_STEP).setParameter("r", id).getSingleResult());
        assertEquals(4, logged, "each step in the evidence chain");

        java.util.ResourceBundle zh = java.util.ResourceBundle.getBundle("org.shoumi.portal.i18n.messages",
                java.util.Locale.SIMPLIFIED_CHINESE);
        var section = records.of(core, zh, java.time.ZoneId.of("Asia/Shanghai"));
        assertEquals("因私出境与护照保管", section.title());
        String file = String.join("\n", section.lines());
        assertTrue(file.contains("日本") && file.contains("探亲访友") && file.contains("已完成"), file);
        assertTrue(file.contains("行前保密提醒教育 " + today + " 赵敏"), file);
        assertTrue(file.contains("回国后报告 " + today + " 无异常"), file);
        var sheet = records.sheet(zh, java.time.ZoneId.of("Asia/Shanghai"));
        assertEquals(4, sheet.rows().stream().filter(r -> r.get(0).equals(core)).count(), "one row per step");
        assertTrue(evidence.verify().intact(), () -> evidence.verify().first().toString());
    }

    @Test
    void approvalIsRefusedWithoutABriefing() {
        long id = ask(general, "FR", 10, 5);
        TravelRefusedException refused = assertThrows(TravelRefusedException.class, () -> travel.approve(id, "officer"));
        assertEquals(Refusal.NO_BRIEFING, refused.reason());
        assertEquals(TripStatus.REQUESTED, trip(id).status());
        assertEquals(1, trip(id).steps().size(), "no step added");
    }

    @Test
    void aRefusalNeedsAReasonAndTheRefusedPersonIsTold() {
        String login = loginFor(general);
        long id = ask(general, "US", 20, 3);
        travel.recordBriefing(id, today, "保密员", "officer");
        assertEquals(Refusal.REASON_REQUIRED, refusal(() -> travel.refuse(id, "  ", "officer")));
        assertEquals(Refusal.REASON_TOO_LONG, refusal(() -> travel.refuse(id, "理".repeat(301), "officer")));
        // a reason that only repeats the decision, the option's own label, is none (outside check ex-s38e 3)
        for (String repeats : List.of("不予批准", "不同意出境", "经研究，不予批准此次出境申请")) {
            assertEquals(Refusal.REASON_RESTATES_DECISION, refusal(() -> travel.refuse(id, repeats, "officer")),
                    repeats);
        }
        assertEquals(TripStatus.BRIEFED, trip(id).status(), "nothing recorded");
        travel.refuse(id, "出访期间单位有涉密任务", "officer");
        TravelRows.Trip refused = trip(id);
        assertEquals(TripStatus.REFUSED, refused.status());
        assertEquals("出访期间单位有涉密任务", refused.steps().get(refused.steps().size() - 1).note());
        assertEquals(Refusal.NOT_PENDING, refusal(() -> travel.approve(id, "officer")));
        assertEquals(Refusal.CANNOT_WITHDRAW, refusal(() -> travel.withdraw(id, general, login)));
        assertTrue(told(login).stream().anyMatch(n -> n.getMessageKey().equals("notification.travel.refused")
                && n.getArguments().contains("出访期间单位有涉密任务")));
    }

    @Test
    void aNonSecretPersonIsToldNoApprovalIsNeeded() throws Exception {
        assertEquals(TravelRule.NONE, travel.standing(none).orElseThrow().rule());
        assertEquals(Refusal.NO_APPROVAL_NEEDED, refusal(() -> ask(none, "JP", 5, 2)));
        assertTrue(travel.mine(none).isEmpty());

        String login = loginFor(none);
        PortalClient browser = new PortalClient(base());
        browser.login(login, PASSWORD);
        PortalClient.Page page = browser.get("travel/mine.xhtml");
        assertEquals(200, page.status());
        assertTrue(page.contains("因私出境无需单位审批"), page.body());
        assertFalse(page.contains("id=\"request\""), "no request form");
    }

    @Test
    void theRequestFormSaysWhichFieldIsWrongAndStoresNothing() throws Exception {
        String login = loginFor(core);
        PortalClient browser = new PortalClient(base());
        browser.login(login, PASSWORD);
        PortalClient.Page form = browser.get("travel/mine.xhtml");
        assertTrue(form.contains("id=\"request\""), "the request form is offered");
        // the note's limit is the field's own (it said maxlength="2147483647", and a longer note only "不超过 300 字")
        assertTrue(java.util.regex.Pattern.compile("<textarea id=\"request:note\"[^>]*maxlength=\"300\"")
                .matcher(form.body()).find(), form.body());
        PortalClient.Page backwards = browser.submit(form, "request", "request:submit", java.util.Map.of(
                "request:country", "JP", "request:departure_input", today.plusDays(9).toString(),
                "request:return_input", today.plusDays(8).toString(), "request:purpose", "TOURISM"));
        assertTrue(backwards.contains("回国日期：不能早于出境日期。"), backwards.body());
        PortalClient.Page wordy = browser.submit(browser.get("travel/mine.xhtml"), "request", "request:submit",
                java.util.Map.of("request:country", "JP", "request:departure_input", today.plusDays(9).toString(),
                        "request:return_input", today.plusDays(10).toString(), "request:purpose", "TOURISM",
                        "request:note", "长".repeat(301)));
        assertTrue(wordy.contains("备注：最多 300 个字符，这里有 301 个。没有保存，请删减后再提交。"), wordy.body());
        assertTrue(wordy.contains("长".repeat(301)), "the note is kept to be shortened");
        // an outside check asked for a departure in 2099 and for a trip of ten years; both were taken
        PortalClient.Page far = browser.submit(browser.get("travel/mine.xhtml"), "request", "request:submit",
                java.util.Map.of("request:country", "JP", "request:departure_input", "2099-01-10",
                        "request:return_input", "2099-01-20", "request:purpose", "TOURISM"));
        assertTrue(far.contains("出境日期：最多可提前 365 天申请，不能晚于 " + today.plusDays(365) + "。"), far.body());
        PortalClient.Page decade = browser.submit(browser.get("travel/mine.xhtml"), "request", "request:submit",
                java.util.Map.of("request:country", "JP", "request:departure_input", today.plusDays(9).toString(),
                        "request:return_input", today.plusDays(9).plusYears(10).toString(), "request:purpose",
                        "TOURISM"));
        assertTrue(decade.contains("回国日期：一次行程最长 180 天（含出境和回国当天）。"), decade.body());
        assertTrue(travel.mine(core).isEmpty(), "nothing stored");
        PortalClient.Page fine = browser.submit(browser.get("travel/mine.xhtml"), "request", "request:submit",
                java.util.Map.of("request:country", "JP", "request:departure_input", today.plusDays(9).toString(),
                        "request:return_input", today.plusDays(10).toString(), "request:purpose", "TOURISM",
                        "request:note", "赏樱"));
        assertTrue(fine.contains("已提交保密办"), fine.body());
        assertEquals(1, travel.mine(core).size());
        // the same trip sent again from another page load: refused as asked already, naming the request
        PortalClient.Page again = browser.submit(browser.get("travel/mine.xhtml"), "request", "request:submit",
                java.util.Map.of("request:country", "JP", "request:departure_input", today.plusDays(9).toString(),
                        "request:return_input", today.plusDays(10).toString(), "request:purpose", "TOURISM",
                        "request:note", "赏樱"));
        // in the page's language: "（JP，…）" showed the country code (outside check)
        assertTrue(again.contains("行程日期：已申请过：第 " + travel.mine(core).get(0).id() + " 号申请（日本，"
                + today.plusDays(9) + " 至 " + today.plusDays(10) + "）"), again.body());
        assertEquals(1, travel.mine(core).size(), "not asked twice");
    }

    /**
     * Found by an outside check: a day typed with full-width digits and dashes, as a Chinese input method types it
     * (２０２６－１２－０１), was refused as "not a day that exists". It is now the day it names.
     */
    @Test
    void aDayTypedInFullWidthDigitsIsTheDayItNames() throws Exception {
        PortalClient browser = new PortalClient(base());
        browser.login(loginFor(core), PASSWORD);
        LocalDate departure = today.plusDays(9);
        StringBuilder wide = new StringBuilder();
        departure.toString().chars().forEach(c -> wide.append((char) (c == '-' ? '\uFF0D' : c + 0xFEE0)));
        PortalClient.Page sent = browser.submit(browser.get("travel/mine.xhtml"), "request", "request:submit",
                java.util.Map.of("request:country", "JP", "request:departure_input", wide.toString(),
                        "request:return_input", departure.plusDays(1).toString(), "request:purpose", "TOURISM"));
        assertTrue(sent.contains("已提交保密办"), sent.visible());
        assertEquals(departure, travel.mine(core).get(0).departureDay());
    }

    @Test
    void badInputNamesTheFieldAndStoresNothing() {
        assertEquals(Refusal.RETURN_BEFORE_DEPARTURE, refusal(() -> travel.request(core,
                new TripDraft("JP", today.plusDays(5), today.plusDays(4), PurposeCategory.TOURISM, null), "x")));
        assertEquals(Refusal.COUNTRY_UNKNOWN, refusal(() -> ask(core, "XX", 5, 2)));
        assertEquals(Refusal.DEPARTURE_IN_PAST, refusal(() -> travel.request(core,
                new TripDraft("JP", today.minusDays(1), today.plusDays(4), PurposeCategory.TOURISM, null), "x")));
        assertEquals(Refusal.DEPARTURE_TOO_FAR_AHEAD, refusal(() -> ask(core, "JP", 366, 3)));
        assertEquals(Refusal.TRIP_TOO_LONG, refusal(() -> ask(core, "JP", 5, 180)));
        assertEquals(Refusal.NOTE_TOO_LONG, refusal(() -> travel.request(core,
                new TripDraft("JP", today.plusDays(5), today.plusDays(6), PurposeCategory.TOURISM, "注".repeat(301)), "x")));
        assertEquals(Refusal.PURPOSE_MISSING, refusal(() -> travel.request(core,
                new TripDraft("JP", today.plusDays(5), today.plusDays(6), null, null), "x")));
        assertTrue(travel.mine(core).isEmpty(), "nothing stored");
        assertEquals(0L, data.<Long>inTransaction(em -> em.createQuery("select count(s) from TravelStep s "
                + "where s.request.employee.employeeNo = :n", Long.class).setParameter("n", core).getSingleResult()));

        long id = ask(core, "KR", 5, 2);
        assertEquals(Refusal.BRIEFING_DAY_MISSING, refusal(() -> travel.recordBriefing(id, null, "赵敏", "officer")));
        assertEquals(Refusal.GIVEN_BY_MISSING, refusal(() -> travel.recordBriefing(id, today, "", "officer")));
        assertEquals(1, trip(id).steps().size());
    }

    @Test
    void aPersonNeverReachesAnothersRequest() throws Exception {
        long id = travel.request(core, new TripDraft("DE", today.plusDays(30), today.plusDays(33),
                PurposeCategory.STUDY_OR_EXCHANGE, "机密标记-" + core), "x");
        assertTrue(travel.mineById(id, core).isPresent());
        assertTrue(travel.mineById(id, general).isEmpty(), "another person's request is not theirs to read");
        assertTrue(travel.mine(general).stream().noneMatch(t -> t.id() == id));
        assertEquals(Refusal.UNKNOWN_REQUEST, refusal(() -> travel.withdraw(id, general, "x")));
        assertEquals(Refusal.UNKNOWN_REQUEST, refusal(() -> travel.debrief(id, general, today, "无异常", "x")));
        assertEquals(TripStatus.REQUESTED, trip(id).status());

        String other = loginFor(general);
        PortalClient browser = new PortalClient(base());
        browser.login(other, PASSWORD);
        PortalClient.Page page = browser.get("travel/mine.xhtml");
        assertEquals(200, page.status());
        assertFalse(page.contains("机密标记-" + core), "the page lists only the person's own requests");
        assertEquals(403, browser.get("travel/manage.xhtml").status(), "the officer's page is not theirs");

        String own = loginFor(core);
        PortalClient owner = new PortalClient(base());
        owner.login(own, PASSWORD);
        assertTrue(owner.get("travel/mine.xhtml").contains("机密标记-" + core));
        travel.withdraw(id, core, own);
        assertEquals(TripStatus.WITHDRAWN, trip(id).status());
    }

    /**
     * Found by an outside check: the same trip sent from two page loads made two waiting requests, both told to the
     * officers. A request overlapping one of the person's waiting or approved requests is refused, naming that
     * request: as asked already when it goes to the same destination, as overlapping days when to another (outside
     * tester: Thailand overlapping Japan read "已申请过"); a withdrawn one no longer counts.
     */
    @Test
    void aTripOverlappingOneAskedOrApprovedIsRefusedAsAskedAlready() {
        long first = ask(general, "TH", 40, 6);
        TravelRefusedException twice = assertThrows(TravelRefusedException.class, () -> ask(general, "TH", 40, 6));
        assertEquals(Refusal.ALREADY_REQUESTED, twice.reason());
        assertEquals(List.<Object>of(first, "TH", today.plusDays(40).toString(), today.plusDays(46).toString()),
                twice.args());
        // found by an outside tester: another destination on overlapping days was refused as "已申请过" (asked already);
        // it now has its own refusal, naming the request whose days it overlaps
        TravelRefusedException other = assertThrows(TravelRefusedException.class, () -> ask(general, "VN", 44, 4));
        assertEquals(Refusal.OVERLAPS_REQUEST, other.reason());
        assertEquals(List.<Object>of(first, "TH", today.plusDays(40).toString(), today.plusDays(46).toString()),
                other.args());
        assertEquals(Refusal.ALREADY_REQUESTED, refusal(() -> ask(general, "TH", 43, 5)), "the same trip, other days");
        assertEquals(1, travel.mine(general).stream().filter(t -> t.status().isPending()).count(), "one request");
        travel.recordBriefing(first, today, "保密员", "officer");
        travel.approve(first, "officer");
        assertEquals(Refusal.OVERLAPS_REQUEST, refusal(() -> ask(general, "SG", 46, 1)));
        long later = ask(general, "SG", 47, 1);
        travel.withdraw(later, general, general.toLowerCase());
        ask(general, "SG", 47, 2);
        ResourceBundle zh = ResourceBundle.getBundle("org.shoumi.portal.i18n.messages", Locale.SIMPLIFIED_CHINESE);
        assertEquals("行程日期：已申请过：第 1234 号申请（TH，2027-02-10 至 2027-02-12）与这些日期重叠，正在审批或已批准。"
                + "如需改期，请先撤回该申请；本次未重复提交。", new java.text.MessageFormat(
                        zh.getString("travel.refused.ALREADY_REQUESTED"), Locale.SIMPLIFIED_CHINESE)
                        .format(new Object[] {1234L, "TH", "2027-02-10", "2027-02-12"}));
        assertEquals("行程日期：与您的第 3 号申请（日本，2027-01-10 至 2027-01-20）日期重叠，该申请正在审批或已批准；两次行程的日期"
                + "不能重叠。请另选日期；如行程有变，请先撤回该申请。本次未提交。", new java.text.MessageFormat(
                        zh.getString("travel.refused.OVERLAPS_REQUEST"), Locale.SIMPLIFIED_CHINESE)
                        .format(new Object[] {3L, "日本", "2027-01-10", "2027-01-20"}));
    }

    @Test
    void passportsAreHandedOutOnlyForAnApprovedTripAndShowOverdue() {
        // found by an outside check: the officer logged the deposit of his own passport; another officer keeps it
        String own = loginFor(core);
        assertEquals(Refusal.OWN_PASSPORT, refusal(() -> travel.recordPassport(core, PassportAction.DEPOSITED,
                today.minusDays(40), "存入", own)));
        assertTrue(travel.passportLog(core).isEmpty(), "nothing logged");
        // found by an outside check: a deposit dated before the person was hired was recorded
        assertEquals(Refusal.PASSPORT_DAY_BEFORE_HIRE, refusal(() -> travel.recordPassport(core,
                PassportAction.DEPOSITED, LocalDate.of(2020, 2, 29), "存入", "officer")));
        travel.recordPassport(core, PassportAction.DEPOSITED, today.minusDays(40), "存入", "officer");
        // found by an outside check: a passport held since 2026-09-07 was deposited again on 2026-12-06 ("护照登记已
        // 保存"), twice in the log, its "since" day moved; now refused with the day it has been held since
        TravelRefusedException again = assertThrows(TravelRefusedException.class,
                () -> travel.recordPassport(core, PassportAction.DEPOSITED, today, "再次存入", "officer"));
        assertEquals(Refusal.PASSPORT_HELD, again.reason());
        assertEquals(List.of(today.minusDays(40).toString()), again.args());
        assertEquals(1, travel.passportLog(core).size(), "one deposit in the log");
        assertEquals(Refusal.NO_APPROVED_TRIP,
                refusal(() -> travel.recordPassport(core, PassportAction.HANDED_OUT, today, null, "officer")));
        assertEquals(Refusal.PASSPORT_NOT_OUT,
                refusal(() -> travel.recordPassport(core, PassportAction.RETURNED, today, null, "officer")));
        long trip = pastApprovedTrip(core, today.minusDays(20), today.minusDays(10));
        assertTrue(travel.awaitingDebrief().stream().anyMatch(t -> t.id() == trip), "back, report outstanding");
        travel.recordPassport(core, PassportAction.HANDED_OUT, today.minusDays(21), "领用", "officer");
        TravelRows.Holder holder = travel.holders().stream().filter(h -> h.employeeNo().equals(core)).findFirst()
                .orElseThrow();
        assertEquals(PassportAction.HANDED_OUT, holder.action());
        assertEquals(trip, holder.requestId());
        assertEquals(today.minusDays(10).plusDays(travel.passportReturnDays()), holder.dueBack());
        assertTrue(holder.overdue(), "return day + 7 has passed");
        assertEquals(Refusal.PASSPORT_NOT_HELD,
                refusal(() -> travel.recordPassport(core, PassportAction.HANDED_OUT, today.minusDays(15), null, "officer")));
        assertEquals(Refusal.PASSPORT_DAY_BEFORE_LAST,
                refusal(() -> travel.recordPassport(core, PassportAction.RETURNED, today.minusDays(30), null, "officer")));
        travel.recordPassport(core, PassportAction.RETURNED, today, null, "officer");
        TravelRows.Holder back = travel.holders().stream().filter(h -> h.employeeNo().equals(core)).findFirst()
                .orElseThrow();
        assertTrue(back.heldByUnit());
        assertFalse(back.overdue());
        assertNull(back.dueBack());
        assertEquals(Refusal.PASSPORT_HELD, refusal(() -> travel.recordPassport(core, PassportAction.DEPOSITED, today,
                null, "officer")), "back with the unit: held, not deposited again");
        assertEquals(List.of(PassportAction.DEPOSITED, PassportAction.HANDED_OUT, PassportAction.RETURNED),
                travel.passportLog(core).stream().map(TravelRows.Passport::action).toList());

        // the person's own login, as made above: one login per person
        travel.debrief(trip, core, today.minusDays(11), "提前一天回国，无异常", own);
        assertEquals(TripStatus.DEBRIEFED, trip(trip).status());
        assertTrue(evidence.verify().intact(), () -> evidence.verify().first().toString());
    }

    /**
     * Found by an outside check: a passport was logged as handed out (领用出境) on 2026-12-02 for a trip requested and
     * approved on 2026-12-07. A hand-out is for a trip approved on its day: one dated before the approval is refused,
     * naming the request and the approval day, and nothing is logged.
     */
    @Test
    void aHandOutDatedBeforeItsTripsApprovalIsRefused() {
        travel.recordPassport(core, PassportAction.DEPOSITED, today.minusDays(40), "存入", "officer");
        long id = ask(core, "TH", 3, 2);
        travel.recordBriefing(id, today, "保密员", "officer");
        travel.approve(id, "officer");
        TravelRefusedException early = assertThrows(TravelRefusedException.class, () -> travel.recordPassport(core,
                PassportAction.HANDED_OUT, today.minusDays(2), "早于批准", "officer"));
        assertEquals(Refusal.PASSPORT_BEFORE_APPROVAL, early.reason());
        assertEquals(List.of(Long.toString(id), today.toString()), early.args());
        assertEquals(1, travel.passportLog(core).size(), "nothing logged");
        travel.recordPassport(core, PassportAction.HANDED_OUT, today, "领用", "officer");
        assertEquals(id, travel.holders().stream().filter(h -> h.employeeNo().equals(core)).findFirst().orElseThrow()
                .requestId(), "handed out on the day of the approval, for that trip");
        assertTrue(evidence.verify().intact(), () -> evidence.verify().first().toString());
    }

    /**
     * Found by an outside check: a trip reported back on its departure day (planned for two weeks) refused the
     * person's next trip three days later as overlapping "another approved trip", and its passport stayed due on the
     * planned return day + 7. A completed trip blocks only up to the actual return day, is called completed, and the
     * passport is due 7 days after the actual return.
     */
    @Test
    void aTripReportedBackEarlyBlocksOnlyUpToTheActualReturnAndItsPassportFollows() {
        String own = loginFor(general);
        long first = ask(general, "JP", 0, 13);
        travel.recordBriefing(first, today, "保密员", "officer");
        travel.approve(first, "officer");
        travel.recordPassport(general, PassportAction.DEPOSITED, today, null, "officer");
        travel.recordPassport(general, PassportAction.HANDED_OUT, today, null, "officer");
        TravelRows.Holder out = holderOf(general);
        assertEquals(today.plusDays(13 + travel.passportReturnDays()), out.dueBack(), "planned return + 7 while away");
        travel.debrief(first, general, today, "当天提前回国，一切正常", own);

        TravelRows.Holder back = holderOf(general);
        assertEquals(today, back.returnDay(), "the actual return day");
        assertEquals(today.plusDays(travel.passportReturnDays()), back.dueBack(), "actual return + 7");
        assertFalse(back.overdue());
        TravelRefusedException sameDay = assertThrows(TravelRefusedException.class, () -> ask(general, "KR", 0, 1));
        assertEquals(Refusal.OVERLAPS_COMPLETED, sameDay.reason(), "the day of the actual return still counts");
        assertEquals(List.<Object>of(first, today.toString(), today.toString()), sameDay.args());
        ResourceBundle zh = ResourceBundle.getBundle("org.shoumi.portal.i18n.messages", Locale.SIMPLIFIED_CHINESE);
        String message = new java.text.MessageFormat(zh.getString("travel.refused.OVERLAPS_COMPLETED"),
                Locale.SIMPLIFIED_CHINESE).format(sameDay.args().toArray());
        assertFalse(message.contains("已批准"), message);
        assertTrue(message.contains("已完成"), message);
        long next = ask(general, "KR", 3, 5);
        assertEquals(TripStatus.REQUESTED, trip(next).status(), "the next trip is taken");
        travel.recordBriefing(next, today, "保密员", "officer");
        travel.approve(next, "officer");
        assertEquals(TripStatus.APPROVED, trip(next).status(), "and approved: no overlap with the completed one");
        assertTrue(evidence.verify().intact(), () -> evidence.verify().first().toString());
    }

    /**
     * Found by an outside check: a trip withdrawn while its passport was handed out left the passport out, due on the
     * withdrawn trip's return day + 7, and nobody was told. The withdrawal is taken; the passport is due back at once
     * and shows overdue, and the officers and the person are told under the bell.
     */
    @Test
    void aTripWithdrawnWhileItsPassportIsOutMakesThePassportDueAtOnceAndTellsTheOfficers() {
        String own = loginFor(general);
        long id = ask(general, "SG", 2, 2);
        travel.recordBriefing(id, today, "保密员", "officer");
        travel.approve(id, "officer");
        travel.recordPassport(general, PassportAction.DEPOSITED, today, null, "officer");
        travel.recordPassport(general, PassportAction.HANDED_OUT, today, "领用", "officer");
        assertFalse(holderOf(general).overdue(), "out for an approved trip");
        travel.withdraw(id, general, own);
        assertEquals(TripStatus.WITHDRAWN, trip(id).status(), "the withdrawal is taken");
        TravelRows.Holder holder = holderOf(general);
        assertEquals(PassportAction.HANDED_OUT, holder.action(), "still out: nothing written for the passport");
        assertEquals(today, holder.dueBack(), "due back at once");
        assertTrue(holder.overdue(), "shown overdue");
        assertTrue(told("officer").stream().anyMatch(n -> n.getMessageKey()
                .equals("notification.travel.withdrawnPassportOut") && n.getArguments().contains(general)),
                "the officers are told");
        assertTrue(told(own).stream().anyMatch(n -> n.getMessageKey()
                .equals("notification.travel.withdrawnReturnPassport")), "the person is told to hand it back");
        travel.recordPassport(general, PassportAction.RETURNED, today, null, "officer");
        assertNull(holderOf(general).dueBack(), "returned: nothing due");

        long other = ask(general, "MY", 20, 2);
        travel.withdraw(other, general, own);
        assertEquals(1, told(own).stream().filter(n -> n.getMessageKey()
                .equals("notification.travel.withdrawnReturnPassport")).count(), "no passport out: no notice");
        assertTrue(evidence.verify().intact(), () -> evidence.verify().first().toString());
    }

    /**
     * Found by an outside check: the custody log had no way to give a passport back to its holder for good, so a
     * deposit stayed 交单位保管 once the 脱密期 ended; and a deposit was taken for a 非涉密 person in post. A deposit for
     * someone no travel rule covers is refused and nothing is logged; a passport the unit holds is given back (发还本人),
     * dated and attributed, and kept in the log, the secrecy file and the workbook.
     */
    @Test
    void aPassportIsGivenBackToItsHolderAndADepositNeedsATravelRule() throws Exception {
        assertEquals(Refusal.NO_CUSTODY_NEEDED, refusal(() -> travel.recordPassport(none, PassportAction.DEPOSITED,
                today, null, "officer")));
        assertTrue(travel.passportLog(none).isEmpty(), "nothing logged");

        assertEquals(Refusal.PASSPORT_NOT_HELD_TO_GIVE_BACK, refusal(() -> travel.recordPassport(leaver,
                PassportAction.GIVEN_BACK, today, null, "officer")));
        travel.recordPassport(leaver, PassportAction.DEPOSITED, today, "在岗时交存", "officer");
        leaveToday(leaver);
        assertEquals(TravelRule.POST_EXIT_PERIOD, travel.standing(leaver).orElseThrow().rule());
        travel.recordPassport(leaver, PassportAction.GIVEN_BACK, today, "脱密期满，发还本人", "officer");
        TravelRows.Holder holder = holderOf(leaver);
        assertEquals(PassportAction.GIVEN_BACK, holder.action());
        assertFalse(holder.heldByUnit());
        assertNull(holder.dueBack());
        assertFalse(holder.overdue());
        List<TravelRows.Holder> all = travel.holders();
        assertTrue(all.indexOf(holder) > all.stream().filter(TravelRows.Holder::heldByUnit).map(all::indexOf)
                .max(Integer::compare).orElse(-1), "after every passport the unit holds");
        TravelRows.Passport entry = travel.passportLog(leaver).get(1);
        assertEquals(PassportAction.GIVEN_BACK, entry.action());
        assertEquals(today, entry.day());
        assertEquals("officer", entry.recordedBy());
        assertEquals(Refusal.PASSPORT_NOT_HELD, refusal(() -> travel.recordPassport(leaver, PassportAction.HANDED_OUT,
                today, null, "officer")));
        assertEquals(Refusal.PASSPORT_NOT_HELD_TO_GIVE_BACK, refusal(() -> travel.recordPassport(leaver,
                PassportAction.GIVEN_BACK, today, null, "officer")), "given back once");

        ResourceBundle zh = ResourceBundle.getBundle("org.shoumi.portal.i18n.messages", Locale.SIMPLIFIED_CHINESE);
        String file = String.join("\n", records.of(leaver, zh, java.time.ZoneId.of("Asia/Shanghai")).lines());
        assertTrue(file.contains("发还本人 " + today + " 脱密期满，发还本人"), file);
        assertTrue(records.sheet(zh, java.time.ZoneId.of("Asia/Shanghai")).rows().stream()
                .anyMatch(r -> r.get(0).equals(leaver) && r.contains("发还本人")), "in the workbook");

        travel.recordPassport(leaver, PassportAction.DEPOSITED, today, "再次交存", "officer");
        assertTrue(holderOf(leaver).heldByUnit(), "a later deposit starts custody again");
        PortalClient officer = new PortalClient(base());
        officer.login("officer", DEMO_PASSWORD);
        assertTrue(officer.get("travel/manage.xhtml").body().contains("value=\"GIVEN_BACK\""), "offered on the page");
        assertTrue(evidence.verify().intact(), () -> evidence.verify().first().toString());
    }

    /**
     * Found by an outside check: a 离职 leaver under a running 脱密期 has no login, so no trip request could be filed
     * for them although the travel rule binds them. The secrecy officer records their paper request on the travel
     * page, attributed to the officer, with the paper's reference; it then takes the usual briefing and decision.
     * Anyone else asks themselves; a missing reference is refused and nothing is stored.
     */
    @Test
    void anOfficerRecordsALeaversPaperRequestWhichTakesTheUsualSteps() throws Exception {
        TripDraft draft = new TripDraft("NO", today.plusDays(30), today.plusDays(35), PurposeCategory.TOURISM, null);
        assertEquals(Refusal.PAPER_NOT_A_LEAVER, refusal(() -> travel.recordPaperRequest(core, draft, "纸-1",
                "officer")), "in post: asks on their own page");
        assertEquals(Refusal.PAPER_NOT_A_LEAVER, refusal(() -> travel.recordPaperRequest(none, draft, "纸-1",
                "officer")));
        leaveToday(leaver);
        assertEquals(Refusal.PAPER_REFERENCE_MISSING, refusal(() -> travel.recordPaperRequest(leaver, draft, " ",
                "officer")));
        assertTrue(travel.mine(leaver).isEmpty(), "nothing stored");

        String reference = "纸质申请 " + leaver;
        PortalClient officer = new PortalClient(base());
        officer.login("officer", DEMO_PASSWORD);
        PortalClient.Page answer = officer.submit(officer.get("travel/manage.xhtml"), "paper", "paper:submit",
                Map.of("paper:employeeNo", leaver, "paper:country", "NO",
                        "paper:departure_input", today.plusDays(30).toString(),
                        "paper:return_input", today.plusDays(35).toString(), "paper:purpose", "TOURISM",
                        "paper:reference", reference, "paper:note", "本人书面申请"));
        assertEquals(200, answer.status(), answer.body());
        assertTrue(answer.contains("纸质申请已登记"), answer.body());
        List<TravelRows.Trip> trips = travel.mine(leaver);
        assertEquals(1, trips.size());
        TravelRows.Trip trip = trips.get(0);
        assertEquals(TripStatus.REQUESTED, trip.status());
        assertEquals("本人书面申请", trip.note());
        assertEquals(reference, trip.steps().get(0).note(), "the paper's reference, kept with the request step");
        assertEquals("officer", trip.steps().get(0).recordedBy(), "attributed to the officer");
        assertTrue(answer.contains(reference), "shown among the waiting requests");

        travel.recordBriefing(trip.id(), today, "保密员", "officer");
        travel.approve(trip.id(), "officer");
        assertEquals(TripStatus.APPROVED, trip(trip.id()).status());
        assertEquals(1, travel.approvedAhead(leaver).size(), "the restrictions API lists it");
        assertTrue(evidence.verify().intact(), () -> evidence.verify().first().toString());
    }

    /**
     * Found by an outside check: approving or refusing a leaver's paper request said "已批准，并已通知本人" though the
     * leaver has no login and nobody was told. The officer is told to answer them in writing; a person with a login
     * is still told, and the page says so.
     */
    @Test
    void decidingALeaversPaperRequestSaysToAnswerThemInWriting() throws Exception {
        leaveToday(leaver);
        long first = travel.recordPaperRequest(leaver, new TripDraft("NO", today.plusDays(30), today.plusDays(35),
                PurposeCategory.TOURISM, null), "纸-甲 " + leaver, "officer");
        long second = travel.recordPaperRequest(leaver, new TripDraft("JP", today.plusDays(50), today.plusDays(52),
                PurposeCategory.TOURISM, null), "纸-乙 " + leaver, "officer");
        travel.recordBriefing(first, today, "保密员", "officer");
        PortalClient officer = new PortalClient(base());
        officer.login("officer", DEMO_PASSWORD);
        PortalClient.Page approved = officer.submit(officer.get("travel/manage.xhtml"), "decision", "decision:approve",
                Map.of("decision:trip", Long.toString(first)));
        assertEquals(200, approved.status(), approved.body());
        assertEquals(TripStatus.APPROVED, trip(first).status());
        assertTrue(approved.contains("已批准。本人已无法登录门户，系统未通知任何人：请书面告知本人审批结果。"), approved.visible());
        assertFalse(approved.contains("并已通知本人"), approved.visible());
        PortalClient.Page refused = officer.submit(officer.get("travel/manage.xhtml"), "decision", "decision:refuse",
                Map.of("decision:trip", Long.toString(second), "decision:reason", "行程与脱密期要求不符"));
        assertEquals(TripStatus.REFUSED, trip(second).status());
        assertTrue(refused.contains("已不予批准。本人已无法登录门户，系统未通知任何人：请书面告知本人审批结果及理由。"),
                refused.visible());

        String login = loginFor(core);
        long own = ask(core, "NO", 30, 3);
        travel.recordBriefing(own, today, "保密员", "officer");
        PortalClient.Page told = officer.submit(officer.get("travel/manage.xhtml"), "decision", "decision:approve",
                Map.of("decision:trip", Long.toString(own)));
        assertTrue(told.contains("已批准，并已通知本人。"), told.visible());
        assertTrue(notifications.of(login).stream().anyMatch(n -> n.getMessageKey().equals(
                "notification.travel.approved")), "the person with a login is told");
        assertTrue(evidence.verify().intact(), () -> evidence.verify().first().toString());
    }

    /**
     * Found by an outside check: a leaver's paper request overlapping one on record was refused with the person's
     * words ("您的第 5 号申请"), the raw country code (FR) and advice to withdraw, spoken to the officer. The officer's
     * form says the leaver's request no. N, with the country by name; nothing is recorded.
     */
    @Test
    void aLeaversPaperRequestOverlappingOneOnRecordIsRefusedInTheOfficersWords() throws Exception {
        leaveToday(leaver);
        long first = travel.recordPaperRequest(leaver, new TripDraft("FR", today.plusDays(30), today.plusDays(35),
                PurposeCategory.TOURISM, null), "纸-一 " + leaver, "officer");
        PortalClient officer = new PortalClient(base());
        officer.login("officer", DEMO_PASSWORD);
        for (String country : List.of("FR", "JP")) {
            PortalClient.Page answer = officer.submit(officer.get("travel/manage.xhtml"), "paper", "paper:submit",
                    Map.of("paper:employeeNo", leaver, "paper:country", country,
                            "paper:departure_input", today.plusDays(33).toString(),
                            "paper:return_input", today.plusDays(40).toString(), "paper:purpose", "TOURISM",
                            "paper:reference", "纸-二 " + leaver));
            assertEquals(200, answer.status(), answer.body());
            String said = answer.visible();
            assertTrue(said.contains("该离职人员") && said.contains("第 " + first + " 号申请（法国，"), said);
            assertTrue(said.contains(country.equals("FR") ? "本次未重复登记" : "本次未登记"), said);
            assertFalse(said.contains("您的") || said.contains("（FR"), said);
            assertTrue(said.contains("请先登记其撤回该申请"), "a withdrawal the officer can record: " + said);
        }
        assertEquals(1, travel.mine(leaver).size(), "nothing recorded");
    }

    /**
     * Found by an outside check: a paper request with the reference and other fields missing named only the
     * reference. Every field at fault is named at once, on the page too; nothing is stored.
     */
    @Test
    void aPaperRequestWithSeveralFieldsMissingNamesThemAll() throws Exception {
        leaveToday(leaver);
        TravelRefusedException refused = assertThrows(TravelRefusedException.class, () -> travel.recordPaperRequest(
                leaver, new TripDraft(null, today.plusDays(30), today.plusDays(31), null, null), "", "officer"));
        assertEquals(List.of(Refusal.COUNTRY_MISSING, Refusal.PURPOSE_MISSING, Refusal.PAPER_REFERENCE_MISSING),
                refused.reasons());
        PortalClient officer = new PortalClient(base());
        officer.login("officer", DEMO_PASSWORD);
        PortalClient.Page answer = officer.submit(officer.get("travel/manage.xhtml"), "paper", "paper:submit",
                Map.of("paper:employeeNo", leaver, "paper:departure_input", today.plusDays(30).toString(),
                        "paper:return_input", today.plusDays(31).toString(), "paper:reference", ""));
        assertEquals(200, answer.status(), answer.body());
        for (String said : List.of("目的地：请选择", "事由：请选择", "纸质申请编号：请填写")) {
            assertTrue(answer.visible().contains(said), said + " in " + answer.visible());
        }
        assertTrue(travel.mine(leaver).isEmpty(), "nothing stored");
    }

    /**
     * Found by an outside check: nobody could withdraw a leaver's paper request (no login), so an approved one stayed
     * an approved trip in /api/restrictions. The officer records the leaver's withdrawal on the travel page, before
     * the departure day, with the paper's reference or a reason: dated, attributed, a step of the request in the
     * evidence chain; a passport out for the trip is due at once and the other officers are told.
     */
    @Test
    void anOfficerRecordsALeaversWithdrawalAndThePassportOutIsDueAtOnce() throws Exception {
        String otherOfficer = Deployments.uniqueName("tro");
        data.inTransaction(em -> accounts.create(otherOfficer, PASSWORD.toCharArray(), Set.of(Role.SECRECY_OFFICER),
                em.createQuery("select e from Employee e where e.employeeNo = :n", Employee.class)
                        .setParameter("n", core).getSingleResult()));
        long inPost = ask(general, "NO", 40, 2);
        assertEquals(Refusal.WITHDRAWAL_NOT_A_LEAVER, refusal(() -> travel.recordLeaverWithdrawal(inPost, "纸-撤",
                "officer")), "anyone else withdraws on their own page");
        leaveToday(leaver);
        long id = travel.recordPaperRequest(leaver, new TripDraft("SG", today.plusDays(2), today.plusDays(4),
                PurposeCategory.TOURISM, null), "纸-申 " + leaver, "officer");
        travel.recordBriefing(id, today, "保密员", "officer");
        travel.approve(id, "officer");
        travel.recordPassport(leaver, PassportAction.DEPOSITED, today, null, "officer");
        travel.recordPassport(leaver, PassportAction.HANDED_OUT, today, "领用", "officer");
        assertEquals(1, travel.approvedAhead(leaver).size());
        TravelRefusedException empty = assertThrows(TravelRefusedException.class,
                () -> travel.recordLeaverWithdrawal(id, " ", "officer"));
        assertEquals(List.of(Refusal.WITHDRAWAL_REFERENCE_MISSING), empty.reasons());
        assertEquals(TripStatus.APPROVED, trip(id).status(), "nothing stored");

        PortalClient officer = new PortalClient(base());
        officer.login("officer", DEMO_PASSWORD);
        PortalClient.Page page = officer.get("travel/manage.xhtml");
        assertTrue(page.body().contains("登记离职人员撤回申请"), "the form is offered");
        String reference = "书面撤回 " + leaver;
        PortalClient.Page answer = officer.submit(page, "leaverWithdrawal", "leaverWithdrawal:submit",
                Map.of("leaverWithdrawal:trip", Long.toString(id), "leaverWithdrawal:reference", reference));
        assertEquals(200, answer.status(), answer.body());
        assertTrue(answer.contains("已登记离职人员撤回"), answer.visible());
        TravelRows.Trip withdrawn = trip(id);
        assertEquals(TripStatus.WITHDRAWN, withdrawn.status());
        TravelRows.Step step = withdrawn.steps().get(withdrawn.steps().size() - 1);
        assertEquals(TripStatus.WITHDRAWN, step.kind());
        assertEquals(reference, step.note());
        assertEquals("officer", step.recordedBy(), "attributed to the officer");
        assertTrue(travel.approvedAhead(leaver).isEmpty(), "no longer an approved trip for the restrictions API");
        TravelRows.Holder holder = holderOf(leaver);
        assertEquals(today, holder.dueBack(), "the passport is due back at once");
        assertTrue(holder.overdue());
        assertTrue(told(otherOfficer).stream().anyMatch(n -> n.getMessageKey()
                .equals("notification.travel.withdrawnPassportOut") && n.getArguments().contains(leaver)),
                "the other officers are told");
        assertEquals(Refusal.CANNOT_WITHDRAW, refusal(() -> travel.recordLeaverWithdrawal(id, "再撤", "officer")));
        travel.recordPassport(leaver, PassportAction.RETURNED, today, null, "officer");
        assertTrue(evidence.verify().intact(), () -> evidence.verify().first().toString());
    }

    /**
     * Found by an outside check: a leaver's paper request could be recorded and withdrawn, but not its report after
     * the return (no login), so the trip stayed 已回国、待报告 for ever. The officer records the leaver's paper report
     * with its reference and the actual return day, under the debrief rules: dated, attributed, a step of the request
     * in the evidence chain, shown as the leaver's paper report in the secrecy file.
     */
    @Test
    void anOfficerRecordsALeaversReportAfterTheReturnFromPaper() throws Exception {
        long inPost = ask(general, "NO", 40, 2);
        assertEquals(Refusal.DEBRIEF_NOT_A_LEAVER, refusal(() -> travel.recordLeaverDebrief(inPost, today, "纸-报",
                "officer")), "anyone else reports on their own page");
        leaveToday(leaver);
        long id = pastApprovedTrip(leaver, today.minusDays(6), today.minusDays(2));
        assertTrue(travel.awaitingDebrief().stream().anyMatch(t -> t.id() == id), "已回国、待报告");
        TravelRefusedException bad = assertThrows(TravelRefusedException.class,
                () -> travel.recordLeaverDebrief(id, today.plusDays(1), " ", "officer"));
        assertEquals(List.of(Refusal.RETURNED_IN_FUTURE, Refusal.DEBRIEF_REFERENCE_MISSING), bad.reasons(),
                "the debrief rules, every problem at once");
        assertEquals(TripStatus.APPROVED, trip(id).status(), "nothing stored");

        PortalClient officer = new PortalClient(base());
        officer.login("officer", DEMO_PASSWORD);
        PortalClient.Page page = officer.get("travel/manage.xhtml");
        assertTrue(page.body().contains("登记离职人员的回国报告"), "the form is offered");
        String reference = "纸质报告 " + leaver;
        PortalClient.Page answer = officer.submit(page, "leaverDebrief", "leaverDebrief:submit",
                Map.of("leaverDebrief:trip", Long.toString(id), "leaverDebrief:returnedOn_input",
                        today.minusDays(1).toString(), "leaverDebrief:reference", reference));
        assertEquals(200, answer.status(), answer.body());
        assertTrue(answer.contains("已登记离职人员的回国报告"), answer.visible());
        TravelRows.Trip done = trip(id);
        assertEquals(TripStatus.DEBRIEFED, done.status());
        TravelRows.Step step = done.steps().get(done.steps().size() - 1);
        assertEquals(TripStatus.DEBRIEFED, step.kind());
        assertEquals(today.minusDays(1), step.day(), "dated the actual return day");
        assertEquals(reference, step.note());
        assertEquals("officer", step.recordedBy(), "attributed to the officer");
        assertTrue(step.paperReport(), "from the leaver's paper");
        assertTrue(travel.awaitingDebrief().stream().noneMatch(t -> t.id() == id), "no longer 待报告");
        assertEquals(Refusal.NOT_APPROVED, refusal(() -> travel.recordLeaverDebrief(id, today, "再报", "officer")));
        ResourceBundle zh = ResourceBundle.getBundle("org.shoumi.portal.i18n.messages", Locale.SIMPLIFIED_CHINESE);
        String file = String.join("\n", records.of(leaver, zh, java.time.ZoneId.of("Asia/Shanghai")).lines());
        assertTrue(file.contains("回国后报告 " + today.minusDays(1) + " 离职人员纸质报告，编号 " + reference), file);
        assertTrue(evidence.verify().intact(), () -> evidence.verify().first().toString());
    }

    private TravelRows.Holder holderOf(String employeeNo) {
        return travel.holders().stream().filter(h -> h.employeeNo().equals(employeeNo)).findFirst().orElseThrow();
    }

    /**
     * An approved trip already over, as it would stand had it been asked for weeks ago: written with its steps, each
     * appended to the evidence chain as the boundary does (the boundary itself refuses a departure in the past).
     */
    private long pastApprovedTrip(String employeeNo, LocalDate from, LocalDate to) {
        return data.inTransaction(em -> {
            Employee person = em.createQuery("select e from Employee e where e.employeeNo = :n", Employee.class)
                    .setParameter("n", employeeNo).getSingleResult();
            TravelRequest r = new TravelRequest(person, "GB", from, to, PurposeCategory.STUDY_OR_EXCHANGE, null,
                    Instant.now(), "past");
            em.persist(r);
            em.flush();
            for (TripStatus kind : List.of(TripStatus.REQUESTED, TripStatus.BRIEFED, TripStatus.APPROVED)) {
                TravelStep s = new TravelStep(r, kind, from.minusDays(5), kind == TripStatus.BRIEFED ? "保密员" : null,
                        null, Instant.now(), "officer");
                em.persist(s);
                r.stepped(kind);
                em.flush();
                evidence.append(EvidenceKind.TRAVEL_STEP, s.getId());
            }
            return r.getId();
        });
    }

    @Test
    void theRestrictionsApiAnswersTheInPostAndThePostExitRules() throws Exception {
        long id = ask(core, "NZ", 60, 10);
        travel.recordBriefing(id, today, "保密员", "officer");
        travel.approve(id, "officer");
        leaveToday(leaver);
        assertEquals(TravelRule.POST_EXIT_PERIOD, travel.standing(leaver).orElseThrow().rule());

        PortalClient officer = new PortalClient(base());
        officer.login("officer", DEMO_PASSWORD);
        JsonObject inPost = json(officer.get("api/restrictions/" + core));
        assertEquals(core, inPost.getString("employeeNo"));
        assertFalse(inPost.getBoolean("restricted"), "the existing fields stay as they were");
        assertTrue(inPost.isNull("until"));
        assertEquals("CORE", inPost.getString("secrecyClass"));
        assertTrue(inPost.getBoolean("travelApprovalRequired"));
        assertEquals("IN_POST", inPost.getString("travelRule"));
        JsonArray trips = inPost.getJsonArray("approvedTrips");
        assertEquals(1, trips.size());
        assertEquals("NZ", trips.getJsonObject(0).getString("country"));
        assertEquals(today.plusDays(60).toString(), trips.getJsonObject(0).getString("departureDay"));

        JsonObject period = json(officer.get("api/restrictions/" + leaver));
        assertTrue(period.getBoolean("restricted"));
        assertEquals(today.plusYears(2).toString(), period.getString("until"), "重要: 2 years");
        assertTrue(period.getBoolean("travelApprovalRequired"));
        assertEquals("POST_EXIT_PERIOD", period.getString("travelRule"));

        JsonObject free = json(officer.get("api/restrictions/" + none));
        assertFalse(free.getBoolean("travelApprovalRequired"));
        assertEquals("NONE", free.getString("travelRule"));
        assertEquals(0, free.getJsonArray("approvedTrips").size());

        assertEquals(404, officer.get("api/restrictions/NOBODY-" + core).status());
        assertEquals(200, officer.get("travel/manage.xhtml").status());
    }

    /**
     * Found by an outside check: a leaver's paper request for a trip wholly after their 脱密期 was taken and waited for
     * approval, and requests waiting when the period was ended early stayed open to be approved. A trip that starts
     * after the period's last day needs no approval: the paper request is refused naming that day, and so is the
     * approval of one filed before the period was ended early; a trip that starts within the period is asked for.
     */
    @Test
    void aLeaversTripAfterThePostExitPeriodNeedsNoApproval() {
        long departure = leaveToday(leaver);
        long waiting = travel.recordPaperRequest(leaver, new TripDraft("US", today.plusDays(20), today.plusDays(25),
                PurposeCategory.TOURISM, null), "纸-W-" + leaver, "officer");
        LocalDate end = today.plusDays(10);
        departures.adjustPeriod(departure, PeriodAdjustment.Kind.END_EARLY, null, end, "经批准提前结束-" + leaver,
                "保密委员会", "保〔2026〕8号", "officer");
        TravelRefusedException after = assertThrows(TravelRefusedException.class, () -> travel.recordPaperRequest(
                leaver, new TripDraft("US", end.plusDays(1), end.plusDays(5), PurposeCategory.TOURISM, null),
                "纸-A-" + leaver, "officer"));
        assertEquals(Refusal.TRIP_AFTER_PERIOD, after.reason());
        assertEquals(List.of(end.toString()), after.args());
        assertEquals(1, travel.mine(leaver).size(), "nothing filed");

        travel.recordBriefing(waiting, today, "保密员", "officer");
        TravelRefusedException approval = assertThrows(TravelRefusedException.class,
                () -> travel.approve(waiting, "officer"));
        assertEquals(Refusal.APPROVAL_AFTER_PERIOD, approval.reason());
        assertEquals(List.of(end.toString()), approval.args());
        assertEquals(TripStatus.BRIEFED, trip(waiting).status(), "not approved");

        long within = travel.recordPaperRequest(leaver, new TripDraft("JP", today.plusDays(5), end.plusDays(2),
                PurposeCategory.TOURISM, null), "纸-J-" + leaver, "officer");
        travel.recordBriefing(within, today, "保密员", "officer");
        travel.approve(within, "officer");
        assertEquals(TripStatus.APPROVED, trip(within).status(), "starts within the period: asked and approved");
        assertTrue(evidence.verify().intact(), () -> evidence.verify().first().toString());
    }

    /**
     * Found by an outside check: HR, whose copy of the secrecy file leaves out the travel section and whom the travel
     * register answers 403, got a person's approved destinations and days from GET /api/restrictions. HR's answer
     * has no approvedTrips now; the secrecy office's and the auditor's still have them.
     */
    @Test
    void theRestrictionsApiLeavesTheTripsOutForHr() throws Exception {
        long id = ask(core, "TH", 40, 3);
        travel.recordBriefing(id, today, "保密员", "officer");
        travel.approve(id, "officer");
        PortalClient hr = new PortalClient(base());
        hr.login("hr", DEMO_PASSWORD);
        assertEquals(403, hr.get("travel/manage.xhtml").status());
        JsonObject asHr = json(hr.get("api/restrictions/" + core));
        assertEquals("IN_POST", asHr.getString("travelRule"), "the rule is HR's to know");
        assertFalse(asHr.containsKey("approvedTrips"), asHr.toString());
        for (String reader : List.of("officer", "auditor")) {
            PortalClient browser = new PortalClient(base());
            browser.login(reader, DEMO_PASSWORD);
            JsonArray trips = json(browser.get("api/restrictions/" + core)).getJsonArray("approvedTrips");
            assertEquals(1, trips.size(), reader);
            assertEquals("TH", trips.getJsonObject(0).getString("country"));
        }
    }

    /** The person leaves the unit today, nothing to return, briefed and pledged: the 脱密期 starts today. */
    private long leaveToday(String employeeNo) {
        long id = departures.open(employeeNo, DepartureKind.LEAVE_UNIT, today, null, "hr");
        departures.declareNoCarriers(id, "hr");
        departures.recordBriefing(id, today, "保密员", "hr");
        data.fire(new PledgeSigned(1L, employeeNo, "EXIT", Instant.now()));
        departures.approve(id, today, "hr");
        return id;
    }

    private URI base() {
        return portalAddress(request);
    }

    private static JsonObject json(PortalClient.Page page) {
        assertEquals(200, page.status(), page.body());
        return Json.createReader(new StringReader(page.body())).readObject();
    }
}

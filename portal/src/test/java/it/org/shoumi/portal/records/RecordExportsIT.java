package it.org.shoumi.portal.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.shoumi.portal.Deployments;
import it.org.shoumi.portal.FromInside;
import it.org.shoumi.portal.PortalClient;
import it.org.shoumi.portal.TestData;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.evidence.boundary.EvidenceLog;
import org.shoumi.portal.evidence.entity.EvidenceKind;
import org.shoumi.content.documents.entity.PledgeKind;
import org.shoumi.portal.employees.entity.Employee;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.employees.entity.SecrecyClass;
import org.shoumi.portal.organisation.entity.Department;
import org.shoumi.portal.organisation.entity.Post;
import org.shoumi.portal.pledges.entity.SignedPledge;
import org.shoumi.portal.records.boundary.Records;
import org.shoumi.portal.records.entity.RecordExport;
import org.shoumi.portal.security.boundary.Accounts;
import org.shoumi.portal.security.entity.Role;

/**
 * Downloads of people's records are noted (导出记录): someone else's signed pledge as well as the records page's
 * downloads, never a person's own pledge; and a note is never changed (the entity has nothing to change it with and
 * refuses a negative count).
 */
class RecordExportsIT extends FromInside {

    private static final String PASSWORD = "Tide-Lamp-739";

    @Inject
    Records records;

    @Inject
    Accounts accounts;

    @Inject
    TestData data;

    @Inject
    EvidenceLog evidence;

    @Inject
    HttpServletRequest request;

    @Inject
    org.shoumi.portal.employees.boundary.Roster roster;

    @Inject
    org.shoumi.portal.departures.boundary.Departures departures;

    @Test
    void anAuditorsDownloadOfSomeoneElsesPledgeIsNotedButNotTheSignersOwn() throws Exception {
        String tail = TestData.uniqueTail();
        Department d = new Department("RX_" + tail, "导出测试部门" + tail, null);
        Post post = data.anyPost();
        Employee person = new Employee("RX" + tail, "导出" + tail, d, post, SecrecyClass.GENERAL,
                EmployeeStatus.ACTIVE, LocalDate.now().minusYears(1));
        data.persist(d, person);
        String login = Deployments.uniqueName("rx");
        data.inTransaction(em -> accounts.create(login, PASSWORD.toCharArray(), Set.of(Role.EMPLOYEE),
                em.createNamedQuery(Employee.BY_NUMBER, Employee.class).setParameter("employeeNo", person.getEmployeeNo())
                        .getSingleResult()));
        long pledge = data.inTransaction(em -> {
            Employee signer = em.createNamedQuery(Employee.BY_NUMBER, Employee.class)
                    .setParameter("employeeNo", person.getEmployeeNo()).getSingleResult();
            SignedPledge signed = new SignedPledge(signer, "PLEDGE-EXPORT", 1, PledgeKind.IN_POST, "export", "text",
                    "0".repeat(64), signer.getName(), login, Instant.now(), "127.0.0.1", "RecordExportsIT",
                    new byte[] {1}, "%PDF-1.4 export".getBytes(StandardCharsets.US_ASCII));
            em.persist(signed);
            em.flush();
            // as a signature through the portal is: in the evidence log, so that the chain stays whole for others
            evidence.append(EvidenceKind.SIGNED_PLEDGE, signed.getId());
            return signed.getId();
        });

        PortalClient signer = new PortalClient(base());
        signer.login(login, PASSWORD);
        long before = newestId();
        assertEquals(200, signer.get("pledges/pdf?id=" + pledge).status());
        assertEquals(before, newestId(), "the signer's download of their own pledge is not noted");

        PortalClient auditor = new PortalClient(base());
        auditor.login("auditor", "Shoumi@2026");
        assertEquals(200, auditor.get("pledges/pdf?id=" + pledge).status());
        RecordExport noted = newest();
        assertEquals(List.of("auditor", RecordExport.Kind.SIGNED_PLEDGE, person.getEmployeeNo(), 1),
                List.of(noted.getExportedBy(), noted.getKind(), noted.getSubject(), noted.getPeople()));

        assertEquals(404, auditor.get("pledges/pdf?id=999999999").status());
        assertEquals(noted.getId(), newest().getId(), "a pledge not found is not noted");
        assertTrue(evidence.verify().intact(), () -> "the test leaves the chain whole: " + evidence.verify().first());
        assertThrows(IllegalArgumentException.class,
                () -> new RecordExport(Instant.now(), "auditor", RecordExport.Kind.SECRECY_FILE, "X", -1));
    }

    /**
     * Found by an outside check (ex-s36i section 4): the download of a hand-over's confirmation form (转岗交接确认表)
     * was logged as a departure's approval form (离岗离职审批表), so the log did not say which form left the portal. It
     * is logged as what it is; a real departure's form keeps its kind.
     */
    @Test
    void aHandOversFormIsLoggedAsItsConfirmationFormNotAsAnApprovalForm() throws Exception {
        String tail = TestData.uniqueTail();
        Department d = new Department("RH_" + tail, "交接导出部门" + tail, null);
        Post post = data.anyPost();
        Post other = new Post("RHP_" + tail, "交接导出岗" + tail, null);
        Employee moved = new Employee("RH" + tail, "交接" + tail, d, post, SecrecyClass.GENERAL,
                EmployeeStatus.ACTIVE, LocalDate.now().minusYears(1));
        Employee leaving = new Employee("RL" + tail, "离职" + tail, d, post, SecrecyClass.GENERAL,
                EmployeeStatus.ACTIVE, LocalDate.now().minusYears(1));
        data.persist(d, other, moved, leaving);
        roster.change(moved.getEmployeeNo(), null, other.getCode(), SecrecyClass.GENERAL, "轮岗", "hr");
        long handover = departures.openDepartures().stream()
                .filter(r -> r.employeeNo().equals(moved.getEmployeeNo())).findFirst().orElseThrow().id();
        long departure = departures.open(leaving.getEmployeeNo(),
                org.shoumi.portal.departures.entity.DepartureKind.LEAVE_UNIT, departures.today(), "辞职", "hr");

        PortalClient hr = new PortalClient(base());
        hr.login("hr", "Shoumi@2026");
        assertEquals(200, hr.get("records/departure?id=" + handover).status());
        assertEquals(List.of(RecordExport.Kind.HANDOVER_FORM, String.valueOf(handover)),
                List.of(newest().getKind(), newest().getSubject()), "the hand-over's confirmation form");
        assertEquals(200, hr.get("records/departure?id=" + departure).status());
        assertEquals(List.of(RecordExport.Kind.DEPARTURE_FORM, String.valueOf(departure)),
                List.of(newest().getKind(), newest().getSubject()), "a departure's approval form");
        String page = hr.get("records/index.xhtml").visible().replaceAll("\\s+", " ");
        assertTrue(page.contains("转岗交接确认表 #" + handover), "the records page names the form: " + page);
        assertTrue(page.contains("离岗离职审批表 #" + departure), page);
        assertTrue(evidence.verify().intact(), () -> "the test leaves the chain whole: " + evidence.verify().first());
    }

    /**
     * Found by an outside check (ex-s37c 3): the drill-down's list of people as CSV (staff number, name, department,
     * who is in 离岗培训) and the year-end report's workbook and PDF left no trace in 导出记录 or the chain. Each is
     * noted as a kind of its own, the filter or the year as its subject, the list's rows as its people; a HEAD and
     * a refused filter are not noted.
     */
    @Test
    void theListOfPeopleAndTheYearReportAreNotedAsDownloads() throws Exception {
        PortalClient auditor = new PortalClient(base());
        auditor.login("auditor", "Shoumi@2026");
        long before = newestId();
        assertEquals(400, auditor.get("programmes/people.csv?state=NOPE").status());
        assertEquals(200, auditor.head("programmes/people.csv?state=OPEN").statusCode());
        assertEquals(before, newestId(), "a refused filter and a HEAD deliver nothing and are not noted");

        PortalClient.Page csv = auditor.get("programmes/people.csv?state=OPEN");
        assertEquals(200, csv.status());
        long rows = csv.body().lines().filter(l -> !l.isBlank()).count() - 1;
        RecordExport list = newest();
        assertEquals(List.of("auditor", RecordExport.Kind.PEOPLE_LIST, "state=OPEN", (int) rows),
                List.of(list.getExportedBy(), list.getKind(), list.getSubject(), list.getPeople()));

        int year = LocalDate.now().getYear();
        assertEquals(200, auditor.raw("reports/year.xlsx?year=" + year).statusCode());
        RecordExport workbook = newest();
        assertEquals(List.of(RecordExport.Kind.YEAR_REPORT_WORKBOOK, String.valueOf(year)),
                List.of(workbook.getKind(), workbook.getSubject()));
        assertEquals(200, auditor.raw("reports/year.pdf?year=" + year).statusCode());
        RecordExport pdf = newest();
        assertEquals(List.of(RecordExport.Kind.YEAR_REPORT_PDF, String.valueOf(year), workbook.getPeople()),
                List.of(pdf.getKind(), pdf.getSubject(), pdf.getPeople()));

        String page = auditor.get("records/index.xhtml").visible().replaceAll("\\s+", " ");
        assertTrue(page.contains("培训完成情况明细（CSV） state=OPEN"), "the records page lists the list: " + page);
        assertTrue(page.contains("年度培训报告（PDF） " + year), page);
        assertTrue(evidence.verify().intact(), () -> "the test leaves the chain whole: " + evidence.verify().first());
    }

    private RecordExport newest() {
        return records.recentExports().get(0);
    }

    /** The newest note's id; 0 before the first. */
    private long newestId() {
        List<RecordExport> all = records.recentExports();
        return all.isEmpty() ? 0 : all.get(0).getId();
    }

    private URI base() {
        return portalAddress(request);
    }
}

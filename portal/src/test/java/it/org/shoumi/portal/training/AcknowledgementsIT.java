package it.org.shoumi.portal.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.shoumi.portal.Deployments;
import it.org.shoumi.portal.FromInside;
import it.org.shoumi.portal.TestData;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shoumi.content.documents.boundary.DocumentDraft;
import org.shoumi.content.documents.boundary.Documents;
import org.shoumi.content.documents.boundary.PublishRefusedException;
import org.shoumi.content.documents.entity.DocumentKind;
import org.shoumi.content.documents.entity.DocumentVersion;
import org.shoumi.portal.employees.entity.Employee;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.employees.entity.SecrecyClass;
import org.shoumi.portal.organisation.entity.Department;
import org.shoumi.portal.organisation.entity.Post;
import org.shoumi.portal.security.boundary.Accounts;
import org.shoumi.portal.security.entity.Role;
import org.shoumi.portal.training.boundary.AcknowledgementRefusedException;
import org.shoumi.portal.training.boundary.AcknowledgementRefusedException.Reason;
import org.shoumi.portal.training.boundary.Acknowledgements;
import org.shoumi.portal.training.boundary.DocumentProgress;
import org.shoumi.portal.training.control.ReadingPolicy.ReadingTask;
import org.shoumi.portal.training.entity.Acknowledgement;

/**
 * Publishing versions and who must (re-)acknowledge them, on a started server: a post of its own with two
 * holders and one person elsewhere, and documents with keys of their own.
 */
class AcknowledgementsIT extends FromInside {

    @Inject
    TestData data;

    @Inject
    Accounts accounts;

    @Inject
    Documents documents;

    @Inject
    Acknowledgements acknowledgements;

    @Inject
    jakarta.servlet.http.HttpServletRequest request;

    private String id;
    private String postCode;
    private String holderA;
    private String holderB;
    private String elsewhere;

    @BeforeEach
    void aPostWithTwoHolders() {
        id = Long.toString(System.nanoTime(), 36);
        postCode = "P" + id.toUpperCase();
        Department department = new Department("D" + id.toUpperCase(), "测试部门", null);
        Post post = new Post(postCode, "测试岗位", null);
        Post other = new Post("Q" + id.toUpperCase(), "其他岗位", null);
        LocalDate hired = LocalDate.of(2024, 1, 1);
        Employee a = new Employee("A" + id, "甲", department, post, SecrecyClass.IMPORTANT, EmployeeStatus.ACTIVE, hired);
        Employee b = new Employee("B" + id, "乙", department, post, SecrecyClass.GENERAL, EmployeeStatus.ONBOARDING, hired);
        Employee c = new Employee("C" + id, "丙", department, other, SecrecyClass.GENERAL, EmployeeStatus.ACTIVE, hired);
        data.persist(department, post, other, a, b, c);
        holderA = login("a", a);
        holderB = login("b", b);
        elsewhere = login("c", c);
    }

    private String login(String prefix, Employee person) {
        String name = Deployments.uniqueName(prefix);
        accounts.create(name, "Tide-Lamp-739".toCharArray(), Set.of(Role.EMPLOYEE), person);
        return name;
    }

    private String dutyKey() {
        return "duties.t" + id;
    }

    private DocumentVersion publishDuty(String text, boolean material, LocalDate effective) {
        String key = dutyKey();
        return documents.publish(new DocumentDraft(key, DocumentKind.DUTY, "测试岗位保密职责", postCode, null,
                "### 第一条 " + text + " {#" + key + ".1}\n" + text + "\n", effective, material, null), "officer");
    }

    private List<String> openKeys(String user) {
        return acknowledgements.openFor(user).stream().map(ReadingTask::key).toList();
    }

    private static Instant minutesAgo(int minutes) {
        return Instant.now().minusSeconds(60L * minutes);
    }

    @Test
    void dutiesConcernTheHoldersOfThePostOnly() {
        publishDuty("妥善保管文件", false, documents.today());
        assertTrue(openKeys(holderA).contains(dutyKey()));
        assertTrue(openKeys(holderB).contains(dutyKey()));
        assertTrue(!openKeys(elsewhere).contains(dutyKey()));
        AcknowledgementRefusedException refused = assertThrows(AcknowledgementRefusedException.class,
                () -> acknowledgements.acknowledge(elsewhere, dutyKey(), 1, minutesAgo(5)));
        assertEquals(Reason.NOT_CONCERNED, refused.reason());
    }

    @Test
    void anAcknowledgementRecordsTheExactVersionAndHash() {
        DocumentVersion v1 = publishDuty("妥善保管文件", false, documents.today());
        Acknowledgement ack = acknowledgements.acknowledge(holderA, dutyKey(), 1, minutesAgo(2));
        assertEquals(1, ack.getVersion());
        assertEquals(v1.getSha256(), ack.getSha256());
        assertTrue(ack.getReadingSeconds() >= 119);
        assertTrue(!openKeys(holderA).contains(dutyKey()));
        assertEquals(ack.getId(), acknowledgements.acknowledge(holderA, dutyKey(), 1, minutesAgo(1)).getId(),
                "acknowledging the same version twice records it once");
        DocumentProgress progress = acknowledgements.progress().stream()
                .filter(p -> p.getKey().equals(dutyKey())).findFirst().orElseThrow();
        assertEquals(2, progress.getConcerned());
        assertEquals(1, progress.getAcknowledged());
    }

    /**
     * Found by an outside check: the English home page read "Read and acknowledge保密守则version 1" for every
     * document, the kind, the Chinese title and the version run together. The title now stands in quotes with a
     * space on either side, in English and in Chinese (《…》).
     */
    @Test
    void theHomeTaskListKeepsTheKindTheTitleAndTheVersionApart() throws Exception {
        publishDuty("妥善保管文件", false, documents.today());
        it.org.shoumi.portal.PortalClient holder = new it.org.shoumi.portal.PortalClient(portalAddress(request));
        holder.login(holderA, "Tide-Lamp-739");
        assertTrue(text(holder.get("index.xhtml")).contains("阅读并确认 《测试岗位保密职责》 第 1 版"),
                text(holder.get("index.xhtml")));
        holder.get("language?to=en&back=" + request.getContextPath() + "/index.xhtml");
        String english = text(holder.get("index.xhtml"));
        assertTrue(english.contains("Read and acknowledge \"测试岗位保密职责\" version 1"), english);
        assertTrue(!english.contains("Read and acknowledge测试"), english);
    }

    /** A page's text as a screen reader or a copy reads it: the tags gone, nothing put in their place. */
    private static String text(it.org.shoumi.portal.PortalClient.Page page) {
        assertEquals(200, page.status(), page.uri().toString());
        return page.body().replaceAll("(?s)<script.*?</script>", "").replaceAll("<[^>]+>", "")
                .replace("&quot;", "\"").replaceAll("\\s+", " ");
    }

    @Test
    void tooShortAReadingIsRefusedAndRecordsNothing() {
        publishDuty("妥善保管文件", false, documents.today());
        AcknowledgementRefusedException refused = assertThrows(AcknowledgementRefusedException.class,
                () -> acknowledgements.acknowledge(holderA, dutyKey(), 1, Instant.now()));
        assertEquals(Reason.TOO_QUICK, refused.reason());
        assertTrue(openKeys(holderA).contains(dutyKey()));
    }

    @Test
    void aMaterialChangeReopensAcknowledgementForTheHoldersAndATypoFixDoesNot() {
        publishDuty("妥善保管文件", false, documents.today());
        acknowledgements.acknowledge(holderA, dutyKey(), 1, minutesAgo(2));

        DocumentVersion typo = publishDuty("妥善保管好文件", false, documents.today());
        assertEquals(2, typo.getVersion());
        assertTrue(!openKeys(holderA).contains(dutyKey()), "a wording fix asks nobody again");

        DocumentVersion material = publishDuty("文件当日清退", true, documents.today());
        assertEquals(3, material.getVersion());
        ReadingTask task = acknowledgements.openFor(holderA).stream().filter(t -> t.key().equals(dutyKey()))
                .findFirst().orElseThrow();
        assertEquals(3, task.version());
        assertEquals("CHANGED", task.reason().name());
        assertTrue(openKeys(holderB).contains(dutyKey()));
        assertTrue(!openKeys(elsewhere).contains(dutyKey()));

        AcknowledgementRefusedException outdated = assertThrows(AcknowledgementRefusedException.class,
                () -> acknowledgements.acknowledge(holderA, dutyKey(), 2, minutesAgo(2)));
        assertEquals(Reason.OUTDATED_VERSION, outdated.reason());
        // found by an outside check: a wording fix published while the page was open threw the reading away
        DocumentVersion reworded = publishDuty("文件须当日清退", false, documents.today());
        assertEquals(4, reworded.getVersion());
        org.shoumi.portal.training.entity.Acknowledgement read = acknowledgements.acknowledge(holderB, dutyKey(), 3,
                minutesAgo(2));
        assertEquals(List.of(3, material.getSha256()), List.of(read.getVersion(), read.getSha256()),
                "the version read, with its own text's hash");
        assertTrue(!openKeys(holderB).contains(dutyKey()), "and nothing is owed: the wording fix asks nobody again");
    }

    @Test
    void aMaterialRuleChangeConcernsEveryone() {
        String key = "rules.t" + id;
        documents.publish(new DocumentDraft(key, DocumentKind.RULE, "测试制度", null, null,
                "### 第一条 {#" + key + ".1}\n内容\n", documents.today(), true, null), "officer");
        assertTrue(openKeys(holderA).contains(key));
        assertTrue(openKeys(holderB).contains(key));
        assertTrue(openKeys(elsewhere).contains(key));
        assertTrue(openKeys("employee").contains(key), "the demo employee too");
    }

    @Test
    void aVersionTakesEffectOnItsDate() {
        publishDuty("妥善保管文件", false, documents.today());
        acknowledgements.acknowledge(holderA, dutyKey(), 1, minutesAgo(2));
        publishDuty("新规定", true, documents.today().plusDays(10));
        assertTrue(!openKeys(holderA).contains(dutyKey()), "not in force yet");
        assertEquals(1, documents.current(dutyKey()).orElseThrow().getVersion());
    }

    @Test
    void aBrokenTextIsRefusedAndNothingIsStored() {
        publishDuty("妥善保管文件", false, documents.today());
        PublishRefusedException refused = assertThrows(PublishRefusedException.class, () -> documents.publish(
                new DocumentDraft(dutyKey(), DocumentKind.DUTY, "x", postCode, null, "没有条款的正文\n",
                        documents.today(), true, null), "officer"));
        assertEquals("noClause", refused.problems().get(0).code());
        assertEquals(1, documents.versions(dutyKey()).size());
    }

    @Test
    void theShippedPackWasImportedOnFirstStart() {
        assertTrue(documents.count() >= 20, "rules, duties, pledges and checklists");
        assertTrue(documents.current("duties.secretary").isPresent());
        assertTrue(documents.versions("duties.secretary").get(0).getPublishedBy().equals(Documents.PACK_PUBLISHER));
    }
}

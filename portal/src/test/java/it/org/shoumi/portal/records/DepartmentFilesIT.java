package it.org.shoumi.portal.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.shoumi.portal.FromInside;
import it.org.shoumi.portal.TestData;
import it.org.shoumi.portal.PortalClient;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.departures.entity.DepartureKind;
import org.shoumi.portal.employees.entity.Employee;
import org.shoumi.portal.events.PledgeSigned;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.employees.entity.SecrecyClass;
import org.shoumi.portal.organisation.entity.Department;
import org.shoumi.portal.organisation.entity.Post;
import org.shoumi.portal.records.boundary.Records;
import org.shoumi.portal.records.boundary.Records.DepartmentPeople;
import org.shoumi.portal.records.control.SecrecyFiles;
import org.shoumi.portal.web.records.RecordsView;

/**
 * The secrecy files of a department (records page, 部门保密档案): its secret-related staff by default, everyone on
 * request, leavers included, each person's PDF in one ZIP; a department of this test's own.
 */
class DepartmentFilesIT extends FromInside {

    @Inject
    Records records;

    @Inject
    RecordsView view;

    @Inject
    TestData data;

    @Inject
    org.shoumi.portal.departures.boundary.Departures departures;

    @Inject
    HttpServletRequest request;

    @Test
    void aDepartmentsFilesHoldItsSecretRelatedStaffOrEveryoneEachAsTheirPdf() throws Exception {
        String tail = TestData.uniqueTail();
        Department d = new Department("DF_" + tail, "档案测试部门" + tail, "Files test " + tail);
        Post post = data.anyPost();
        data.persist(d);
        data.persist(new Employee("DF" + tail + "C", "核心" + tail, d, post, SecrecyClass.CORE, EmployeeStatus.ACTIVE,
                        LocalDate.now().minusYears(2)),
                new Employee("DF" + tail + "A", "一般" + tail, d, post, SecrecyClass.GENERAL, EmployeeStatus.LEFT_UNIT,
                        LocalDate.now().minusYears(3)),
                new Employee("DF" + tail + "B", "非涉密" + tail, d, post, SecrecyClass.NONE, EmployeeStatus.ACTIVE,
                        LocalDate.now().minusYears(1)));

        DepartmentPeople counts = records.peopleByDepartment().stream().filter(p -> p.code().equals(d.getCode()))
                .findFirst().orElseThrow();
        assertEquals(2, counts.secretRelated());
        assertEquals(3, counts.everyone());
        assertEquals("档案测试部门" + tail, counts.nameIn("zh"));
        assertEquals("Files test " + tail, counts.nameIn("en"));

        // found by an outside check: a 离岗 leaver, whose approval sets the class to 非涉密, was left out of the
        // department's files with the 脱密期 running; someone who left a secret-related post counts as such
        String left = "DF" + tail + "L";
        data.persist(new Employee(left, "离岗" + tail, d, post, SecrecyClass.GENERAL, EmployeeStatus.ACTIVE,
                LocalDate.now().minusYears(2)));
        long departure = departures.open(left, DepartureKind.LEAVE_POST, departures.today(), "调离涉密岗位", "hr");
        departures.declareNoCarriers(departure, "hr");
        departures.recordBriefing(departure, departures.today(), "保密办", "hr");
        data.fire(new PledgeSigned(1L, left, "EXIT", java.time.Instant.now()));
        departures.approve(departure, departures.today(), "hr");
        DepartmentPeople withLeaver = records.peopleByDepartment().stream()
                .filter(p -> p.code().equals(d.getCode())).findFirst().orElseThrow();
        assertEquals(3, withLeaver.secretRelated(), "the page counts the leaver as the ZIP holds them");
        assertEquals(4, withLeaver.everyone());
        List<SecrecyFiles.Person> secretRelated = records.peopleIn(d.getCode(), false);
        assertEquals(List.of("DF" + tail + "A", "DF" + tail + "C", left),
                secretRelated.stream().map(SecrecyFiles.Person::employeeNo).toList(),
                "by staff number, the leavers included, the non-secret post left out");
        assertEquals(4, records.peopleIn(d.getCode(), true).size());
        assertEquals(List.of(), records.peopleIn("NO_SUCH_" + tail, true));

        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        assertEquals(3, SecrecyFiles.zip(secretRelated, records::filePdf, zip));
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.toByteArray()), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
                try (PDDocument pdf = Loader.loadPDF(in.readAllBytes())) {
                    String text = new PDFTextStripper().getText(pdf);
                    String no = e.getName().substring(0, e.getName().indexOf('-'));
                    assertTrue(text.contains(no), e.getName() + " is that person's file:\n" + text);
                }
            }
        }
        assertEquals(List.of("DF" + tail + "A-一般" + tail + ".pdf", "DF" + tail + "C-核心" + tail + ".pdf",
                left + "-离岗" + tail + ".pdf"), names);
    }

    @Test
    void thePageNamesTheDepartmentThatCameBackEmptyAndListsOnlyDepartmentsWithPeople() throws Exception {
        String tail = TestData.uniqueTail();
        Department nobody = new Department("DE_" + tail, "空部门" + tail, null);
        Department nonSecret = new Department("DN_" + tail, "非涉密部门" + tail, null);
        Post post = data.anyPost();
        data.persist(nobody, nonSecret);
        data.persist(new Employee("DN" + tail, "职员" + tail, nonSecret, post, SecrecyClass.NONE,
                EmployeeStatus.ACTIVE, LocalDate.now()));

        assertTrue(view.getDepartments().stream().noneMatch(p -> p.code().equals(nobody.getCode())),
                "a department without people is not offered");
        assertTrue(view.getDepartments().stream().anyMatch(p -> p.code().equals(nonSecret.getCode())));
        assertEquals(List.of(), records.peopleIn(nonSecret.getCode(), false), "no secret-related staff");

        view.setEmptyCode(nonSecret.getCode());
        assertEquals("非涉密部门" + tail, view.getEmptyDepartment().nameIn("en"), "no English name: the Chinese one");
        view.setEmptyCode("NO_SUCH_" + tail);
        assertNull(view.getEmptyDepartment());

        // over HTTP: the download comes back to the page, which says why and keeps the department chosen; with
        // everyone, the archive holds the one person
        PortalClient auditor = new PortalClient(portalAddress(request));
        auditor.login("auditor", "Shoumi@2026");
        PortalClient.Page back = auditor.get("records/files?dept=" + nonSecret.getCode());
        assertEquals(200, back.status());
        assertTrue(back.uri().toString().endsWith("records/index.xhtml?empty=" + nonSecret.getCode()), back.uri().toString());
        assertTrue(back.contains("非涉密部门" + tail + "没有涉密人员"), "the page says why there is no archive");
        assertTrue(back.body().matches("(?s).*<option value=\"" + nonSecret.getCode() + "\" selected=\"selected\">.*"),
                "the department stays chosen");
        assertEquals(1, back.body().split("selected=\"selected\"", -1).length - 1, "one department chosen");
        HttpResponse<byte[]> everyone = auditor.raw("records/files?dept=" + nonSecret.getCode() + "&everyone=1");
        assertEquals(200, everyone.statusCode());
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(everyone.body()), StandardCharsets.UTF_8)) {
            assertEquals("DN" + tail + "-职员" + tail + ".pdf", in.getNextEntry().getName());
            assertNull(in.getNextEntry());
        }
    }
}

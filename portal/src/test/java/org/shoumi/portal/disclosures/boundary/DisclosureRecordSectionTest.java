package org.shoumi.portal.disclosures.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.disclosures.entity.DisclosureKind;
import org.shoumi.portal.disclosures.entity.DisclosureStatus;
import org.shoumi.portal.employees.boundary.Employees;
import org.shoumi.portal.employees.boundary.LoginNames;
import org.shoumi.portal.shared.RecordSection;

/**
 * The register of reviews in the records workbook (保密审查登记) and the requests in a person's secrecy file: every
 * step by whom and when, and a department's refusal named as the department's.
 */
class DisclosureRecordSectionTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final ResourceBundle ZH = ResourceBundle.getBundle("org.shoumi.portal.i18n.messages",
            Locale.SIMPLIFIED_CHINESE);
    private static final ResourceBundle EN = ResourceBundle.getBundle("org.shoumi.portal.i18n.messages",
            Locale.ENGLISH);
    private static final LoginNames NAMES = new LoginNames(Map.of("employee", "李明", "head", "王建国",
            "officer", "黄海涛"));

    /** 2026-12-07 04:13 in Shanghai, plus {@code minutes}. */
    private static Instant at(int minutes) {
        return Instant.parse("2026-12-06T20:13:00Z").plusSeconds(60L * minutes);
    }

    private static DisclosureRow.Step step(DisclosureStatus kind, String note, String by, int minutes) {
        return new DisclosureRow.Step(kind, null, note, by, at(minutes));
    }

    private static DisclosureRow request(long id, DisclosureStatus status, DisclosureRow.Step... steps) {
        return new DisclosureRow(id, "SM002", "李明", "BGS", "办公室", "General office", "年度报道",
                DisclosureKind.NEWS, "单位门户网站", null, "摘要", null, "employee", at(0), status, List.of(steps));
    }

    private static final DisclosureRow.Step ASKED = step(DisclosureStatus.SUBMITTED, null, "employee", 0);

    private static DisclosureRecordSection section(List<DisclosureRow> requests) {
        DisclosureRecordSection section = new DisclosureRecordSection();
        section.disclosures = new Disclosures() {
            @Override
            public List<DisclosureRow> all() {
                return requests;
            }

            @Override
            public List<DisclosureRow> of(String employeeNo) {
                return requests;
            }
        };
        section.employees = new Employees() {
            @Override
            public LoginNames loginNames() {
                return NAMES;
            }
        };
        return section;
    }

    private static List<String> row(DisclosureRow r) {
        return DisclosureRecordSection.row(r, ZH, ZONE, NAMES);
    }

    @Test
    void aWithdrawalIsDatedAndAttributed() {
        List<String> row = row(request(1, DisclosureStatus.WITHDRAWN, ASKED,
                step(DisclosureStatus.WITHDRAWN, null, "employee", 5)));
        assertEquals("李明 2026-12-07 04:13", row.get(9), "asked, by whom and when");
        assertEquals("", row.get(10));
        assertEquals("李明 2026-12-07 04:18", row.get(14), "withdrawn, by whom and when");
        assertEquals("已撤回", row.get(15));
    }

    @Test
    void theDepartmentsAgreementAndRefusalEachHaveTheirWord() {
        assertEquals("同意 王建国 2026-12-07 04:14", row(request(2, DisclosureStatus.DEPARTMENT_AGREED, ASKED,
                step(DisclosureStatus.DEPARTMENT_AGREED, null, "head", 1))).get(10));
        assertEquals("同意 王建国 2026-12-07 04:14：可以公开", row(request(3, DisclosureStatus.DEPARTMENT_AGREED, ASKED,
                step(DisclosureStatus.DEPARTMENT_AGREED, "可以公开", "head", 1))).get(10), "with its text");
        List<String> refused = row(request(4, DisclosureStatus.REFUSED, ASKED,
                step(DisclosureStatus.REFUSED, "含敏感信息", "head", 1)));
        assertEquals("不同意 王建国 2026-12-07 04:14：含敏感信息", refused.get(10));
        assertEquals("", refused.get(11), "the office did not decide");
    }

    @Test
    void theDecisionAndThePublicationAreDatedAndAttributed() {
        DisclosureRow.Step published = new DisclosureRow.Step(DisclosureStatus.PUBLISHED, LocalDate.of(2026, 12, 8),
                "https://www.example.cn/n/1", "employee", at(60 * 24 + 47));
        List<String> row = row(request(5, DisclosureStatus.PUBLISHED, ASKED,
                step(DisclosureStatus.DEPARTMENT_AGREED, null, "head", 1),
                step(DisclosureStatus.APPROVED_WITH_CHANGES, "删去第三段", "officer", 2), published));
        assertEquals("删改后同意公开 黄海涛 2026-12-07 04:15", row.get(11));
        assertEquals("删去第三段", row.get(12));
        assertEquals("2026-12-08 https://www.example.cn/n/1（李明 2026-12-08 05:00 登记）", row.get(13));
        assertEquals("", row.get(14));
        assertEquals(16, section(List.of()).sheet(ZH, ZONE).header().size(), "a header for every column");
        assertEquals("申请人撤回", section(List.of()).sheet(ZH, ZONE).header().get(14));
        assertEquals("2026-12-08 https://www.example.cn/n/1 (recorded by 李明 2026-12-08 05:00)",
                DisclosureRecordSection.row(request(5, DisclosureStatus.PUBLISHED, ASKED, published), EN, ZONE, NAMES)
                        .get(13));
    }

    @Test
    void aDepartmentsRefusalReadsAsTheDepartmentsCheckNotTheOfficesDecision() {
        DisclosureRow early = request(6, DisclosureStatus.REFUSED, ASKED,
                step(DisclosureStatus.REFUSED, "含敏感信息", "head", 1));
        assertEquals("disclosures.step.DEPARTMENT_REFUSED", early.stepKey(early.steps().get(1)));
        DisclosureRow late = request(7, DisclosureStatus.REFUSED, ASKED,
                step(DisclosureStatus.DEPARTMENT_AGREED, null, "head", 1),
                step(DisclosureStatus.REFUSED, "涉及合作方", "officer", 2));
        assertEquals("disclosures.step.REFUSED", late.stepKey(late.steps().get(2)));
        assertEquals("disclosures.step.DEPARTMENT_AGREED", late.stepKey(late.steps().get(1)));

        RecordSection.FileSection file = section(List.of(early, late)).of("SM002", ZH, ZONE);
        assertEquals("· 部门初审不同意公开：含敏感信息（王建国，2026-12-07 04:14）", file.lines().get(2));
        assertEquals("· 保密办审核：不同意公开：涉及合作方（黄海涛，2026-12-07 04:15）", file.lines().get(6));
    }
}

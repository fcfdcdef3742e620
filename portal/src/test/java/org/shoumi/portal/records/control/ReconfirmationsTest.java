package org.shoumi.portal.records.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.shoumi.content.documents.entity.DocumentKind;
import org.shoumi.content.documents.entity.DocumentVersion;
import org.shoumi.content.documents.entity.PledgeKind;
import org.shoumi.portal.employees.entity.EmployeeStatus;
import org.shoumi.portal.employees.entity.SecrecyClass;

/** What the secrecy file says is owed again after a material change (outside check: only the old one was listed). */
class ReconfirmationsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private static final Instant YEAR = Instant.parse("2025-12-31T16:00:00Z");

    private static DocumentVersion rule(int version, String effective, boolean material) {
        return new DocumentVersion("rules.code", version, DocumentKind.RULE, "保密守则", null, null,
                LocalDate.parse(effective), material, "body", null, Instant.parse("2026-01-01T00:00:00Z"), "officer");
    }

    private static DocumentVersion pledge(String key, PledgeKind kind, int version, String effective,
                                          boolean material) {
        return new DocumentVersion(key, version, DocumentKind.PLEDGE, "在岗保密承诺书", null, kind,
                LocalDate.parse(effective), material, "body", null, Instant.parse("2026-01-01T00:00:00Z"), "officer");
    }

    @Test
    void aDocumentConfirmedOnAVersionAMaterialChangeReplacedIsOwedWithTheDayItTookEffect() {
        List<DocumentVersion> versions = List.of(rule(1, "2026-01-01", true), rule(2, "2026-12-06", true));
        assertEquals(Optional.of(new SecrecyFile.Owed(false, "保密守则", 2, LocalDate.of(2026, 12, 6))),
                Reconfirmations.owed(versions, 1, false, TODAY));
        assertEquals(Optional.empty(), Reconfirmations.owed(versions, 2, false, TODAY), "confirmed already");
        assertEquals(Optional.empty(), Reconfirmations.owed(versions, 0, false, TODAY),
                "never confirmed: owed, not a re-confirmation");
        assertEquals(Optional.empty(), Reconfirmations.owed(versions, 1, false, LocalDate.of(2026, 12, 5)),
                "not in force yet");
        // a wording fix after the material change: the version in force is named, the material one's day given
        List<DocumentVersion> fixed = List.of(rule(1, "2026-01-01", true), rule(2, "2026-11-01", true),
                rule(3, "2026-12-01", false));
        assertEquals(Optional.of(new SecrecyFile.Owed(false, "保密守则", 3, LocalDate.of(2026, 11, 1))),
                Reconfirmations.owed(fixed, 1, false, TODAY));
        assertEquals(Optional.empty(), Reconfirmations.owed(List.of(rule(1, "2026-01-01", true),
                rule(2, "2026-12-01", false)), 1, false, TODAY), "a wording fix re-opens nothing");
    }

    @Test
    void thisYearsInPostPledgeAndTheAgreementOnAnOlderVersionAreOwed() {
        Map<String, List<DocumentVersion>> templates = new LinkedHashMap<>();
        templates.put("pledge.in-post", List.of(pledge("pledge.in-post", PledgeKind.IN_POST, 1, "2026-01-01", true),
                pledge("pledge.in-post", PledgeKind.IN_POST, 2, "2026-12-06", true)));
        List<Reconfirmations.Signature> v1 = List.of(new Reconfirmations.Signature(PledgeKind.IN_POST,
                "pledge.in-post", 1, Instant.parse("2026-12-06T01:00:00Z")));
        assertEquals(List.of(new SecrecyFile.Owed(true, "在岗保密承诺书", 2, TODAY)), Reconfirmations.pledges(templates,
                v1, EmployeeStatus.ACTIVE, SecrecyClass.GENERAL, YEAR, TODAY));
        assertEquals(List.of(), Reconfirmations.pledges(templates, v1, EmployeeStatus.LEFT_POST,
                SecrecyClass.GENERAL, YEAR, TODAY), "out of post: no yearly pledge owed");
        // found by an outside check (ex-s37a 1): the 离职 is open, the status changes at the approval
        assertEquals(List.of(), Reconfirmations.pledges(templates, v1, EmployeeStatus.ACTIVE, true,
                SecrecyClass.GENERAL, YEAR, TODAY), "leaving the post: no yearly pledge owed");
        assertEquals(List.of(new SecrecyFile.Owed(true, "在岗保密承诺书", 2, TODAY)), Reconfirmations.pledges(templates,
                v1, EmployeeStatus.ACTIVE, false, SecrecyClass.GENERAL, YEAR, TODAY), "no departure under way");
        assertEquals(List.of(), Reconfirmations.pledges(templates, List.of(new Reconfirmations.Signature(
                PledgeKind.IN_POST, "pledge.in-post", 1, Instant.parse("2025-06-01T00:00:00Z"))),
                EmployeeStatus.ACTIVE, SecrecyClass.GENERAL, YEAR, TODAY), "last year's: owed as a new year's");
        assertEquals(List.of(), Reconfirmations.pledges(templates, List.of(v1.get(0), new Reconfirmations.Signature(
                PledgeKind.IN_POST, "pledge.in-post", 2, Instant.parse("2026-12-06T03:00:00Z"))),
                EmployeeStatus.ACTIVE, SecrecyClass.GENERAL, YEAR, TODAY), "signed again");
    }

    @Test
    void theSecrecyFilePdfListsWhatIsOwedBesideTheOldConfirmationAndSignature() throws Exception {
        Instant at = Instant.parse("2026-12-06T01:00:00Z");
        SecrecyFile file = new SecrecyFile(
                new SecrecyFile.Person("SM002", "李明", "办公室", "工作人员", "一般", "在岗", LocalDate.of(2023, 8, 1)),
                List.of(), List.of(), List.of(new SecrecyFile.Reading("保密守则", 1, at, 95, "a1".repeat(32))),
                List.of(), List.of(new SecrecyFile.Pledge("在岗保密承诺书", 1, at, "b2".repeat(32))), List.of(),
                List.of(), List.of(), List.of(), List.of(new SecrecyFile.Owed(false, "保密守则", 2, TODAY),
                new SecrecyFile.Owed(true, "在岗保密承诺书", 2, TODAY)));
        ResourceBundle zh = ResourceBundle.getBundle("org.shoumi.portal.i18n.messages", Locale.SIMPLIFIED_CHINESE);
        byte[] pdf = SecrecyFilePdf.render(file, zh, java.time.ZoneId.of("Asia/Shanghai"), "示范单位", at);
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertTrue(text.contains("《保密守则》第1版"), text);
            assertTrue(text.contains("《保密守则》第2版（实质性修改，自2026-12-06起施行）未确认"), text);
            assertTrue(text.contains("在岗保密承诺书第2版（实质性修改，自2026-12-06起施行）未签署"), text);
        }
    }

    @Test
    void theFileWritesItInBothLanguages() {
        SecrecyFile.Owed rule = new SecrecyFile.Owed(false, "保密守则", 2, TODAY);
        SecrecyFile.Owed pledge = new SecrecyFile.Owed(true, "在岗保密承诺书", 2, TODAY);
        ResourceBundle zh = ResourceBundle.getBundle("org.shoumi.portal.i18n.messages", Locale.SIMPLIFIED_CHINESE);
        assertEquals("《保密守则》第 2 版（实质性修改，自 2026-12-06 起施行）未确认", SecrecyFilePdf.owed(rule, zh));
        assertEquals("在岗保密承诺书 第 2 版（实质性修改，自 2026-12-06 起施行）未签署", SecrecyFilePdf.owed(pledge, zh));
        ResourceBundle en = ResourceBundle.getBundle("org.shoumi.portal.i18n.messages", Locale.ROOT);
        assertTrue(SecrecyFilePdf.owed(rule, en).contains("not acknowledged"), SecrecyFilePdf.owed(rule, en));
    }
}

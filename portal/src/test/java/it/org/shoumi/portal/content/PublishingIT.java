package it.org.shoumi.portal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.shoumi.portal.Deployments;
import it.org.shoumi.portal.FromInside;
import it.org.shoumi.portal.PortalClient;
import it.org.shoumi.portal.PortalClient.Page;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shoumi.content.documents.boundary.DocumentDraft;
import org.shoumi.content.documents.boundary.Documents;
import org.shoumi.quizzes.bank.boundary.QuestionBank;
import org.shoumi.quizzes.bank.control.importing.ImportedQuestion;
import org.shoumi.quizzes.bank.entity.QuestionType;
import org.shoumi.content.documents.entity.DocumentKind;
import org.shoumi.content.documents.entity.DocumentVersion;
import org.shoumi.portal.security.boundary.Accounts;
import org.shoumi.portal.security.entity.Role;

/** A secrecy officer publishes through the edit page; a bad text is refused with its line; others may not. */
class PublishingIT extends FromInside {

    private static final String PASSWORD = "Tide-Lamp-739";

    @Inject
    Documents documents;

    @Inject
    Accounts accounts;

    @Inject
    QuestionBank questionBank;

    @Inject
    HttpServletRequest request;

    @Inject
    it.org.shoumi.portal.TestData data;

    @Inject
    org.shoumi.portal.training.boundary.Acknowledgements acknowledgements;

    @Inject
    org.shoumi.portal.evidence.boundary.EvidenceLog evidence;

    private String key;

    @BeforeEach
    void aRuleOfItsOwn() {
        key = "rules.p" + Long.toString(System.nanoTime(), 36);
        documents.publish(new DocumentDraft(key, DocumentKind.RULE, "发布测试制度", null, null,
                "### 第一条 总则 {#" + key + ".1}\n原文。\n", documents.today(), true, null), "setup");
    }

    private PortalClient loggedIn(Role role) throws Exception {
        String name = Deployments.uniqueName("u");
        accounts.create(name, PASSWORD.toCharArray(), Set.of(role), null);
        PortalClient browser = new PortalClient(
                portalAddress(request));
        browser.login(name, PASSWORD);
        return browser;
    }

    private Page edit(PortalClient browser, String body, boolean material) throws Exception {
        Page form = browser.get("content/edit.xhtml?key=" + key);
        assertEquals(200, form.status());
        Map<String, String> fields = new java.util.HashMap<>(Map.of(
                "edit:title", "发布测试制度（修订）",
                "edit:effective_input", documents.today().toString(),
                "edit:note", "修订第一条",
                "edit:body", body));
        if (material) {
            fields.put("edit:material_input", "on");
        }
        return browser.submit(form, "edit", "edit:publish", fields);
    }

    @Test
    void anOfficerPublishesAMaterialChange() throws Exception {
        Page after = edit(loggedIn(Role.SECRECY_OFFICER), "### 第一条 总则 {#" + key + ".1}\n新文。\n", true);
        assertTrue(after.uri().getPath().endsWith("/content/manage.xhtml"), after.uri().toString());
        assertTrue(after.contains("已发布《发布测试制度（修订）》第 2 版"), "the officer is told");
        DocumentVersion v2 = documents.versions(key).get(1);
        assertEquals(2, v2.getVersion());
        assertTrue(v2.isMaterialChange());
        assertEquals("修订第一条", v2.getChangeNote());
        assertTrue(v2.getBody().contains("新文。"));
    }

    @Test
    void droppingAClauseThatQuestionsCiteIsPublishedWithAWarning() throws Exception {
        String two = "### 第一条 总则 {#" + key + ".1}\n原文。\n\n### 第二条 细则 {#" + key + ".2}\n细则原文。\n";
        documents.publish(new DocumentDraft(key, DocumentKind.RULE, "发布测试制度", null, null, two, documents.today(),
                false, null), "setup");
        questionBank.importQuestions(List.of(new ImportedQuestion(1, QuestionType.JUDGE,
                "发布测试：第二条的细则是否有效？" + key, List.of(), "TRUE", "见第二条。", "测试", key + ".2", 2, null)), "test", "officer");
        Page after = edit(loggedIn(Role.SECRECY_OFFICER), "### 第一条 总则 {#" + key + ".1}\n新文。\n", false);
        assertTrue(after.uri().getPath().endsWith("/content/manage.xhtml"), "still published: " + after.uri());
        assertTrue(after.contains("新版本已不含条款 第二条 细则，题库中有 1 道试题引用了这些条款"),
                "the officer is told which questions to revise");
        Page kept = edit(loggedIn(Role.SECRECY_OFFICER), "### 第一条 总则 {#" + key + ".1}\n再改。\n", false);
        assertTrue(!kept.contains("新版本已不含条款"), "no warning when no cited clause goes");
    }

    /** The outside probe: a later publish from an editor opened earlier silently replaced another officer's edit. */
    @Test
    void aPublishFromAnEditorOpenedBeforeSomeoneElsesPublishIsRefused() throws Exception {
        PortalClient first = loggedIn(Role.SECRECY_OFFICER);
        Page form = first.get("content/edit.xhtml?key=" + key);
        // meanwhile another officer publishes version 2
        documents.publish(new DocumentDraft(key, DocumentKind.RULE, "发布测试制度", null, null,
                "### 第一条 总则 {#" + key + ".1}\n另一位保密员的修改。\n", documents.today(), false, null), "officer-b");
        Page after = first.submit(form, "edit", "edit:publish", Map.of(
                "edit:title", "发布测试制度（修订）",
                "edit:effective_input", documents.today().toString(),
                "edit:note", "修订第一条",
                "edit:body", "### 第一条 总则 {#" + key + ".1}\n我的修改。\n"));
        assertTrue(after.uri().getPath().endsWith("/content/edit.xhtml"), after.uri().toString());
        assertTrue(after.contains("您编辑期间，officer-b 已发布了该文件的第 2 版"), "who published meanwhile is named");
        assertTrue(after.contains("我的修改。"), "the officer's text is still in the editor");
        assertEquals(2, documents.versions(key).size(), "nothing of the outdated edit was published");
        assertTrue(documents.versions(key).get(1).getBody().contains("另一位保密员的修改。"));
        // opened again, the editor starts from version 2 and publishes version 3
        Page again = edit(first, "### 第一条 总则 {#" + key + ".1}\n我的修改。\n", false);
        assertTrue(again.uri().getPath().endsWith("/content/manage.xhtml"), again.uri().toString());
        assertEquals(3, documents.versions(key).size());
    }

    /**
     * Found by an outside check: a version scheduled for a later day was silently dropped by a version published after
     * it with today's date (the newest whose day has come is the one in force), and a version could be dated before
     * the one in force. Versions come into force in their order: an earlier date is refused, nothing is published,
     * and the scheduled version comes into force on its day.
     */
    @Test
    void aVersionCannotBeDatedBeforeTheOneBeforeIt() throws Exception {
        java.time.LocalDate later = documents.today().plusDays(30);
        documents.publish(new DocumentDraft(key, DocumentKind.RULE, "发布测试制度", null, null,
                "### 第一条 总则 {#" + key + ".1}\n下月施行。\n", later, true, null), "officer");
        org.shoumi.content.documents.boundary.PublishRefusedException refused = org.junit.jupiter.api.Assertions
                .assertThrows(org.shoumi.content.documents.boundary.PublishRefusedException.class,
                        () -> documents.publish(new DocumentDraft(key, DocumentKind.RULE, "发布测试制度", null, null,
                                "### 第一条 总则 {#" + key + ".1}\n改错字。\n", documents.today(), false, null),
                                "officer"));
        assertEquals(List.of("effectiveBefore"), refused.problems().stream().map(p -> p.code()).toList());
        assertEquals(2, documents.versions(key).size(), "nothing published");

        Page after = edit(loggedIn(Role.SECRECY_OFFICER), "### 第一条 总则 {#" + key + ".1}\n改错字。\n", false);
        assertTrue(after.contains("施行日期不能早于第 2 版的施行日期（" + later + "）"), after.body());
        assertEquals(2, documents.versions(key).size(), "nothing published from the page either");

        documents.publish(new DocumentDraft(key, DocumentKind.RULE, "发布测试制度", null, null,
                "### 第一条 总则 {#" + key + ".1}\n同日再改。\n", later, false, null), "officer");
        assertEquals(3, documents.versions(key).size(), "the same day or later is fine");

        // found by an outside check: a version dated 9999-12-31 held back every later revision for good
        org.shoumi.content.documents.boundary.PublishRefusedException tooFar = org.junit.jupiter.api.Assertions
                .assertThrows(org.shoumi.content.documents.boundary.PublishRefusedException.class,
                        () -> documents.publish(new DocumentDraft(key, DocumentKind.RULE, "发布测试制度", null, null,
                                "### 第一条 总则 {#" + key + ".1}\n远期。\n", java.time.LocalDate.of(9999, 12, 31), false,
                                null), "officer"));
        assertEquals(List.of("effectiveTooFar"), tooFar.problems().stream().map(p -> p.code()).toList());
        assertEquals(3, documents.versions(key).size(), "nothing published");
    }

    /**
     * A page left (its beans ended by the browser's unload request) and then posted from another tab kept open: the
     * editor has nothing loaded to publish on, so the page opens again as expired and nothing is published (it was
     * a NullPointerException and the error page).
     */
    @Test
    void aPublishFromAPageWhoseBeansEndedReopensThePage() throws Exception {
        PortalClient officer = loggedIn(Role.SECRECY_OFFICER);
        Page form = officer.get("content/edit.xhtml?key=" + key);
        java.util.regex.Matcher unload = java.util.regex.Pattern.compile("OmniFaces\\.Unload\\.init\\('([^']+)'\\)")
                .matcher(form.body());
        assertTrue(unload.find(), "the page asks for its beans to end when left");
        java.util.regex.Matcher state = java.util.regex.Pattern.compile(
                "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(form.body());
        assertTrue(state.find());
        officer.post("content/edit.xhtml?key=" + key, List.of(Map.entry("omnifaces.event", "unload"),
                Map.entry("id", unload.group(1)), Map.entry("jakarta.faces.ViewState",
                        state.group(1).replace("&#58;", ":"))), Map.of());
        Page after = officer.submit(form, "edit", "edit:publish", Map.of(
                "edit:title", "发布测试制度（修订）",
                "edit:effective_input", documents.today().toString(),
                "edit:note", "修订第一条",
                "edit:body", "### 第一条 总则 {#" + key + ".1}\n离开后再发布。\n"));
        assertEquals(200, after.status(), after.body());
        assertFalse(after.contains("系统错误"), "not the error page");
        assertTrue(after.contains("页面已过期"), after.body());
        assertEquals(1, documents.versions(key).size(), "nothing published");
    }

    /**
     * Found by an outside check: the publish form sent twice at once drew the second answer as an empty editor
     * ("null", ???enum.DocumentKind.null???): the first post had published and ended the page's beans. Here the
     * second post comes after the first, without a title: it is not drawn as an empty editor either.
     */
    @Test
    void aSecondPostOfAPublishedFormDrawsNoEmptyEditor() throws Exception {
        PortalClient officer = loggedIn(Role.SECRECY_OFFICER);
        Page form = officer.get("content/edit.xhtml?key=" + key);
        Page published = officer.submit(form, "edit", "edit:publish", Map.of(
                "edit:title", "发布测试制度（修订）",
                "edit:effective_input", documents.today().toString(),
                "edit:body", "### 第一条 总则 {#" + key + ".1}\n发一次。\n"));
        assertTrue(published.uri().getPath().endsWith("/content/manage.xhtml"), published.uri().toString());
        Page again = officer.submit(form, "edit", "edit:publish", Map.of(
                "edit:title", "",
                "edit:effective_input", documents.today().toString(),
                "edit:body", "### 第一条 总则 {#" + key + ".1}\n再发一次。\n"));
        assertEquals(200, again.status(), again.body());
        assertFalse(again.contains("???"), again.body());
        assertFalse(again.visible().contains("null"), again.visible());
        assertTrue(again.contains("页面已过期"), again.visible());
        assertEquals(2, documents.versions(key).size(), "published once");
    }

    /**
     * Found by an outside check: a version could be dated months before it was published, the same text could be
     * published again as a "material change" (everyone then owed a reading of nothing new), and a material change
     * needed no word of what changed. Each is refused with its reason; nothing is published.
     */
    @Test
    void aBackDatedAnUnchangedAndAnUnexplainedMaterialVersionAreRefused() throws Exception {
        PortalClient officer = loggedIn(Role.SECRECY_OFFICER);
        String body = documents.versions(key).get(0).getBody();
        Page past = officer.submit(officer.get("content/edit.xhtml?key=" + key), "edit", "edit:publish", Map.of(
                "edit:title", "发布测试制度", "edit:effective_input", documents.today().minusDays(30).toString(),
                "edit:note", "补记", "edit:body", body + "\n补充。\n"));
        assertTrue(past.contains("施行日期最早为发布当天"), past.visible());
        Page same = officer.submit(officer.get("content/edit.xhtml?key=" + key), "edit", "edit:publish", Map.of(
                "edit:title", documents.versions(key).get(0).getTitle(), "edit:effective_input",
                documents.today().toString(), "edit:material_input", "on", "edit:note", "无", "edit:body", body));
        assertTrue(same.contains("不是新版本"), same.visible());
        // found by an outside check: a space added to the title, a blank line in the text made a new version all the same
        Page spaced = officer.submit(officer.get("content/edit.xhtml?key=" + key), "edit", "edit:publish", Map.of(
                "edit:title", "\u3000" + documents.versions(key).get(0).getTitle() + " ", "edit:effective_input",
                documents.today().toString(), "edit:material_input", "on", "edit:note", "重新发布",
                "edit:body", body.replace("\n", "\n\n") + "  \n"));
        assertTrue(spaced.contains("不是新版本"), spaced.visible());
        Page unexplained = officer.submit(officer.get("content/edit.xhtml?key=" + key), "edit", "edit:publish",
                Map.of("edit:title", "发布测试制度", "edit:effective_input", documents.today().toString(),
                        "edit:material_input", "on", "edit:body", body + "\n新增一句。\n"));
        assertTrue(unexplained.contains("实质性修改须填写修改说明"), unexplained.visible());
        assertTrue(unexplained.contains("新增一句。"), "the text typed stays in the editor");
        assertEquals(1, documents.versions(key).size(), "nothing published");
    }

    /**
     * Found by an outside check: the officer reworded the exit pledge's period with {{startDate}} and {{endDate}} and
     * dropped {{periodYears}}; it was published without a word, and 非涉密 leavers were then given this pledge stating
     * "满0年". Such a version is refused with the placeholder named, the text kept, nothing published.
     */
    @Test
    void anExitPledgeVersionWithoutItsPeriodIsRefusedAndNothingIsPublished() throws Exception {
        PortalClient officer = loggedIn(Role.SECRECY_OFFICER);
        List<org.shoumi.content.documents.entity.DocumentVersion> before = documents.versions("pledge.exit");
        String body = before.get(before.size() - 1).getBody();
        String reworded = body.replace("本人的脱密期为{{periodYears}}年，自本单位批准本人离岗离职之日起计算",
                "本人的脱密期自{{startDate}}起至{{endDate}}止");
        org.junit.jupiter.api.Assumptions.assumeFalse(reworded.equals(body) || reworded.contains("periodYears"),
                "the exit pledge in force states its period as shipped");
        Page form = officer.get("content/edit.xhtml?key=pledge.exit");
        assertEquals(200, form.status());
        Page refused = officer.submit(form, "edit", "edit:publish", Map.of(
                "edit:title", before.get(before.size() - 1).getTitle(),
                "edit:effective_input", documents.today().toString(), "edit:note", "脱密期表述调整",
                "edit:body", reworded));
        assertTrue(refused.contains("必须保留占位符“{{periodYears}}”"), refused.visible());
        assertTrue(refused.contains("本人的脱密期自{{startDate}}起至{{endDate}}止"), "the text typed stays in the editor");
        assertEquals(before.size(), documents.versions("pledge.exit").size(), "nothing published");
    }

    @Test
    void aTextWithoutClausesIsRefusedWithAMessageAndNothingIsSaved() throws Exception {
        Page after = edit(loggedIn(Role.SECRECY_OFFICER), "只有正文，没有条款。", true);
        assertTrue(after.uri().getPath().endsWith("/content/edit.xhtml"), after.uri().toString());
        assertTrue(after.contains("文件至少需要一个带编号的条款标题"), "the problem is explained");
        assertTrue(after.contains("只有正文，没有条款。"), "the text typed is kept in the editor");
        assertEquals(1, documents.versions(key).size());
    }

    @Test
    void aBadClauseIdIsReportedWithItsLine() throws Exception {
        Page after = edit(loggedIn(Role.SECRECY_OFFICER), "### 第一条 {#" + key + ".1}\n文字\n\n### 第二条 {#other.2}\n文字\n", false);
        assertTrue(after.contains("第 4 行：条款编号“other.2”须以本文件的标识开头"), "line and id are named");
        assertEquals(1, documents.versions(key).size());
    }

    /** Found by an outside check: the 修改说明 a material change needs was shown to nobody who had to read it again. */
    @Test
    void whoReadsAgainIsToldWhatChanged() throws Exception {
        String no = "PB" + Long.toString(System.nanoTime(), 36).toUpperCase();
        org.shoumi.portal.organisation.entity.Post post = data.anyPost();
        org.shoumi.portal.organisation.entity.Department department = data.inTransaction(em -> em.createQuery(
                "select d from Department d order by d.id", org.shoumi.portal.organisation.entity.Department.class)
                .setMaxResults(1).getSingleResult());
        org.shoumi.portal.employees.entity.Employee reader = new org.shoumi.portal.employees.entity.Employee(no,
                "读者", department, post, org.shoumi.portal.employees.entity.SecrecyClass.GENERAL,
                org.shoumi.portal.employees.entity.EmployeeStatus.ACTIVE, documents.today().minusYears(1));
        data.persist(reader);
        String name = Deployments.uniqueName("reader");
        accounts.create(name, PASSWORD.toCharArray(), Set.of(Role.EMPLOYEE), reader);
        acknowledgements.acknowledge(name, key, 1, java.time.Instant.now().minusSeconds(600));
        edit(loggedIn(Role.SECRECY_OFFICER), "### 第一条 总则 {#" + key + ".1}\n新文。\n", true);
        PortalClient browser = new PortalClient(portalAddress(request));
        browser.login(name, PASSWORD);
        Page read = browser.get("content/read.xhtml?key=" + key);
        assertTrue(read.contains("自您确认的第 1 版以来的修改") && read.contains("第 2 版：修订第一条"), read.body());
    }

    /**
     * Found by an outside check: an acknowledgement refused because a new version came into force while the page was
     * open left the old version and its button on the page, refused at every press until reloaded by hand. The page
     * opens again with the version in force and the refusal's message.
     */
    @Test
    void anAcknowledgementOfAVersionReplacedMeanwhileOpensTheNewVersion() throws Exception {
        String no = "PR" + Long.toString(System.nanoTime(), 36).toUpperCase();
        org.shoumi.portal.organisation.entity.Department department = data.inTransaction(em -> em.createQuery(
                "select d from Department d order by d.id", org.shoumi.portal.organisation.entity.Department.class)
                .setMaxResults(1).getSingleResult());
        org.shoumi.portal.employees.entity.Employee liaison = new org.shoumi.portal.employees.entity.Employee(no,
                "联络员", department, data.anyPost(), org.shoumi.portal.employees.entity.SecrecyClass.GENERAL,
                org.shoumi.portal.employees.entity.EmployeeStatus.ACTIVE, documents.today().minusYears(1));
        data.persist(liaison);
        String name = Deployments.uniqueName("reader");
        accounts.create(name, PASSWORD.toCharArray(), Set.of(Role.EMPLOYEE), liaison);
        PortalClient reader = new PortalClient(portalAddress(request));
        reader.login(name, PASSWORD);
        Page open = reader.get("content/read.xhtml?key=" + key);
        assertTrue(open.contains("第 1 版") && open.contains("原文。"), open.visible());

        edit(loggedIn(Role.SECRECY_OFFICER), "### 第一条 总则 {#" + key + ".1}\n新文。\n", true);
        Page refused = reader.submit(open, "ack", "ack:acknowledge", Map.of());
        assertTrue(refused.uri().getPath().endsWith("/content/read.xhtml"), refused.uri().toString());
        assertTrue(refused.contains("期间已有新版本施行，请阅读新版本后重新确认。"), refused.visible());
        assertTrue(refused.contains("第 2 版") && refused.contains("新文。") && !refused.contains("原文。"),
                "the version in force is shown: " + refused.visible());
        assertTrue(refused.contains("id=\"ack:acknowledge\""), "to be acknowledged after reading");
    }

    /**
     * The auditor's question about a rule: which text was in force when, who published each version and why. Every
     * version stays readable in full, and a person's publishing is in the evidence log (so a text changed in place
     * afterwards no longer verifies).
     */
    @Test
    void everyVersionStaysReadableWithItsPublisherAndIsLoggedAsEvidence() throws Exception {
        edit(loggedIn(Role.SECRECY_OFFICER), "### 第一条 总则 {#" + key + ".1}\n新文。\n", true);
        DocumentVersion v2 = documents.versions(key).get(1);
        long logged = data.inTransaction(em -> em.createQuery("select count(e) from EvidenceEntry e where e.kind = "
                + "org.shoumi.portal.evidence.entity.EvidenceKind.DOCUMENT_VERSION and e.recordId = :id", Long.class)
                .setParameter("id", v2.getId()).getSingleResult());
        assertEquals(1, logged, "the publishing is in the evidence log");
        assertTrue(evidence.verify().intact(), "and the chain verifies with it");

        PortalClient auditor = loggedIn(Role.AUDITOR);
        assertTrue(auditor.get("index.xhtml").contains("id=\"menu-document-history\""), "the auditor's menu leads there");
        Page history = auditor.get("audit/documents.xhtml?key=" + key);
        assertEquals(200, history.status());
        assertTrue(history.contains("第 2 版") && history.contains("第 1 版"), "both versions are listed");
        assertTrue(history.contains(v2.getPublishedBy()) && history.contains("修订第一条"), "who published it and why");
        assertTrue(history.contains("现行版本") && history.contains("新文。"), "the version in force is shown in full");
        // version 1 was published and replaced the same day: in force from its publishing until version 2's, to
        // the minute (it read "未曾施行" though people had been asked to read it meanwhile; outside check)
        java.time.format.DateTimeFormatter minute = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .withZone(documents.zone());
        DocumentVersion v1 = documents.versions(key).get(0);
        assertTrue(history.contains(minute.format(v1.getPublishedAt()) + " 至 " + minute.format(v2.getPublishedAt())),
                history.body());
        assertTrue(history.contains(minute.format(v2.getPublishedAt()) + " 起"), "version 2 holds since then");
        assertFalse(history.contains("未曾施行"), history.body());
        Page first = auditor.get("audit/documents.xhtml?key=" + key + "&version=1");
        assertTrue(first.contains("第 1 版全文") && first.contains("原文。") && !first.contains("新文。"),
                "the earlier text is kept and shown as it was");
        assertEquals(404, auditor.get("audit/documents.xhtml?key=" + key + "&version=9").status());
        assertEquals(404, auditor.get("audit/documents.xhtml?key=rules.nosuchthing").status());
        assertTrue(auditor.get("audit/documents.xhtml").contains(key), "the list names every document");
        assertEquals(403, loggedIn(Role.EMPLOYEE).get("audit/documents.xhtml?key=" + key).status());
    }

    /**
     * Found by an outside check: the in-post pledge's first wording certified training and a self-inspection the
     * signer's record might not hold, and a corrected wording in the pack would have reached only new installations.
     * A release's later version of a document that came with the pack is taken at the start (in force from today when
     * the pack's day is past, with its 修改说明); a material change is not, nor anything over a version of the unit's
     * own.
     */
    @Test
    void aReleasesLaterWordingIsTakenUnlessMaterialOrTheUnitPublishedItsOwn() {
        String shipped = "rules.s" + Long.toString(System.nanoTime(), 36);
        java.util.function.BiFunction<Integer, String, org.shoumi.content.pack.control.ContentPack> pack = (v,
                extra) -> org.shoumi.content.pack.control.ContentPack.parse(List.of(
                        new org.shoumi.content.pack.control.PackFile("rules/" + shipped + ".md", "---\nkey: " + shipped
                                + "\nkind: RULE\ntitle: 内容包测试制度\nversion: " + v + "\neffective: 2026-01-01\n"
                                + extra + "---\n### 第一条 总则 {#" + shipped + ".1}\n第" + v + "版。\n")));
        Set<DocumentKind> rules = Set.of(DocumentKind.RULE);
        assertEquals(1, documents.importPack(pack.apply(1, ""), rules));
        assertEquals(0, documents.importPack(pack.apply(1, ""), rules), "known: nothing");
        assertEquals(1, documents.importPack(pack.apply(2, "note: 文字性更正\n"), rules));
        List<DocumentVersion> versions = documents.versions(shipped);
        assertEquals(List.of(1, 2), versions.stream().map(DocumentVersion::getVersion).sorted().toList());
        DocumentVersion second = documents.version(shipped, 2).orElseThrow();
        assertTrue(Documents.shipped(second));
        assertEquals("文字性更正", second.getChangeNote());
        assertFalse(second.isMaterialChange());
        assertEquals(documents.today(), second.getEffective(), "the pack's day is past: in force from today");
        assertEquals(2, documents.current(shipped).orElseThrow().getVersion());
        assertEquals(0, documents.importPack(pack.apply(2, ""), rules), "taken once");

        assertEquals(0, documents.importPack(pack.apply(3, "material-change: true\n"), rules),
                "a material change is published by an officer");
        documents.publish(new DocumentDraft(shipped, DocumentKind.RULE, "内容包测试制度", null, null,
                "### 第一条 总则 {#" + shipped + ".1}\n本单位的版本。\n", documents.today(), false, "本单位修订"),
                "officer");
        assertEquals(0, documents.importPack(pack.apply(4, ""), rules), "the unit's own version stands");
        assertEquals(3, documents.current(shipped).orElseThrow().getVersion());
    }

    /**
     * Found by an outside check: the history printed, under "内容包（随系统提供）", the time this database was first
     * started, as if the shipped version had been published then (a different time on every installation). A version
     * shipped in the content pack shows 内容包 and no time; one published in the portal keeps its publisher's time.
     */
    @Test
    void aVersionShippedInThePackShowsNoPublishingTime() throws Exception {
        String packKey = "pledge.in-post";
        List<DocumentVersion> versions = documents.versions(packKey);
        assertTrue(versions.stream().anyMatch(Documents::shipped), packKey);
        Page page = loggedIn(Role.AUDITOR).get("audit/documents.xhtml?key=" + packKey);
        assertEquals(200, page.status());
        String body = page.body();
        java.time.format.DateTimeFormatter minute = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .withZone(documents.zone());
        // the rows, newest first
        for (int row = 0; row < versions.size(); row++) {
            DocumentVersion v = versions.get(versions.size() - 1 - row);
            int from = body.indexOf("versions:" + row + ":publisher");
            String cell = body.substring(from, body.indexOf("versions:" + row + ":note", from));
            if (Documents.shipped(v)) {
                assertTrue(cell.contains("内容包（随系统提供）"), cell);
                assertFalse(cell.contains(minute.format(v.getPublishedAt())) || cell.contains("publishedAt"), cell);
            } else {
                assertTrue(cell.contains(minute.format(v.getPublishedAt())), cell);
            }
        }
    }

    /**
     * Found by an outside check: version 2, a material change from a day to come, then version 3, a wording fix
     * from the same day. The history showed version 2 as "未曾施行" and "已发布，尚未施行" at once, and version 3 as
     * "文字性更正（无须重新阅读）" though everyone is asked to read again on that day. Version 2 now reads as replaced
     * and carried by version 3, and version 3 as asking to read again.
     */
    @Test
    void aWordingFixReplacingAScheduledMaterialVersionIsShownAsAskingToReadAgain() throws Exception {
        java.time.LocalDate day = documents.today().plusDays(10);
        documents.publish(new DocumentDraft(key, DocumentKind.RULE, "发布测试制度", null, null,
                "### 第一条 总则 {#" + key + ".1}\n新文。\n", day, true, "修订第一条"), "setup");
        documents.publish(new DocumentDraft(key, DocumentKind.RULE, "发布测试制度", null, null,
                "### 第一条 总则 {#" + key + ".1}\n新文，更正。\n", day, false, "更正错字"), "setup");

        Page page = loggedIn(Role.AUDITOR).get("audit/documents.xhtml?key=" + key);
        String history = page.visible();
        // the rows, newest first: version 3, 2, 1
        String body = page.body();
        String v3 = new Page(200, page.uri(), body.substring(body.indexOf("versions:0:show"),
                body.indexOf("versions:1:show"))).visible();
        String v2 = new Page(200, page.uri(), body.substring(body.indexOf("versions:1:show"),
                body.indexOf("versions:2:show"))).visible();
        assertTrue(v3.contains("第 3 版") && v2.contains("第 2 版"), v3 + " / " + v2);
        assertTrue(v3.contains("文字性更正，并带入第 2 版未曾施行的实质性修改（相关人员须重新阅读确认）"), v3);
        assertTrue(v3.contains("已发布，尚未施行"), v3);
        assertTrue(v2.contains("实质性修改：施行前已被第 3 版替代，其修改随第 3 版施行（相关人员须重新阅读确认第 3 版）"), v2);
        assertTrue(v2.contains("未曾施行（原定 " + day + " 起施行，施行前已被新版本替代）"), v2);
        assertFalse(v2.contains("已发布，尚未施行"), "never in force is not also still to come: " + v2);
        assertFalse(history.contains("无须重新阅读"), history);
    }

    @Test
    void anEmployeeMayNotOpenTheEditor() throws Exception {
        Page denied = loggedIn(Role.EMPLOYEE).get("content/edit.xhtml?key=" + key);
        assertEquals(403, denied.status());
        assertFalse(denied.contains("edit:publish"));
    }
}

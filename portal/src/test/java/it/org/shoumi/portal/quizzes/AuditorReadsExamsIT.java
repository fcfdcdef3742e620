package it.org.shoumi.portal.quizzes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.shoumi.portal.FromInside;
import it.org.shoumi.portal.PortalClient;
import it.org.shoumi.portal.PortalClient.Page;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.campaigns.boundary.Plans;
import org.shoumi.portal.campaigns.entity.EducationPlan;
import org.shoumi.quizzes.attempts.boundary.QuizDraft;
import org.shoumi.quizzes.attempts.boundary.Quizzes;
import org.shoumi.quizzes.attempts.control.QuizPolicy.GradingMethod;
import org.shoumi.quizzes.attempts.control.Scoring.MultiCredit;
import org.shoumi.quizzes.attempts.entity.FeedbackPolicy;
import org.shoumi.quizzes.attempts.entity.QuizMode;
import org.shoumi.quizzes.bank.boundary.QuestionBank;
import org.shoumi.quizzes.bank.control.importing.ImportedQuestion;
import org.shoumi.quizzes.bank.entity.QuestionType;

/**
 * The auditor checks how the exam was set (found by an outside check: the quiz definitions, each question's
 * versions and the yearly education plans were 403 to them): the quiz list with the pass mark, time limit, attempts
 * and the draw, a question's versions with who changed what and when, the plans with who drew them up and started
 * them; all read only: no form is rendered, and the secrecy office's forms posted by hand change nothing.
 */
class AuditorReadsExamsIT extends FromInside {

    private static final String DEMO_PASSWORD = "Shoumi@2026";

    @Inject
    Quizzes quizzes;

    @Inject
    QuestionBank bank;

    @Inject
    org.shoumi.quizzes.attempts.boundary.QuizAttempts attempts;

    @Inject
    Plans plans;

    @Inject
    HttpServletRequest request;

    private String id;

    @BeforeEach
    void unique() {
        id = Long.toString(System.nanoTime(), 36).toUpperCase();
    }

    private PortalClient login(String user) throws Exception {
        PortalClient client = new PortalClient(portalAddress(request));
        client.login(user, DEMO_PASSWORD);
        return client;
    }

    /** Posts form {@code formId}'s fields and button through the page's top bar form (its view state and nonce). */
    private static Page forge(PortalClient client, Page page, String formId, String button, Map<String, String> fields)
            throws Exception {
        Map<String, String> all = new HashMap<>(fields);
        all.put(formId + "_SUBMIT", "1");
        return client.submit(page, "topbar", button, all);
    }

    @Test
    void theAuditorReadsTheQuizzesAsDefinedAndCannotDefineOne() throws Exception {
        String code = "AUD-" + id;
        quizzes.define(new QuizDraft(code, "审计查阅考试 " + id, QuizMode.EXAM, 7, null, 1, 5, 45, 70, 4,
                GradingMethod.LAST, FeedbackPolicy.SCORE_ONLY, MultiCredit.ALL_OR_NOTHING, 2));

        PortalClient auditor = login("auditor");
        Page manage = auditor.get("quizzes/manage.xhtml");
        assertEquals(200, manage.status(), "the quiz list opens to the auditor");
        String row = rowOf(manage, code);
        assertTrue(row.contains("7 题，限时 45 分钟，及格线 70 分"), row);
        assertTrue(row.contains("最多 4 次，取最后一次"), row);
        assertTrue(row.contains("多选题：全对才得分；交卷后显示：仅显示成绩"), row);
        assertTrue(row.contains("2 题：考生本岗位职责，难度 1–5；5 题：全部分类，难度 1–5"), row);
        assertTrue(manage.contains("quizzes/stats.xhtml?quiz=" + code), "the item statistics are linked");
        assertFalse(manage.contains("id=\"define\""), "no form for a new quiz");
        assertTrue(manage.contains("quizzes/accommodations.xhtml?quiz=" + code), "the accommodations are linked");
        assertFalse(manage.contains("quizzes/import.xhtml"), "no link to the import");
        assertTrue(manage.contains("您可以查阅考试的设置，但不能新建或修改考试。"), manage.visible());
        assertTrue(manage.contains("id=\"menu-quiz-manage\""), "in the auditor's menu");

        Page stats = auditor.get("quizzes/stats.xhtml?quiz=" + code);
        assertEquals(200, stats.status(), "the item statistics open to the auditor");

        String forged = "AUF-" + id;
        Map<String, String> f = new HashMap<>(Map.of("define:code", forged, "define:title", "伪造考试 " + id,
                "define:mode", "EXAM", "define:category", "", "define:count_input", "5", "define:count_hinput", "5",
                "define:pass_input", "60", "define:pass_hinput", "60", "define:attempts_input", "3",
                "define:attempts_hinput", "3"));
        f.putAll(Map.of("define:grading", "HIGHEST", "define:feedback", "FULL", "define:credit", "PARTIAL"));
        Page refused = forge(auditor, manage, "define", "define:save", f);
        assertFalse(refused.contains("已创建考试"), refused.visible());
        assertTrue(quizzes.all().stream().noneMatch(q -> q.getCode().equals(forged)), "no quiz defined");

        // the extra time and attempts granted are read too (an inspection asks who got more, from whom and why),
        // without the form: they were closed to the auditor
        attempts.grant(code, "SM002", 15, 0, "视力障碍，延长答题时间 " + id, "officer", "SM008");
        Page granted = auditor.get("quizzes/accommodations.xhtml?quiz=" + code);
        assertEquals(200, granted.status(), "the accommodations open to the auditor");
        assertTrue(granted.contains("视力障碍，延长答题时间 " + id) && granted.contains("黄海涛"), granted.visible());
        assertFalse(granted.contains("id=\"grant\""), "no form to grant");
        assertTrue(granted.contains("您可以查阅已给予的照顾安排，但不能新增"), "said to be read only");
        Page forgedGrant = forge(auditor, granted, "grant", "grant:grant-button", Map.of("grant:employeeNo", "SM003",
                "grant:minutes_input", "30", "grant:minutes_hinput", "30", "grant:reason", "伪造 " + id));
        assertFalse(forgedGrant.contains("伪造 " + id), forgedGrant.visible());
        assertEquals(1, attempts.accommodations(code).size(), "nothing granted by the auditor");

        // the officer's own page keeps the form and the links
        Page officers = login("officer").get("quizzes/manage.xhtml");
        assertTrue(officers.contains("id=\"define\"") && officers.contains("quizzes/accommodations.xhtml"));
        assertFalse(officers.contains("您可以查阅考试的设置"), "no read-only note for the officer");
    }

    /** The table row of the quiz {@code code} on the quiz list, its tags removed. */
    private static String rowOf(Page page, String code) {
        Matcher row = Pattern.compile("<tr[^>]*>((?:(?!</tr>).)*>" + Pattern.quote(code) + "<(?:(?!</tr>).)*)</tr>",
                Pattern.DOTALL).matcher(page.body());
        assertTrue(row.find(), "a row for " + code + ": " + page.visible());
        return row.group(1).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
    }

    @Test
    void theAuditorReadsAQuestionsVersionsAndCannotReviseOrRetireIt() throws Exception {
        String stem = "审计题目" + id;
        bank.importQuestions(List.of(new ImportedQuestion(1, QuestionType.SINGLE, stem, List.of("甲", "乙", "丙"), "A",
                "解析", "audit-" + id, null, 2, null)), "test", "officer");
        String key = bank.active().stream().filter(q -> q.getStem().equals(stem)).findFirst().orElseThrow()
                .getQuestionKey();
        String revised = bank.revise(key, new QuestionBank.Revision(stem + "（修订）", List.of("甲", "乙", "丁"), "C",
                "解析", 2, "选项丙改为丁，答案改为 C " + id), "officer");

        PortalClient auditor = login("auditor");
        Page review = auditor.get("quizzes/review.xhtml?key=" + revised);
        assertEquals(200, review.status(), "a question's versions open to the auditor");
        String shown = review.visible();
        assertTrue(shown.contains("第 1 版") && shown.contains("第 2 版"), shown);
        assertTrue(shown.contains("选项丙改为丁，答案改为 C " + id), "why it was changed: " + shown);
        assertTrue(shown.contains("A. 甲 · B. 乙 · C. 丙") && shown.contains("A. 甲 · B. 乙 · C. 丁"),
                "what each version asked: " + shown);
        assertTrue(shown.contains("答案：A") && shown.contains("答案：C"), "each version's answer: " + shown);
        assertTrue(shown.contains("已由修订版本取代"), shown);
        assertFalse(review.contains("id=\"revise\"") || review.contains("id=\"retire\""), "no forms for the auditor");

        Page revise = forge(auditor, review, "revise", "revise:save", Map.of("revise:stem", "伪造修订", "revise:answer",
                "A", "revise:explanation", "", "revise:note", "伪造", "revise:difficulty_input", "2",
                "revise:difficulty_hinput", "2"));
        assertFalse(revise.contains("已保存为新版本"), revise.visible());
        Page retire = forge(auditor, review, "retire", "retire:retire-button", Map.of("retire:reason", "伪造停用"));
        assertFalse(retire.contains("已停用。"), retire.visible());
        assertEquals(2, bank.versions(revised).size(), "no new version");
        assertTrue(bank.versions(revised).get(0).isActive(), "not retired");

        Page officers = login("officer").get("quizzes/review.xhtml?key=" + revised);
        assertTrue(officers.contains("id=\"revise\"") && officers.contains("id=\"retire\""), "the officer's forms");
    }

    @Test
    void theAuditorReadsThePlansAndCannotChangeOne() throws Exception {
        String title = "审计查阅计划 " + id;
        EducationPlan plan = plans.create(2026, title, "officer");
        int before = plans.all().size();

        PortalClient auditor = login("auditor");
        Page page = auditor.get("campaigns/plans.xhtml");
        assertEquals(200, page.status(), "the plans open to the auditor");
        assertTrue(page.contains("id=\"menu-plans\""), "in the auditor's menu");
        assertFalse(page.contains("plans:create") || page.contains("plans:copy") || page.contains("additem:add"),
                "no forms for the auditor");

        Matcher choose = Pattern.compile("id=\"(plans:list:\\d+:choose)\"[^>]*>" + Pattern.quote(title) + "<")
                .matcher(page.body());
        assertTrue(choose.find(), page.visible());
        Page chosen = auditor.submit(page, "plans", choose.group(1), Map.of());
        assertTrue(chosen.contains("<h2 id=\"plan-heading\">" + title + "</h2>"), "the plan opens: " + chosen.visible());
        assertTrue(chosen.visible().contains(" 编制"), "who drew the plan up and when: " + chosen.visible());
        assertFalse(chosen.contains("items:start"), "no start button for the auditor");

        Page created = forge(auditor, chosen, "plans", "plans:create", Map.of("plans:year_input", "2026",
                "plans:year_hinput", "2026", "plans:newTitle", "伪造计划 " + id));
        assertFalse(created.contains("已新建计划"), created.visible());
        Page started = forge(auditor, chosen, "items", "items:start", Map.of());
        assertFalse(started.contains("计划已启动"), started.visible());
        assertEquals(before, plans.all().size(), "no plan created");
        assertFalse(plans.find(plan.getId()).orElseThrow().isStarted(), "not started");
    }
}

package it.org.shoumi.portal.quizzes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.shoumi.portal.FromInside;
import it.org.shoumi.portal.PortalClient;
import it.org.shoumi.portal.PortalClient.Page;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shoumi.quizzes.bank.boundary.QuestionBank;
import org.shoumi.quizzes.bank.control.importing.ImportedQuestion;
import org.shoumi.quizzes.bank.entity.BankQuestion;
import org.shoumi.quizzes.bank.entity.QuestionType;

/**
 * The review form (quizzes/review.xhtml) revises a question by the import's rules: a revision the import would
 * refuse is refused beside its field with the import's words, what was typed stays in the form, and the bank keeps
 * its one version (an outside check saved a 多选 with one right option and a 填空 with two blanks and one answer).
 */
class QuestionReviewIT extends FromInside {


    @Inject
    QuestionBank bank;

    @Inject
    HttpServletRequest request;

    @Inject
    org.shoumi.quizzes.attempts.boundary.Quizzes quizzes;

    @Inject
    it.org.shoumi.portal.TestData data;

    @Inject
    org.shoumi.portal.campaigns.boundary.Plans plans;

    private String id;

    @BeforeEach
    void unique() {
        id = Long.toString(System.nanoTime(), 36);
    }

    /** A question of this test only, imported as the import page would, by its key. */
    private String question(QuestionType type, String stem, List<String> options, String answer) {
        bank.importQuestions(List.of(new ImportedQuestion(1, type, stem, options, answer, "解析", "review-" + id,
                null, 2, null)), "test", "officer");
        return bank.active().stream().filter(q -> q.getStem().equals(stem)).findFirst().orElseThrow()
                .getQuestionKey();
    }

    private PortalClient officer() throws Exception {
        PortalClient officer = new PortalClient(portalAddress(request));
        officer.login("officer", "Shoumi@2026");
        return officer;
    }

    private Page revise(PortalClient officer, String key, Map<String, String> fields) throws Exception {
        Page page = officer.get("quizzes/review.xhtml?key=" + key);
        assertEquals(200, page.status(), page.body());
        Map<String, String> all = new java.util.HashMap<>(fields);
        all.put("revise:note", "测试修订" + id);
        Page answer = officer.submit(page, "revise", "revise:save", all);
        assertEquals(200, answer.status(), answer.body());
        assertTrue(answer.uri().toString().contains("review.xhtml"), "the form again: " + answer.uri());
        return answer;
    }

    /** The input tag of a field of the form, as the page has it. */
    private static String field(Page page, String name) {
        Matcher field = Pattern.compile("<input[^>]*name=\"" + Pattern.quote(name) + "\"[^>]*>").matcher(page.body());
        assertTrue(field.find(), "the field " + name);
        return field.group();
    }

    /**
     * Found by an outside check: a question shipped in the content pack showed its author as the raw "content-pack"
     * (in both languages) and, as its time, the moment this database was first started. It shows
     * 内容包（随系统提供） and no time, as the document history does; a version made by a person keeps name and time.
     */
    @Test
    void aVersionShippedInThePackShowsThePackAndNoTime() throws Exception {
        String key = "carriers-001";
        List<BankQuestion> versions = bank.versions(key);
        assertTrue(versions.stream().anyMatch(v -> QuestionBank.PACK_SOURCE.equals(v.getCreatedBy())), key);
        Page page = officer().get("quizzes/review.xhtml?key=" + key);
        assertEquals(200, page.status(), page.body());
        String body = page.body();
        assertFalse(page.visible().contains(QuestionBank.PACK_SOURCE), page.visible());
        for (int row = 0; row < versions.size(); row++) {
            int from = body.indexOf("versions:" + row + ":madeBy");
            assertTrue(from >= 0, "row " + row);
            int to = body.indexOf("versions:" + (row + 1) + ":", from);
            String cell = body.substring(from, to < 0 ? body.length() : to);
            if (QuestionBank.PACK_SOURCE.equals(versions.get(row).getCreatedBy())) {
                assertTrue(cell.contains("内容包（随系统提供）"), cell);
                assertFalse(cell.contains(":madeAt"), cell);
            } else {
                assertTrue(cell.contains(":madeAt"), cell);
            }
        }
    }

    @Test
    void aMultipleChoiceWithOneRightOptionIsRefusedAsTheImportRefusesIt() throws Exception {
        String key = question(QuestionType.MULTI, "多选修订" + id, List.of("甲", "乙", "丙"), "AB");
        Page answer = revise(officer(), key, Map.of("revise:answer", "A"));
        assertTrue(answer.contains("多选题至少需要两个正确选项。"), answer.visible());
        assertTrue(answer.contains("修订未保存"), answer.visible());
        assertTrue(field(answer, "revise:answer").contains("value=\"A\""), "what was typed is kept");
        assertEquals(List.of(key), bank.versions(key).stream().map(BankQuestion::getQuestionKey).toList(),
                "no second version");
    }

    @Test
    void aFillInWithAnAnswerShortIsRefusedAsTheImportRefusesIt() throws Exception {
        String key = question(QuestionType.FILL, "查阅 ____ 须登记。" + id, List.of(), "用途");
        String stem = "查阅 ____ 须登记 ____ 。" + id;
        Page answer = revise(officer(), key, Map.of("revise:stem", stem, "revise:answer", "用途"));
        assertTrue(answer.contains("题干有 2 处填空（____），答案却有 1 个"), answer.visible());
        assertTrue(answer.contains(stem), "the stem typed is kept");
        assertEquals(1, bank.versions(key).size(), "no second version");

        // the same form with an answer for each blank is kept
        Page saved = revise(officer(), key, Map.of("revise:stem", stem, "revise:answer", "用途;事由"));
        assertTrue(saved.contains("已保存为新版本 " + key + "~v2"), saved.visible());
    }

    /**
     * Found by an outside check: each of these revisions wrote an FFDC report (an IllegalArgumentException through
     * QuestionBank.revise) and the form said one catch-all sentence for all of them. Each is now said as what it is,
     * beside its field, with nothing in the server's log and what was typed kept.
     */
    @Test
    void eachRefusedRevisionSaysWhatIsWrongAndLeavesNoErrorInTheLog() throws Exception {
        String key = question(QuestionType.SINGLE, "单选修订" + id, List.of("甲", "乙", "丙", "丁"), "A");
        PortalClient officer = officer();
        Object[][] cases = {
            {Map.of("revise:choices:0:option", "甲", "revise:choices:1:option", "", "revise:choices:2:option", "戊",
                    "revise:choices:3:option", ""), "选项C前面有空选项", "revise:choices:2:option", "戊"},
            {Map.of("revise:choices:1:option", "甲"), "选项B与前面的选项相同", "revise:choices:1:option", "甲"},
            {Map.of("revise:answer", "G"), "答案“G”对应的选项不存在", "revise:answer", "G"},
            {Map.of("revise:answer", "AB"), "单选题只能有一个正确选项，这里的答案是“AB”", "revise:answer", "AB"}};
        for (Object[] c : cases) {
            @SuppressWarnings("unchecked")
            Map<String, String> fields = (Map<String, String>) c[0];
            it.org.shoumi.portal.ServerLog log = it.org.shoumi.portal.ServerLog.fromNow();
            Page answer = revise(officer, key, fields);
            assertTrue(answer.contains((String) c[1]), c[1] + ": " + answer.visible());
            assertTrue(!answer.contains("答案须与题型相符"), "not the catch-all sentence: " + answer.visible());
            String field = field(answer, (String) c[2]);
            assertTrue(field.contains("value=\"" + c[3] + "\""), "what was typed is kept: " + field);
            Thread.sleep(300);
            assertEquals(List.of(), log.linesSince("FFDC1015I", "IllegalArgumentException"), c[1] + ": no error");
        }
        assertEquals(1, bank.versions(key).size(), "no second version");
    }

    /**
     * The text from a field of the form to the next field: where the message said beside it stands (the form's own
     * messages, at its top, come before every field).
     */
    private static String beside(Page page, String name) {
        Matcher field = Pattern.compile("<(input|textarea)[^>]*name=\"" + Pattern.quote(name) + "\"").matcher(
                page.body());
        assertTrue(field.find(), "the field " + name);
        int next = page.body().indexOf("class=\"field\"", field.end());
        return page.body().substring(field.end(), next < 0 ? page.body().length() : next);
    }

    /**
     * Found by an outside check: an option of more than 1,000 characters was dropped without a word and the form
     * said "没有任何修改". Every text of the form longer than the bank keeps is refused beside its field, naming the
     * limit, with the whole text kept in the field and nothing saved.
     */
    @Test
    void anOverLongTextIsRefusedBesideItsFieldNamingTheLimit() throws Exception {
        String key = question(QuestionType.SINGLE, "超长修订" + id, List.of("甲", "乙", "丙"), "A");
        PortalClient officer = officer();
        Object[][] cases = {
            {"revise:choices:1:option", "乙".repeat(1001), 1000},
            {"revise:choices:3:option", "丁".repeat(1001), 1000},
            {"revise:stem", "题".repeat(2001), 2000},
            {"revise:explanation", "解".repeat(2001), 2000},
            {"revise:answer", "A".repeat(501), 500},
            {"revise:clause", "r".repeat(101), 100}};
        for (Object[] c : cases) {
            String name = (String) c[0];
            String typed = (String) c[1];
            Page answer = revise(officer, key, Map.of(name, typed));
            // the numbers as the message writes them (1,000)
            java.text.NumberFormat number = java.text.NumberFormat.getIntegerInstance(
                    java.util.Locale.SIMPLIFIED_CHINESE);
            String limit = "最多 " + number.format(c[2]) + " 个字符，这里有 " + number.format(typed.length()) + " 个";
            assertTrue(beside(answer, name).contains(limit), name + ": " + limit + " beside it: " + answer.visible());
            assertTrue(!answer.contains("没有任何修改"), name + ": not 'no change': " + answer.visible());
            assertTrue(answer.body().contains(typed), name + ": the whole text is kept");
        }
        assertEquals(1, bank.versions(key).size(), "no second version");
    }

    /**
     * Found by an outside check: a clause the rules do not have was refused alone at the top of the page, and the
     * other problems of the same revision came only once it was mended. Every problem is said at once, each beside
     * its field.
     */
    @Test
    void anUnknownClauseIsSaidBesideItWithTheRevisionsOtherProblems() throws Exception {
        String key = question(QuestionType.SINGLE, "条款修订" + id, List.of("甲", "乙", "丙"), "A");
        String clause = "rules.nosuch" + id + ".9";
        Page answer = revise(officer(), key, Map.of("revise:clause", clause, "revise:answer", "AB",
                "revise:choices:1:option", "甲"));
        assertTrue(beside(answer, "revise:clause").contains("现行制度与职责中没有条款 " + clause), answer.visible());
        assertTrue(beside(answer, "revise:answer").contains("单选题只能有一个正确选项，这里的答案是“AB”"),
                answer.visible());
        assertTrue(answer.contains("选项B与前面的选项相同"), answer.visible());
        assertTrue(field(answer, "revise:clause").contains("value=\"" + clause + "\""), "what was typed is kept");
        assertEquals(1, bank.versions(key).size(), "no second version");
    }

    /** The state column of the page's version table: how many versions it shows in use and how many retired. */
    private static int[] states(Page page) {
        return new int[] {count(page, "class=\"status done\""), count(page, "class=\"status todo\"")};
    }

    private static int count(Page page, String text) {
        int n = 0;
        for (int at = page.body().indexOf(text); at >= 0; at = page.body().indexOf(text, at + 1)) {
            n++;
        }
        return n;
    }

    /**
     * Found by an outside check: two officers had the review page open; B saved a revision (…~v2), then A pressed
     * 停用此题 and read "已于 … 由 … 停用，无需再次停用" while v2 stayed 使用中 and was drawn, and A's table still showed the
     * old version in use. A is told that v2 replaced the page's version and nothing was retired, the table shows the
     * versions as they are now, and the form then retires v2.
     */
    @Test
    void retiringAVersionAColleagueRevisedMeanwhileNamesTheRevisionAndRetiresNothing() throws Exception {
        String key = question(QuestionType.JUDGE, "并发停用" + id, List.of(), "TRUE");
        PortalClient a = officer();
        Page opened = a.get("quizzes/review.xhtml?key=" + key);
        Page saved = revise(officer(), key, Map.of("revise:explanation", "并发修订解析" + id));
        assertTrue(saved.contains("已保存为新版本 " + key + "~v2"), saved.visible());

        Page refused = a.submit(opened, "retire", "retire:retire-button", Map.of("retire:reason", "并发停用旧版本" + id));
        assertEquals(200, refused.status(), refused.body());
        assertTrue(refused.visible().contains("题目 " + key + " 已于 ") && refused.visible().contains(
                "修订为新版本 " + key + "~v2，" + key + "~v2 正在使用，仍会被抽取：未停用任何题目"), refused.visible());
        assertFalse(refused.visible().contains("无需再次停用"), refused.visible());
        assertTrue(refused.visible().contains("已由修订版本取代"), "the table as it is now: " + refused.visible());
        assertEquals(1, states(refused)[0], "one version in use: " + refused.visible());
        assertEquals(1, states(refused)[1], "one replaced: " + refused.visible());
        assertTrue(field(refused, "revise:answer").contains("value=\"对\""));
        assertTrue(refused.body().contains("并发修订解析" + id), "the form reads as v2 does");
        List<BankQuestion> versions = bank.versions(key);
        assertTrue(versions.get(0).isActive(), "v2 still in use");
        assertTrue(versions.get(1).isRetiredByRevision(), "v1 replaced, not retired by A");

        // the form now retires the version in use
        Page retired = a.submit(refused, "retire", "retire:retire-button", Map.of("retire:reason", "再停用" + id));
        assertEquals(200, retired.status(), retired.body());
        assertTrue(retired.body().contains("题目 " + key + "~v2 已停用"), retired.body());
        assertFalse(bank.versions(key).get(0).isActive(), "v2 retired");
        assertEquals("再停用" + id, bank.versions(key).get(0).getRetireReason());
    }

    /**
     * The same stale page the other way round (outside check): a revision refused because a colleague retired the
     * question meanwhile said "该题已停用" over a table that still showed it 使用中; and one refused because a colleague
     * revised it said it was retired. The table shows the versions as they are now, and a revision names the version
     * that replaced the page's, keeping what was typed.
     */
    @Test
    void aRevisionRefusedForAColleaguesChangeShowsTheVersionsAsTheyAreNow() throws Exception {
        String key = question(QuestionType.JUDGE, "并发修订" + id, List.of(), "TRUE");
        PortalClient a = officer();
        Page opened = a.get("quizzes/review.xhtml?key=" + key);
        revise(officer(), key, Map.of("revise:explanation", "同事的修订" + id));
        Page replaced = a.submit(opened, "revise", "revise:save", Map.of("revise:explanation", "我的修订" + id,
                "revise:note", "测试修订" + id));
        assertEquals(200, replaced.status(), replaced.body());
        assertTrue(replaced.visible().contains("修订为新版本 " + key + "~v2，只能修订最新版本。没有保存"),
                replaced.visible());
        assertTrue(replaced.body().contains("我的修订" + id), "what was typed is kept");
        assertEquals(1, states(replaced)[0], replaced.visible());
        assertEquals(2, bank.versions(key).size(), "nothing saved");

        String other = question(QuestionType.JUDGE, "并发修订停用" + id, List.of(), "TRUE");
        Page open = a.get("quizzes/review.xhtml?key=" + other);
        bank.retire(other, "同事停用" + id, "officer");
        Page refused = a.submit(open, "revise", "revise:save", Map.of("revise:explanation", "迟到的修订" + id,
                "revise:note", "测试修订" + id));
        assertEquals(200, refused.status(), refused.body());
        assertTrue(refused.visible().contains("该题已停用，只能修订仍在使用的最新版本。没有保存。"), refused.visible());
        assertEquals(0, states(refused)[0], "no version shown in use: " + refused.visible());
        assertEquals(1, states(refused)[1], refused.visible());
        assertEquals(1, bank.versions(other).size(), "nothing saved");
    }

    /** A quiz of three questions of this test's category. */
    private org.shoumi.quizzes.attempts.boundary.QuizDraft threeOf(String code) {
        return threeOf(code, "停用测验" + id);
    }

    /** {@link #threeOf(String)} titled {@code title} (a title is one quiz's). */
    private org.shoumi.quizzes.attempts.boundary.QuizDraft threeOf(String code, String title) {
        return new org.shoumi.quizzes.attempts.boundary.QuizDraft(code, title,
                org.shoumi.quizzes.attempts.entity.QuizMode.EXAM, 3, "review-" + id, 1, 5, 30, 60, 1,
                org.shoumi.quizzes.attempts.control.QuizPolicy.GradingMethod.HIGHEST,
                org.shoumi.quizzes.attempts.entity.FeedbackPolicy.FULL,
                org.shoumi.quizzes.attempts.control.Scoring.MultiCredit.PARTIAL);
    }

    /**
     * Found by an outside check: retiring a question left its category with 2 questions where a quiz draws 3, without
     * a word; takers were then refused ("题库中的题目数量不足以组卷"), and defining such a quiz said only "数量不足".
     * Retiring names the quiz that can no longer be drawn, the quiz list marks it, and a definition says how many
     * questions there are.
     */
    @Test
    void retiringAQuestionAQuizNeedsNamesTheQuizThatCanNoLongerBeDrawn() throws Exception {
        String first = question(QuestionType.JUDGE, "停用测试一" + id, List.of(), "TRUE");
        question(QuestionType.JUDGE, "停用测试二" + id, List.of(), "FALSE");
        question(QuestionType.JUDGE, "停用测试三" + id, List.of(), "TRUE");
        String code = "RET" + id.toUpperCase();
        quizzes.define(threeOf(code));

        PortalClient officer = officer();
        Page review = officer.get("quizzes/review.xhtml?key=" + first);
        // a true-or-false answer as the import, the export and the hint write it (it read TRUE beside "对 或 错")
        assertTrue(field(review, "revise:answer").contains("value=\"对\""), field(review, "revise:answer"));
        assertTrue(review.visible().contains("判断题写 对 或 错") && !review.visible().contains("TRUE 或 FALSE"));
        Page retired = officer.submit(review, "retire", "retire:retire-button", Map.of("retire:reason", "测试停用" + id));
        assertEquals(200, retired.status(), retired.body());
        // the messages come with the page the retiring leads to (in its growl); the page calls them 考试
        assertTrue(retired.body().contains("已停用") && retired.body().contains("停用测验" + id + "（" + code
                + "，需要 3 道，现有 2 道）") && retired.body().contains("以下考试"), retired.body());
        // retired again from the page kept open: said when and by whom, not "只能修订仍在使用的最新版本"
        Page again = officer.submit(review, "retire", "retire:retire-button", Map.of("retire:reason", "再停用" + id));
        assertTrue(again.visible().contains("题目 " + first + " 已于 ") && again.visible().contains("停用，无需再次停用"),
                again.visible());
        assertFalse(again.visible().contains("只能修订仍在使用的最新版本"), again.visible());

        Page manage = officer.get("quizzes/manage.xhtml");
        assertTrue(manage.visible().contains("题库已不足以组卷：需要 3 道题，现有 2 道"), manage.visible());

        org.shoumi.quizzes.attempts.boundary.QuizRefusedException refused = org.junit.jupiter.api.Assertions
                .assertThrows(org.shoumi.quizzes.attempts.boundary.QuizRefusedException.class,
                        () -> quizzes.define(threeOf(code + "B", "停用测验乙" + id)));
        assertEquals(3, refused.needed());
        assertEquals(2, refused.available());

        // found by an outside check: a campaign on such a quiz was launched ("已发起：1 人已布置在岗培训") and its
        // people then owed an exam that answered "题库中的题目数量不足以组卷"; the launch is refused with the figures,
        // and a yearly plan with an item on it does not start
        String tail = it.org.shoumi.portal.TestData.uniqueTail();
        org.shoumi.portal.organisation.entity.Department dept = new org.shoumi.portal.organisation.entity.Department(
                "QR_" + tail, "组卷部门" + tail, null);
        data.persist(dept);
        data.persist(new org.shoumi.portal.employees.entity.Employee("QR" + tail, "组" + tail, dept, data.anyPost(),
                org.shoumi.portal.employees.entity.SecrecyClass.GENERAL,
                org.shoumi.portal.employees.entity.EmployeeStatus.ACTIVE, java.time.LocalDate.now().minusYears(1)));
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        String campaign = "QR-" + tail;
        Page launch = officer.submit(officer.get("campaigns/manage.xhtml"), "launch", "launch:submit", Map.of(
                "launch:code", campaign, "launch:title", "不能组卷的活动" + id, "launch:quiz", code,
                "launch:opensOn_input", today.toString(), "launch:dueOn_input", today.plusDays(30).toString(),
                "launch:departments", dept.getCode()));
        assertTrue(launch.visible().contains("题库已不足以组卷考试 " + code + "：需要 3 道题，现有 2 道，考生将无法开始")
                && !launch.visible().contains("已发起"), launch.visible());
        assertTrue(!officer.get("campaigns/manage.xhtml").contains(campaign), "nothing launched");

        org.shoumi.portal.campaigns.entity.EducationPlan plan = plans.create(today.getYear(), "组卷计划" + id,
                "officer");
        plans.addItem(plan.getId(), new org.shoumi.portal.campaigns.boundary.PlanItemDraft(
                org.shoumi.portal.campaigns.entity.Audience.NON_SECRET, java.util.Set.of(dept.getCode()),
                "不能组卷的项目" + id, code, null, java.math.BigDecimal.ONE, today, java.time.LocalDate.of(today.getYear(), 12, 31)));
        org.shoumi.portal.campaigns.boundary.PlanRefusedException notStarted = org.junit.jupiter.api.Assertions
                .assertThrows(org.shoumi.portal.campaigns.boundary.PlanRefusedException.class,
                        () -> plans.start(plan.getId(), "officer"));
        assertEquals(org.shoumi.portal.campaigns.boundary.PlanRefusedException.Reason.QUIZ_UNDRAWABLE,
                notStarted.reason());
        assertEquals(List.of("不能组卷的项目" + id, code, "3", "2"), notStarted.details());
        assertTrue(!plans.find(plan.getId()).orElseThrow().isStarted(), "the plan is still a draft");
    }

    /**
     * Found by an outside check (ex-s37d 1): 测试题甲三 was revised into 测试题甲二 with the opposite answer; one paper
     * then asked the question twice with opposite keys, and the bank's export was refused by its own import. A
     * revision into the type and stem of another question in use (spaces aside, as the import compares) is refused
     * beside the stem, naming that question; neither question gets a new version.
     */
    @Test
    void aRevisionIntoACopyOfAnotherQuestionInUseIsRefusedNamingIt() throws Exception {
        String held = question(QuestionType.JUDGE, "重复题干甲" + id + "：涉密计算机可以连接互联网。", List.of(), "FALSE");
        String key = question(QuestionType.JUDGE, "重复题干乙" + id + "：离岗人员应当清退涉密载体。", List.of(), "TRUE");
        Page answer = revise(officer(), key, Map.of("revise:stem", "重复题干甲" + id + "： 涉密计算机可以连接互联网。",
                "revise:answer", "对"));
        assertTrue(answer.contains("题库中已有这道题在使用：" + held), answer.visible());
        assertTrue(answer.contains("修订未保存"), answer.visible());
        assertEquals(1, bank.versions(key).size(), "no second version");
        assertEquals(1, bank.versions(held).size(), "the other question untouched");

        // another stem is kept
        Page saved = revise(officer(), key, Map.of("revise:stem", "重复题干丙" + id + "：涉密计算机可以连接互联网。",
                "revise:answer", "对"));
        assertTrue(saved.contains("已保存为新版本 " + key + "~v2"), saved.visible());
    }

    /**
     * Found by an outside check (ex-s37d 2): a question was retired for "-" (the import's notes later quote it as why)
     * and a revision explained by "无". Both are refused in words; nothing is saved and the question stays in use.
     */
    @Test
    void aRetiringReasonOrARevisionNoteThatSaysNothingIsRefused() throws Exception {
        String key = question(QuestionType.JUDGE, "无理由停用" + id + "：涉密载体应当登记。", List.of(), "TRUE");
        PortalClient officer = officer();
        Page review = officer.get("quizzes/review.xhtml?key=" + key);
        Page retired = officer.submit(review, "retire", "retire:retire-button", Map.of("retire:reason", "-"));
        assertEquals(200, retired.status(), retired.body());
        assertTrue(retired.contains("请填写停用原因：写明为何停用；只填“-”“无”或“同意”不算。"), retired.visible());
        assertTrue(bank.versions(key).get(0).isActive(), "still in use");

        Page form = officer.get("quizzes/review.xhtml?key=" + key);
        Page revised = officer.submit(form, "revise", "revise:save", Map.of("revise:stem",
                "无理由修订" + id + "：涉密载体应当登记。", "revise:note", "无"));
        assertTrue(revised.contains("只填“-”“无”或“同意”不算。没有保存。"), revised.visible());
        assertEquals(1, bank.versions(key).size(), "no second version");
        assertTrue(revised.contains("无理由修订" + id), "the stem typed is kept");
    }
}

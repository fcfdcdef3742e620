package it.org.shoumi.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.shoumi.portal.FromOutside;
import it.org.shoumi.portal.PortalClient;
import it.org.shoumi.portal.PortalClient.Page;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The search box of the top bar: a rule or duty is found by words of its text with those words around them, a quiz by
 * its title, and people by name or staff number only by those who may see the roster; nothing found, markup and
 * an over-long text each get a plain answer.
 */
class SearchIT extends FromOutside {

    private static Page search(PortalClient client, String text) throws Exception {
        Page page = client.get("search.xhtml?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
        assertEquals(200, page.status(), page.uri().toString());
        return page;
    }

    @Test
    void anEmployeeFindsARuleByItsWordsAndAQuizByItsTitleButNoPeople() throws Exception {
        PortalClient employee = loggedIn("employee");
        assertTrue(employee.get("index.xhtml").contains("id=\"search-q\""), "the box is in the top bar");

        Page rule = search(employee, "兼职档案员");
        String text = rule.visible();
        assertTrue(text.contains("保密制度与职责（1）"), text);
        assertTrue(rule.body().contains("content/read.xhtml?key=rules.archives"), "the rule opens from the finding");
        assertTrue(text.contains("各部门兼职档案员负责收集"), "the words around it: " + text);

        // another post's duties are found too: anyone may read every rule and duty in force
        Page duty = search(employee, "了解领导行程");
        assertTrue(duty.body().contains("content/read.xhtml?key=duties.driver"), duty.visible());
        assertTrue(duty.visible().contains("司机岗位保密职责"), duty.visible());

        Page quiz = search(employee, "年度保密知识");
        assertTrue(quiz.body().contains("quizzes/start.xhtml?quiz=" + it.org.shoumi.portal.TestData.annualExam()), quiz.visible());

        // the employee's own name: people are not searched for an employee
        Page name = search(employee, "李明");
        assertFalse(name.body().contains("id=\"people\""), name.visible());
    }

    @Test
    void hrFindsAPersonByNameOrStaffNumberAndLooksThemUp() throws Exception {
        String suffix = Long.toString(System.nanoTime(), 36).toUpperCase();
        String no = "SR" + suffix;
        String name = "搜寻" + suffix.charAt(suffix.length() - 1) + suffix.charAt(suffix.length() - 2);
        PortalClient hr = loggedIn("hr");
        // found by an outside check: the date picker moved 2026-02-30 to the 28th and the hire went through
        Page noSuchDay = hr.submit(hr.get("employees/hire.xhtml"), "hire", "hire:submit", Map.of("hire:employeeNo",
                no, "hire:name", name, "hire:department", "RESEARCH", "hire:post", "STAFF",
                "hire:secrecyClass", "GENERAL", "hire:hireDate_input", "2026-02-30", "hire:username",
                "sr" + suffix.toLowerCase(), "hire:password", DEMO_PASSWORD));
        assertTrue(noSuchDay.visible().contains("请填写存在的入职日期"), noSuchDay.visible());
        assertTrue(noSuchDay.body().contains("value=\"" + name + "\""), "the name typed is kept");
        assertEquals(404, hr.get("employees/change.xhtml?no=" + no).status(), "nobody hired");
        hr.submit(hr.get("employees/hire.xhtml"), "hire", "hire:submit", Map.of("hire:employeeNo", no,
                "hire:name", name, "hire:department", "RESEARCH", "hire:post", "STAFF",
                "hire:secrecyClass", "GENERAL", "hire:hireDate_input", "2026-11-02", "hire:username",
                "sr" + suffix.toLowerCase(), "hire:password", DEMO_PASSWORD));
        assertEquals(200, hr.get("employees/change.xhtml?no=" + no).status(), "hired");
        Page again = hr.submit(hr.get("employees/hire.xhtml"), "hire", "hire:submit", Map.of("hire:employeeNo",
                no.toLowerCase(), "hire:name", name, "hire:department", "RESEARCH", "hire:post", "STAFF",
                "hire:secrecyClass", "GENERAL", "hire:hireDate_input", "2026-11-02", "hire:username",
                "sx" + suffix.toLowerCase(), "hire:password", DEMO_PASSWORD));
        assertTrue(again.visible().contains("该工号已在花名册中"), "the same number in small letters: " + again.visible());

        // also as a Chinese input method types letters and digits (found by an outside check: ＳＭ０３１ found nobody)
        String fullWidth = no.chars().mapToObj(c -> String.valueOf((char) (c + 0xFEE0)))
                .collect(java.util.stream.Collectors.joining());
        for (String text : new String[] {name, no.toLowerCase(), fullWidth}) {
            Page found = search(hr, text);
            String shown = found.visible();
            assertTrue(shown.contains("人员（1）") && shown.contains(no) && shown.contains(name), shown);
            assertTrue(found.body().contains("employees/change.xhtml?no=" + no), "HR may change the person");
            assertTrue(found.body().contains("records/file?no=" + no), "and open their secrecy file");
        }
        PortalClient auditor = loggedIn("auditor");
        Page byAuditor = search(auditor, name);
        assertTrue(byAuditor.body().contains("records/file?no=" + no), byAuditor.visible());
        assertFalse(byAuditor.body().contains("employees/change.xhtml?no="), "an auditor changes nobody");
        assertEquals(200, auditor.get("records/file?no=" + no.toLowerCase()).status(),
                "the secrecy file of a staff number typed in small letters");
    }

    @Test
    void nothingFoundMarkupAndAnOverLongTextGetAPlainAnswer() throws Exception {
        PortalClient officer = loggedIn("officer");
        Page nothing = search(officer, "不存在的内容" + System.nanoTime());
        assertTrue(nothing.visible().contains("没有找到与“不存在的内容"), nothing.visible());
        assertTrue(nothing.visible().contains("”相关的制度、考试或人员。"), "the officer searches people too");
        // found by an outside check: the employee's answer named people, whom an employee cannot search
        String missing = "不存在的内容" + System.nanoTime();
        Page byEmployee = search(loggedIn("employee"), missing);
        assertTrue(byEmployee.visible().contains("没有找到与“" + missing + "”相关的制度或考试。"), byEmployee.visible());
        assertFalse(byEmployee.visible().contains("或人员"), byEmployee.visible());

        Page markup = search(officer, "<script>alert(1)</script>");
        assertFalse(markup.body().contains("<script>alert(1)"), "the text is shown, not run");
        assertTrue(markup.body().contains("&lt;script&gt;alert(1)"), markup.visible());

        Page tooLong = search(officer, "密".repeat(51));
        assertTrue(tooLong.visible().contains("搜索内容最多 50 个字"), tooLong.visible());
        assertFalse(tooLong.body().contains("id=\"nothing\""), "not searched");
        // found by an outside check: 30 emoji (60 UTF-16 units) were refused as over 50 characters
        Page emoji = search(officer, "\uD83D\uDE00".repeat(30));
        assertFalse(emoji.visible().contains("搜索内容最多 50 个字"), emoji.visible());
        assertTrue(emoji.body().contains("id=\"nothing\""), "searched: " + emoji.visible());
    }
}

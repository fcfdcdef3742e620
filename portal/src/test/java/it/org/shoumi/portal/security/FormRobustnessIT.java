package it.org.shoumi.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.shoumi.portal.FromOutside;
import it.org.shoumi.portal.PortalClient;
import it.org.shoumi.portal.PortalClient.Page;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The outside probe's 500s for requests a page cannot handle: a forged view state opens the page again, as for an
 * expired one, a tampered form is answered with a message on the same page; nothing is saved and no error page is
 * shown.
 */
class FormRobustnessIT extends FromOutside {

    @Test
    void aForgedViewStateIsAnExpiredPageNotAnError() throws Exception {
        PortalClient hr = new PortalClient(base.toURI());
        hr.login("hr", "Shoumi@2026");
        Page hire = hr.get("employees/hire.xhtml");
        String no = "FV" + Long.toString(System.nanoTime(), 36).toUpperCase();
        for (String forged : new String[] {"forged", "AAAA" + "x".repeat(200), "-1:-1", "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcA=="}) {
            Page answer = hr.submit(hire, "hire", "hire:submit", Map.of("jakarta.faces.ViewState", forged,
                    "hire:employeeNo", no, "hire:name", "伪造状态"));
            assertTrue(answer.contains("页面已过期，已为您重新打开"), forged + ": " + answer.status() + " " + answer.body());
            assertEquals(200, answer.status());
            assertTrue(answer.uri().getPath().endsWith("/employees/hire.xhtml"), "the form again: " + answer.uri());
            assertFalse(answer.contains("系统错误"), "not the error page");
        }
        Page officer = new PortalClient(base.toURI()).login("officer", "Shoumi@2026");
        assertTrue(officer.uri().getPath().endsWith("/index.xhtml"), "the portal goes on: " + officer.uri());
    }

    /**
     * A link whose parameter the page cannot read (cut short, mistyped, tampered with) is "page not found", as an
     * unknown id is; before, the result page showed "null 分 不合格" and the self-inspection form "null" headings.
     */
    @Test
    void aLinkWithAParameterThePageCannotReadIsNotFound() throws Exception {
        PortalClient employee = new PortalClient(base.toURI());
        employee.login("employee", "Shoumi@2026");
        for (String link : new String[] {"quizzes/result.xhtml?attempt=abc", "quizzes/take.xhtml?attempt=1e3",
                "inspections/fill.xhtml?id=%27", "pledges/sign.xhtml?issue=x", "quizzes/start.xhtml?quiz=-"}) {
            Page page = employee.get(link);
            assertEquals(404, page.status(), link + ": " + page.body());
            assertTrue(page.contains("页面不存在"), link);
            assertFalse(page.contains("null"), link + ": " + page.body());
        }
        PortalClient hr = new PortalClient(base.toURI());
        hr.login("hr", "Shoumi@2026");
        assertEquals(404, hr.get("departures/restrictions.xhtml?within=soon").status());
        assertEquals(200, hr.get("departures/restrictions.xhtml?within=30").status(), "a readable one still opens");
        assertEquals(200, employee.get("quizzes/list.xhtml").status());
        assertEquals(200, new PortalClient(base.toURI()).get("login.xhtml?loggedOut=maybe").status());
    }

    /** The staff-number rule as every form says it, after the field's label (ValidationMessages). */
    private static final String RULE = "应为 1 至 20 位字母、数字、连字符（-）或下划线（_），以字母或数字开头和结尾，至少有一个字母或 1 至 9 的数字。";

    /**
     * The hire form checks the staff number and the e-mail address by the roster's own rules (the entity's
     * constraints): a number with a space, a slash or a Chinese character, an address without a domain, each said beside its field in
     * the page's language, what was typed is shown again, and nobody is hired.
     */
    @Test
    void aStaffNumberOrAddressTheRosterRefusesIsSaidBesideItsFieldAndNobodyIsHired() throws Exception {
        PortalClient hr = new PortalClient(base.toURI());
        hr.login("hr", "Shoumi@2026");
        String suffix = Long.toString(System.nanoTime(), 36).toUpperCase();
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        // "-1" and "000" were hired (outside check), then "0-0", "0_0", "0-", "0--0" and "SM-" (a second one): a number
        // starts and ends with a letter or a digit and has a letter or a digit other than 0
        for (String no : new String[] {"BV " + suffix, "BV/" + suffix.substring(0, 6), "工号" + suffix.substring(0, 6),
                "-1", "000", "0-0", "0_0", "0-", "0--0", "SM-"}) {
            Page answer = hr.submit(hr.get("employees/hire.xhtml"), "hire", "hire:submit", Map.of(
                    "hire:employeeNo", no, "hire:name", "校验" + suffix.charAt(0),
                    "hire:department", "RESEARCH", "hire:post", "STAFF", "hire:secrecyClass", "GENERAL",
                    "hire:hireDate_input", today, "hire:email", "bv" + suffix + "@", "hire:username",
                    "bv" + suffix.toLowerCase(), "hire:password", "Shoumi@2026"));
            assertEquals(200, answer.status(), answer.body());
            assertTrue(answer.uri().getPath().endsWith("/employees/hire.xhtml"), "the form again: " + answer.uri());
            // the field's name once: Faces puts the label before the constraint's message
            assertTrue(answer.contains("工号：" + RULE), no + ": " + answer.body());
            assertTrue(answer.contains("电子邮箱（接收提醒）：不是有效的电子邮箱地址，请检查后重新填写。"), answer.body());
            assertTrue(answer.contains("value=\"" + no + "\""), "what was typed is kept: " + no);
            assertEquals(404, hr.get("employees/change.xhtml?no=" + java.net.URLEncoder.encode(no,
                    java.nio.charset.StandardCharsets.UTF_8)).status(), "nobody hired as " + no);
        }
    }

    /**
     * Found by an outside check: a hire date typed with full-width digits and dashes (as a Chinese input method types
     * it) was refused as "not a day that exists", while the staff number took full-width characters. The hire
     * goes through; the travel request checks the day stored (TravelIT).
     */
    @Test
    void aHireDateInFullWidthDigitsIsTaken() throws Exception {
        PortalClient hr = new PortalClient(base.toURI());
        hr.login("hr", "Shoumi@2026");
        String suffix = Long.toString(System.nanoTime(), 36).toUpperCase();
        String no = "FW" + suffix.substring(suffix.length() - 8);
        StringBuilder today = new StringBuilder();
        LocalDate.now(ZoneId.of("Asia/Shanghai")).toString().chars()
                .forEach(c -> today.append((char) (c == '-' ? '\uFF0D' : c + 0xFEE0)));
        Page hired = hr.submit(hr.get("employees/hire.xhtml"), "hire", "hire:submit", Map.of(
                "hire:employeeNo", no, "hire:name", "全角日期", "hire:department", "RESEARCH", "hire:post", "STAFF",
                "hire:secrecyClass", "NONE", "hire:hireDate_input", today.toString(),
                "hire:username", "fw" + suffix.toLowerCase(), "hire:password", "Quan-Jiao-2026"));
        assertTrue(hired.uri().getPath().endsWith("/programmes/overview.xhtml"), hired.uri() + ": " + hired.visible());
        assertEquals(200, hr.get("employees/change.xhtml?no=" + no).status(), "hired as " + no);
    }

    /**
     * Every other form that takes a staff number checks it by the same rule (@StaffNumber, one tag for the field):
     * a number with a Chinese character is said beside the field, and the form comes back with it.
     */
    @Test
    void everyStaffNumberFieldSaysTheRuleBesideItself() throws Exception {
        String typed = "工号" + Long.toString(System.nanoTime(), 36).toUpperCase().substring(0, 5);
        String[][] forms = {
            {"hr", "departures/list.xhtml", "open", "open:submit"},
            {"hr", "vetting/manage.xhtml", "record", "record:submit"},
            {"officer", "quizzes/accommodations.xhtml?quiz=" + it.org.shoumi.portal.TestData.annualExam(), "grant", "grant:grant-button"},
            {"officer", "liaisons/manage.xhtml", "appoint", "appoint:submit"},
            {"officer", "travel/manage.xhtml", "passport", "passport:submit"}};
        for (String[] form : forms) {
            PortalClient client = new PortalClient(base.toURI());
            client.login(form[0], "Shoumi@2026");
            Page page = client.get(form[1]);
            assertEquals(200, page.status(), form[1]);
            Page answer = client.submit(page, form[2], form[3], Map.of(form[2] + ":employeeNo", typed));
            assertEquals(200, answer.status(), form[1] + ": " + answer.body());
            assertTrue(answer.contains(RULE), form[1] + ": " + answer.body());
            assertTrue(answer.contains("value=\"" + typed + "\""), form[1] + ": what was typed is kept");
        }
    }

    /**
     * A value longer than its field allows (the browser stops at {@code maxlength}, a script does not) is refused
     * with a message that names the field and its limit, and the whole value stays in the field: PrimeFaces alone
     * would cut it to the limit and save the cut value without a word (a 51-character name stored as 50).
     */
    @Test
    void anOverLongValueIsRefusedWithItsLimitNotCutAndSaved() throws Exception {
        PortalClient hr = new PortalClient(base.toURI());
        hr.login("hr", "Shoumi@2026");
        String suffix = Long.toString(System.nanoTime(), 36).toUpperCase();
        String no = "TL" + suffix;
        String name = "长" + "名".repeat(50);
        Page answer = hr.submit(hr.get("employees/hire.xhtml"), "hire", "hire:submit", Map.of(
                "hire:employeeNo", no, "hire:name", name,
                "hire:department", "RESEARCH", "hire:post", "STAFF", "hire:secrecyClass", "GENERAL",
                "hire:hireDate_input", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(),
                "hire:username", "tl" + suffix.toLowerCase(), "hire:password", "Shoumi@2026"));
        assertEquals(200, answer.status(), answer.body());
        assertTrue(answer.uri().getPath().endsWith("/employees/hire.xhtml"), "the form again: " + answer.uri());
        assertTrue(answer.contains("姓名：最多 50 个字符，这里有 51 个。"), answer.body());
        assertTrue(answer.contains(name), "the whole name stays in the field");
        assertEquals(404, hr.get("employees/change.xhtml?no=" + no).status(), "nobody hired, not even with a cut name");
    }

    /**
     * Found by outside checks: a report form sent twice (a double click, the same page sent again) recorded two
     * identical reports, which stay in the register for good. The same page with the same fields records once,
     * also when both posts arrive together; the page after it, drawn anew, records the next report.
     */
    @Test
    void theSameFormSentTwiceRecordsOnce() throws Exception {
        PortalClient employee = new PortalClient(base.toURI());
        employee.login("employee", "Shoumi@2026");
        String token = "ONCE" + Long.toString(System.nanoTime(), 36).toUpperCase();
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        Map<String, String> fields = Map.of("report:category", "FOREIGN_MARRIAGE", "report:occurredOn_input", today,
                "report:note", token);
        Page form = employee.get("matters/mine.xhtml");
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = two.submit(() -> employee.submit(form, "report", "report:submit", fields));
            var second = two.submit(() -> employee.submit(form, "report", "report:submit", fields));
            assertEquals(200, first.get().status());
            assertEquals(200, second.get().status());
        } finally {
            two.shutdownNow();
        }
        Page again = employee.submit(form, "report", "report:submit", fields);
        assertTrue(again.contains("这张表单刚刚已经提交过"), again.visible());
        assertEquals(1, reportsWith(token), "recorded once");
        // a new page with the same report is refused as reported already (the same person, category, day and note);
        // another note is a new report
        Page same = employee.submit(employee.get("matters/mine.xhtml"), "report", "report:submit", fields);
        assertTrue(same.contains("已经登记，未重复报告"), same.visible());
        assertEquals(1, reportsWith(token));
        Page next = employee.submit(employee.get("matters/mine.xhtml"), "report", "report:submit",
                Map.of("report:category", "FOREIGN_MARRIAGE", "report:occurredOn_input", today,
                        "report:note", token + " 补充"));
        assertFalse(next.contains("这张表单刚刚已经提交过"), next.visible());
        assertEquals(2, reportsWith(token));
    }

    /** How many of the newest personal-matter reports carry this note, as the secrecy office reads them. */
    private int reportsWith(String token) throws Exception {
        PortalClient officer = new PortalClient(base.toURI());
        officer.login("officer", "Shoumi@2026");
        java.util.regex.Matcher ids = java.util.regex.Pattern.compile("manage\\.xhtml\\?id=(\\d+)")
                .matcher(officer.get("matters/manage.xhtml").body());
        java.util.TreeSet<Long> all = new java.util.TreeSet<>();
        while (ids.find()) {
            all.add(Long.parseLong(ids.group(1)));
        }
        int found = 0;
        for (Long id : all.descendingSet().stream().limit(8).toList()) {
            if (officer.get("matters/manage.xhtml?id=" + id).contains(token)) {
                found++;
            }
        }
        return found;
    }

    /**
     * A text area counts a line break as one character, as the browser's own limit does, although the form sends it
     * as two: a note of exactly the limit in lines is saved whole; one character more is refused, and the message
     * shows among the page's messages when the field has none of its own.
     */
    @Test
    void aTextAreaAtItsLimitIsSavedWholeAndOneMoreIsRefused() throws Exception {
        PortalClient employee = new PortalClient(base.toURI());
        employee.login("employee", "Shoumi@2026");
        String token = "LINES" + Long.toString(System.nanoTime(), 36).toUpperCase();
        String lines = (token + "\r\n").repeat(500 / (token.length() + 1));
        String atLimit = lines + "x".repeat(500 - lines.replace("\r\n", "\n").length());
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        Page refused = employee.submit(employee.get("matters/mine.xhtml"), "report", "report:submit", Map.of(
                "report:category", "FOREIGN_MARRIAGE", "report:occurredOn_input", today,
                "report:note", atLimit + "y"));
        assertEquals(200, refused.status(), refused.body());
        assertTrue(refused.contains("备注：最多 500 个字符，这里有 501 个。"), refused.body());
        assertFalse(employee.get("matters/mine.xhtml").contains(token), "nothing saved");
        Page saved = employee.submit(employee.get("matters/mine.xhtml"), "report", "report:submit", Map.of(
                "report:category", "FOREIGN_MARRIAGE", "report:occurredOn_input", today, "report:note", atLimit));
        assertEquals(200, saved.status(), saved.body());
        assertFalse(saved.contains("最多 500 个字符"), saved.body());
        // the secrecy office reads the note: the newest report
        PortalClient officer = new PortalClient(base.toURI());
        officer.login("officer", "Shoumi@2026");
        java.util.regex.Matcher ids = java.util.regex.Pattern.compile("manage\\.xhtml\\?id=(\\d+)")
                .matcher(officer.get("matters/manage.xhtml").body());
        long newest = 0;
        while (ids.find()) {
            newest = Math.max(newest, Long.parseLong(ids.group(1)));
        }
        Page read = officer.get("matters/manage.xhtml?id=" + newest);
        assertTrue(read.contains(token) && read.contains(token + "\n" + "x".repeat(500 - lines.replace("\r\n", "\n")
                .length()) + "</p>"), "the note is saved whole, its end included: " + read.body());
    }

    /** An autosave from a page whose view is gone (another session's state here) reopens the page, saying so. */
    @Test
    void anAjaxCallFromAnExpiredPageOpensThePageAgain() throws Exception {
        Page login = new PortalClient(base.toURI()).get("login.xhtml?from=autosave");
        java.util.regex.Matcher state = java.util.regex.Pattern
                .compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(login.body());
        assertTrue(state.find(), "the page has a view state");
        String body = "login=login&login%3Ausername=x&jakarta.faces.ViewState="
                + java.net.URLEncoder.encode(state.group(1).replace("&#58;", ":"), java.nio.charset.StandardCharsets.UTF_8)
                + "&jakarta.faces.source=login%3Asubmit&jakarta.faces.partial.event=click"
                + "&jakarta.faces.partial.execute=login&jakarta.faces.partial.render=login&jakarta.faces.partial.ajax=true";
        // a browser without that session: its view state belongs to nobody here
        java.net.http.HttpResponse<String> answer = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(base.toURI().resolve("login.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                        .header("Faces-Request", "partial/ajax")
                        .header("Referer", base.toURI().resolve("login.xhtml?from=autosave").toString())
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("<redirect url=\"" + base.getPath() + "login.xhtml?from=autosave\""),
                "a partial-response redirect to the page again: " + answer.body());
    }

    @Test
    void aTamperedSelectionOnTheCampaignFormIsAMessageAndNothingIsLaunched() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String code = "TAMPER-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        PortalClient officer = new PortalClient(base.toURI());
        officer.login("officer", "Shoumi@2026");
        Page page = officer.get("campaigns/manage.xhtml");
        Page answer = officer.submit(page, "launch", "launch:submit", Map.of(
                "launch:code", code, "launch:title", "篡改测试", "launch:quiz", "NO-SUCH-QUIZ",
                "launch:opensOn_input", today.toString(), "launch:dueOn_input", today.plusDays(7).toString(),
                "launch:departments", "", "launch:classes", "NOT_A_CLASS"));
        assertEquals(200, answer.status(), answer.body());
        assertTrue(answer.uri().getPath().endsWith("/campaigns/manage.xhtml"), answer.uri().toString());
        assertFalse(answer.contains("系统错误"), "not the error page");
        assertFalse(answer.contains(code), "no campaign was launched");
    }
}

package it.org.shoumi.portal.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.shoumi.portal.PortalClient;
import it.org.shoumi.portal.TestExams;
import it.org.shoumi.portal.PortalClient.Page;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The yearly cycle in a real browser. Set up over HTTP as the officer and HR would on their pages: an exam of its
 * own, last year's plan (非涉密人员 of the IT department, that exam, 2 学时), a hire into IT, an offline session
 * today with a check-in code. Then in the browser: the officer copies last year's plan and starts the year; the
 * hire sees "本年度学时 0 / 2", reads, passes the exam from the home page's step, checks in to the session with the
 * code; the officer's drill-down of the plan item shows the hire complete.
 */
class PlanJourneyIT extends BrowserJourney {

    private static final ZoneId UNIT = ZoneId.of("Asia/Shanghai");
    private static final String OWN_PASSWORD = "Plan-Own-2026!";

    @Test
    void theOfficerStartsTheYearAndTheEmployeeEarnsTheirHours() throws Exception {
        LocalDate today = LocalDate.now(UNIT);
        int year = today.getYear();
        String suffix = Long.toString(System.nanoTime(), 36).toUpperCase();
        String quiz = "PJ-" + suffix;
        String employeeNo = "J" + suffix.substring(suffix.length() - 8);
        String name = "计" + "划" + suffix.charAt(suffix.length() - 1);
        String username = "plan" + suffix.toLowerCase();

        PortalClient officer = new PortalClient(base.toURI());
        officer.login("officer", DEMO_PASSWORD);
        TestExams.define(officer, quiz);
        lastYearsPlan(officer, year - 1, quiz);
        PortalClient hr = new PortalClient(base.toURI());
        hr.login("hr", DEMO_PASSWORD);
        Page hired = hr.submit(hr.get("employees/hire.xhtml"), "hire", "hire:submit", Map.of(
                "hire:employeeNo", employeeNo, "hire:name", name, "hire:department", "IT", "hire:post", "CLERK",
                "hire:secrecyClass", "NONE", "hire:username", username, "hire:password", DEMO_PASSWORD,
                "hire:hireDate_input", today.toString()));
        assertEquals(200, hired.status());
        String code = sessionToday(officer);

        // the officer copies last year's plan and starts the year
        logIn("officer");
        driver.get(base + "campaigns/plans.xhtml");
        // the year field shows this year already
        assertEquals(String.valueOf(year), driver.findElement(By.id("plans:year_input")).getAttribute("value"));
        pageLoaded();
        driver.findElement(By.id("plans:copy")).click();
        wait.until(textIn(By.id("plans:messages"), "已复制上年计划"));
        wait.until(textIn(By.id("items:itemList"), year + "年度信息中心非涉密人员培训"));
        Browsers.screenshot(driver, "plan-copied");
        driver.findElement(By.id("items:start")).click();
        wait.until(textIn(By.id("plans:messages"), "计划已启动"));
        WebElement drill = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='items:itemList_data'] a[href*='programmes/people']")));
        String drillHref = drill.getAttribute("href");
        // the copy asks for this year's exam, a copy of last year's (named by no year, it would count last year's
        // attempts: outside check); the plan item's exam is the IT department's: for anyone else it does not exist
        String exam = quiz + "-" + year;
        assertTrue(driver.findElement(By.id("items:itemList")).getText().contains(exam), "this year's exam");
        PortalClient outsider = new PortalClient(base.toURI());
        outsider.login("employee", DEMO_PASSWORD);
        assertEquals(404, outsider.get("quizzes/start.xhtml?quiz=" + exam).status(), "not targeted: 404");
        assertTrue(!outsider.get("quizzes/list.xhtml").contains(exam), "and not listed");
        driver.findElement(By.id("topbar:logout")).click();
        wait.until(ExpectedConditions.urlContains("login.xhtml"));

        // the hire: first password, then the home page with this year's hours
        driver.get(base + "login.xhtml");
        driver.findElement(By.id("login:username")).sendKeys(username);
        driver.findElement(By.id("login:password")).sendKeys(DEMO_PASSWORD);
        driver.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.urlContains("account/password.xhtml"));
        driver.findElement(By.id("password:current")).sendKeys(DEMO_PASSWORD);
        driver.findElement(By.id("password:next")).sendKeys(OWN_PASSWORD);
        driver.findElement(By.id("password:repeat")).sendKeys(OWN_PASSWORD);
        driver.findElement(By.id("password:submit")).click();
        wait.until(ExpectedConditions.urlContains("index.xhtml"));
        assertEquals("本年度学时 0 / 2", driver.findElement(By.id("hours-total")).getText());
        assertTrue(driver.findElement(By.cssSelector("#programmes .programme-campaign")).getText()
                .contains(year + "年度信息中心非涉密人员培训"), "the step names the plan item");
        Browsers.screenshot(driver, "plan-home");

        // reads what is owed
        int readings = driver.findElements(By.cssSelector("#reading-tasks .task-link")).size();
        assertTrue(readings > 0, "the rules are to be read");
        assertEquals(readings, readEveryDocumentInTabs(d -> d.findElement(By.id("ack:acknowledge")).click()));

        // the quiz step leads straight to the plan item's exam
        driver.findElement(By.cssSelector("#programmes .step-quiz")).click();
        wait.until(ExpectedConditions.urlContains("quizzes/start.xhtml"));
        assertTrue(driver.findElement(By.cssSelector(".asked-by")).getText().contains(year + "年度信息中心非涉密人员培训"));
        pageLoaded();
        driver.findElement(By.id("start:go")).click();
        wait.until(ExpectedConditions.urlContains("quizzes/take.xhtml"));
        List<WebElement> questions = driver.findElements(By.cssSelector(".question"));
        for (int i = 0; i < questions.size(); i++) {
            answerRightly(driver.findElements(By.cssSelector(".question")).get(i));
            int pos = i + 1;
            wait.until(d -> !d.findElement(By.cssSelector(".saved-" + pos)).getText().isBlank());
        }
        driver.findElement(By.id("take:submit")).click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.urlContains("quizzes/result.xhtml"));

        // attends the session: checks in with the code shown there
        driver.get(base + "sessions/checkin.xhtml");
        driver.findElement(By.id("checkin:code")).sendKeys(code);
        pageLoaded();
        driver.findElement(By.id("checkin:submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("checkin:done")));

        driver.get(base + "index.xhtml");
        String total = driver.findElement(By.id("hours-total")).getText();
        Matcher hours = Pattern.compile("本年度学时 (\\d+(?:\\.\\d)?) / 2").matcher(total);
        assertTrue(hours.matches(), total);
        assertTrue(Double.parseDouble(hours.group(1)) >= 2.0, "the exam (1) and the session (1) at least: " + total);
        assertTrue(driver.findElements(By.cssSelector("#programmes .programme-campaign")).isEmpty(),
                "nothing of the plan item is open any more");
        Browsers.screenshot(driver, "plan-hours-reached");
        driver.findElement(By.id("topbar:logout")).click();
        wait.until(ExpectedConditions.urlContains("login.xhtml"));

        // the officer's drill-down shows the hire complete
        logIn("officer");
        driver.get(drillHref);
        WebElement row = wait.until(d -> d.findElements(By.cssSelector("[id='people:list_data'] > tr")).stream()
                .filter(r -> r.getText().contains(employeeNo)).findFirst().orElse(null));
        assertTrue(row.getText().contains("已完成"), row.getText());
    }

    /** Last year's plan: the IT department's non-secret staff take the exam, 2 学时, all year. */
    private void lastYearsPlan(PortalClient officer, int lastYear, String quiz) throws Exception {
        Page created = officer.submit(officer.get("campaigns/plans.xhtml"), "plans", "plans:create", Map.of(
                "plans:year_input", String.valueOf(lastYear), "plans:year_hinput", String.valueOf(lastYear),
                "plans:newTitle", lastYear + "年度信息中心保密教育计划"));
        assertTrue(created.contains("已新建计划"), created.body());
        Page added = officer.submit(created, "additem", "additem:add", Map.of(
                "additem:audience", "NON_SECRET", "additem:departments", "IT",
                "additem:itemTitle", lastYear + "年度信息中心非涉密人员培训", "additem:quiz", quiz, "additem:pledge", "",
                "additem:hours_input", "2", "additem:hours_hinput", "2",
                "additem:opensOn_input", lastYear + "-01-01", "additem:dueOn_input", lastYear + "-12-31"));
        assertTrue(added.contains("已添加项目"), added.body());
    }

    /** A lecture for the IT department, running now, and its check-in code. */
    private String sessionToday(PortalClient officer) throws Exception {
        LocalTime now = LocalTime.now(UNIT).withSecond(0).withNano(0);
        LocalDate day = LocalDate.now(UNIT);
        LocalTime start = now.isBefore(LocalTime.of(0, 10)) ? LocalTime.MIDNIGHT : now.minusMinutes(10);
        LocalTime end = now.isAfter(LocalTime.of(23, 0)) ? LocalTime.of(23, 59) : now.plusMinutes(50);
        if (now.isAfter(LocalTime.of(23, 40))) {
            // too close to midnight for a session that lasts the journey: one just after midnight, whose check-in
            // opens 30 minutes before it starts, so now already
            day = day.plusDays(1);
            start = LocalTime.MIDNIGHT;
            end = LocalTime.of(0, 50);
        }
        Page scheduled = officer.submit(officer.get("sessions/manage.xhtml"), "schedule", "schedule:submit", Map.of(
                "schedule:kind", "LECTURE", "schedule:topic", "计划旅程讲座", "schedule:day_input",
                day.toString(), "schedule:start_input", start.toString(),
                "schedule:end_input", end.toString(), "schedule:place", "三楼会议室", "schedule:hours", "1",
                "schedule:departments", "IT"));
        Pattern digits = Pattern.compile("id=\"check-in-code\"[^>]*>\\s*(\\d{6})\\s*<");
        Matcher m = digits.matcher(scheduled.body());
        if (m.find()) {
            return m.group(1);
        }
        Page renewed = officer.submit(scheduled, "code", "code:renew", Map.of());
        m = digits.matcher(renewed.body());
        assertTrue(m.find(), "the check-in code is shown: " + renewed.body());
        return m.group(1);
    }
}

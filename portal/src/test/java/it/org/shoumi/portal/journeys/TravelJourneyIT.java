package it.org.shoumi.portal.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.shoumi.portal.PortalClient;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A travel request from request to debrief in a real browser. HR hires a 一般 person with a login (over HTTP, as on
 * the hire page). The person logs in, reads that they must ask, and asks for a day trip to Japan today. The officer
 * is refused approval before the pre-trip briefing, records the briefing, approves. The person, back the same day,
 * records the report and sees the trip completed (已完成).
 */
class TravelJourneyIT extends BrowserJourney {

    private static final ZoneId UNIT = ZoneId.of("Asia/Shanghai");
    private static final String OWN_PASSWORD = "Travel-Own-2026!";

    @Test
    void aSecretRelatedPersonTravelsFromRequestToDebrief() throws Exception {
        LocalDate today = LocalDate.now(UNIT);
        String suffix = Long.toString(System.nanoTime(), 36).toUpperCase();
        String employeeNo = "V" + suffix.substring(suffix.length() - 8);
        String name = "出境" + suffix.charAt(suffix.length() - 1);
        String username = "travel" + suffix.toLowerCase();

        PortalClient hr = new PortalClient(base.toURI());
        hr.login("hr", DEMO_PASSWORD);
        PortalClient.Page hired = hr.submit(hr.get("employees/hire.xhtml"), "hire", "hire:submit", Map.of(
                "hire:employeeNo", employeeNo, "hire:name", name, "hire:department", "IT", "hire:post", "CLERK",
                "hire:secrecyClass", "GENERAL", "hire:username", username, "hire:password", DEMO_PASSWORD,
                "hire:hireDate_input", today.toString()));
        assertEquals(200, hired.status());

        // the person: first password, then the travel page
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
        openMenu();
        goTo("menu-travel");
        wait.until(ExpectedConditions.textToBe(By.id("page-heading"), "我的因私出境"));
        assertTrue(driver.findElement(By.id("standing")).getText().contains("须经单位批准"));

        new Select(driver.findElement(By.id("request:country"))).selectByValue("JP");
        type("request:departure_input", today.toString());
        type("request:return_input", today.toString());
        new Select(driver.findElement(By.id("request:purpose"))).selectByValue("VISITING_RELATIVES");
        type("request:note", "探望在日亲属，当天往返");
        driver.findElement(By.id("page-heading")).click(); // closes any date popup
        press("request:submit");
        waitForMessage("已提交保密办");
        String trips = driver.findElement(By.id("trips")).getText();
        assertTrue(trips.contains("日本"), trips);
        assertTrue(trips.contains("待行前教育"), trips);
        Browsers.screenshot(driver, "travel-requested");
        logOut();

        // the officer: approval is refused before the briefing; briefing, then approval
        logIn("officer");
        openMenu();
        goTo("menu-travel-manage");
        wait.until(ExpectedConditions.textToBe(By.id("page-heading"), "因私出境审批与护照保管"));
        assertTrue(driver.findElement(By.id("pending")).getText().contains(employeeNo));
        choose("decision:trip", employeeNo);
        press("decision:approve");
        waitForMessage("尚未登记行前保密提醒教育");

        choose("briefing:trip", employeeNo);
        type("briefing:givenBy", "赵敏");
        press("briefing:submit");
        waitForMessage("已登记行前保密提醒教育");
        choose("decision:trip", employeeNo);
        press("decision:approve");
        waitForMessage("已批准");
        assertTrue(driver.findElement(By.id("upcoming")).getText().contains(employeeNo), "among the approved trips");
        Browsers.screenshot(driver, "travel-approved");
        logOut();

        // the person, back the same day, reports
        driver.get(base + "login.xhtml");
        driver.findElement(By.id("login:username")).sendKeys(username);
        driver.findElement(By.id("login:password")).sendKeys(OWN_PASSWORD);
        driver.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.urlContains("index.xhtml"));
        driver.get(base + "travel/mine.xhtml");
        assertTrue(driver.findElement(By.id("trips")).getText().contains("已批准"));
        choose("debrief:trip", "日本");
        // the actual return day is filled in with today
        assertEquals(today.toString(), driver.findElement(By.id("debrief:returnedOn_input")).getAttribute("value"));
        type("debrief:note", "无异常");
        driver.findElement(By.id("page-heading")).click();
        press("debrief:submit");
        waitForMessage("本次出境已完成");
        String done = driver.findElement(By.id("trips")).getText();
        assertTrue(done.contains("已完成"), done);
        assertTrue(done.contains("行前保密提醒教育"), "the steps are listed: " + done);
        assertTrue(done.contains("回国后报告"), done);
        assertTrue(done.contains("赵敏"), done);
        Browsers.screenshot(driver, "travel-debriefed");
    }
}

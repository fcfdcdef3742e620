package it.org.shoumi.portal.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * In a real browser: HR opens a departure for 林晓 (SM019, 重要) of the demo unit, lists a USB drive, is refused
 * approval while it is out, records its return, the exit briefing and a paper exit pledge, approves, and finds her
 * among the people under a 脱密期 until two years after today.
 */
class DepartureJourneyIT extends BrowserJourney {


    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private String messages() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(MESSAGES)).getText();
    }

    @Test
    void hrTakesALeaverThroughTheExitChecklistToThePostExitPeriod() {
        logIn("hr");

        goTo("menu-departures");
        wait.until(ExpectedConditions.textToBe(By.id("page-heading"), "离岗离职"));
        assertTrue(driver.findElement(By.id("departures")).getText().contains("韩冰"), "the demo's open departure");
        // the approved list shows the newest first, ten a page: other tests' approvals may push the demo's off the
        // first page, so the journey looks for its own below
        assertTrue(driver.findElement(By.id("approved")).isDisplayed());

        type("open:employeeNo", "SM019");
        new Select(driver.findElement(By.id("open:kind"))).selectByVisibleText("离职");
        // the last working day is today: approved today below (an approval before it is refused)
        type("open:plannedLastDay_input", today.toString());
        type("open:reason", "个人原因辞职");
        press("open:submit");
        wait.until(ExpectedConditions.textToBe(By.id("page-heading"), "离岗离职办理"));
        waitForMessage("已为 SM019 开始办理离岗离职");
        assertTrue(driver.findElement(By.id("person")).getText().contains("林晓"));

        new Select(driver.findElement(By.id("carrier:kind"))).selectByVisibleText("U盘");
        type("carrier:description", "涉密U盘 SN-J-001");
        press("carrier:add");
        waitForMessage("已添加载体：涉密U盘 SN-J-001");
        assertTrue(driver.findElement(By.id("carriers")).getText().contains("尚未清退"));

        press("approve:submit");
        waitForMessage("暂不能批准");
        String refusal = messages();
        assertTrue(refusal.contains("尚有 1 件载体未清退：涉密U盘 SN-J-001"), refusal);
        assertTrue(refusal.contains("未登记离岗谈话"), refusal);
        assertTrue(refusal.contains("未签署离岗离职保密承诺书"), refusal);
        Browsers.screenshot(driver, "departure-refused");

        type("return:receivedBy", "张接收");
        press("return:submit");
        waitForMessage("已登记清退，接收人 张接收");
        assertTrue(driver.findElement(By.id("carriers")).getText().contains("已清退，接收人 张接收"));

        type("briefing:givenBy", "赵敏");
        press("briefing:submit");
        waitForMessage("已登记离岗谈话");

        type("pledge:paperRef", "档案室 LZ-J-001");
        press("pledge:submit");
        waitForMessage("已登记离岗离职保密承诺书");
        assertTrue(driver.findElement(By.id("pledge-done")).getText().contains("档案室 LZ-J-001"));

        press("approve:submit");
        String end = today.plusYears(2).toString();
        waitForMessage("已批准。脱密期至 " + end);
        assertEquals("已批准", driver.findElement(By.id("status")).getText());
        assertTrue(driver.findElement(By.id("period")).getText().contains(end));
        Browsers.screenshot(driver, "departure-approved");

        goTo("menu-departures");
        wait.until(ExpectedConditions.textToBe(By.id("page-heading"), "离岗离职"));
        String approved = driver.findElement(By.id("approved")).getText();
        assertTrue(approved.contains("林晓") && approved.contains("SM019"), approved);

        goTo("menu-restrictions");
        wait.until(ExpectedConditions.textToBe(By.id("page-heading"), "脱密期人员"));
        String restricted = driver.findElement(By.id("restricted")).getText();
        assertTrue(restricted.contains("林晓"), restricted);
        assertTrue(restricted.contains("SM019"), restricted);
        assertTrue(restricted.contains(end), restricted);
        assertTrue(restricted.contains("朱文博"), "the demo's approved departure");

        type("filter:within", "90");
        press("filter:apply");
        wait.until(ExpectedConditions.urlContains("within=90"));
        String soon = driver.findElement(By.id("restricted")).getText();
        assertTrue(soon.contains("朱文博"), soon);
        assertTrue(!soon.contains("林晓"), "two years away is not within 90 days");
        Browsers.screenshot(driver, "restrictions-within-90");

        press("topbar:lang-en");
        wait.until(ExpectedConditions.textToBe(By.id("page-heading"), "People under a post-exit period"));
        assertTrue(driver.findElement(By.id("restricted")).getText().contains("Leaves the unit"));
    }
}

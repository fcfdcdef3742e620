package it.org.shoumi.portal.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A secrecy review before publication in a real browser, with the demo's 办公室: the employee asks for a review of
 * a news item (refused until the self-check is ticked, what was typed kept), the department's head agrees, the
 * secrecy office approves it with changes, and the employee records where it went out; the steps are listed on
 * the request's page in order.
 */
class DisclosureJourneyIT extends BrowserJourney {

    private void openRequest(String menuId, String title) {
        goTo(menuId);
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText(title))).click();
        wait.until(ExpectedConditions.textToBe(By.id("request-heading"), title));
    }

    @Test
    void anEmployeeAsksTheHeadAgreesTheOfficeApprovesWithChangesAndThePublicationIsRecorded() {
        String suffix = Long.toString(System.nanoTime(), 36).toUpperCase();
        String title = "保密宣传月活动简讯" + suffix.substring(suffix.length() - 5);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

        logIn("employee");
        goTo("menu-disclosures-mine");
        assertEquals("我的保密审查申请", heading());
        type("request:title", title);
        choose("request:kind", "新闻宣传稿件");
        type("request:channel", "单位门户网站");
        type("request:plannedOn_input", today.plusDays(2).toString());
        type("request:summary", "本月开展保密宣传月活动的简要报道，只写活动形式和参加人数。");
        press("request:submit");
        waitForMessage("请先自查，并勾选自查确认。");
        assertEquals(title, driver.findElement(By.id("request:title")).getAttribute("value"), "what was typed stays");
        driver.findElement(By.cssSelector("#request\\:selfChecked .ui-chkbox-box")).click();
        press("request:submit");
        waitForMessage("申请已提交");
        assertEquals("待部门初审", driver.findElement(By.id("request-status")).getText());
        logOut();

        logIn("head");
        openRequest("menu-disclosures", title);
        pageLoaded();
        press(driver.findElement(By.id("check:agree:0"))); // agree: the check has no default
        press("check:submit");
        waitForMessage("部门初审意见已登记");
        logOut();

        logIn("officer");
        openRequest("menu-disclosures", title);
        choose("decide:decision", "删改后同意公开");
        press("decide:submit");
        waitForMessage("请写明理由或需删改的内容");
        type("decide:note", "删去活动地点");
        press("decide:submit");
        waitForMessage("审核结论已登记");
        assertEquals("删改后同意公开", driver.findElement(By.id("request-status")).getText());
        logOut();

        logIn("employee");
        openRequest("menu-disclosures-mine", title);
        type("publish:publishedOn_input", today.toString());
        type("publish:place", "https://www.example.cn/news/baomi");
        press("publish:submit");
        waitForMessage("发布情况已登记");
        assertEquals("已发布", driver.findElement(By.id("request-status")).getText());
        String steps = driver.findElement(By.id("steps")).getText();
        int submitted = steps.indexOf("提交申请");
        int agreed = steps.indexOf("部门初审同意");
        int decided = steps.indexOf("删去活动地点");
        int published = steps.indexOf("https://www.example.cn/news/baomi");
        assertTrue(submitted >= 0 && submitted < agreed && agreed < decided && decided < published, steps);
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView(true)",
                driver.findElement(By.id("request-heading")));
        Browsers.screenshot(driver, "disclosure-request");
    }
}

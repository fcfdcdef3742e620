package it.org.shoumi.portal.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * In a real browser: the demo department head opens a rule from "my tasks", tries to confirm at once and is
 * told to read it in full, then confirms after the minimum reading time (3 s on the test server); the rule
 * leaves the task list and shows as acknowledged.
 */
class ReadingJourneyIT extends BrowserJourney {

    private List<String> taskTitles() {
        return driver.findElements(By.cssSelector("#reading-tasks .task-link")).stream().map(WebElement::getText).toList();
    }

    @Test
    void aRuleIsReadAndAcknowledgedFromMyTasks() throws Exception {
        driver.manage().window().setSize(new Dimension(412, 915)); // a phone
        logIn("head");

        List<String> before = taskTitles();
        assertTrue(before.size() >= 2, "rules and the leader's duties are waiting: " + before);
        String title = before.get(0);
        driver.findElement(By.cssSelector("#reading-tasks .task-link")).click();
        wait.until(ExpectedConditions.urlContains("content/read.xhtml"));
        assertEquals(title, driver.findElement(By.id("page-heading")).getText());
        assertTrue(driver.findElement(By.id("document")).getText().length() > 20, "the text is shown");
        Browsers.screenshot(driver, "reading-phone");

        driver.findElement(By.id("ack:acknowledge")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("ack:ack-messages"), "阅读至少 3 秒"));

        Thread.sleep(3_500);
        driver.findElement(By.id("ack:acknowledge")).click();
        wait.until(ExpectedConditions.urlContains("index.xhtml"));
        assertTrue(driver.getPageSource().contains("已确认《" + title + "》"));
        assertEquals(before.size() - 1, taskTitles().size());
        assertTrue(!taskTitles().contains(title));

        openMenu(); // folded on a phone
        driver.findElement(By.id("menu-library")).click();
        wait.until(ExpectedConditions.urlContains("content/library.xhtml"));
        WebElement row = driver.findElements(By.cssSelector("[id='library_data'] > tr")).stream()
                .filter(r -> r.getText().contains(title)).findFirst().orElseThrow();
        assertTrue(row.getText().contains("已确认"), row.getText());
    }
}

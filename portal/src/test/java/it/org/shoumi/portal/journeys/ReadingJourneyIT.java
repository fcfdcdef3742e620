package it.org.shoumi.portal.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.print.PrintOptions;
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
        wait.until(textIn(By.id("ack:ack-messages"), "阅读至少 3 秒"));

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

    /**
     * UX finding: a printed page carried the red top bar and the whole menu. Printed from the browser, a rule is its
     * title and text, with a line saying which unit, who printed it and when; no menu, no buttons.
     */
    @Test
    void aPrintedRuleIsItsTextWithWhoPrintedItAndNoMenu() throws Exception {
        logIn("officer");
        driver.get(base + "content/library.xhtml");
        driver.findElement(By.cssSelector("[id='library_data'] a[id$=':open']")).click();
        wait.until(ExpectedConditions.urlContains("content/read.xhtml"));
        String title = heading();
        String start = driver.findElement(By.id("document")).getText().strip().split("\n")[0];
        pageLoaded();
        byte[] pdf = Base64.getDecoder().decode(((PrintsPage) driver).print(new PrintOptions()).getContent());
        String printed;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            printed = new PDFTextStripper().getText(doc);
        }
        String flat = printed.replaceAll("[\\s\u3000]+", ""); // the stamp's gaps are ideographic spaces
        assertTrue(flat.contains(title.replaceAll("\\s+", "")), printed);
        assertTrue(flat.contains(start.replaceAll("\\s+", "")), "the rule's text: " + printed);
        assertTrue(flat.contains("星河电子研究院（演示单位）打印人：黄海涛（officer）页面生成时间："), printed);
        for (String screenOnly : List.of("退出登录", "修改密码", "我已阅读并理解本文件", "当前用户", "返回保密制度与职责")) {
            assertTrue(!flat.contains(screenOnly), screenOnly + " is printed: " + printed);
        }
    }
}

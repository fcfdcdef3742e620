package it.org.shoumi.portal.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * In a real browser: the demo employee logs in on the Chinese page, switches to English, and logs out.
 */
class LanguageJourneyIT extends BrowserJourney {

    @Test
    void employeeLogsInInChineseSwitchesToEnglishAndLogsOut() {
        driver.get(base + "index.xhtml");
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
        assertEquals("登录保密工作门户", heading());
        assertEquals("zh", driver.findElement(By.tagName("html")).getAttribute("lang"));

        driver.findElement(By.id("login:username")).sendKeys("employee");
        driver.findElement(By.id("login:password")).sendKeys("Shoumi@2026");
        driver.findElement(By.id("login:submit")).click();

        wait.until(ExpectedConditions.urlContains("index.xhtml"));
        assertEquals("我的待办", heading());
        assertTrue(driver.findElement(By.id("welcome")).getText().contains("李明"));
        assertTrue(driver.findElement(By.id("profile")).getText().contains("机关工作人员"));
        Browsers.screenshot(driver, "home-zh");

        driver.findElement(By.id("topbar:lang-en")).click();
        wait.until(ExpectedConditions.textToBe(By.id("page-heading"), "My tasks"));
        assertEquals("en", driver.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(driver.findElement(By.id("profile")).getText().contains("Office staff"));
        assertTrue(driver.findElement(By.id("tasks")).getText().contains("What is left to do"));
        assertTrue(driver.findElement(By.id("reading-tasks")).getText().contains("Read and acknowledge"),
                "the rules in force are waiting to be read");
        Browsers.screenshot(driver, "home-en");

        driver.findElement(By.id("topbar:logout")).click();
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
        assertEquals("Log in to the secrecy portal", heading());
        assertTrue(driver.getPageSource().contains("You have been logged out."));

        driver.get(base + "index.xhtml");
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
        assertTrue(driver.findElements(By.id("topbar:logout")).isEmpty(), "logged out for good");
    }
}

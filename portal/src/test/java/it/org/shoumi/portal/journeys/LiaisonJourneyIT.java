package it.org.shoumi.portal.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The demo office's part-time secrecy liaison (兼职保密员, login {@code liaison}) in a real browser: the home page
 * offers the department's self-inspection follow-up, which opens on the liaison's own department; the liaison's
 * responsibility letter waits among the pledges and is signed there with a drawn signature.
 */
class LiaisonJourneyIT extends BrowserJourney {

    @Test
    void theLiaisonFollowsUpTheDepartmentAndSignsTheLetter() {
        logIn("liaison");
        pageLoaded();
        press("department-inspections-link");
        wait.until(ExpectedConditions.urlContains("inspections/department.xhtml"));
        assertEquals("自查跟进", heading());
        assertTrue(driver.findElement(By.cssSelector("p.intro")).getText().startsWith("您是本部门的兼职保密员"));
        assertTrue(driver.findElements(By.id("department-choice")).isEmpty(), "one department, no choice of others");

        goTo("menu-pledges");
        wait.until(ExpectedConditions.urlContains("pledges/mine.xhtml"));
        driver.findElement(By.cssSelector("a[href*='kind=LIAISON']")).click();
        wait.until(ExpectedConditions.urlContains("pledges/sign.xhtml"));
        assertEquals("兼职保密员保密工作责任书", heading());
        assertTrue(driver.findElement(By.id("pledge-text")).getText().contains("办公室兼职保密员张丽华（工号SM003）"),
                driver.findElement(By.id("pledge-text")).getText());
        driver.findElement(By.id("sign:typedName")).sendKeys("张丽华");
        WebElement canvas = driver.findElement(By.cssSelector("#sign\\:signature canvas"));
        new Actions(driver).moveToElement(canvas, -150, 10).clickAndHold()
                .moveByOffset(40, -30).moveByOffset(40, 50).moveByOffset(40, -40).moveByOffset(60, 30)
                .release().perform();
        driver.findElement(By.id("sign:password")).sendKeys("Shoumi@2026");
        Browsers.screenshot(driver, "liaison-letter");
        driver.findElement(By.id("sign:submit")).click();
        wait.until(ExpectedConditions.urlContains("pledges/mine.xhtml"));
        assertTrue(driver.findElements(By.cssSelector("a[href*='kind=LIAISON']")).isEmpty(), "signed: owed no more");
        assertTrue(driver.findElement(By.cssSelector(".signed-pledges")).getText().contains("兼职保密员保密工作责任书"));
    }
}

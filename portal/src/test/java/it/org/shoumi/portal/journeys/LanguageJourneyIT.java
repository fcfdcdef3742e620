package it.org.shoumi.portal.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URL;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In a real browser: the demo employee logs in on the Chinese page, switches to English, and logs out.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LanguageJourneyIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/portal.war"));
    }

    @ArquillianResource
    URL base;

    private WebDriver driver;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws Exception {
        driver = Browsers.headlessChromium();
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    private String heading() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("page-heading"))).getText();
    }

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
        assertTrue(driver.findElement(By.id("tasks-empty")).getText().contains("Nothing is waiting for you"));
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

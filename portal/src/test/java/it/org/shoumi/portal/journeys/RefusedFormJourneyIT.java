package it.org.shoumi.portal.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A refused form on a phone (390×844), with the keyboard: the form posted without ajax comes back with its first
 * error message in view and focused (the hire form; the pledge under its long text); a signature typed into the
 * pad and kept through refused attempts is accepted; a name typed in the keyboard-signature field (a Chinese name,
 * as an input method would leave it) is the signature; the date picker's button and the pad have names in the
 * page's language. HR hires the person, the secrecy office issues them topic pledges, the person signs.
 */
class RefusedFormJourneyIT extends BrowserJourney {

    private static final String OWN_PASSWORD = "Refused-Form-2026!";

    /** The person hired for this test: staff number, name, login. */
    private record Hire(String employeeNo, String name, String username) {
    }

    @Test
    void aRefusedFormShowsItsMessageAndAKeptSignatureIsAccepted() {
        driver.manage().window().setSize(new Dimension(390, 844));
        Hire hire = hireWithTopicPledges(1, true);

        signIn(hire);
        driver.get(base + "pledges/sign.xhtml?kind=TOPIC");
        pageLoaded();
        WebElement canvas = driver.findElement(By.cssSelector("#sign\\:signature canvas"));
        assertEquals("签名框", canvas.getAttribute("aria-label"), "the pad is named in the page's language");

        // a wrong name, a signature typed into the pad, the right password, Enter in the password field
        driver.findElement(By.id("sign:typedName")).sendKeys("不是" + hire.name(), Keys.TAB);
        wait.until(d -> canvas.equals(d.switchTo().activeElement()));
        new Actions(driver).sendKeys("Ceshi Xinren").perform();
        driver.findElement(By.id("sign:password")).sendKeys(OWN_PASSWORD, Keys.ENTER);
        focusedMessageInView("姓名与花名册不一致。");

        // the name put right, a wrong password: refused again, the pad untouched since the first attempt
        WebElement name = driver.findElement(By.id("sign:typedName"));
        name.clear();
        name.sendKeys(hire.name());
        driver.findElement(By.id("sign:password")).sendKeys("Wrong-" + OWN_PASSWORD, Keys.ENTER);
        focusedMessageInView("密码不正确。");
        assertEquals(hire.name(), driver.findElement(By.id("sign:typedName")).getAttribute("value"), "the name is kept");
        assertEquals("Ceshi Xinren", driver.findElement(By.id("sign:signature_text")).getAttribute("value"),
                "the pad keeps the typed signature");

        // only the password again: the signature the pad shows is the one signed
        driver.findElement(By.id("sign:password")).sendKeys(OWN_PASSWORD, Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("pledges/mine.xhtml"));
        assertEquals(1, driver.findElements(By.cssSelector(".signed-pledges tbody tr .pdf-link")).size(),
                driver.findElement(By.tagName("body")).getText());
    }

    @Test
    void aChineseNameTypedAsTheSignatureIsAccepted() {
        Hire hire = hireWithTopicPledges(1, false);

        signIn(hire);
        driver.get(base + "pledges/sign.xhtml?kind=TOPIC");
        pageLoaded();
        driver.findElement(By.id("sign:typedName")).sendKeys(hire.name());
        // what an input method leaves in an ordinary field once the characters are chosen; the pad stays empty
        driver.findElement(By.id("sign:typedSignature")).sendKeys(hire.name());
        driver.findElement(By.id("sign:password")).sendKeys(OWN_PASSWORD, Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("pledges/mine.xhtml"));
        assertEquals(1, driver.findElements(By.cssSelector(".signed-pledges tbody tr .pdf-link")).size(),
                driver.findElement(By.tagName("body")).getText());
    }

    /**
     * HR hires a person of the class 一般 (on the phone when the window is one; first with a password too easy to
     * guess when {@code refuseFirst}); the secrecy office issues them {@code pledges} topic pledges.
     */
    private Hire hireWithTopicPledges(int pledges, boolean refuseFirst) {
        String tail = Long.toString(System.nanoTime(), 36).toUpperCase();
        tail = tail.substring(tail.length() - 6);
        Hire hire = new Hire("RF" + tail, "测试" + (char) ('甲' + tail.charAt(5) % 10) + (char) ('乙' + tail.charAt(4) % 10),
                "rf" + tail.toLowerCase());

        logIn("hr");
        driver.get(base + "employees/hire.xhtml");
        pageLoaded();
        WebElement dateButton = driver.findElement(By.cssSelector("button.ui-datepicker-trigger"));
        assertEquals("选择日期", dateButton.getAttribute("aria-label"), "the calendar button's name");
        assertEquals("选择日期", dateButton.getDomProperty("textContent").strip());
        assertFalse(driver.findElement(By.tagName("body")).getDomProperty("textContent").contains("ui-button"),
                "no \"ui-button\" in the page");
        driver.findElement(By.id("hire:employeeNo")).sendKeys(hire.employeeNo());
        driver.findElement(By.id("hire:name")).sendKeys(hire.name());
        new Select(driver.findElement(By.id("hire:department"))).selectByValue("RESEARCH");
        new Select(driver.findElement(By.id("hire:post"))).selectByValue("STAFF");
        new Select(driver.findElement(By.id("hire:secrecyClass"))).selectByValue("GENERAL");
        driver.findElement(By.id("hire:username")).sendKeys(hire.username());
        if (refuseFirst) {
            driver.findElement(By.id("hire:password")).sendKeys("12345678", Keys.ENTER);
            focusedMessageInView("初始密码太容易被猜到");
        }
        driver.findElement(By.id("hire:password")).sendKeys(DEMO_PASSWORD, Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("programmes/overview.xhtml"));
        newBrowserSession();

        logIn("officer");
        for (int i = 1; i <= pledges; i++) {
            driver.get(base + "pledges/topics.xhtml");
            pageLoaded();
            Select topic = new Select(driver.findElement(By.id("new-issue:topic")));
            topic.selectByIndex(1);
            driver.findElement(By.id("new-issue:occasion")).sendKeys("表单测试" + tail + "-" + i);
            driver.findElement(By.id("new-issue:staff")).sendKeys(hire.employeeNo());
            press("new-issue:submit");
            wait.until(ExpectedConditions.urlContains("issue="));
        }
        newBrowserSession();
        return hire;
    }

    /** The hire logs in with the password HR gave and chooses their own. */
    private void signIn(Hire hire) {
        driver.get(base + "login.xhtml");
        driver.findElement(By.id("login:username")).sendKeys(hire.username());
        driver.findElement(By.id("login:password")).sendKeys(DEMO_PASSWORD);
        driver.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.urlContains("account/password.xhtml"));
        pageLoaded();
        driver.findElement(By.id("password:current")).sendKeys(DEMO_PASSWORD);
        driver.findElement(By.id("password:next")).sendKeys(OWN_PASSWORD);
        driver.findElement(By.id("password:repeat")).sendKeys(OWN_PASSWORD);
        press("password:submit");
        wait.until(ExpectedConditions.urlContains("index.xhtml"));
    }

    /**
     * After a refused post: the focus is on an error message saying {@code text}, and that message is on the screen
     * (not below the phone's 844 px). Fails with a screenshot when not.
     */
    private void focusedMessageInView(String text) {
        try {
            wait.until(d -> {
                WebElement active = d.switchTo().activeElement();
                return active.getText().contains(text) && Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "var r = arguments[0].getBoundingClientRect();"
                                + " return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;", active));
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            Browsers.screenshot(driver, getClass().getSimpleName() + "-failed");
            WebElement active = driver.switchTo().activeElement();
            throw new AssertionError("focus not on the message \"" + text + "\" in view but on "
                    + active.getTagName() + "#" + active.getAttribute("id") + " \"" + active.getText() + "\" at "
                    + ((JavascriptExecutor) driver).executeScript(
                            "return JSON.stringify(arguments[0].getBoundingClientRect()) + ' of ' + window.innerHeight",
                            active) + "; page:\n" + driver.findElement(By.tagName("body")).getText(), e);
        }
    }
}

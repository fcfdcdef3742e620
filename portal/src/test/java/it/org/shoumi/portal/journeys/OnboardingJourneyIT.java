package it.org.shoumi.portal.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Onboarding end to end in a real browser: HR records a hire; the hire logs in with the first password, must
 * choose their own (a mismatching repeat is refused first), sees the programme, is told to read before the
 * exam, reads every rule and the post's duties, is told to pass the exam before the pledge, passes the
 * onboarding exam and signs the onboarding pledge with a drawn signature; HR then sees the programme complete.
 */
class OnboardingJourneyIT extends BrowserJourney {

    /** The password the hire chooses at the first login instead of the one HR handed over. */
    private static final String OWN_PASSWORD = "Qin-Own-2026!";

    @Test
    void hrHiresTheHireReadsPassesAndSignsAndHrSeesItComplete() throws Exception {
        String suffix = Long.toString(System.nanoTime(), 36).toUpperCase();
        String employeeNo = "N" + suffix.substring(suffix.length() - 8);
        String name = "秦" + "新" + suffix.charAt(suffix.length() - 1);
        String username = "hire" + suffix.toLowerCase();

        // HR records the hire
        logIn("hr");
        driver.get(base + "employees/hire.xhtml");
        assertEquals("新员工入职", heading());
        driver.findElement(By.id("hire:employeeNo")).sendKeys(employeeNo);
        driver.findElement(By.id("hire:name")).sendKeys(name);
        new Select(driver.findElement(By.id("hire:department"))).selectByValue("RESEARCH");
        new Select(driver.findElement(By.id("hire:post"))).selectByValue("STAFF");
        new Select(driver.findElement(By.id("hire:secrecyClass"))).selectByValue("GENERAL");
        driver.findElement(By.id("hire:username")).sendKeys(username);
        driver.findElement(By.id("hire:password")).sendKeys(DEMO_PASSWORD);
        driver.findElement(By.id("hire:submit")).click();
        wait.until(ExpectedConditions.urlContains("programmes/overview.xhtml"));
        // read once the page has loaded: the address changes before the new page is there
        pageLoaded();
        assertTrue(driver.getPageSource().contains("上岗前教育已开始"), "HR is told the onboarding started");
        String started = programmeRow(name);
        assertTrue(started.contains("进行中（已完成 0/3 步）"), started);
        logOut();

        // the hire logs in with the first password HR handed over and must choose their own before anything else
        driver.get(base + "login.xhtml");
        driver.findElement(By.id("login:username")).sendKeys(username);
        driver.findElement(By.id("login:password")).sendKeys(DEMO_PASSWORD);
        driver.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.urlContains("account/password.xhtml"));
        assertEquals("修改密码", heading());
        assertTrue(driver.findElement(By.id("password-required")).getText().contains("初始密码"));
        driver.findElement(By.id("menu-home")).click();
        wait.until(ExpectedConditions.urlContains("account/password.xhtml")); // nothing else opens yet
        driver.findElement(By.id("password:current")).sendKeys(DEMO_PASSWORD);
        driver.findElement(By.id("password:next")).sendKeys(OWN_PASSWORD);
        driver.findElement(By.id("password:repeat")).sendKeys(OWN_PASSWORD + "?");
        driver.findElement(By.id("password:submit")).click();
        wait.until(textIn(By.id("password:password-messages"),
                "两次输入的新密码不一致"));
        driver.findElement(By.id("password:current")).sendKeys(DEMO_PASSWORD);
        driver.findElement(By.id("password:next")).sendKeys(OWN_PASSWORD);
        driver.findElement(By.id("password:repeat")).sendKeys(OWN_PASSWORD);
        driver.findElement(By.id("password:submit")).click();
        wait.until(ExpectedConditions.urlContains("index.xhtml"));
        Browsers.screenshot(driver, "password-changed");

        // the hire sees the programme on the home page
        assertEquals(3, driver.findElements(By.cssSelector("#programmes .step.open")).size());

        // the exam waits for the reading: its button is there, and pressing it says how many documents are owed
        int readings = driver.findElements(By.cssSelector("#reading-tasks .task-link")).size();
        assertTrue(readings >= 10, "the rules and the duties of the post: " + readings);
        driver.findElement(By.cssSelector("#programmes .step-quiz")).click();
        wait.until(ExpectedConditions.urlContains("quizzes/start.xhtml"));
        pageLoaded();
        driver.findElement(By.id("start:go")).click();
        wait.until(textIn(By.id("start:messages"),
                "请先阅读并确认全部 " + readings + " 份应学文件，再参加上岗考试"));
        assertTrue(driver.getCurrentUrl().contains("quizzes/start.xhtml"), "no attempt was opened");
        // said once, by the page's own messages: the growl leaves out what they already show (it said it twice)
        pageLoaded();
        String shown = (String) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return document.body.innerText");
        assertEquals(1, shown.split("份应学文件，再参加上岗考试", -1).length - 1, shown);
        Browsers.screenshot(driver, "exam-before-reading");
        driver.findElement(By.id("menu-home")).click();
        wait.until(ExpectedConditions.urlContains("index.xhtml"));

        // reads every rule and the post's duties
        assertEquals(readings, readEveryDocumentInTabs(d -> d.findElement(By.id("ack:acknowledge")).click()));
        assertTrue(driver.findElements(By.cssSelector("#reading-tasks .task-link")).isEmpty());
        assertEquals(2, driver.findElements(By.cssSelector("#programmes .step.open")).size(), "reading is done");

        // the pledge waits for the exam: its page says so as it opens, with the way to the exam and no form that
        // could only be refused
        driver.findElement(By.cssSelector("#programmes .step-pledge")).click();
        wait.until(ExpectedConditions.urlContains("pledges/sign.xhtml"));
        String waiting = driver.findElement(By.id("waiting")).getText();
        assertTrue(waiting.contains("目前还不能签署") && waiting.contains("请先通过上岗考试，再签订上岗保密承诺书"), waiting);
        assertEquals(1, driver.findElements(By.cssSelector("#waiting .step-quiz")).size(), waiting);
        assertTrue(driver.findElements(By.id("sign:submit")).isEmpty(), "no sign form yet");
        driver.findElement(By.id("menu-home")).click();
        wait.until(ExpectedConditions.urlContains("index.xhtml"));

        // passes the onboarding exam, opened from the home page's step
        driver.findElement(By.cssSelector("#programmes .step-quiz")).click();
        wait.until(ExpectedConditions.urlContains("quizzes/start.xhtml"));
        pageLoaded();
        driver.findElement(By.id("start:go")).click();
        wait.until(ExpectedConditions.urlContains("quizzes/take.xhtml"));
        List<WebElement> questions = driver.findElements(By.cssSelector(".question"));
        assertEquals(10, questions.size());
        for (int i = 0; i < questions.size(); i++) {
            answerRightly(driver.findElements(By.cssSelector(".question")).get(i));
            int pos = i + 1;
            wait.until(d -> !d.findElement(By.cssSelector(".saved-" + pos)).getText().isBlank());
        }
        driver.findElement(By.id("take:submit")).click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.urlContains("quizzes/result.xhtml"));
        assertTrue(driver.findElement(By.id("percent")).getText().startsWith("100"),
                driver.findElement(By.id("percent")).getText());

        // signs the onboarding pledge
        driver.findElement(By.id("menu-home")).click();
        wait.until(ExpectedConditions.urlContains("index.xhtml"));
        driver.findElement(By.cssSelector("#programmes .step-pledge")).click();
        wait.until(ExpectedConditions.urlContains("pledges/sign.xhtml"));
        assertEquals("上岗保密承诺书", heading());
        assertTrue(driver.findElement(By.id("pledge-text")).getText().contains(name + "（工号" + employeeNo + "）"));
        driver.findElement(By.id("sign:typedName")).sendKeys(name);
        WebElement canvas = driver.findElement(By.cssSelector("#sign\\:signature canvas"));
        // found by an outside check: the pad's fallback text, which screen readers read, was PrimeFaces' English
        String fallback = canvas.getAttribute("textContent");
        assertEquals("您的浏览器不支持手写签名板，请换用其他浏览器签署。", fallback.strip(), fallback);
        new Actions(driver).moveToElement(canvas, -150, 10).clickAndHold()
                .moveByOffset(40, -30).moveByOffset(40, 50).moveByOffset(40, -40).moveByOffset(60, 30)
                .moveByOffset(40, -20).release().perform();
        driver.findElement(By.id("sign:password")).sendKeys("not-my-password");
        driver.findElement(By.id("sign:submit")).click();
        wait.until(textIn(By.id("sign:sign-messages"), "密码不正确"));
        // the refused form keeps the name and the signature; only the password is asked again
        driver.findElement(By.id("sign:password")).sendKeys(OWN_PASSWORD);
        driver.findElement(By.id("sign:submit")).click();
        wait.until(ExpectedConditions.urlContains("pledges/mine.xhtml"));
        assertEquals(1, driver.findElements(By.cssSelector(".signed-pledges tbody tr .pdf-link")).size());
        Browsers.screenshot(driver, "pledge-signed");
        logOut();

        // HR sees the onboarding complete
        logIn("hr");
        goTo("menu-programmes");
        wait.until(ExpectedConditions.urlContains("programmes/overview.xhtml"));
        // the list shows open programmes first, 25 a page: the name filter finds the hire's whatever other tests left
        // (each key typed re-renders the table: read the row once the list holds the hire's rows only)
        driver.findElement(By.cssSelector("[id='overview:programmes'] input.ui-column-filter")).sendKeys(name);
        String row = wait.until(d -> {
            try {
                List<WebElement> rows = d.findElements(By.cssSelector("[id='overview:programmes_data'] > tr"));
                boolean filtered = rows.size() == 1 && rows.get(0).getText().contains(name);
                return filtered && rows.get(0).findElements(By.cssSelector(".step.open")).isEmpty()
                        ? rows.get(0).getText() : null;
            } catch (org.openqa.selenium.StaleElementReferenceException rendered) {
                return null;
            }
        });
        assertTrue(row.contains("已完成"), row);
        // each step said done, on a line of its own (they ran together as "…岗位职责通过考试…", done or not)
        assertTrue(row.contains("学习保密制度和岗位职责（已完成）") && row.contains("签订承诺书（已完成）"), row);
    }


    /**
     * The hire's row, found with the name filter as HR would: the list shows open programmes first, 25 a page, and
     * the fresh clone's other tests left enough open ones before it that the hire was not on the first page.
     */
    private String programmeRow(String name) {
        driver.findElement(By.cssSelector("[id='overview:programmes'] input.ui-column-filter")).sendKeys(name);
        return wait.until(d -> {
            try {
                List<WebElement> rows = d.findElements(By.cssSelector("[id='overview:programmes_data'] > tr"));
                return rows.size() == 1 && rows.get(0).getText().contains(name) ? rows.get(0).getText() : null;
            } catch (org.openqa.selenium.StaleElementReferenceException rendered) {
                return null;
            }
        });
    }
}

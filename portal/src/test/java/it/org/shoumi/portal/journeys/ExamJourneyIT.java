package it.org.shoumi.portal.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * In a real browser: the demo employee takes the whole annual exam — every answer is saved as it is given,
 * the page is reloaded half-way and keeps the answers, then the exam is submitted and the result shown.
 */
class ExamJourneyIT extends BrowserJourney {

    private static final String EXAM = "2026年度保密知识考试";

    private List<WebElement> questions() {
        return driver.findElements(By.cssSelector(".question"));
    }

    private void answer(WebElement question) {
        List<WebElement> radios = question.findElements(By.cssSelector(".ui-radiobutton-box"));
        List<WebElement> boxes = question.findElements(By.cssSelector(".ui-chkbox-box"));
        List<WebElement> blanks = question.findElements(By.cssSelector("input[type='text']"));
        if (!radios.isEmpty()) {
            radios.get(0).click();
        } else if (!boxes.isEmpty()) {
            boxes.get(0).click();
        } else {
            for (WebElement blank : blanks) {
                blank.sendKeys("保密");
            }
            driver.findElement(By.id("page-heading")).click(); // leaving the field fires "change"
        }
    }

    private long savedCount() {
        return savedCount("已保存");
    }

    @Test
    void anEmployeeTakesTheAnnualExamWithAutosaveAndAReload() {
        logIn("employee");
        driver.findElement(By.id("menu-quizzes")).click();
        wait.until(ExpectedConditions.textToBe(By.id("page-heading"), "考试与自测"));
        WebElement row = driver.findElements(By.cssSelector("[id='quizzes:list_data'] > tr")).stream()
                .filter(r -> r.getText().contains(EXAM)).findFirst().orElseThrow();
        row.findElement(By.cssSelector("button")).click();
        wait.until(ExpectedConditions.urlContains("quizzes/take.xhtml"));
        assertEquals(EXAM, heading());
        assertTrue(driver.findElement(By.cssSelector(".timer-value")).getText().matches("\\d\\d:\\d\\d"), "a countdown");
        assertEquals(20, questions().size());

        for (int i = 0; i < 10; i++) {
            answer(questions().get(i));
            int expected = i + 1;
            wait.until(d -> savedCount() >= expected);
        }
        driver.navigate().refresh();
        wait.until(ExpectedConditions.textToBe(By.id("page-heading"), EXAM));
        assertEquals(10, savedCount(), "after a reload the ten saved answers are still there");

        for (int i = 10; i < 20; i++) {
            answer(questions().get(i));
            int expected = i + 1;
            wait.until(d -> savedCount() >= expected);
        }
        Browsers.screenshot(driver, "exam-answered");
        driver.findElement(By.id("take:submit")).click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.urlContains("quizzes/result.xhtml"));
        assertTrue(driver.findElement(By.id("percent")).getText().endsWith("分"));
        assertTrue(driver.findElement(By.id("score")).getText().contains("及格线：80 分"));
        assertEquals(20, driver.findElements(By.cssSelector("#review > li")).size(), "every question is reviewed");
        Browsers.screenshot(driver, "exam-result");

        driver.findElement(By.id("back")).click();
        wait.until(ExpectedConditions.urlContains("quizzes/list.xhtml"));
        WebElement after = driver.findElements(By.cssSelector("[id='quizzes:list_data'] > tr")).stream()
                .filter(r -> r.getText().contains(EXAM)).findFirst().orElseThrow();
        assertTrue(after.getText().contains("已用 1 / 2 次"), after.getText());

        // the result stays findable: 我的成绩 lists the attempt with its score and opens it again
        String percent = driver.findElements(By.cssSelector("[id='quizzes:list_data'] > tr")).stream()
                .filter(r -> r.getText().contains(EXAM)).findFirst().orElseThrow().getText();
        driver.findElement(By.id("results-link")).click();
        wait.until(ExpectedConditions.textToBe(By.id("page-heading"), "我的成绩"));
        WebElement mine = driver.findElements(By.cssSelector("[id='results_data'] > tr")).stream()
                .filter(r -> r.getText().contains(EXAM)).findFirst().orElseThrow();
        assertTrue(mine.getText().contains("第 1 次"), mine.getText());
        assertTrue(mine.getText().contains(" 分"), mine.getText());
        assertTrue(percent.contains(mine.getText().replaceAll("(?s).*?(\\d+(?:\\.\\d+)? 分).*", "$1")),
                "the same score as on the quiz list: " + percent + " / " + mine.getText());
        mine.findElement(By.cssSelector("a[id$='open']")).click();
        wait.until(ExpectedConditions.urlContains("quizzes/result.xhtml"));
        assertEquals(20, driver.findElements(By.cssSelector("#review > li")).size(), "the same answers again");
    }

    /**
     * The session ends while a paper is open (the server forgot it, the login cookie went too): the next answer is
     * not saved, and the page says which one, in Chinese, with a link to the login, which leads back to the paper
     * with the answers saved before. The demo's free practice, which allows any number of attempts.
     */
    @Test
    void aTakerWhoseSessionEndedIsToldWhichAnswerWasNotSavedAndComesBackToThePaper() {
        logIn("employee");
        driver.get(base + "quizzes/list.xhtml");
        WebElement row = driver.findElements(By.cssSelector("[id='quizzes:list_data'] > tr")).stream()
                .filter(r -> r.getText().contains("保密知识自测")).findFirst().orElseThrow();
        row.findElement(By.cssSelector("button")).click();
        wait.until(ExpectedConditions.urlContains("quizzes/take.xhtml"));
        String paper = driver.getCurrentUrl();
        answer(questions().get(0));
        wait.until(d -> savedCount() >= 1);

        driver.manage().deleteAllCookies();
        answer(questions().get(1));
        WebElement logInAgain = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("take-log-in")));
        String said = driver.findElement(By.id("take:take-messages")).getText();
        assertTrue(said.contains("第2题的答案没有保存"), said);
        assertEquals("重新登录", logInAgain.getText());
        assertEquals(1, savedCount(), "the second answer is not shown as saved");

        logInAgain.click();
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
        driver.findElement(By.id("login:username")).sendKeys("employee");
        driver.findElement(By.id("login:password")).sendKeys(DEMO_PASSWORD);
        driver.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.urlContains("quizzes/take.xhtml"));
        assertEquals(paper.replaceAll(".*attempt=(\\d+).*", "$1"),
                driver.getCurrentUrl().replaceAll(".*attempt=(\\d+).*", "$1"), "back to the same paper");
        assertEquals(1, savedCount(), "the answer saved before the session ended is still there");
        answer(questions().get(1));
        wait.until(d -> savedCount() >= 2);

        // in English, the session alone ends (the login cookie stays): a check, then the hand-in, each says that it
        // was not done, in English, and leads through the login in English back to the paper in English (outside
        // check: both went straight to the login page, in Chinese, without a word, and the English was lost)
        pageLoaded();
        driver.findElement(By.id("topbar:lang-en")).click();
        wait.until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        wait.until(ExpectedConditions.urlContains("quizzes/take.xhtml"));
        pageLoaded();
        driver.manage().deleteCookieNamed("JSESSIONID");
        driver.findElement(By.id("take:questions:0:check")).click();
        logInAgain = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("take-log-in")));
        said = driver.findElement(By.id("take:take-messages")).getText();
        assertTrue(said.contains("question 1 was not checked"), said);
        assertEquals("Log in again", logInAgain.getText());
        assertTrue(driver.getCurrentUrl().contains("quizzes/take.xhtml"), "still the paper: " + driver.getCurrentUrl());
        assertTrue(driver.findElements(By.cssSelector(".feedback")).isEmpty(), "nothing checked");
        backInEnglish(logInAgain, paper);
        assertEquals(2, savedCount("Saved at"), "both answers saved before are there");

        driver.manage().deleteCookieNamed("JSESSIONID");
        driver.findElement(By.id("take:submit")).click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        logInAgain = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("take-log-in")));
        said = driver.findElement(By.id("take:take-messages")).getText();
        assertTrue(said.contains("your paper was not handed in"), said);
        assertTrue(driver.getCurrentUrl().contains("quizzes/take.xhtml"), "still the paper: " + driver.getCurrentUrl());
        backInEnglish(logInAgain, paper);
        driver.findElement(By.id("take:submit")).click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.urlContains("quizzes/result.xhtml"));
        assertEquals("en", driver.findElement(By.tagName("html")).getAttribute("lang"), "the result in English");
    }

    /** Follows the page's link to the login: the login page in English, then the same paper, in English. */
    private void backInEnglish(WebElement logInAgain, String paper) {
        logInAgain.click();
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
        assertTrue(driver.getCurrentUrl().contains("lang=en"), driver.getCurrentUrl());
        assertEquals("en", driver.findElement(By.tagName("html")).getAttribute("lang"), "the login page in English");
        driver.findElement(By.id("login:username")).sendKeys("employee");
        driver.findElement(By.id("login:password")).sendKeys(DEMO_PASSWORD);
        driver.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.urlContains("quizzes/take.xhtml"));
        assertEquals(paper.replaceAll(".*attempt=(\\d+).*", "$1"),
                driver.getCurrentUrl().replaceAll(".*attempt=(\\d+).*", "$1"), "back to the same paper");
        assertEquals("en", driver.findElement(By.tagName("html")).getAttribute("lang"), "the paper in English");
        pageLoaded();
    }

    private long savedCount(String prefix) {
        return driver.findElements(By.cssSelector(".saved")).stream().filter(s -> s.getText().startsWith(prefix))
                .count();
    }
}

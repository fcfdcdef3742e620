package it.org.shoumi.portal.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * 每日一练 in a real browser, as the demo department head: the home page says today's question waits, the head
 * answers it rightly, sees the verdict, the explanation and a streak of one day, and the home page then says it is
 * done.
 */
class DailyJourneyIT extends BrowserJourney {

    @Test
    void theHeadAnswersTheQuestionOfTheDayFromTheHomePage() throws Exception {
        logIn("head");
        pageLoaded();
        assertTrue(driver.findElement(By.id("daily-link")).getText().startsWith("今天的题目还没有做"));
        press("daily-link");
        assertEquals("每日一练", heading());
        answerRightly(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#answer .question"))));
        press("answer:submit");
        waitForMessage("回答正确");
        assertTrue(driver.findElement(By.id("streak")).getText().startsWith("已连续 1 天完成每日一练"));
        assertTrue(driver.findElement(By.id("verdict")).getText().contains("正确答案"), "the right answer and why");
        Browsers.screenshot(driver, "daily-question");
        goTo("menu-home");
        pageLoaded();
        assertTrue(driver.findElement(By.id("daily-link")).getText().startsWith("今天已完成"));
    }
}

package it.org.shoumi.portal.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Onboarding with the keyboard only (WCAG 2.1.1): after HR records the hire, the hire never uses a mouse. They
 * log in and choose a password, read and acknowledge every document, take and hand in the onboarding exam
 * (radio groups with the arrow keys, check boxes with the space bar, blanks typed), and sign the pledge with a
 * signature typed into the pad, which is accepted like a drawn one; then they fill in a self-inspection. Every control is reached with Tab from the
 * top of the page and used with Enter, Space or the arrow keys, as a keyboard user would.
 */
class KeyboardJourneyIT extends BrowserJourney {

    private static final String OWN_PASSWORD = "Key-Board-2026!";

    @Test
    void aHireDoesTheWholeOnboardingWithTheKeyboardOnly() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String employeeNo = "KB" + suffix;
        String name = "键盘" + suffix.chars().limit(2).mapToObj(c -> Character.toString('甲' + c % 10))
                .reduce("", String::concat);
        String username = "kb" + suffix.toLowerCase();

        // HR records the hire (HR's own journey is another test's)
        logIn("hr");
        driver.get(base + "employees/hire.xhtml");
        pageLoaded();
        driver.findElement(By.id("hire:employeeNo")).sendKeys(employeeNo);
        driver.findElement(By.id("hire:name")).sendKeys(name);
        new Select(driver.findElement(By.id("hire:department"))).selectByValue("RESEARCH");
        new Select(driver.findElement(By.id("hire:post"))).selectByValue("STAFF");
        new Select(driver.findElement(By.id("hire:secrecyClass"))).selectByValue("GENERAL");
        driver.findElement(By.id("hire:username")).sendKeys(username);
        driver.findElement(By.id("hire:password")).sendKeys(DEMO_PASSWORD);
        driver.findElement(By.id("hire:submit")).click();
        wait.until(ExpectedConditions.urlContains("programmes/overview.xhtml"));
        newBrowserSession();

        // from here on, the keyboard only: log in, then choose an own password
        driver.get(base + "login.xhtml");
        pageLoaded();
        tabTo(By.id("login:username")).sendKeys(username);
        keys(Keys.TAB);
        active().sendKeys(DEMO_PASSWORD);
        keys(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("account/password.xhtml"));
        pageLoaded();
        tabTo(By.id("password:current")).sendKeys(DEMO_PASSWORD);
        tabTo(By.id("password:next")).sendKeys(OWN_PASSWORD);
        tabTo(By.id("password:repeat")).sendKeys(OWN_PASSWORD);
        tabTo(By.id("password:submit"));
        keys(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("index.xhtml"));
        pageLoaded();

        // reads and acknowledges every document the programme asks for
        int readings = driver.findElements(By.cssSelector("#reading-tasks .task-link")).size();
        assertTrue(readings > 0, "documents to read");
        // the first from the home page's link with Enter; the others side by side in tabs, each acknowledged with Enter
        tabTo(By.cssSelector("#reading-tasks .task-link"));
        keys(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("content/read.xhtml"));
        pageLoaded();
        Thread.sleep(3_300); // the test server asks for 3 seconds of reading
        tabTo(By.id("ack:acknowledge"));
        keys(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("index.xhtml"));
        pageLoaded();
        assertEquals(readings - 1, readEveryDocumentInTabs(d -> {
            pageLoaded();
            tabTo(By.id("ack:acknowledge"));
            keys(Keys.ENTER);
        }));
        assertTrue(driver.findElements(By.cssSelector("#reading-tasks .task-link")).isEmpty());

        // takes the onboarding exam and hands it in
        tabTo(By.cssSelector("#programmes .step-quiz"));
        keys(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("quizzes/start.xhtml"));
        pageLoaded();
        tabTo(By.id("start:go"));
        keys(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("quizzes/take.xhtml"));
        pageLoaded();
        int questions = driver.findElements(By.cssSelector(".question")).size();
        for (int pos = 1; pos <= questions; pos++) {
            answerWithKeys(pos);
            int saved = pos;
            wait.until(d -> !d.findElement(By.cssSelector(".saved-" + saved)).getText().isBlank());
        }
        tabTo(By.id("take:submit"));
        keys(Keys.ENTER);
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.urlContains("quizzes/result.xhtml"));
        assertTrue(driver.findElement(By.id("percent")).getText().startsWith("100"),
                driver.findElement(By.id("percent")).getText());

        // signs the pledge with a signature typed into the pad
        driver.get(base + "index.xhtml");
        pageLoaded();
        tabTo(By.cssSelector("#programmes .step-pledge"));
        keys(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("pledges/sign.xhtml"));
        pageLoaded();
        tabTo(By.id("sign:typedName")).sendKeys(name);
        tabTo(By.cssSelector("#sign\\:signature canvas"));
        assertEquals("sign:signature-label", driver.findElement(By.cssSelector("#sign\\:signature canvas"))
                .getAttribute("aria-labelledby"), "the pad is named by its label");
        new Actions(driver).sendKeys(name).perform();
        tabTo(By.id("sign:password")).sendKeys(OWN_PASSWORD);
        tabTo(By.id("sign:submit"));
        keys(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("pledges/mine.xhtml"));
        assertEquals(1, driver.findElements(By.cssSelector(".signed-pledges tbody tr .pdf-link")).size());

        // the officer opens a personal self-inspection round (the officer's journey is another test's)
        newBrowserSession();
        logIn("officer");
        driver.get(base + "inspections/rounds.xhtml");
        pageLoaded();
        String round = "键盘自查" + suffix;
        driver.findElement(By.id("open-round:name")).sendKeys(round);
        driver.findElement(By.id("open-round:open")).click();
        wait.until(textIn(By.id("messages"), round));
        newBrowserSession();

        // the new employee fills it in with the keyboard: every item "yes", by the space bar on its first option
        driver.get(base + "login.xhtml");
        pageLoaded();
        tabTo(By.id("login:username")).sendKeys(username);
        keys(Keys.TAB);
        active().sendKeys(OWN_PASSWORD);
        keys(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("index.xhtml"));
        pageLoaded();
        WebElement task = driver.findElements(By.cssSelector("#inspection-tasks .inspection-link")).stream()
                .filter(link -> link.getText().contains(round)).findFirst()
                .orElseThrow(() -> new AssertionError("no self-inspection " + round + " among the tasks"));
        tabTo(task);
        keys(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("inspections/fill.xhtml"));
        pageLoaded();
        int items = driver.findElements(By.cssSelector("fieldset.inspection-item")).size();
        assertTrue(items > 0, "the checklist's items");
        for (int i = 1; i <= items; i++) {
            WebElement yes = driver.findElements(By.cssSelector("fieldset.inspection-item")).get(i - 1)
                    .findElement(By.cssSelector("input[type='radio'][value='YES']"));
            tabTo(yes);
            keys(Keys.SPACE);
        }
        tabTo(By.id("fill:submit"));
        keys(Keys.ENTER);
        // no "no" answer, no finding: the page of one's self-inspections, with this one done
        wait.until(ExpectedConditions.urlContains("inspections/mine.xhtml"));
        assertTrue(driver.getPageSource().contains(round), "the submitted self-inspection is listed");
    }

    /** Answers question {@code pos} rightly, with the keys a keyboard user would press. */
    private void answerWithKeys(int pos) throws Exception {
        WebElement question = driver.findElement(By.cssSelector(".q-" + pos));
        List<String> right = rightAnswer(question.findElement(By.cssSelector(".stem")).getText());
        List<WebElement> labels = question.findElements(By.cssSelector("label"));
        switch (right.get(0)) {
            case "CHOICE" -> {
                List<WebElement> boxes = question.findElements(By.cssSelector("input[type='checkbox']"));
                for (String text : right.subList(1, right.size())) {
                    int index = indexOf(labels, l -> l.endsWith(". " + text));
                    if (boxes.isEmpty()) {
                        choose(pos, index);
                    } else {
                        tabTo(By.cssSelector(".q-" + pos + " input[type='checkbox'][value='"
                                + boxes.get(index).getAttribute("value") + "']"));
                        keys(Keys.SPACE);
                    }
                }
            }
            case "JUDGE TRUE", "JUDGE FALSE" -> choose(pos,
                    indexOf(labels, l -> l.equals(right.get(0).endsWith("TRUE") ? "正确" : "错误")));
            default -> {
                List<WebElement> blanks = question.findElements(By.cssSelector("input[type='text']"));
                for (int b = 0; b < blanks.size(); b++) {
                    tabTo(blanks.get(b)).sendKeys(right.get(1 + b).strip());
                }
                keys(Keys.TAB); // leaving the last blank saves the answer
            }
        }
    }

    /** In a radio group: Tab into it (on its first option), then Space there or the down arrow to the option. */
    private void choose(int pos, int index) {
        tabTo(By.cssSelector(".q-" + pos + " input[type='radio']"));
        if (index == 0) {
            keys(Keys.SPACE);
        }
        for (int i = 0; i < index; i++) {
            keys(Keys.ARROW_DOWN);
        }
    }

    private static int indexOf(List<WebElement> labels, java.util.function.Predicate<String> matches) {
        for (int i = 0; i < labels.size(); i++) {
            if (matches.test(labels.get(i).getText())) {
                return i;
            }
        }
        throw new AssertionError("no such option among " + labels.stream().map(WebElement::getText).toList());
    }

    /** Presses Tab from wherever the focus is until the element has it; fails when Tab never reaches it. */
    private WebElement tabTo(By target) {
        return tabTo(wait.until(ExpectedConditions.presenceOfElementLocated(target)));
    }

    private WebElement tabTo(WebElement wanted) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        for (int presses = 0; presses < 400; presses++) {
            if (Boolean.TRUE.equals(js.executeScript("return document.activeElement === arguments[0];", wanted))) {
                return active();
            }
            keys(Keys.TAB);
        }
        return Assertions.fail("Tab never reaches " + wanted.getAttribute("outerHTML"));
    }

    private WebElement active() {
        return driver.switchTo().activeElement();
    }

    private void keys(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
    }
}

package it.org.shoumi.portal.journeys;

import it.org.shoumi.portal.Deployments;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A journey through the portal in headless Chromium, against the war as built, from outside the server.
 * Each test gets a fresh browser, and it is closed afterwards whatever happens.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class BrowserJourney {

    protected static final String DEMO_PASSWORD = "Shoumi@2026";

    /** The war as built, plus the test-only answer lookup (public in this deployment only). */
    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    /**
     * The right answer to a question as the taking page shows it, from the bank on the server (see
     * {@link TestAnswersServlet}): its first line says the kind, the others the option texts or blank answers.
     */
    protected List<String> rightAnswer(String shownStem) throws java.io.IOException, InterruptedException {
        java.net.http.HttpResponse<String> answer = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "test-answers?shown="
                        + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                                shownStem.getBytes(java.nio.charset.StandardCharsets.UTF_8)))).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
        if (answer.statusCode() != 200) {
            throw new AssertionError("no answer (" + answer.statusCode() + ") for the question shown as: " + shownStem);
        }
        return List.of(answer.body().split("\n"));
    }

    @ArquillianResource
    protected URL base;

    protected WebDriver driver;
    protected WebDriverWait wait;

    /** Where the browser saves what it downloads (a folder of this test's own, removed afterwards). */
    protected java.nio.file.Path downloads;

    @BeforeEach
    void openBrowser() throws Exception {
        downloads = java.nio.file.Files.createTempDirectory("shoumi-downloads");
        driver = Browsers.headlessChromium(downloads);
        wait = Browsers.waitFor(driver, Duration.ofSeconds(30)); // ajax re-renders parts of the page while we read them
    }

    @AfterEach
    void closeBrowser() throws java.io.IOException {
        if (driver != null) {
            driver.quit();
        }
        if (downloads != null) {
            it.org.shoumi.portal.Folders.deleteTree(downloads);
        }
    }

    /** Waits for the browser to finish a download whose name matches {@code pattern}, and returns its file. */
    protected java.nio.file.Path downloaded(String pattern) {
        return new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> {
            try (var files = java.nio.file.Files.list(downloads)) {
                return files.filter(f -> f.getFileName().toString().matches(pattern)).findFirst().orElse(null);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /**
     * Waits until the page has finished loading: PrimeFaces registers its handlers, which add the CSP nonce every
     * post needs, at the end of the page, so a click before that posts a form the server refuses.
     */
    protected void pageLoaded() {
        wait.until(d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return document.readyState")));
        // and every Faces form carries the CSP nonce PrimeFaces adds once it has run (a post without it is refused)
        wait.until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "if (!window.PrimeFaces || !PrimeFaces.csp || !PrimeFaces.csp.NONCE_VALUE) return true;"
                        + "return Array.from(document.forms).filter(f => f.querySelector('input[name$=\"ViewState\"]'))"
                        + ".every(f => f.elements[PrimeFaces.csp.NONCE_INPUT]);")));
    }

    /**
     * Clicks an element once it is in the middle of the window: near the window's lower edge Chromium 150 sent the
     * click to whatever lay over the element's edge (a label: "element click intercepted"), or the press of a button
     * half out of sight did nothing (DisclosureJourneyIT, SelfInspectionJourneyIT in a fresh clone of this stop).
     */
    protected void clickCentred(WebElement element) {
        centre(element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    /** Scrolls the element to the middle of the window. */
    private void centre(WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", element);
    }

    /**
     * Chooses a native radio button (or checkbox) from the keyboard, as a keyboard user does: the focus on it and
     * Space, then checked to be chosen.
     */
    protected void choose(WebElement radio) {
        centre(radio);
        wait.until(ExpectedConditions.elementToBeClickable(radio)).sendKeys(org.openqa.selenium.Keys.SPACE);
        wait.until(ExpectedConditions.elementToBeSelected(radio));
    }

    /**
     * Chooses a native radio button (or checkbox) with the mouse as a person does: pressed, held for a tenth of a
     * second, released, then checked to be chosen. With PrimeFaces' theme styling every native input, Chromium 150
     * laid a pressed radio out at 31 px instead of 13 px, the release landed on the cell beside it and no click
     * happened (SelfInspectionJourneyIT lost 11 of 15 answers on every run); the portal's style sheet now takes the
     * theme's padding and border off native radios and check boxes.
     */
    protected void press(WebElement radio) {
        centre(radio);
        wait.until(ExpectedConditions.elementToBeClickable(radio));
        new org.openqa.selenium.interactions.Actions(driver).moveToElement(radio).clickAndHold()
                .pause(java.time.Duration.ofMillis(100)).release().perform();
        wait.until(ExpectedConditions.elementToBeSelected(radio));
    }

    /**
     * On a narrow window (a phone) the menu and the top bar's actions are folded behind the 菜单 button: opens them.
     * On a wide window, where the button is hidden and everything shows, it does nothing.
     */
    protected void openMenu() {
        pageLoaded();
        WebElement toggle = driver.findElement(By.id("menu-toggle"));
        if (toggle.isDisplayed() && !"true".equals(toggle.getAttribute("aria-expanded"))) {
            toggle.click();
            wait.until(ExpectedConditions.attributeToBe(By.id("menu-toggle"), "aria-expanded", "true"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("topbar-panel")));
        }
    }

    /**
     * Opens a page from the menu as a user does: a page of the unit's work sits in a group that opens from its name
     * (on a phone, behind the 菜单 button first), so the group is opened before the link is clicked.
     */
    protected void goTo(String menuId) {
        openMenu();
        WebElement link = driver.findElement(By.id(menuId));
        if (!link.isDisplayed()) {
            WebElement group = link.findElement(By.xpath("./ancestor::details[1]"));
            group.findElement(By.tagName("summary")).click();
            wait.until(d -> "true".equals(group.getDomProperty("open")));
        }
        wait.until(ExpectedConditions.elementToBeClickable(link)).click();
    }

    /** The page's messages (p:messages id="messages"). */
    protected static final By MESSAGES = By.id("messages");

    /** Types into a field once it shows, replacing what it held. */
    protected void type(String id, String text) {
        WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        field.clear();
        field.sendKeys(text);
    }

    /** Clicks once the page has finished loading (PrimeFaces adds the CSP nonce a post needs at the end). */
    protected void press(String id) {
        pageLoaded();
        clickCentred(wait.until(ExpectedConditions.elementToBeClickable(By.id(id))));
    }

    /**
     * Text {@code text} in the element {@code locator} finds, read afresh each time: an ajax update can replace the
     * element between finding and reading it, and Chromium then answers "Node with given id does not belong to the
     * document", which Selenium's own textToBePresentInElementLocated lets through as an error (OnboardingJourneyIT's
     * password messages in a fresh clone of this stop).
     */
    protected static org.openqa.selenium.support.ui.ExpectedCondition<Boolean> textIn(By locator, String text) {
        return d -> {
            try {
                return d.findElement(locator).getText().contains(text);
            } catch (org.openqa.selenium.WebDriverException replaced) {
                return false;
            }
        };
    }

    /**
     * The element replaced or gone: Selenium's stalenessOf waits for a stale-element error, while Chromium 150 answers
     * for a node an ajax update replaced "Node with given id does not belong to the document" (QuestionImportJourneyIT
     * in the fifth fresh clone of this stop); either means gone.
     */
    protected static org.openqa.selenium.support.ui.ExpectedCondition<Boolean> gone(WebElement element) {
        return d -> {
            try {
                element.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException replaced) {
                return true;
            }
        };
    }

    /** Waits for a message containing {@code text}; fails with the page's text and a screenshot when none comes. */
    protected void waitForMessage(String text) {
        try {
            // read afresh each time: an ajax update can replace the element between finding and reading it
            // (Chrome then says "Node with given id does not belong to the document", not a stale element)
            wait.until(d -> {
                try {
                    return d.findElement(MESSAGES).getText().contains(text);
                } catch (org.openqa.selenium.WebDriverException replaced) {
                    return false;
                }
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            Browsers.screenshot(driver, getClass().getSimpleName() + "-failed");
            throw new AssertionError("no message \"" + text + "\" on " + driver.getCurrentUrl() + ":\n"
                    + driver.findElement(By.tagName("body")).getText(), e);
        }
    }

    /** Chooses the option of a select whose text contains {@code part}. */
    protected void choose(String selectId, String part) {
        Select select = new Select(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(selectId))));
        WebElement option = select.getOptions().stream().filter(o -> o.getText().contains(part)).findFirst()
                .orElseThrow(() -> new AssertionError("no option with " + part + " in " + selectId));
        select.selectByValue(option.getAttribute("value"));
    }

    /** Logs out with the top bar's button (behind the 菜单 button on a phone). */
    protected void logOut() {
        openMenu();
        driver.findElement(By.id("topbar:logout")).click();
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
    }

    protected String heading() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("page-heading"))).getText();
    }

    /**
     * Another person at this browser: no cookies. The page open now is left first, with its cookies: a page with
     * view-scoped beans sends OmniFaces' unload request as it goes (its beans end at once), and that request, sent
     * without the session's cookies, would be a request of an unknown visitor to a protected page. The cookies are
     * deleted on a plain file of the portal: the browser deletes only those of the page it shows.
     */
    protected void newBrowserSession() {
        driver.get(base + "jakarta.faces.resource/css/shoumi.css.xhtml");
        driver.manage().deleteAllCookies();
    }

    /** Logs in on the login page and waits for the home page. */
    protected void logIn(String username) {
        driver.get(base + "login.xhtml");
        driver.findElement(By.id("login:username")).sendKeys(username);
        driver.findElement(By.id("login:password")).sendKeys(DEMO_PASSWORD);
        driver.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.urlContains("index.xhtml"));
    }

    /** The minimum reading time of the test server (test-settings.xml), and a little more. */
    private static final long READING_MILLIS = 3_300;

    /**
     * Reads every document the home page lists and acknowledges each, as someone who opens them side by side
     * would: each link opens in a tab of its own, the minimum reading time passes once for all of them (each tab
     * gets at least that long), then each tab's acknowledgement is given with {@code acknowledge} and the page
     * returns to the home page; the tab is then closed. Ends on the home page of the first window, reloaded.
     * Returns how many documents were read.
     */
    protected int readEveryDocumentInTabs(java.util.function.Consumer<WebDriver> acknowledge) throws InterruptedException {
        String home = driver.getWindowHandle();
        List<String> links = driver.findElements(By.cssSelector("#reading-tasks .task-link")).stream()
                .map(a -> a.getAttribute("href")).toList();
        List<String> tabs = new java.util.ArrayList<>();
        long lastOpened = 0;
        for (String link : links) {
            driver.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
            driver.get(link);
            lastOpened = System.nanoTime();
            pageLoaded();
            tabs.add(driver.getWindowHandle());
        }
        long waited = Duration.ofNanos(System.nanoTime() - lastOpened).toMillis();
        if (!tabs.isEmpty() && waited < READING_MILLIS) {
            Thread.sleep(READING_MILLIS - waited);
        }
        for (String tab : tabs) {
            driver.switchTo().window(tab);
            acknowledge.accept(driver);
            wait.until(ExpectedConditions.urlContains("index.xhtml"));
            driver.close();
        }
        driver.switchTo().window(home);
        driver.navigate().refresh();
        pageLoaded();
        return links.size();
    }

    /** Answers the way someone who studied would: the right answer comes from the bank on the server. */
    protected void answerRightly(WebElement question) throws Exception {
        List<String> right = rightAnswer(question.findElement(By.cssSelector(".stem")).getText());
        switch (right.get(0)) {
            case "CHOICE" -> {
                for (String text : right.subList(1, right.size())) {
                    question.findElements(By.cssSelector("label")).stream()
                            .filter(l -> l.getText().endsWith(". " + text)).findFirst()
                            .orElseThrow(() -> new AssertionError(text)).click();
                }
            }
            case "JUDGE TRUE", "JUDGE FALSE" -> question.findElements(By.cssSelector("label")).stream()
                    .filter(l -> l.getText().equals(right.get(0).endsWith("TRUE") ? "正确" : "错误")).findFirst()
                    .orElseThrow().click();
            default -> {
                List<WebElement> inputs = question.findElements(By.cssSelector("input[type='text']"));
                for (int b = 0; b < inputs.size(); b++) {
                    inputs.get(b).sendKeys(right.get(1 + b).strip());
                }
                driver.findElement(By.id("page-heading")).click(); // leaving the field fires "change"
            }
        }
    }
}

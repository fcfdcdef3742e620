package it.org.shoumi.portal.journeys;

import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.shoumi.portal.security.AuthorizationMatrixIT;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * WCAG 2.1 A and AA, checked by axe-core in Chromium on every page of the authorization matrix, in Chinese and in
 * English, each page opened by a login that may use it, plus the pages that need a record (an exam being taken, a
 * document being read). Any violation fails the test and is named: page, language, rule, element, what to fix.
 * Also the weight of the take page on the wire: a first visit below 450 KiB, a repeat visit below 60 KiB.
 */
class AccessibilityIT extends BrowserJourney {

    /** Who opens a page: the first of these the matrix lets in ("O"); anonymous pages are opened logged out. */
    private static final List<String> PREFERRED = List.of("employee", "officer", "hr", "head", "auditor", "admin");

    @Test
    void noPageBreaksWcag21AaInEitherLanguage() throws Exception {
        Map<String, List<String>> pagesByLogin = pagesByLogin();
        // the two languages side by side, each in a browser of its own: axe's work is in the browser, not the server
        java.util.concurrent.ExecutorService english = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            java.util.concurrent.Future<List<String>> inEnglish = english.submit(() -> {
                WebDriver own = Browsers.headlessChromium();
                try {
                    return walk(own, pagesByLogin, "en");
                } finally {
                    own.quit();
                }
            });
            List<String> violations = new ArrayList<>(walk(driver, pagesByLogin, "zh"));
            violations.addAll(inEnglish.get());
            assertTrue(violations.isEmpty(),
                    violations.size() + " WCAG 2.1 A/AA violations:\n" + String.join("\n", violations));
        } finally {
            english.shutdownNow();
        }
    }

    /** Every page in one language, each opened by its login in a new session of {@code browser}. */
    private List<String> walk(WebDriver browser, Map<String, List<String>> pagesByLogin, String language)
            throws Exception {
        WebDriverWait until = new WebDriverWait(browser, Duration.ofSeconds(30));
        until.ignoring(StaleElementReferenceException.class);
        List<String> violations = new ArrayList<>();
        List<Map.Entry<String, List<String>>> logins = new ArrayList<>(pagesByLogin.entrySet());
        if (language.equals("en")) {
            // the other way round from the Chinese walk, so the two never take the employee's practice exam together
            java.util.Collections.reverse(logins);
        }
        for (Map.Entry<String, List<String>> entry : logins) {
            startSession(browser, until, entry.getKey(), language);
            for (String page : entry.getValue()) {
                browser.get(base + page);
                loaded(until);
                violations.addAll(Axe.violations(browser, page + " [" + language + ", " + entry.getKey() + "]"));
            }
            if (entry.getKey().equals("employee")) {
                violations.addAll(readingAndTaking(browser, until, language));
            }
        }
        return violations;
    }

    @Test
    void theTakePageIsLightOnTheWire() {
        logIn("employee");
        startPractice(driver, wait);
        Axe.Weight first = Axe.weight(driver);
        assertTrue(first.firstVisit() < 450 * 1024, "a first visit of the take page transfers "
                + first.firstVisit() / 1024 + " KiB (" + first.count() + " files), more than 450 KiB");
        driver.get(driver.getCurrentUrl());
        pageLoaded();
        Axe.Weight repeat = Axe.weight(driver);
        // the figures, for docs/benchmarks.md (failsafe keeps them in the test's output file)
        System.out.printf("take page: first visit %d KiB in %d files, repeat visit %d KiB transferred%n",
                first.firstVisit() / 1024, first.count(), repeat.transferred() / 1024);
        assertTrue(repeat.transferred() < 60 * 1024, "a repeat visit of the take page transfers "
                + repeat.transferred() / 1024 + " KiB, more than 60 KiB");
    }

    /** The pages an employee reaches only through a record: a document being read, a practice exam being taken. */
    private List<String> readingAndTaking(WebDriver browser, WebDriverWait until, String language) {
        List<String> found = new ArrayList<>();
        browser.get(base + "content/library.xhtml");
        loaded(until);
        WebElement document = browser.findElement(By.cssSelector("a[href*='read.xhtml']"));
        browser.get(document.getAttribute("href"));
        loaded(until);
        found.addAll(Axe.violations(browser, "content/read.xhtml [" + language + "]"));
        startPractice(browser, until);
        found.addAll(Axe.violations(browser, "quizzes/take.xhtml [" + language + "]"));
        WebElement firstOption = browser.findElement(By.cssSelector(".question .ui-radiobutton-box"));
        firstOption.click();
        until.until(d -> d.findElements(By.cssSelector(".saved")).stream().anyMatch(e -> e.getText().contains(":")));
        found.addAll(Axe.violations(browser, "quizzes/take.xhtml, an answer saved [" + language + "]"));
        return found;
    }

    private void startPractice(WebDriver browser, WebDriverWait until) {
        browser.get(base + "quizzes/start.xhtml?quiz=PRACTICE");
        loaded(until);
        browser.findElement(By.id("start:go")).click();
        until.until(ExpectedConditions.urlContains("take.xhtml"));
        loaded(until);
    }

    private static void loaded(WebDriverWait until) {
        until.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** A new session (no cookies) for the login, in the language. */
    private void startSession(WebDriver browser, WebDriverWait until, String login, String language) {
        // off the view-scoped page first: its unload beacon must not go out without the session (see
        // BrowserJourney.newBrowserSession)
        browser.get(base + "jakarta.faces.resource/css/shoumi.css.xhtml");
        browser.manage().deleteAllCookies();
        browser.get(base + "login.xhtml");
        loaded(until);
        if (!login.equals("anonymous")) {
            browser.findElement(By.id("login:username")).sendKeys(login);
            browser.findElement(By.id("login:password")).sendKeys(DEMO_PASSWORD);
            browser.findElement(By.id("login:submit")).click();
            until.until(ExpectedConditions.urlContains("index.xhtml"));
            loaded(until);
        }
        if (language.equals("en")) {
            browser.findElement(By.id("topbar:lang-en")).click();
            until.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        }
    }

    /** Each page of the matrix without a placeholder, under the login that opens it. */
    private static Map<String, List<String>> pagesByLogin() {
        Map<String, List<String>> pages = new LinkedHashMap<>();
        List<String> logins = AuthorizationMatrixIT.LOGINS;
        AuthorizationMatrixIT.MATRIX.forEach((path, outcomes) -> {
            if (path.contains("{") || !path.replaceAll("\\?.*", "").endsWith(".xhtml")) {
                return;
            }
            String login = outcomes.charAt(0) == 'O' ? "anonymous" : PREFERRED.stream()
                    .filter(l -> outcomes.charAt(logins.indexOf(l)) == 'O').findFirst().orElse(null);
            if (login != null) {
                pages.computeIfAbsent(login, k -> new ArrayList<>()).add(path);
            }
        });
        return pages;
    }
}

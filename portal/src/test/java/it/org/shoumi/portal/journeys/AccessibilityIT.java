package it.org.shoumi.portal.journeys;

import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.shoumi.portal.security.AuthorizationMatrixIT;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

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
        Axe.loadInEveryPage(driver);
        Map<String, List<String>> pagesByLogin = pagesByLogin();
        List<String> violations = new ArrayList<>();
        for (String language : List.of("zh", "en")) {
            for (Map.Entry<String, List<String>> entry : pagesByLogin.entrySet()) {
                startSession(entry.getKey(), language);
                for (String page : entry.getValue()) {
                    driver.get(base + page);
                    pageLoaded();
                    violations.addAll(Axe.violations(driver, page + " [" + language + ", " + entry.getKey() + "]"));
                }
                if (entry.getKey().equals("employee")) {
                    violations.addAll(readingAndTaking(language));
                }
            }
        }
        assertTrue(violations.isEmpty(), violations.size() + " WCAG 2.1 A/AA violations:\n" + String.join("\n", violations));
    }

    @Test
    void theTakePageIsLightOnTheWire() {
        logIn("employee");
        startPractice();
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
    private List<String> readingAndTaking(String language) {
        List<String> found = new ArrayList<>();
        driver.get(base + "content/library.xhtml");
        pageLoaded();
        WebElement document = driver.findElement(By.cssSelector("a[href*='read.xhtml']"));
        driver.get(document.getAttribute("href"));
        pageLoaded();
        found.addAll(Axe.violations(driver, "content/read.xhtml [" + language + "]"));
        startPractice();
        found.addAll(Axe.violations(driver, "quizzes/take.xhtml [" + language + "]"));
        WebElement firstOption = driver.findElement(By.cssSelector(".question .ui-radiobutton-box"));
        firstOption.click();
        wait.until(d -> d.findElements(By.cssSelector(".saved")).stream().anyMatch(e -> e.getText().contains(":")));
        found.addAll(Axe.violations(driver, "quizzes/take.xhtml, an answer saved [" + language + "]"));
        return found;
    }

    private void startPractice() {
        driver.get(base + "quizzes/start.xhtml?quiz=PRACTICE");
        pageLoaded();
        driver.findElement(By.id("start:go")).click();
        wait.until(ExpectedConditions.urlContains("take.xhtml"));
        pageLoaded();
    }

    /** A new session (no cookies) for the login, in the language. */
    private void startSession(String login, String language) {
        newBrowserSession();
        if (login.equals("anonymous")) {
            driver.get(base + "login.xhtml");
        } else {
            logIn(login);
        }
        pageLoaded();
        if (language.equals("en")) {
            if (driver.findElements(By.id("topbar:lang-en")).isEmpty()) {
                throw new AssertionError("no language switch for " + login + " on " + driver.getCurrentUrl() + ": "
                        + driver.getPageSource().substring(0, Math.min(3000, driver.getPageSource().length())));
            }
            driver.findElement(By.id("topbar:lang-en")).click();
            wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
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

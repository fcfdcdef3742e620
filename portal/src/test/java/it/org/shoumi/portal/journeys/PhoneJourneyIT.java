package it.org.shoumi.portal.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * HR on a phone (390×844): the menu is folded behind the 菜单 button and opens from it; the hire form takes a past
 * hire date typed on the keyboard (the calendar opens only from its button); on a page that does not exist the
 * language switch and logout still work, and the logout is real.
 */
class PhoneJourneyIT extends BrowserJourney {

    private static final String HIRE_DATE = "2024-03-15";

    private WebElement toggle() {
        return driver.findElement(By.id("menu-toggle"));
    }

    /** Opens the menu from its button, after checking that it starts folded. */
    private void openFoldedMenu() {
        pageLoaded();
        assertTrue(toggle().isDisplayed(), "the menu button shows on a phone");
        assertEquals("false", toggle().getAttribute("aria-expanded"), "the menu starts folded");
        assertFalse(driver.findElement(By.id("topbar-panel")).isDisplayed(), "the menu is folded away");
        openMenu();
        assertEquals("true", toggle().getAttribute("aria-expanded"));
    }

    @Test
    void hrHiresWithATypedDateOnAPhoneAndLogsOutFromAMissingPage() {
        driver.manage().window().setSize(new Dimension(390, 844));
        String suffix = Long.toString(System.nanoTime(), 36).toUpperCase();
        String employeeNo = "P" + suffix.substring(suffix.length() - 8);
        String name = "林" + "手" + suffix.charAt(suffix.length() - 1);
        String username = "phone" + suffix.toLowerCase();

        logIn("hr");
        pageLoaded();
        // folded: the top bar shows the brand and the button, not the menu
        assertTrue(toggle().isDisplayed(), "the menu button shows on a phone");
        assertFalse(driver.findElement(By.id("menu-employees")).isDisplayed(), "the menu is folded away");
        assertFalse(driver.findElement(By.id("topbar:logout")).isDisplayed(), "so are the actions");
        int barHeight = driver.findElement(By.cssSelector("header.topbar")).getSize().getHeight();
        assertTrue(barHeight < 844 / 8, "the folded top bar is low: " + barHeight + " px");
        Browsers.screenshot(driver, "phone-home-folded");

        openFoldedMenu();
        assertTrue(driver.findElement(By.id("topbar:logout")).isDisplayed(), "the actions are in the menu too");
        // HR's pages of the unit's work are in groups that open from their names
        assertFalse(driver.findElement(By.id("menu-employees")).isDisplayed(), "the roster is in 人员管理");
        driver.findElement(By.cssSelector("#menu-group-people > summary")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("menu-employees")));
        Browsers.screenshot(driver, "phone-menu-open");
        driver.findElement(By.id("menu-employees")).click();
        wait.until(ExpectedConditions.textToBe(By.id("page-heading"), "人员名册"));
        pageLoaded();
        driver.findElement(By.id("hire-link")).click();
        wait.until(ExpectedConditions.textToBe(By.id("page-heading"), "新员工入职"));
        pageLoaded();

        driver.findElement(By.id("hire:employeeNo")).sendKeys(employeeNo);
        driver.findElement(By.id("hire:name")).sendKeys(name);
        new Select(driver.findElement(By.id("hire:department"))).selectByValue("RESEARCH");
        new Select(driver.findElement(By.id("hire:post"))).selectByValue("STAFF");
        new Select(driver.findElement(By.id("hire:secrecyClass"))).selectByValue("GENERAL");
        // the date is typed, key by key, over today's date that the form suggests
        WebElement hireDate = driver.findElement(By.id("hire:hireDate_input"));
        hireDate.click();
        hireDate.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        hireDate.sendKeys(HIRE_DATE);
        hireDate.sendKeys(Keys.TAB);
        assertEquals(HIRE_DATE, hireDate.getAttribute("value"), "the typed date stays as typed");
        assertTrue(driver.findElements(By.cssSelector(".ui-datepicker-panel"))
                .stream().noneMatch(WebElement::isDisplayed), "no calendar pops up while typing");
        driver.findElement(By.id("hire:username")).sendKeys(username);
        driver.findElement(By.id("hire:password")).sendKeys(DEMO_PASSWORD);
        Browsers.screenshot(driver, "phone-hire-typed-date");
        driver.findElement(By.id("hire:submit")).click();
        wait.until(ExpectedConditions.urlContains("programmes/overview.xhtml"));
        String done = name + "（" + employeeNo + "）已登记入花名册"; // HR is told the hire is on the roster
        wait.until(d -> d.getPageSource().contains(done));

        // a page that does not exist: the error page, with the top bar still working
        driver.get(base + "no-such-page-" + suffix.toLowerCase() + ".xhtml");
        assertEquals("页面不存在", heading());
        openFoldedMenu();
        driver.findElement(By.id("topbar:lang-en")).click();
        wait.until(ExpectedConditions.textToBe(By.id("page-heading"), "Page not found"));
        assertEquals("en", driver.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(driver.getCurrentUrl().contains("no-such-page-"), "back on the address that was asked for");
        Browsers.screenshot(driver, "phone-404-en");

        openFoldedMenu();
        driver.findElement(By.id("topbar:logout")).click();
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
        assertEquals("Log in to the secrecy portal", heading());
        assertTrue(driver.getPageSource().contains("You have been logged out."));

        driver.get(base + "employees/hire.xhtml");
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
        assertTrue(driver.findElements(By.id("topbar:logout")).isEmpty(), "logged out for good");
    }

    /**
     * Found by an outside tester: on 报告个人重大事项 in English the category list ran 112 px off a 390 px phone, and
     * the note's label sat beside its field, on the travel request form too; the forms' class form-grid had no rule.
     */
    @Test
    void anEmployeesRequestFormsStayOnAPhoneScreenInEnglish() {
        driver.manage().window().setSize(new Dimension(390, 844));
        logIn("employee");
        openFoldedMenu();
        driver.findElement(By.id("topbar:lang-en")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        for (String[] page : List.of(new String[] {"matters/mine.xhtml", "report"},
                new String[] {"travel/mine.xhtml", "request"})) {
            driver.get(base + page[0]);
            pageLoaded();
            WebElement note = driver.findElement(By.id(page[1] + ":note"));
            Object overflow = ((JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertEquals(0L, ((Number) overflow).longValue(), page[0] + " stays inside the phone's width");
            WebElement label = driver.findElement(By.cssSelector("label[for='" + page[1] + ":note']"));
            assertTrue(label.getLocation().getY() + label.getSize().getHeight() <= note.getLocation().getY() + 1,
                    page[0] + ": the note's label is above its field");
            Browsers.screenshot(driver, "phone-form-" + page[1] + "-en");
        }
    }

    /**
     * Found by an outside tester at 390 px: the departure page's facts ran off the screen ("Computer administratio"),
     * the backup page's folder did not break (524 px wide) and the records page's department list was 381 px.
     */
    @Test
    void theDepartureBackupAndRecordsPagesFitAPhone() {
        driver.manage().window().setSize(new Dimension(390, 844));
        logIn("hr");
        openFoldedMenu();
        driver.findElement(By.id("topbar:lang-en")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        driver.get(base + "departures/detail.xhtml?id=1");
        pageLoaded();
        assertFalse(driver.findElements(By.id("facts")).isEmpty(), "the demo's first departure is shown");
        fitsThePhone("the departure page");
        driver.get(base + "records/index.xhtml");
        pageLoaded();
        assertFalse(driver.findElements(By.id("dept")).isEmpty(), "the records page's department list");
        fitsThePhone("the records page");
        logOut();
        newBrowserSession();
        logIn("admin");
        driver.get(base + "admin/backup.xhtml");
        pageLoaded();
        if (!driver.findElements(By.id("directory")).isEmpty()) { // a Derby database: the page names its folder
            fitsThePhone("the backup page");
        }
    }

    private void fitsThePhone(String page) {
        Object overflow = ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertEquals(0L, ((Number) overflow).longValue(), page + " stays inside the phone's width");
        Browsers.screenshot(driver, "phone-fits-" + page.replace(' ', '-'));
    }

    /**
     * Found by an outside tester: printed, the 脱密期 list cut its staff numbers and dates in half ("SM01 / 4", "2026- /
     * 02-10"): PrimeFaces' table-layout:fixed, linked after shoumi.css, beat its print rule. The browser's own print
     * (WebDriver print, as Ctrl+P) keeps every staff number and date of the list whole.
     */
    @Test
    void aPrintedListKeepsStaffNumbersAndDatesWhole() throws Exception {
        logIn("officer");
        // in English, where the reflow table's heading in each cell ("Staff no.") held a space
        driver.findElement(By.id("topbar:lang-en")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        // the demo's periods (ending 2027-02-10 … 2027-08-09): periods other tests started today end a year or more
        // ahead, and their long made-up staff numbers and department names widened the printed table past the page
        // in a whole suite's run
        driver.get(base + "departures/restrictions.xhtml?within=" + java.time.temporal.ChronoUnit.DAYS.between(
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")), java.time.LocalDate.of(2027, 9, 30)));
        pageLoaded();
        @SuppressWarnings("unchecked")
        List<String> tokens = (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('#restricted td.whole')).map(function (c) {"
                        + " var copy = c.cloneNode(true);" // without the reflow table's heading in each cell
                        + " copy.querySelectorAll('.ui-column-title').forEach(function (t) { t.remove(); });"
                        + " return copy.textContent.trim(); })");
        List<String> kept = tokens.stream().filter(t -> t.matches("[A-Z]+\\d+|\\d{4}-\\d{2}-\\d{2}")).toList();
        assertFalse(kept.isEmpty(), "the demo's 脱密期 list has staff numbers and dates: " + tokens);
        org.openqa.selenium.Pdf pdf = ((org.openqa.selenium.PrintsPage) driver)
                .print(new org.openqa.selenium.print.PrintOptions());
        String text;
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(
                java.util.Base64.getDecoder().decode(pdf.getContent()))) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
        for (String token : kept) {
            assertTrue(text.contains(token), token + " whole on paper: " + text);
        }
    }
}

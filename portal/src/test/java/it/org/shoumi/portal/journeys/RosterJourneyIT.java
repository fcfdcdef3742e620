package it.org.shoumi.portal.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * In a real browser: HR opens the roster from the menu and narrows it with the column filters; the menu's groups
 * open one at a time and close on Escape or a click elsewhere.
 */
class RosterJourneyIT extends BrowserJourney {

    private static final By ROWS = By.cssSelector("[id='roster:employees_data'] > tr");

    private List<String> column(int index) {
        return driver.findElements(ROWS).stream()
                .map(row -> row.findElements(By.tagName("td")))
                .filter(cells -> cells.size() > index)
                .map(cells -> cells.get(index).getText().replaceAll("^.*\\n", "").strip())
                .toList();
    }

    private void waitForRows(int count) {
        wait.until(d -> column(1).size() == count);
    }

    @Test
    void hrFiltersTheRosterByDepartmentClassAndName() {
        logIn("hr");

        goTo("menu-employees");
        wait.until(ExpectedConditions.textToBe(By.id("page-heading"), "人员名册"));
        assertEquals(20, driver.findElements(ROWS).size(), "20 rows per page");

        new Select(driver.findElement(By.id("roster:employees:filter-department"))).selectByVisibleText("办公室");
        waitForRows(7);

        new Select(driver.findElement(By.id("roster:employees:filter-secrecyClass"))).selectByVisibleText("重要");
        waitForRows(3);
        assertEquals(List.of("张丽华", "陈静", "程远"), column(1));
        column(4).forEach(c -> assertEquals("重要", c));
        Browsers.screenshot(driver, "roster-filtered");

        WebElement nameFilter = driver.findElement(By.cssSelector("[id='roster:employees:col-name:filter']"));
        nameFilter.sendKeys("陈");
        waitForRows(1);
        assertEquals(List.of("陈静"), column(1));

        nameFilter.sendKeys("不存在");
        wait.until(textIn(By.id("roster:employees"), "没有符合筛选条件的人员"));
        assertTrue(driver.findElement(By.id("roster:employees")).getText().contains("没有符合筛选条件的人员"));
    }

    private boolean open(String groupId) {
        return "true".equals(driver.findElement(By.id(groupId)).getDomProperty("open"));
    }

    @Test
    void theMenusGroupsOpenOneAtATimeAndCloseOnEscapeOrAClickElsewhere() {
        logIn("hr");
        pageLoaded();
        By people = By.cssSelector("#menu-group-people > summary");
        By training = By.cssSelector("#menu-group-training > summary");
        assertFalse(driver.findElement(By.id("menu-employees")).isDisplayed(), "closed: the roster is in 人员管理");

        driver.findElement(people).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("menu-employees")));
        Object overflow = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertEquals(0L, ((Number) overflow).longValue(), "the open group stays inside the window");
        Browsers.screenshot(driver, "menu-group-open");
        driver.findElement(training).click();
        wait.until(d -> open("menu-group-training"));
        assertFalse(open("menu-group-people"), "opening one group closes the other");

        driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        wait.until(d -> !open("menu-group-training"));
        assertEquals(driver.findElement(training), driver.switchTo().activeElement(), "the focus goes back to its name");

        driver.findElement(training).click();
        wait.until(d -> open("menu-group-training"));
        driver.findElement(By.id("page-heading")).click();
        wait.until(d -> !open("menu-group-training"));

        goTo("menu-employees");
        wait.until(ExpectedConditions.textToBe(By.id("page-heading"), "人员名册"));
        assertEquals("page", driver.findElement(By.id("menu-employees")).getAttribute("aria-current"));
        assertTrue(driver.findElement(By.id("menu-group-people")).getAttribute("class").contains("current"),
                "the group of the page shown is marked");

        // the search box of the top bar finds a person by name, with their change page a click away
        pageLoaded();
        driver.findElement(By.id("search-q")).sendKeys("陈静", Keys.ENTER);
        wait.until(ExpectedConditions.textToBe(By.id("page-heading"), "搜索"));
        WebElement found = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("people")));
        assertTrue(found.getText().contains("陈静"), found.getText());
        assertEquals("陈静", driver.findElement(By.id("search-page-q")).getDomProperty("value"), "the text stays");

        // a page opened from the roster (a person's change page) shows the roster's link and its group as where HR is
        found.findElement(By.linkText("岗位/类别")).click();
        wait.until(ExpectedConditions.textToBe(By.id("page-heading"), "调整岗位或涉密类别"));
        assertEquals("true", driver.findElement(By.id("menu-employees")).getAttribute("aria-current"));
        assertTrue(driver.findElement(By.id("menu-group-people")).getAttribute("class").contains("current"),
                "the group of the page opened from the roster is marked");
    }
}

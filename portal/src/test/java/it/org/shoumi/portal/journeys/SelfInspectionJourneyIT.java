package it.org.shoumi.portal.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.shoumi.portal.setup.control.DemoOrganisation;

/**
 * In a real browser: the demo employee opens the demo self-inspection from "my tasks", answers "no" to one
 * item and forgets the note (refused, the item is marked, nothing saved), adds the note and submits; the
 * finding shows with its due date. The demo secrecy officer then sees the round's completion and the finding,
 * and opens a department round.
 */
class SelfInspectionJourneyIT extends BrowserJourney {

    private static final int NO_ITEM = 3;

    private final String round = DemoOrganisation.inspectionRound(LocalDate.now(ZoneId.of("Asia/Shanghai"))).name();

    private List<WebElement> items() {
        return driver.findElements(By.cssSelector("fieldset.inspection-item"));
    }

    @Test
    void theEmployeeFillsTheDemoRoundAndTheOfficerSeesItsCompletion() {
        logIn("employee");
        WebElement task = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#inspection-tasks")))
                .findElements(By.cssSelector(".inspection-link")).stream()
                .filter(link -> link.getText().contains(round)).findFirst()
                .orElseThrow(() -> new AssertionError("no self-inspection " + round + " among my tasks"));
        task.click();
        wait.until(ExpectedConditions.urlContains("inspections/fill.xhtml"));
        assertEquals("个人保密自查表", heading());
        List<WebElement> items = items();
        assertEquals(15, items.size());
        for (int i = 0; i < items.size(); i++) {
            String choice = i + 1 == NO_ITEM ? "NO" : "YES";
            WebElement radio = items.get(i).findElement(By.cssSelector("input[type='radio'][value='" + choice + "']"));
            // half with the mouse, half from the keyboard: both ways choose an answer
            if (i % 2 == 0) {
                press(radio);
            } else {
                choose(radio);
            }
        }
        driver.findElement(By.id("fill:submit")).click();

        wait.until(textIn(By.id("fill:fill-messages"), "未保存任何内容"));
        WebElement marked = items().get(NO_ITEM - 1);
        assertTrue(marked.getAttribute("class").contains("has-problem"));
        assertTrue(marked.findElement(By.cssSelector(".row-problem")).getText().contains("第 3 项"));
        assertTrue(marked.findElement(By.cssSelector("input[value='NO']")).isSelected(), "the answers are kept");
        assertEquals(1, driver.findElements(By.cssSelector(".row-problem")).size());
        String question = marked.findElement(By.cssSelector("legend")).getText().replaceFirst("^3\\.\\s*", "");
        Browsers.screenshot(driver, "self-inspection-refused");

        marked.findElement(By.cssSelector("textarea.note")).sendKeys("办公桌上曾留有文件未收");
        driver.findElement(By.id("fill:submit")).click();
        wait.until(ExpectedConditions.urlContains("inspections/findings.xhtml"));
        assertTrue(driver.getPageSource().contains("发现 1 个问题需要整改"));
        assertTrue(!driver.getPageSource().contains("未保存任何内容"), "the refusal is not shown again");
        WebElement finding = driver.findElements(By.cssSelector("tr.finding-row")).stream()
                .filter(r -> r.getText().contains(question)).findFirst()
                .orElseThrow(() -> new AssertionError("no finding " + question));
        assertTrue(finding.getText().contains("待整改"), finding.getText());
        assertTrue(finding.getText().contains(round), finding.getText());
        assertTrue(finding.findElement(By.cssSelector(".finding-due")).getText().matches("\\d{4}-\\d\\d-\\d\\d"));
        Browsers.screenshot(driver, "self-inspection-finding");

        driver.findElement(By.id("menu-home")).click();
        wait.until(ExpectedConditions.urlContains("index.xhtml"));
        assertTrue(driver.findElements(By.cssSelector("#inspection-tasks .inspection-link")).stream()
                .noneMatch(link -> link.getText().contains(round)), "the task is done");

        driver.findElement(By.id("topbar:logout")).click();
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
        logIn("officer");
        goTo("menu-inspection-rounds");
        wait.until(ExpectedConditions.urlContains("inspections/rounds.xhtml"));
        WebElement row = driver.findElements(By.cssSelector("tr.round-row")).stream()
                .filter(r -> r.findElement(By.cssSelector(".round-name")).getText().equals(round)).findFirst()
                .orElseThrow(() -> new AssertionError("no round " + round));
        // in post and secret-related when the demo round was opened: the demo departures approved before it left
        java.util.Set<String> left = org.shoumi.portal.setup.control.DemoDepartures.DEPARTURES.stream()
                .filter(d -> d.approvedDaysAgo() != null).map(d -> d.employeeNo())
                .collect(java.util.stream.Collectors.toSet());
        long concerned = DemoOrganisation.employees(LocalDate.now()).stream()
                .filter(e -> e.secrecyClass().isSecretRelated() && !left.contains(e.employeeNo())
                        && e.status() == org.shoumi.portal.employees.entity.EmployeeStatus.ACTIVE)
                .count();
        assertEquals("1/" + concerned, row.findElement(By.cssSelector(".round-completion")).getText());
        long inOffice = DemoOrganisation.employees(LocalDate.now()).stream()
                .filter(e -> e.departmentCode().equals("OFFICE") && e.secrecyClass().isSecretRelated()
                        && !left.contains(e.employeeNo()) && e.status() == org.shoumi.portal.employees.entity.EmployeeStatus.ACTIVE)
                .count();
        assertEquals("1/" + inOffice, row.findElement(By.cssSelector("[data-department='OFFICE'] .department-count"))
                .getText());
        Browsers.screenshot(driver, "self-inspection-rounds");

        driver.findElement(By.id("open-findings-link")).click();
        wait.until(ExpectedConditions.urlContains("inspections/open-findings.xhtml"));
        WebElement open = driver.findElements(By.cssSelector("tr.finding-row")).stream()
                .filter(r -> r.getText().contains(question) && r.getText().contains("李明")).findFirst()
                .orElseThrow(() -> new AssertionError("the officer does not see the finding"));
        assertTrue(open.getText().contains("待整改"), open.getText());

        // the officer opens a department round: choosing the department checklist switches who answers
        driver.findElement(By.id("rounds-link")).click();
        wait.until(ExpectedConditions.urlContains("inspections/rounds.xhtml"));
        String name = "部门自查" + Long.toString(System.nanoTime(), 36);
        driver.findElement(By.id("open-round:name")).sendKeys(name);
        new Select(driver.findElement(By.id("open-round:checklist"))).selectByValue("checklist.department");
        Browsers.screenshot(driver, "self-inspection-open-round");
        wait.until(ExpectedConditions.elementSelectionStateToBe(
                By.cssSelector("form[id='open-round'] input[type='radio'][value='DEPARTMENT']"), true));
        driver.findElement(By.id("open-round:open")).click();
        wait.until(textIn(By.id("messages"), "已发起“" + name + "”"));
        WebElement opened = driver.findElements(By.cssSelector("tr.round-row")).stream()
                .filter(r -> r.findElement(By.cssSelector(".round-name")).getText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no round " + name));
        assertTrue(opened.getText().contains("部门保密自查表"), opened.getText());
        assertTrue(opened.findElement(By.cssSelector(".round-completion")).getText().startsWith("0/"));

        // an inspection by the secrecy office: choosing it offers the departments; the officer fills in each
        String inspection = "保密办检查" + Long.toString(System.nanoTime(), 36);
        driver.findElement(By.id("open-round:name")).sendKeys(inspection);
        press(driver.findElement(By.cssSelector("form[id='open-round'] input[type='radio'][value='OFFICE']")));
        WebElement research = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("form[id='open-round'] input[type='checkbox'][value='RESEARCH']")));
        choose(research);
        driver.findElement(By.id("open-round:open")).click();
        wait.until(textIn(By.id("messages"), "已发起“" + inspection + "”"));
        WebElement office = driver.findElements(By.cssSelector("tr.round-row")).stream()
                .filter(r -> r.findElement(By.cssSelector(".round-name")).getText().equals(inspection)).findFirst()
                .orElseThrow(() -> new AssertionError("no round " + inspection));
        assertTrue(office.getText().contains("保密办检查") && office.getText().contains("科研处"), office.getText());
        assertTrue(office.findElement(By.cssSelector(".round-completion")).getText().equals("0/1"));
        office.findElement(By.cssSelector("a[id$='follow-up']")).click();
        wait.until(ExpectedConditions.urlContains("inspections/department.xhtml"));
        assertEquals(inspection, driver.findElement(By.id("round-heading")).getText());
        assertTrue(driver.findElement(By.id("respondents")).getText().contains("未提交"));
        Browsers.screenshot(driver, "self-inspection-follow-up");
    }
}

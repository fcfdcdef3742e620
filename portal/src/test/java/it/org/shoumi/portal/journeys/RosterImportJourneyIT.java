package it.org.shoumi.portal.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * In a real browser: HR uploads a GBK-encoded roster CSV with a bad row and is shown the row and column; the
 * corrected file is previewed and imported (with its progress bar), the new person is in the roster, and a
 * change of post of the new hire, not yet in post, corrects it without a transfer programme.
 */
class RosterImportJourneyIT extends BrowserJourney {

    private static final String HEADER = "工号,姓名,部门,岗位,涉密类别,入职日期\n";
    private static final By ROWS = By.cssSelector("[id='roster:employees_data'] > tr");

    private Path csv(String body) throws Exception {
        Path file = Files.createTempFile("roster", ".csv");
        Files.write(file, (HEADER + body).getBytes(Charset.forName("GBK")));
        return file;
    }

    /** Uploads and checks the file, and waits for the page that answers (not the one still showing). */
    private void upload(Path file) {
        WebElement before = driver.findElement(By.id("upload:import-messages"));
        driver.findElement(By.cssSelector("input[type='file']")).sendKeys(file.toAbsolutePath().toString());
        driver.findElement(By.id("upload:check")).click();
        wait.until(gone(before));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("upload:import-messages")));
    }

    private String messages() {
        return driver.findElement(By.id("upload:import-messages")).getText();
    }

    @Test
    void hrImportsAFixedFileAfterSeeingTheBadRowAndFindsTheNewPerson() throws Exception {
        String unique = Long.toString(System.nanoTime(), 36).toUpperCase();
        String no = "J" + unique.substring(Math.max(0, unique.length() - 12));
        String name = "导入" + unique.substring(unique.length() - 4);
        logIn("hr");
        goTo("menu-employees");
        wait.until(ExpectedConditions.textToBe(By.id("page-heading"), "人员名册"));
        driver.findElement(By.id("import-link")).click();
        wait.until(ExpectedConditions.textToBe(By.id("page-heading"), "导入人员名册"));

        String good = no + "," + name + ",办公室,机关工作人员,一般,2026/11/2\n" + "SM002,李明,办公室,机关工作人员,一般,2023-08-02\n";
        upload(csv(good + no + "X,另一人,后勤处,秘书,核心,2026-11-02\n"));
        assertTrue(messages().contains("1 处问题"), messages());
        List<String> problems = driver.findElements(By.cssSelector("[id='problems_data'] > tr")).stream()
                .map(WebElement::getText).toList();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("4") && problems.get(0).contains("C 部门")
                && problems.get(0).contains("未知部门“后勤处”"), problems.get(0));
        assertTrue(driver.findElements(By.id("run:import")).isEmpty(), "nothing to import");
        Browsers.screenshot(driver, "roster-import-refused");

        upload(csv(good));
        assertTrue(messages().contains("2 行均无问题"), messages());
        String summary = driver.findElement(By.id("summary")).getText();
        assertTrue(summary.contains("新增 1 人") && summary.contains("1 人不变") && summary.contains("开启培训 1 项"), summary);
        assertTrue(driver.findElement(By.id("run:changes")).getText().contains(name));
        Browsers.screenshot(driver, "roster-import-preview");
        driver.findElement(By.id("run:import")).click();
        wait.until(textIn(By.id("upload:import-messages"),
                "导入完成：新增 1 人，变更 0 人，未变 1 人；开启培训 1 项。"));
        assertTrue(driver.findElement(By.id("given")).getText().contains("上岗前教育"));
        Browsers.screenshot(driver, "roster-import-done");

        driver.findElement(By.id("to-roster")).click();
        wait.until(ExpectedConditions.textToBe(By.id("page-heading"), "人员名册"));
        driver.findElement(By.cssSelector("[id='roster:employees:col-name:filter']")).sendKeys(name);
        wait.until(d -> d.findElements(ROWS).size() == 1 && d.findElement(ROWS).getText().contains(no));
        WebElement row = driver.findElement(ROWS);
        assertTrue(row.getText().contains("待上岗") && row.getText().contains("一般"), row.getText());

        row.findElement(By.linkText("岗位/类别")).click();
        wait.until(ExpectedConditions.textToBe(By.id("page-heading"), "调整岗位或涉密类别"));
        new Select(driver.findElement(By.id("change:post"))).selectByVisibleText("秘书");
        driver.findElement(By.id("change:submit")).click();
        // not yet in post (待上岗): the post of the onboarding is corrected, no transfer programme, no hand-over
        wait.until(textIn(By.id("change:change-messages"),
                "已保存调整，无需开启培训"));
        assertTrue(driver.findElement(By.id("current")).getText().contains("秘书"));
        Browsers.screenshot(driver, "roster-change");

        // 批量调整 from the roster: the office's people listed once the department is chosen; only the new person ticked
        driver.findElement(By.id("change:back")).click();
        wait.until(ExpectedConditions.textToBe(By.id("page-heading"), "人员名册"));
        driver.findElement(By.id("move-link")).click();
        wait.until(ExpectedConditions.textToBe(By.id("page-heading"), "批量调整部门、岗位或涉密类别"));
        new Select(driver.findElement(By.id("move:from"))).selectByVisibleText("办公室");
        By mine = By.cssSelector("input[name='move:people'][value='" + no + "']");
        wait.until(ExpectedConditions.elementToBeClickable(mine)).click();
        new Select(driver.findElement(By.id("move:secrecyClass"))).selectByVisibleText("重要");
        driver.findElement(By.id("move:reason")).sendKeys("定密调整，保密委〔2026〕5号");
        driver.findElement(By.id("move:submit")).click();
        wait.until(textIn(By.id("move:move-messages"), "已调整 1 人"));
        assertEquals("办公室", new Select(driver.findElement(By.id("move:from"))).getFirstSelectedOption().getText(),
                "back on the same department");
        Browsers.screenshot(driver, "roster-bulk-change");
    }
}

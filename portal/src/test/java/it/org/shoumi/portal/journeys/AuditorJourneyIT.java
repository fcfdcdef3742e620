package it.org.shoumi.portal.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * In a real browser, the demo auditor's inspection: finds a person by staff number with the search box and
 * downloads their secrecy file; on the records page downloads the secrecy files of 办公室 as one ZIP, which holds as
 * many PDFs as the page said; both downloads are then listed first among the downloads of records, newest first.
 */
class AuditorJourneyIT extends BrowserJourney {

    @Test
    void theAuditorTakesAFileAndADepartmentsFilesAndFindsBothDownloadsListed() throws Exception {
        logIn("auditor");

        // the search finds the person; the auditor gets their file, not the change page
        pageLoaded();
        driver.findElement(By.id("search-q")).sendKeys("SM002", Keys.ENTER);
        wait.until(ExpectedConditions.textToBe(By.id("page-heading"), "搜索"));
        WebElement people = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("people")));
        assertTrue(people.findElements(By.linkText("岗位/类别")).isEmpty(), "an auditor changes nobody");
        people.findElement(By.linkText("下载保密档案（PDF）")).click();
        Path file = downloaded("secrecy-file-SM002\\.pdf");
        assertEquals("%PDF", head(file));

        // the records page: 办公室's secret-related staff, as many PDFs as the page counts
        goTo("menu-records");
        wait.until(ExpectedConditions.textToBe(By.id("page-heading"), "保密档案与检查导出"));
        Select department = new Select(driver.findElement(By.id("dept")));
        department.selectByValue("OFFICE");
        Matcher counts = Pattern.compile("办公室（涉密人员 (\\d+) 人，全部 (\\d+) 人）")
                .matcher(department.getFirstSelectedOption().getText());
        assertTrue(counts.matches(), department.getFirstSelectedOption().getText());
        int secretRelated = Integer.parseInt(counts.group(1));
        driver.findElement(By.id("files-download")).click();
        Path zip = downloaded("secrecy-files-OFFICE-\\d{4}-\\d{2}-\\d{2}\\.zip");
        assertEquals(secretRelated, pdfsIn(zip));

        // both downloads are noted, newest first
        driver.navigate().refresh();
        wait.until(ExpectedConditions.textToBe(By.id("page-heading"), "保密档案与检查导出"));
        List<WebElement> rows = driver.findElements(By.cssSelector("#exports-table_data > tr"));
        assertTrue(rows.size() >= 2, "two downloads listed");
        assertEquals(List.of("auditor", "部门保密档案", "办公室", String.valueOf(secretRelated)), cells(rows.get(0)));
        List<String> fileRow = cells(rows.get(1));
        assertEquals(List.of("auditor", "个人保密档案", "1"), List.of(fileRow.get(0), fileRow.get(1), fileRow.get(3)));
        assertTrue(fileRow.get(2).matches("SM002 \\S.*"), "the person by staff number and name: " + fileRow.get(2));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView(true)",
                driver.findElement(By.id("files")));
        Browsers.screenshot(driver, "records-downloads");
    }

    /** The cells of a row of the downloads list but the time (a reflowed cell repeats its column's title first). */
    private static List<String> cells(WebElement row) {
        List<WebElement> tds = row.findElements(By.cssSelector("td"));
        return tds.subList(1, tds.size()).stream().map(td -> {
            String title = td.findElements(By.cssSelector(".ui-column-title")).stream().map(WebElement::getText)
                    .findFirst().orElse("");
            return td.getText().substring(title.length()).strip();
        }).toList();
    }

    private static String head(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(4), StandardCharsets.US_ASCII);
        }
    }

    private static int pdfsIn(Path zip) throws Exception {
        int n = 0;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                assertEquals("%PDF", new String(in.readNBytes(4), StandardCharsets.US_ASCII), e.getName());
                n++;
            }
        }
        return n;
    }
}

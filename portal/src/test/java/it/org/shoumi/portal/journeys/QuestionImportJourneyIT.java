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

/**
 * In a real browser: the secrecy officer uploads a GBK-encoded CSV with two bad rows and is shown both, with
 * nothing imported; then the corrected file imports all its questions, and importing it again adds none.
 */
class QuestionImportJourneyIT extends BrowserJourney {

    private static final String HEADER = "题型,题干,选项A,选项B,选项C,答案,解析,难度,分类\n";

    private Path csv(String body) throws Exception {
        Path file = Files.createTempFile("questions", ".csv");
        Files.write(file, (HEADER + body).getBytes(Charset.forName("GBK")));
        return file;
    }

    private void upload(Path file) {
        // the messages of an earlier upload are still there until the ajax answer replaces them: wait for that,
        // or the check reads the old messages (or one the answer is replacing: a stale element)
        List<WebElement> earlier = driver.findElements(By.id("upload:import-messages"));
        driver.findElement(By.cssSelector("input[type='file']")).sendKeys(file.toAbsolutePath().toString());
        driver.findElement(By.id("upload:check")).click();
        if (!earlier.isEmpty()) {
            wait.until(gone(earlier.get(0)));
        }
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("upload:import-messages")));
    }

    private String messages() {
        return driver.findElement(By.id("upload:import-messages")).getText();
    }

    @Test
    void aBadFileIsRefusedRowByRowAndAGoodOneImportsOnce() throws Exception {
        String unique = Long.toString(System.nanoTime(), 36);
        logIn("officer");
        driver.get(base + "quizzes/import.xhtml");
        assertEquals("试题导入与导出", heading());

        upload(csv("单选,导入测试一" + unique + ",甲,乙,丙,B,解析,2,imported\n"
                + "单选,导入测试二" + unique + ",甲,乙,丙,D,解析,2,imported\n"
                + "判断,导入测试三" + unique + ",,,,也许,解析,2,imported\n"));
        assertTrue(messages().contains("2 处问题"), messages());
        List<String> rows = driver.findElements(By.cssSelector("[id='problems_data'] > tr")).stream()
                .map(WebElement::getText).toList();
        assertEquals(2, rows.size(), rows.toString());
        assertTrue(rows.get(0).startsWith("3") && rows.get(0).contains("对应的选项不存在"), rows.get(0));
        assertTrue(rows.get(1).startsWith("4") && rows.get(1).contains("与题型不符"), rows.get(1));
        assertTrue(driver.findElements(By.id("upload:import")).isEmpty(), "nothing to import");

        // a problem of the whole file has no row number (an outside check read "行号 0")
        Path broken = Files.createTempFile("questions", ".xlsx");
        Files.write(broken, "这不是一个表格文件".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        upload(broken);
        String whole = driver.findElement(By.cssSelector("[id='problems_data'] > tr")).getText();
        assertTrue(whole.startsWith("整个文件"), whole);

        // a name the file check refuses is said in the user's words (PrimeFaces' own: "Linux 文件名无效")
        Path oddly = Files.createTempDirectory("import").resolve("题库?" + unique + ".csv");
        Files.copy(broken, oddly);
        upload(oddly);
        String refused = driver.findElement(By.id("upload:file-message")).getText();
        assertTrue(refused.contains("请将文件改名后重新选择") && !refused.contains("Linux"), refused);

        Path good = csv("单选,导入测试一" + unique + ",甲,乙,丙,B,解析,2,imported\n"
                + "多选,导入测试二" + unique + ",甲,乙,丙,\"A,C\",解析,中,imported\n"
                + "判断,导入测试三" + unique + ",,,,错,解析,易,imported\n");
        upload(good);
        assertTrue(messages().contains("3 道题可以导入"), messages());
        // another file chosen after the check and sent with 导入 is not imported, nor the checked one in its place
        // (导入 imported the checked file and said "已导入 3 道题": outside check)
        Path other = csv("单选,另一文件" + unique + ",甲,乙,丙,A,解析,2,imported\n");
        List<WebElement> before = driver.findElements(By.id("upload:import-messages"));
        driver.findElement(By.cssSelector("input[type='file']")).sendKeys(other.toAbsolutePath().toString());
        driver.findElement(By.id("upload:import")).click();
        wait.until(gone(before.get(0)));
        awaitMessage("所选文件 " + other.getFileName() + " 还没有检查，未导入任何试题");
        assertTrue(driver.findElements(By.id("upload:import")).isEmpty(), "no 导入 until it is checked");
        upload(good);
        assertTrue(messages().contains("3 道题可以导入"), messages());
        driver.findElement(By.id("upload:import")).click();
        awaitMessage("已导入 " + good.getFileName() + " 中的 3 道题");

        // the same file again adds nothing, and is not offered for import (it was, and said "已导入 0 道题")
        upload(good);
        assertTrue(messages().contains("3 道题题库中都已有，导入不会添加任何题目"), messages());
        assertTrue(driver.findElements(By.id("upload:import")).isEmpty(), "nothing to import");
    }

    /**
     * Found by an outside check: a 判断 imported with 对 and checked again with 错 read "1 道题题库中都已有" (都 for one
     * question), nothing said the answer differed, the bank kept 对, and 导入 was offered and added 0; the same stem in
     * full-width letters (ＸＥ２) was taken for a new question. The check names the question and both answers, says
     * how to correct it, and offers no import; the full-width stem is the question the bank holds.
     */
    @Test
    void aHeldQuestionWithAnotherAnswerIsNamedAndNotTakenAsACorrection() throws Exception {
        String unique = Long.toString(System.nanoTime(), 36).toUpperCase(java.util.Locale.ROOT);
        String stem = "新题乙" + unique + "：离岗人员应清退载体。";
        logIn("officer");
        driver.get(base + "quizzes/import.xhtml");
        Path first = csv("判断,XE2 " + stem + ",,,,对,解析,2,imported\n");
        upload(first);
        driver.findElement(By.id("upload:import")).click();
        awaitMessage("已导入 " + first.getFileName() + " 中的 1 道题");

        upload(csv("判断,XE2 " + stem + ",,,,错,解析,2,imported\n"));
        assertTrue(messages().contains("这道题题库中已有，导入不会添加任何题目") && !messages().contains("都"), messages());
        assertTrue(messages().contains("有 1 行与题库中已有的题不完全相同"), messages());
        List<String> notices = driver.findElements(By.cssSelector("[id='notices_data'] > tr")).stream()
                .map(WebElement::getText).toList();
        assertEquals(1, notices.size(), notices.toString());
        assertTrue(notices.get(0).startsWith("2") && notices.get(0).contains("答案不同：题库为 对，文件为 错")
                && notices.get(0).contains("不会修改题库中的题") && notices.get(0).contains("审核题目"), notices.get(0));
        assertTrue(driver.findElements(By.id("upload:import")).isEmpty(), "nothing to import");

        String fullWidth = ("XE2 " + stem).codePoints().map(c -> c == ' ' ? '\u3000' : c < 0x7F ? c + 0xFEE0 : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        upload(csv("判断," + fullWidth + ",,,,对,解析,2,imported\n"));
        assertTrue(messages().contains("这道题题库中已有"), messages());
        assertTrue(driver.findElements(By.id("upload:import")).isEmpty(), "nothing to import");
    }

    /**
     * Found by an outside check: an older file holding a question the officer had retired was imported again as a new
     * active question, the check saying only "可以导入". The check names the retired question, when, by whom and why
     * it was retired, says that the import skips it, and offers no import.
     */
    @Test
    void aQuestionTheOfficerRetiredIsNamedAndNotBroughtBack() throws Exception {
        String unique = Long.toString(System.nanoTime(), 36);
        String stem = "将被停用的题" + unique + "。";
        Path old = csv("判断," + stem + ",,,,对,旧导出,2,imported\n");
        logIn("officer");
        driver.get(base + "quizzes/import.xhtml");
        upload(old);
        driver.findElement(By.id("upload:import")).click();
        awaitMessage("已导入 " + old.getFileName() + " 中的 1 道题");

        String key = org.shoumi.quizzes.bank.control.importing.HeldQuestions.key(
                new org.shoumi.quizzes.bank.control.importing.ImportedQuestion(2,
                        org.shoumi.quizzes.bank.entity.QuestionType.JUDGE, stem, List.of(), "TRUE", null, null, null,
                        2, null));
        driver.get(base + "quizzes/review.xhtml?key=" + key);
        type("retire:reason", "测试停用" + unique);
        press("retire:retire-button");
        wait.until(textIn(By.tagName("body"), "测试停用" + unique));

        driver.get(base + "quizzes/import.xhtml");
        upload(old);
        assertTrue(messages().contains("这道题题库中已有，导入不会添加任何题目"), messages());
        assertTrue(messages().contains("有 1 行是题库中已停用或已修订的题"), messages());
        List<String> notices = driver.findElements(By.cssSelector("[id='notices_data'] > tr")).stream()
                .map(WebElement::getText).toList();
        assertEquals(1, notices.size(), notices.toString());
        String notice = notices.get(0);
        assertTrue(notice.startsWith("2") && notice.contains("（" + key + "）") && notice.contains("由 黄海涛 停用")
                && notice.contains("原因：测试停用" + unique) && notice.contains("不会让这道题重新进入抽题"), notice);
        assertTrue(notice.matches("(?s).*已于 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} 由.*"), notice);
        assertTrue(driver.findElements(By.id("upload:import")).isEmpty(), "nothing to import");
    }

    /**
     * Found by an outside check: of a GIFT file with three broken questions only the first two were listed, and a
     * 判断 row with options passed without a word while the file's other rows were named. Every problem is listed.
     */
    @Test
    void everyProblemOfAFileIsListedAtOnce() throws Exception {
        String unique = Long.toString(System.nanoTime(), 36);
        logIn("officer");
        driver.get(base + "quizzes/import.xhtml");
        Path gift = Files.createTempFile("questions", ".gift");
        Files.writeString(gift, "没有正确答案" + unique + " {~甲 ~乙}\n\n两个满分答案" + unique + " {=甲 =乙 ~丙}\n\n"
                + "::G1:: 重复选项" + unique + " {=正确做法 ~错误做法 ~错误做法}\n");
        upload(gift);
        List<String> rows = driver.findElements(By.cssSelector("[id='problems_data'] > tr")).stream()
                .map(WebElement::getText).toList();
        assertEquals(3, rows.size(), rows.toString());
        assertTrue(rows.get(0).startsWith("1") && rows.get(0).contains("没有标出正确答案"), rows.get(0));
        assertTrue(rows.get(1).startsWith("3") && rows.get(1).contains("100% 得分"), rows.get(1));
        assertTrue(rows.get(2).startsWith("5") && rows.get(2).contains("选项C与前面的选项相同"), rows.get(2));

        upload(csv("单选,好的单选" + unique + ",甲,乙,丙,B,解析,2,imported\n"
                + "判断,判断题却带了选项" + unique + ",对的,错的,,对,解析,2,imported\n"));
        rows = driver.findElements(By.cssSelector("[id='problems_data'] > tr")).stream().map(WebElement::getText)
                .toList();
        assertEquals(1, rows.size(), rows.toString());
        assertTrue(rows.get(0).startsWith("3") && rows.get(0).contains("判断题和填空题没有选项"), rows.get(0));
        assertTrue(driver.findElements(By.id("upload:import")).isEmpty(), "nothing to import");
    }

    /** Waits for the import's message; when it does not come, says where the browser is and what it shows. */
    private void awaitMessage(String text) {
        try {
            wait.until(textIn(By.id("upload:import-messages"), text));
        } catch (org.openqa.selenium.TimeoutException e) {
            Browsers.screenshot(driver, "question-import-no-message");
            String shown = driver.findElement(By.tagName("body")).getText();
            throw new AssertionError("no \"" + text + "\" at " + driver.getCurrentUrl() + "; the page shows: "
                    + shown.substring(0, Math.min(600, shown.length())), e);
        }
    }
}

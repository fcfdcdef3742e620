package it.org.shoumi.portal.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The 涉密人员 record in a real browser, as HR and the person live it: HR hires a 核心 person, who takes up the post
 * (上岗审查, reading, the exam, the pledge), and then lowers them to 一般, which opens a departure instead of changing
 * the class (before taking up the post it would be a correction); the person cannot sign the exit pledge until HR
 * has settled the carriers and recorded the briefing; then they sign; HR approves and the 脱密期 is the 核心 one,
 * counted from the approval, as the approval form (PDF) shows with its dates. When the person later leaves the
 * unit, their login works on the last day and is refused after it (the leavers' job run for the next day through
 * the test clock), and their open session ends.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PersonnelRecordJourneyIT extends BrowserJourney {

    private static final String OWN_PASSWORD = "Gao-Own-2026!";

    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private void logIn(String username, String password, String landing) {
        driver.get(base + "login.xhtml");
        driver.findElement(By.id("login:username")).sendKeys(username);
        driver.findElement(By.id("login:password")).sendKeys(password);
        driver.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.urlContains(landing));
    }

    @Test
    void aLoweredCorePersonLeavesThroughTheChecklistAndTheirLoginEndsAfterTheLastDay() throws Exception {
        String suffix = Long.toString(System.nanoTime(), 36).toUpperCase();
        String employeeNo = "G" + suffix.substring(suffix.length() - 8);
        String name = "高" + "密" + suffix.charAt(suffix.length() - 1);
        String username = "core" + suffix.toLowerCase();

        // HR hires a 核心 person, then lowers them to 一般: a departure opens, nothing is changed yet
        logIn("hr", DEMO_PASSWORD, "index.xhtml");
        driver.get(base + "employees/hire.xhtml");
        type("hire:employeeNo", employeeNo);
        type("hire:name", name);
        new Select(driver.findElement(By.id("hire:department"))).selectByValue("RESEARCH");
        new Select(driver.findElement(By.id("hire:post"))).selectByValue("STAFF");
        new Select(driver.findElement(By.id("hire:secrecyClass"))).selectByValue("CORE");
        type("hire:username", username);
        type("hire:password", DEMO_PASSWORD);
        press("hire:submit");
        wait.until(ExpectedConditions.urlContains("programmes/overview.xhtml"));

        // the hire takes up the post: HR records the 上岗审查, the person reads, passes the exam and signs (a hire
        // lowered before taking up the post has their class corrected, with no departure: HireCorrection)
        driver.get(base + "vetting/manage.xhtml?no=" + employeeNo);
        type("record:employeeNo", employeeNo);
        new Select(driver.findElement(By.id("record:kind"))).selectByValue("VETTING");
        new Select(driver.findElement(By.id("record:result"))).selectByValue("PASSED");
        type("record:approver", "保密委员会");
        type("record:fileRef", "审查-" + employeeNo);
        press("record:submit");
        waitForMessage("已为");
        logOut();
        logIn(username, DEMO_PASSWORD, "account/password.xhtml");
        type("password:current", DEMO_PASSWORD);
        type("password:next", OWN_PASSWORD);
        type("password:repeat", OWN_PASSWORD);
        press("password:submit");
        wait.until(ExpectedConditions.urlContains("index.xhtml"));
        pageLoaded();
        readEveryDocumentInTabs(d -> d.findElement(By.id("ack:acknowledge")).click());
        driver.get(base + "quizzes/start.xhtml?quiz=ONBOARDING");
        press("start:go");
        wait.until(ExpectedConditions.urlContains("quizzes/take.xhtml"));
        int questions = driver.findElements(By.cssSelector(".question")).size();
        for (int i = 0; i < questions; i++) {
            answerRightly(driver.findElements(By.cssSelector(".question")).get(i));
            int pos = i + 1;
            wait.until(d -> !d.findElement(By.cssSelector(".saved-" + pos)).getText().isBlank());
        }
        press("take:submit");
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.urlContains("quizzes/result.xhtml"));
        driver.get(base + "pledges/sign.xhtml?kind=ONBOARDING");
        signExitPledge(name);
        wait.until(ExpectedConditions.urlContains("pledges/mine.xhtml"));
        logOut();
        logIn("hr", DEMO_PASSWORD, "index.xhtml");

        driver.get(base + "employees/change.xhtml?no=" + employeeNo);
        new Select(driver.findElement(By.id("change:secrecyClass"))).selectByValue("GENERAL");
        // the departure's planned last working day is asked, filled in 30 days ahead; today here, so that the journey
        // can approve it today (the approval waits for the last working day)
        WebElement lastDay = driver.findElement(By.id("change:lastDay_input"));
        assertEquals(today.plusDays(30).toString(), lastDay.getAttribute("value"));
        // typed over the suggested day, key by key, as PhoneJourneyIT types the hire date
        lastDay.click();
        lastDay.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        lastDay.sendKeys(today.toString());
        lastDay.sendKeys(Keys.TAB);
        assertEquals(today.toString(), lastDay.getAttribute("value"));
        type("change:reason", "岗位调整，不再接触核心涉密事项");
        press("change:submit");
        wait.until(ExpectedConditions.urlContains("departures/detail.xhtml"));
        String departureUrl = driver.getCurrentUrl();
        // a lowering within the secret-related classes: the person stays in post, and HR is told so
        waitForMessage("本人仍在涉密岗位（不是离岗）；已开启降低涉密类别手续");
        assertTrue(driver.findElement(By.id("move")).getText().contains("一般"), "the move waits for the approval");
        assertTrue(driver.findElement(By.id("pledge-terms")).getText().contains("脱密期 3 年"),
                driver.findElement(By.id("pledge-terms")).getText());
        assertTrue(driver.findElement(By.id("pledge-waiting")).isDisplayed());
        Browsers.screenshot(driver, "departure-lowering");
        driver.get(base + "employees/change.xhtml?no=" + employeeNo);
        assertTrue(driver.findElement(By.id("current")).getText().contains("核心"), "still 核心 before approval");
        assertTrue(driver.findElement(By.id("history")).getText().contains("入职"), "the hire is in the history");
        logOut();

        // the person cannot sign the exit pledge yet
        logIn(username, OWN_PASSWORD, "index.xhtml");
        driver.get(base + "pledges/sign.xhtml?kind=EXIT");
        // 核心 → 一般 keeps them in a secret-related post: the pledge of a lowered class, with the 核心 period
        assertEquals("降低涉密类别保密承诺书", driver.findElement(By.id("page-heading")).getText());
        String text = driver.findElement(By.id("pledge-text")).getText();
        assertTrue(text.contains("由核心调整为一般") && text.contains("实行3年的脱密期管理，自本单位批准调整之日起计算"),
                text);
        // the page says why, and offers no form that would be refused (outside tester: the whole form, password
        // and all, was shown, and only the submit refused)
        String waiting = driver.findElement(By.id("exit-waiting")).getText();
        // named as the lowering's steps since ex-s37g 1 (they said 离岗谈话 to someone who stays in post)
        assertTrue(waiting.contains("尚未办完") && waiting.contains("尚未接受降低涉密类别谈话"), waiting);
        assertTrue(driver.findElements(By.id("sign")).isEmpty(), "no signing form before HR is done");
        logOut();

        // HR: the person holds no carriers; the briefing is given
        logIn("hr", DEMO_PASSWORD, "index.xhtml");
        driver.get(departureUrl);
        press("declare:submit");
        waitForMessage("不持有涉密载体");
        type("briefing:givenBy", "保密办 赵敏");
        press("briefing:submit");
        waitForMessage("已登记降低涉密类别谈话"); // a lowering's briefing is named so (ex-s38a 2)
        logOut();

        // now the person signs
        logIn(username, OWN_PASSWORD, "index.xhtml");
        driver.get(base + "pledges/sign.xhtml?kind=EXIT");
        signExitPledge(name);
        wait.until(ExpectedConditions.urlContains("pledges/mine.xhtml"));
        logOut();

        // HR approves: the 核心 period from the approval, on the page and on the approval form
        logIn("hr", DEMO_PASSWORD, "index.xhtml");
        driver.get(departureUrl);
        press("approve:submit");
        String end = today.plusYears(3).toString();
        waitForMessage(end);
        assertTrue(driver.findElement(By.id("period")).getText().contains(today.toString()));
        assertTrue(driver.findElement(By.id("period")).getText().contains(end));
        Browsers.screenshot(driver, "departure-lowering-approved");
        String form = pdfText(driver.findElement(By.id("form-pdf")).getAttribute("href"));
        assertTrue(form.contains("自" + today + "起至" + end + "止"), form);
        driver.get(base + "employees/change.xhtml?no=" + employeeNo);
        assertTrue(driver.findElement(By.id("current")).getText().contains("一般"), "moved on approval");
        String history = driver.findElement(By.id("history")).getText();
        assertTrue(history.contains("核心 → 一般"), history);
        // named as the approval of a lowering: the person stays in post (it read 离岗离职审批; outside re-check)
        assertTrue(history.contains("降低涉密类别审批") && !history.contains("离岗离职审批"), history);

        // a month later they leave the unit: still the 核心 period (highest class of the last 12 months)
        driver.get(base + "departures/list.xhtml?no=" + employeeNo);
        new Select(driver.findElement(By.id("open:kind"))).selectByVisibleText("离职");
        type("open:plannedLastDay_input", today.toString());
        type("open:reason", "个人原因辞职");
        press("open:submit");
        wait.until(ExpectedConditions.textToBe(By.id("page-heading"), "离岗离职办理"));
        press("declare:submit");
        waitForMessage("不持有涉密载体");
        type("briefing:givenBy", "保密办 赵敏");
        press("briefing:submit");
        waitForMessage("已登记离岗谈话");
        type("pledge:paperRef", "档案室 LZ-" + employeeNo);
        press("pledge:submit");
        waitForMessage("已登记离岗离职保密承诺书");
        press("approve:submit");
        waitForMessage(end);
        logOut();

        // the last day is today: the login still works, and stays open...
        logIn(username, OWN_PASSWORD, "index.xhtml");
        // ...until the day after, when the leavers' job switches it off and the open session ends
        assertTrue(Integer.parseInt(get("test-clock/leavers?day=" + today.plusDays(1))) >= 1, "switched off");
        driver.get(base + "pledges/mine.xhtml");
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
        driver.findElement(By.id("login:username")).sendKeys(username);
        driver.findElement(By.id("login:password")).sendKeys(OWN_PASSWORD);
        driver.findElement(By.id("login:submit")).click();
        wait.until(textIn(By.tagName("body"), "用户名或密码错误"));
        assertTrue(driver.getCurrentUrl().contains("login.xhtml"));
        assertFalse(driver.getPageSource().contains("topbar:logout"), "not logged in");
    }

    /** Signs the pledge on the sign page: the typed name, a drawn signature and the person's own password. */
    private void signExitPledge(String name) {
        type("sign:typedName", name);
        WebElement canvas = driver.findElement(By.cssSelector("#sign\\:signature canvas"));
        new Actions(driver).moveToElement(canvas, -150, 10).clickAndHold()
                .moveByOffset(40, -30).moveByOffset(40, 50).moveByOffset(40, -40).moveByOffset(60, 30)
                .moveByOffset(40, -20).release().perform();
        type("sign:password", OWN_PASSWORD);
        press("sign:submit");
    }

    /** A GET with the browser's cookies (the download a click would start), as text. */
    private String get(String path) throws Exception {
        return http(URI.create(base + path), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String pdfText(String href) throws Exception {
        byte[] pdf = http(URI.create(href), HttpResponse.BodyHandlers.ofByteArray());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
    }

    private <T> T http(URI uri, HttpResponse.BodyHandler<T> handler) throws Exception {
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<T> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(uri).GET().header("Cookie", cookies).timeout(Duration.ofSeconds(60)).build(),
                handler);
        assertEquals(200, response.statusCode(), uri.toString());
        return response.body();
    }
}

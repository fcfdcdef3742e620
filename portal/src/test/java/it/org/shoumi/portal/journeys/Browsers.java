package it.org.shoumi.portal.journeys;

import it.org.shoumi.portal.Folders;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.events.EventFiringDecorator;
import org.openqa.selenium.support.events.WebDriverListener;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from Debian's packages, driven through Debian's chromedriver (never a downloaded one).
 * Without them the browser tests are skipped on a developer machine and fail on CI.
 */
public final class Browsers {

    static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");

    private Browsers() {
    }

    static WebDriver headlessChromium() throws IOException {
        return headlessChromium(null);
    }

    /** A browser that saves downloads into {@code downloads} without asking (into its profile when null). */
    static WebDriver headlessChromium(Path downloads) throws IOException {
        boolean present = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!present) {
            String message = "browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (apt-get install chromium chromium-driver)";
            if (System.getenv("CI") != null) {
                Assertions.fail(message);
            }
            Assumptions.abort(message);
        }
        Path profile = Files.createTempDirectory("shoumi-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1280,900",
                "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", java.util.Map.of(
                "download.default_directory", (downloads == null ? profile.resolve("downloads") : downloads)
                        .toAbsolutePath().toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return new EventFiringDecorator<WebDriver>(new LoadedBeforeClick(driver), new ProfileRemovedOnQuit(profile))
                .decorate(driver);
    }

    /**
     * The browser's profile folder (cache, cookies, some tens of megabytes) is deleted once the browser has quit,
     * so that repeated runs do not fill the temporary folder. Public, as Selenium calls its listeners by reflection.
     */
    public static final class ProfileRemovedOnQuit implements WebDriverListener {

        private final Path profile;

        ProfileRemovedOnQuit(Path profile) {
            this.profile = profile;
        }

        @Override
        public void afterQuit(WebDriver driver) {
            try {
                Folders.deleteTree(profile);
            } catch (IOException | UncheckedIOException e) {
                System.err.println("the browser profile " + profile + " stays: " + e);
            }
        }
    }

    /**
     * Every click waits until the page has finished loading. PrimeFaces registers its handlers, which add the CSP
     * nonce every post needs, at the end of the page: a click that lands before that posts a form the server
     * refuses, and the test then waits in vain for the page's answer (seen once in a full run).
     */
    public static final class LoadedBeforeClick implements WebDriverListener {

        private final JavascriptExecutor js;

        LoadedBeforeClick(JavascriptExecutor js) {
            this.js = js;
        }

        @Override
        public void beforeClick(WebElement element) {
            long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!"complete".equals(js.executeScript("return document.readyState")) && System.nanoTime() < end) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** How often a wait asks the browser again: Selenium's default of 500 ms left the tests idle most of each wait. */
    static final Duration POLL = Duration.ofMillis(100);

    /**
     * A wait that asks the browser every {@link #POLL} and ignores elements that ajax replaced while they were read.
     * With Selenium's default (every 500 ms) a wait whose condition came true just after the first look idled for
     * the rest of half a second, several hundred times per run of the browser tests.
     */
    static WebDriverWait waitFor(WebDriver driver, Duration timeout) {
        WebDriverWait wait = new WebDriverWait(driver, timeout, POLL);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** Keeps a picture of the page in target/screenshots, for a person to look at. */
    static void screenshot(WebDriver driver, String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target/screenshots"));
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(dir.resolve(name + ".png"), png);
        } catch (IOException | RuntimeException e) {
            System.err.println("no screenshot " + name + ": " + e);
        }
    }
}

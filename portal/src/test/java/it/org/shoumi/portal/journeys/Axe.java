package it.org.shoumi.portal.journeys;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The axe-core accessibility engine (Deque's {@code axe.min.js}, from the {@code com.deque.html.axe-core:selenium}
 * jar, nothing else of it is used), injected into the page the browser shows and run against WCAG 2.1 levels A
 * and AA. Each violation comes back as one line naming the page, the rule, the element and what to fix.
 */
final class Axe {

    /** The rule sets run: WCAG 2.0 and 2.1, levels A and AA. */
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final String SOURCE = load();

    private static final String RUN = "var done = arguments[arguments.length - 1];"
            + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
            + ".then(function (r) { done(r.violations.map(function (v) {"
            + "  return v.nodes.map(function (n) { return v.id + ' (' + v.impact + ') ' + n.target.join(' ') + ' :: '"
            + "    + (n.failureSummary || v.help).replace(/\\s+/g, ' ') + ' :: ' + n.html.substring(0, 200); });"
            + "}).reduce(function (a, b) { return a.concat(b); }, [])); })"
            + ".catch(function (e) { done(['axe failed: ' + e]); });";

    private Axe() {
    }

    /**
     * Has the browser evaluate axe in every page it loads from now on (Chrome DevTools'
     * {@code Page.addScriptToEvaluateOnNewDocument}), instead of sending its half a megabyte through WebDriver for
     * each page checked (about 190 ms a page). Like a script run through WebDriver, it is not subject to the
     * page's Content Security Policy and is no request of the page's.
     */
    static void loadInEveryPage(WebDriver driver) {
        if (driver instanceof org.openqa.selenium.chromium.HasCdp cdp) {
            cdp.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", SOURCE));
        }
    }

    /** The violations on the page the browser shows now, each prefixed with {@code where}. */
    @SuppressWarnings("unchecked")
    static List<String> violations(WebDriver driver, String where) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        // a message fading in (PrimeFaces animates with jQuery) is measured once it is fully shown
        Browsers.waitFor(driver, Duration.ofSeconds(5)).until(d -> Boolean.TRUE.equals(
                js.executeScript("return !(window.jQuery && jQuery(':animated').length);")));
        if (!Boolean.TRUE.equals(js.executeScript("return typeof axe !== 'undefined';"))) {
            js.executeScript(SOURCE);
        }
        Object found = js.executeAsyncScript(RUN, TAGS);
        List<String> lines = new ArrayList<>();
        for (Object line : (List<Object>) found) {
            lines.add(where + " · " + line);
        }
        return lines;
    }

    /** What the browser fetched for the page it shows now, from the Resource Timing API. */
    @SuppressWarnings("unchecked")
    static Weight weight(WebDriver driver) {
        Map<String, Object> sums = (Map<String, Object>) ((JavascriptExecutor) driver).executeScript(
                "var all = performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'));"
                        + "var t = 0, b = 0; all.forEach(function (e) { t += e.transferSize; b += e.encodedBodySize; });"
                        + "return {transferred: t, bodies: b, count: all.length};");
        return new Weight(((Number) sums.get("transferred")).longValue(), ((Number) sums.get("bodies")).longValue(),
                ((Number) sums.get("count")).intValue());
    }

    /**
     * Bytes over the wire for one page: {@code transferred} as fetched this time (0 for what came from the cache),
     * {@code bodies} the compressed bodies of everything the page uses, whether cached or not, {@code count} the
     * documents, scripts, style sheets, fonts and images it uses.
     */
    record Weight(long transferred, long bodies, int count) {

        /** What a first visit with an empty cache transfers: every body, plus about 400 bytes of headers each. */
        long firstVisit() {
            return bodies + 400L * count;
        }
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

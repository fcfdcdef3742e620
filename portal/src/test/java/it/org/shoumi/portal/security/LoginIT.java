package it.org.shoumi.portal.security;

import it.org.shoumi.portal.ServerLog;
import java.util.List;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.shoumi.portal.Deployments;
import it.org.shoumi.portal.FromInside;
import it.org.shoumi.portal.PortalClient;
import it.org.shoumi.portal.PortalClient.Page;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.security.boundary.Accounts;
import org.shoumi.portal.security.entity.Role;

/**
 * Login, role checks, logout and lockout through the real login form of a started portal. Each test opens
 * its own account inside the server, then acts over HTTP like a browser would.
 */
class LoginIT extends FromInside {

    private static final String PASSWORD = "Correct-Horse-8";

    @Inject
    Accounts accounts;

    @Inject
    HttpServletRequest request;

    private PortalClient browser() {
        return new PortalClient(portalAddress(request));
    }

    private String account(String prefix, Role... roles) {
        String name = Deployments.uniqueName(prefix);
        accounts.create(name, PASSWORD.toCharArray(), Set.of(roles), null);
        return name;
    }

    /**
     * Found by an outside check: someone logging in on a browser where another login was still logged in could post
     * the pages that login had left open, with its person and rights (a travel request filed for another person).
     * Those pages answer "expired" after the new login, and nothing is filed for the person who left them.
     */
    @Test
    void aNewLoginOnTheSameBrowserCannotUseThePagesThePreviousLoginLeftOpen() throws Exception {
        PortalClient browser = browser();
        browser.login("employee", "Shoumi@2026");
        Page left = browser.get("travel/mine.xhtml");
        assertEquals(200, left.status());
        Page switched = browser.login("liaison", "Shoumi@2026");
        assertTrue(switched.contains("当前用户：liaison"), switched.visible());
        String note = "switched-" + System.nanoTime();
        java.time.LocalDate day = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(40);
        Page posted = browser.submit(left, "request", "request:submit", java.util.Map.of("request:country", "JP",
                "request:departure_input", day.toString(), "request:return_input", day.plusDays(3).toString(),
                "request:purpose", "TOURISM", "request:note", note));
        assertFalse(posted.contains("已提交保密办"), posted.visible());
        assertTrue(posted.contains("页面已过期"), posted.visible());
        PortalClient officer = browser();
        officer.login("officer", "Shoumi@2026");
        assertFalse(officer.get("travel/manage.xhtml").contains(note), "nothing filed");
    }

    /**
     * Found by an outside check: the login cookie of one login, sent with the session of another, was let in as the
     * cookie's login. A session answers only for the login that logged it in.
     */
    @Test
    void aLoginCookieDoesNotWorkInsideAnotherLoginsSession() throws Exception {
        PortalClient officer = browser();
        officer.login("officer", "Shoumi@2026");
        PortalClient employee = browser();
        employee.login("employee", "Shoumi@2026");
        String cookies = "JSESSIONID=" + employee.cookie("JSESSIONID").orElseThrow() + "; LtpaToken2="
                + officer.cookie("LtpaToken2").orElseThrow();
        java.net.http.HttpResponse<String> mixed = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1).build().send(java.net.http.HttpRequest
                        .newBuilder(portalAddress(request).resolve("incidents/manage.xhtml")).header("Cookie", cookies)
                        .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertFalse(mixed.statusCode() == 200 && mixed.body().contains("当前用户：officer"), mixed.body());
        assertTrue(mixed.statusCode() == 302 || mixed.statusCode() == 303, "sent to the login page: " + mixed.statusCode());
        assertEquals(200, employee.get("index.xhtml").status(), "the employee's own session goes on");
        // the top bar names the person behind the login too (李明, SM002 in the demo)
        assertTrue(employee.get("index.xhtml").contains("当前用户：employee（李明）"));
    }

    @Test
    void anEmployeeLogsInAndSeesTheirTasks() throws Exception {
        String name = account("emp", Role.EMPLOYEE);
        Page home = browser().login(name, PASSWORD);
        assertEquals(200, home.status());
        assertTrue(home.uri().getPath().endsWith("/index.xhtml"), home.uri().toString());
        assertTrue(home.contains("我的待办"), "the home page is in Chinese by default");
        assertTrue(home.contains("当前用户：" + name));
    }

    @Test
    void aProtectedPageSendsAnonymousVisitorsToTheLoginAndBackAfterwards() throws Exception {
        PortalClient browser = browser();
        Page page = browser.get("index.xhtml");
        assertTrue(page.uri().getPath().endsWith("/login.xhtml"), page.uri().toString());
        assertTrue(page.contains("登录保密工作门户"));
        assertTrue(page.contains("不存储任何涉密信息"), "the login page says the portal holds no classified information");

        String name = account("hr", Role.HR);
        Page afterLogin = browser.submit(page, "login", "login:submit",
                Map.of("login:username", name, "login:password", PASSWORD));
        assertTrue(afterLogin.uri().getPath().endsWith("/index.xhtml"), afterLogin.uri().toString());
    }

    /**
     * A visitor with no login at all (a new browser) who opened a page was sent to the login page and, logged in,
     * landed on the home page: Liberty's note of the page (WASReqURL) was not read by the portal's own login. They
     * return to the page now, with its query, and the note is cleared: a later login goes home.
     */
    @Test
    void aNewBrowserReturnsAfterTheLoginToThePageItOpened() throws Exception {
        PortalClient browser = browser();
        String name = account("hrnew", Role.HR);
        Page asked = browser.get("employees/list.xhtml?q=SM0");
        assertTrue(asked.uri().getPath().endsWith("/login.xhtml"), asked.uri().toString());
        Page back = browser.submit(asked, "login", "login:submit",
                Map.of("login:username", name, "login:password", PASSWORD));
        assertTrue(back.uri().toString().endsWith("/employees/list.xhtml?q=SM0"), back.uri().toString());
        assertEquals(200, back.status());

        browser.logout(back);
        Page again = browser.submit(browser.get("login.xhtml"), "login", "login:submit",
                Map.of("login:username", name, "login:password", PASSWORD));
        assertTrue(again.uri().getPath().endsWith("/index.xhtml"), "the note was used once: " + again.uri());
    }

    /**
     * Found by an outside check: after a session had ended (the login cookie still valid), the login led to the home
     * page, not back to the page the user was on. It returns there now, with the page's query.
     */
    @Test
    void aLoginAfterTheSessionEndedReturnsToThePageThatAskedForIt() throws Exception {
        PortalClient browser = browser();
        browser.login("employee", "Shoumi@2026");
        browser.forgetCookie("JSESSIONID"); // the session timed out; the login cookie lives on
        Page asked = browser.get("quizzes/start.xhtml?quiz=PRACTICE");
        assertTrue(asked.uri().getPath().endsWith("/login.xhtml"), asked.uri().toString());
        Page back = browser.submit(asked, "login", "login:submit",
                Map.of("login:username", "employee", "login:password", "Shoumi@2026"));
        assertTrue(back.uri().toString().endsWith("/quizzes/start.xhtml?quiz=PRACTICE"), back.uri().toString());
        assertEquals(200, back.status());

        PortalClient hr = browser();
        hr.login("hr", "Shoumi@2026");
        hr.forgetCookie("JSESSIONID");
        Page records = hr.get("records/index.xhtml");
        Page again = hr.submit(records, "login", "login:submit",
                Map.of("login:username", "hr", "login:password", "Shoumi@2026"));
        assertTrue(again.uri().toString().endsWith("/records/index.xhtml"), again.uri().toString());
    }

    /**
     * The page to return to is a path of the portal only: a login page whose link names another site, absolute or
     * protocol-relative, leads home after the login (an open redirect would send the user wherever a crafted link
     * said, from the portal's own login page).
     */
    @Test
    void aLoginLinkNamingAnotherSiteLeadsHome() throws Exception {
        URI portal = portalAddress(request);
        for (String next : new String[] {"https://evil.example/phish", "//evil.example/phish", "/\\evil.example/x",
                "https:%2F%2Fevil.example"}) {
            PortalClient browser = browser();
            Page login = browser.get("login.xhtml?next=" + java.net.URLEncoder.encode(next,
                    java.nio.charset.StandardCharsets.UTF_8));
            assertEquals(200, login.status());
            Page after = browser.submit(login, "login", "login:submit",
                    Map.of("login:username", "employee", "login:password", "Shoumi@2026"));
            assertEquals(portal.getHost(), after.uri().getHost(), next + " → " + after.uri());
            assertTrue(after.uri().getPath().endsWith("/index.xhtml"), next + " → " + after.uri());
        }
        // and a forged form field is no better than the address
        PortalClient browser = browser();
        Page after = browser.submit(browser.get("login.xhtml"), "login", "login:submit", Map.of("login:username",
                "employee", "login:password", "Shoumi@2026", "login:next", "//evil.example/phish"));
        assertTrue(after.uri().getPath().endsWith("/index.xhtml"), after.uri().toString());
        assertEquals(portal.getHost(), after.uri().getHost());
    }

    @Test
    void aRoleThatMayNotOpenAPageIsRefusedWith403() throws Exception {
        PortalClient browser = browser();
        browser.login(account("emp", Role.EMPLOYEE), PASSWORD);
        Page roster = browser.get("employees/list.xhtml");
        assertEquals(403, roster.status());
        assertTrue(roster.contains("无权访问"));
        assertNoStackTrace(roster);
    }

    @Test
    void hrMayOpenTheRoster() throws Exception {
        PortalClient browser = browser();
        browser.login(account("hr", Role.HR), PASSWORD);
        Page roster = browser.get("employees/list.xhtml");
        assertEquals(200, roster.status());
        assertTrue(roster.contains("人员名册"));
    }

    @Test
    void logoutEndsTheSession() throws Exception {
        PortalClient browser = browser();
        Page home = browser.login(account("emp", Role.EMPLOYEE), PASSWORD);
        Page afterLogout = browser.logout(home);
        assertTrue(afterLogout.uri().getPath().endsWith("/login.xhtml"), afterLogout.uri().toString());
        assertTrue(afterLogout.contains("您已安全退出"));
        Page again = browser.get("index.xhtml");
        assertTrue(again.uri().getPath().endsWith("/login.xhtml"), "after logout the home page asks for a login again");
    }

    /**
     * The probe's L11: Liberty's own line for a refused login names neither the user nor the address, so an
     * operator could not tell a scan from a forgetful colleague. Each try gets one line with both.
     */
    @Test
    void eachLoginTryIsLoggedWithItsNameAndAddress() throws Exception {
        String name = account("logged", Role.EMPLOYEE);
        ServerLog log = ServerLog.fromNow();
        browser().login(name, "not-the-password-1");
        // a name with a line break (to forge a log line) is refused by the form itself: no try, nothing logged
        browser().login(name + "\r\nforged", "not-the-password-2");
        browser().login(name, PASSWORD);
        List<String> lines = log.linesSince("name \"" + name);
        assertEquals(2, lines.size(), String.join("\n", lines));
        String local = "from (127\\.0\\.0\\.1|0:0:0:0:0:0:0:1|::1)$";
        assertTrue(lines.get(0).matches(".* W Login refused \\(INVALID\\): name \"" + name + "\" " + local),
                lines.get(0));
        assertTrue(lines.stream().noneMatch(l -> l.contains("forged")), String.join("\n", lines));
        assertTrue(lines.get(1).matches(".* I Login: name \"" + name + "\" " + local), lines.get(1));
    }

    /**
     * A form post without its page's CSP nonce (a script's, not a browser's) is refused with 400, and the log gets
     * one line for it, not three stack traces (MyFaces, the web container, FFDC) that a scan could multiply.
     */
    @Test
    void aPostWithoutThePagesNonceIsRefusedWithOneLineInTheLog() throws Exception {
        String name = account("csp", Role.EMPLOYEE);
        PortalClient browser = browser();
        Page login = browser.get("login.xhtml");
        ServerLog log = ServerLog.fromNow();
        // a wrong password (once answered only as the page was rendered again, after the action)
        Page answer = browser.submit(login, "login", "login:submit", Map.of("login:username", name,
                "login:password", "not-" + PASSWORD, "primefaces.nonce", "not-the-pages-nonce"));
        assertEquals(400, answer.status(), answer.body());
        // an outside check found the 400 page speak of "the address" only
        assertTrue(answer.contains("不是由门户页面发出的表单"), answer.body());
        Thread.sleep(500); // the log is written as the request ends
        List<String> lines = log.linesSince("nonce", "CspException", "SRVE0777E", "FFDC1015I");
        assertEquals(1, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(0).contains(" W A form post without its page's nonce was refused (400): /"), lines.get(0));
    }

    /**
     * Found by an outside check: eight wrong passwords posted without the page's nonce were each answered 400 ("not
     * a form of the portal's pages… nothing was saved"), yet counted as failures and locked the login: the nonce was
     * checked only as the answer was rendered, after the login had been tried. Refused before it is tried now: the
     * right password still logs in at once.
     */
    @Test
    void wrongPasswordsPostedWithoutThePagesNonceAreNotTriedNorCounted() throws Exception {
        String name = account("csq", Role.EMPLOYEE);
        PortalClient browser = browser();
        Page login = browser.get("login.xhtml");
        for (int i = 0; i < 8; i++) {
            Page answer = browser.submit(login, "login", "login:submit", Map.of("login:username", name,
                    "login:password", "not-" + PASSWORD + i, "primefaces.nonce", ""));
            assertEquals(400, answer.status(), answer.body());
            assertFalse(answer.contains("用户名或密码错误"), "the password was not tried: " + answer.body());
        }
        Page in = browser().login(name, PASSWORD);
        assertTrue(in.uri().getPath().endsWith("/index.xhtml"), "not locked, not slowed: " + in.uri() + " " + in.body());
    }

    /** The outside probe: eight parallel guesses were all checked before the lockout counted them. */
    @Test
    void parallelGuessesAreCountedOneAfterTheOther() throws Exception {
        String name = account("par", Role.EMPLOYEE);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.List<java.util.concurrent.Future<Page>> guesses = new java.util.ArrayList<>();
            URI base = portalAddress(request);
            for (int i = 0; i < 8; i++) {
                int n = i;
                guesses.add(pool.submit(() -> new PortalClient(base).login(name, "parallel-guess-" + n)));
            }
            for (var g : guesses) {
                assertTrue(g.get(120, java.util.concurrent.TimeUnit.SECONDS).contains("用户名或密码错误"));
            }
        } finally {
            pool.shutdownNow();
        }
        // eight guesses counted: five from this address for this login, and the account's own count has all eight
        Page right = browser().login(name, PASSWORD);
        assertTrue(right.uri().getPath().endsWith("/login.xhtml"), "no guess slipped past the count");
    }

    /** The text of the login page's error message. */
    private static String message(String page) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("ui-messages-error-summary\"[^>]*>([^<]*)<")
                .matcher(page);
        return m.find() ? m.group(1) : page;
    }

    @Test
    void fiveWrongPasswordsFromOneAddressStopItEvenForTheRightPassword() throws Exception {
        String name = account("lock", Role.EMPLOYEE);
        PortalClient browser = browser();
        for (int i = 1; i <= 4; i++) {
            Page refused = browser.login(name, "wrong-password-" + i);
            assertTrue(refused.contains("用户名或密码错误"), "try " + i);
        }
        Page fifth = browser.login(name, "wrong-password-5");
        String unknown = browser.login("nobody-" + name, "wrong-password").body();

        Page right = browser.login(name, PASSWORD);
        assertTrue(right.uri().getPath().endsWith("/login.xhtml"), "this address may not log in to it for now");
        // the guesses came from this address: the account itself is not locked, so its holder at another
        // computer still logs in (nobody can lock a colleague out from their own desk)
        assertTrue(accounts.lockedUntil(name).isEmpty(), "the account is not locked for everybody");
        // one message for a wrong password, a locked account and an unknown name: the page tells nobody which
        for (String page : List.of(fifth.body(), right.body(), unknown)) {
            assertTrue(page.contains("用户名或密码错误"), page);
            assertFalse(page.contains("账户已被锁定"), "no 'this account is locked'");
        }
        assertEquals(message(fifth.body()), message(right.body()), "locked answers like wrong");
        assertEquals(message(unknown), message(right.body()), "unknown answers like locked");
        assertTrue(browser.get("index.xhtml").uri().getPath().endsWith("/login.xhtml"));
    }

    @Test
    void emptyAndOverlongFieldsAnswerWithAMessageNotAStackTrace() throws Exception {
        PortalClient browser = browser();
        Page empty = browser.login("", "");
        assertEquals(200, empty.status());
        assertTrue(empty.contains("请输入用户名。"));
        assertTrue(empty.contains("请输入密码。"));
        assertNoStackTrace(empty);

        Page overlong = browser.login("x".repeat(65), "p".repeat(5000));
        assertTrue(overlong.contains("用户名最多 64 个字符。"));
        assertTrue(overlong.contains("密码最多 128 个字符。"));
        assertNoStackTrace(overlong);

        Page huge = browser.login("名".repeat(100_000), "p");
        assertTrue(huge.status() < 500, "status " + huge.status());
        assertNoStackTrace(huge);
    }

    /**
     * Found by an outside check: a post to /portal/logout with only the session cookies logged the user out (any
     * page of the same site could end a session, even in the middle of an exam). It needs the token the error
     * page's logout form carries; without it the login goes on. The error page's button still logs out.
     */
    @Test
    void aLogoutPostWithoutThePagesTokenLogsNobodyOutAndTheErrorPagesButtonDoes() throws Exception {
        PortalClient browser = browser();
        browser.login(account("emp", Role.EMPLOYEE), PASSWORD);
        java.net.http.HttpResponse<String> bare = browser.post("logout", java.util.List.of(), Map.of());
        assertEquals(400, bare.statusCode(), bare.body());
        java.net.http.HttpResponse<String> forged = browser.post("logout",
                java.util.List.of(Map.entry("logout-token", "guessed")), Map.of());
        assertEquals(400, forged.statusCode());
        Page still = browser.get("index.xhtml");
        assertTrue(still.uri().getPath().endsWith("/index.xhtml"), "still logged in: " + still.uri());

        Page missing = browser.get("no-such-page.xhtml");
        assertEquals(404, missing.status());
        Page out = browser.submit(missing, "topbar", "topbar:logout", Map.of());
        assertTrue(out.uri().getPath().endsWith("/login.xhtml"), out.uri().toString());
        assertTrue(out.contains("您已安全退出"), out.visible());
        assertTrue(browser.get("index.xhtml").uri().getPath().endsWith("/login.xhtml"), "logged out for good");
    }

    @Test
    void anUnknownPageShowsTheErrorPage() throws Exception {
        PortalClient browser = browser();
        browser.login(account("emp", Role.EMPLOYEE), PASSWORD);
        Page missing = browser.get("no-such-page.xhtml");
        assertEquals(404, missing.status());
        assertTrue(missing.contains("页面不存在"));
        assertNoStackTrace(missing);
    }

    private static void assertNoStackTrace(Page page) {
        assertFalse(page.body().contains("\tat "), "stack trace on " + page.uri());
        assertFalse(page.body().matches("(?s).*\\.java:\\d+\\).*"), "stack trace on " + page.uri());
        assertFalse(page.body().contains("Caused by"), "stack trace on " + page.uri());
    }
}

package it.org.shoumi.portal.security;

import it.org.shoumi.portal.FromOutside;
import java.net.http.HttpRequest;
import java.net.http.HttpClient;
import java.util.List;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.shoumi.portal.PortalClient;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;

/**
 * From outside, over HTTP and HTTPS: the security headers on a page, a download and the API; HSTS only over
 * HTTPS; a new session id at login.
 */
class SecurityHeadersIT extends FromOutside {

    private static final String PASSWORD = "Shoumi@2026";

    private PortalClient as(String user) throws Exception {
        PortalClient client = new PortalClient(base.toURI());
        client.login(user, PASSWORD);
        return client;
    }

    private static void assertSecurityHeaders(HttpHeaders headers, String what) {
        assertEquals("DENY", headers.firstValue("X-Frame-Options").orElse(null), what);
        assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(null), what);
        assertEquals("same-origin", headers.firstValue("Referrer-Policy").orElse(null), what);
        assertEquals("camera=(), microphone=(), geolocation=(), payment=(), usb=()",
                headers.firstValue("Permissions-Policy").orElse(null), what);
        assertTrue(headers.allValues("Content-Security-Policy").stream().anyMatch(v -> v.contains("frame-ancestors 'none'")),
                what + ": " + headers.allValues("Content-Security-Policy"));
        assertTrue(headers.firstValue("Strict-Transport-Security").isEmpty(), what + ": no HSTS over plain HTTP");
    }

    @Test
    void pagesAreGzippedForBrowsersThatAskAndPlainForOthers() throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        String login = new String(new PortalClient(base.toURI()).raw("login.xhtml").body(),
                java.nio.charset.StandardCharsets.UTF_8);
        List<String> resources = new java.util.ArrayList<>();
        java.util.regex.Matcher linked = java.util.regex.Pattern
                .compile("(?:src|href)=\"[^\"]*/(jakarta\\.faces\\.resource/[^\"]+)\"").matcher(login);
        while (linked.find()) {
            resources.add(linked.group(1).replace("&amp;", "&"));
        }
        // the scripts and style sheets of PrimeFaces, Faces and the portal (the small menu.js is below Liberty's
        // 2 KiB threshold and stays plain)
        List<String> big = resources.stream().filter(r -> r.contains("components.js") || r.contains("faces.js")
                || r.contains("theme.css") || r.contains("shoumi.css")).toList();
        assertEquals(4, big.size(), "the login page links them: " + resources);
        List<String> paths = new java.util.ArrayList<>(List.of("login.xhtml", "verify.xhtml"));
        paths.addAll(big);
        for (String path : paths) {
            HttpResponse<byte[]> gzipped = http.send(java.net.http.HttpRequest.newBuilder(base.toURI().resolve(path))
                    .header("Accept-Encoding", "gzip, deflate, br").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, gzipped.statusCode(), path);
            assertEquals("gzip", gzipped.headers().firstValue("Content-Encoding").orElse(""), path);
            byte[] plain;
            try (java.util.zip.GZIPInputStream in = new java.util.zip.GZIPInputStream(
                    new java.io.ByteArrayInputStream(gzipped.body()))) {
                plain = in.readAllBytes();
            }
            assertTrue(plain.length > gzipped.body().length, path + ": smaller on the wire");
            HttpResponse<byte[]> asIs = http.send(java.net.http.HttpRequest.newBuilder(base.toURI().resolve(path))
                    .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertTrue(asIs.headers().firstValue("Content-Encoding").isEmpty(), path + ": not asked, not encoded");
        }
    }

    @Test
    void theOwnResourcesCarryAContentHashAndMayBeCachedForAYear() throws Exception {
        String login = new String(new PortalClient(base.toURI()).raw("login.xhtml").body(),
                java.nio.charset.StandardCharsets.UTF_8);
        for (String own : List.of("css/shoumi.css", "js/menu.js", "faces.js")) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("jakarta\\.faces\\.resource/"
                    + java.util.regex.Pattern.quote(own) + "\\.xhtml\\?[^\"]*v=([0-9a-f]{12})").matcher(login);
            assertTrue(m.find(), own + " is linked with a content hash: " + login);
        }
        java.util.regex.Matcher css = java.util.regex.Pattern
                .compile("(jakarta\\.faces\\.resource/css/shoumi\\.css\\.xhtml\\?v=[0-9a-f]+)").matcher(login);
        assertTrue(css.find());
        HttpResponse<byte[]> sheet = new PortalClient(base.toURI()).raw(css.group(1));
        assertEquals(200, sheet.statusCode());
        assertTrue(sheet.headers().allValues("Cache-Control").contains("max-age=31536000"),
                "a year: " + sheet.headers().allValues("Cache-Control"));
    }

    @Test
    void theContentLanguageIsThePagesLanguage() throws Exception {
        HttpResponse<byte[]> chinese = new PortalClient(base.toURI()).raw("login.xhtml");
        assertEquals("zh-CN", chinese.headers().firstValue("Content-Language").orElse(""));
        assertTrue(new String(chinese.body(), java.nio.charset.StandardCharsets.UTF_8).contains("lang=\"zh\""));
        PortalClient employee = as("employee");
        employee.raw("language?to=en&back=/index.xhtml");
        HttpResponse<byte[]> english = employee.raw("index.xhtml");
        assertTrue(new String(english.body(), java.nio.charset.StandardCharsets.UTF_8).contains("lang=\"en\""));
        assertEquals("en", english.headers().firstValue("Content-Language").orElse(""));
    }

    @Test
    void aPageCarriesTheHeadersAndPrimeFacesNoncePolicy() throws Exception {
        HttpResponse<byte[]> page = as("employee").raw("index.xhtml");
        assertEquals(200, page.statusCode());
        assertSecurityHeaders(page.headers(), "index.xhtml");
        String body = new String(page.body(), java.nio.charset.StandardCharsets.UTF_8);
        String scripts = page.headers().allValues("Content-Security-Policy").stream()
                .filter(v -> v.contains("script-src")).findFirst().orElseThrow();
        assertTrue(scripts.contains("'nonce-"), scripts);
        String nonce = scripts.replaceAll("(?s).*'nonce-([^']+)'.*", "$1");
        assertTrue(body.contains("nonce=\"" + nonce + "\""), "the page's scripts carry the nonce of the header");

        HttpResponse<byte[]> login = new PortalClient(base.toURI()).raw("login.xhtml");
        assertSecurityHeaders(login.headers(), "login.xhtml");
    }

    @Test
    void aDownloadAndTheApiCarryTheHeaders() throws Exception {
        HttpResponse<byte[]> file = as("employee").raw("my-record");
        assertEquals(200, file.statusCode());
        assertSecurityHeaders(file.headers(), "my-record");

        HttpResponse<byte[]> api = as("hr").raw("api/restrictions/SM002");
        assertEquals(200, api.statusCode());
        assertSecurityHeaders(api.headers(), "api");
        HttpResponse<byte[]> refused = new PortalClient(base.toURI()).raw("api/restrictions/SM002");
        assertEquals(401, refused.statusCode());
        assertSecurityHeaders(refused.headers(), "api, refused");
    }

    @Test
    void pagesAndDownloadsAreNotStoredButStaticResourcesMayBeAndTraceIsRefused() throws Exception {
        PortalClient hr = as("hr");
        for (String path : List.of("index.xhtml", "employees/import.xhtml", "my-record", "records/inspection")) {
            HttpResponse<byte[]> r = hr.raw(path);
            assertEquals(200, r.statusCode(), path);
            assertTrue(r.headers().allValues("Cache-Control").stream().anyMatch(v -> v.contains("no-store")),
                    path + ": " + r.headers().allValues("Cache-Control"));
        }
        String page = new String(hr.raw("index.xhtml").body(), java.nio.charset.StandardCharsets.UTF_8);
        java.util.regex.Matcher script = java.util.regex.Pattern
                .compile("src=\"[^\"]*/(jakarta\\.faces\\.resource/[^\"]+)\"").matcher(page);
        assertTrue(script.find(), "the page loads a Faces resource");
        HttpResponse<byte[]> resource = hr.raw(script.group(1).replace("&amp;", "&"));
        assertEquals(200, resource.statusCode(), script.group(1));
        assertTrue(resource.headers().allValues("Cache-Control").stream().noneMatch(v -> v.contains("no-store")),
                "scripts may be cached: " + resource.headers().allValues("Cache-Control"));
        // the page names its icon, and the icon is a file for anyone, not a Faces 404 page (which would take over
        // the flash messages the page after a redirect is to show)
        assertTrue(page.contains("rel=\"icon\""), "the page names its icon");
        HttpResponse<byte[]> icon = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(base.toURI().resolve("favicon.ico")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, icon.statusCode(), "favicon.ico for an anonymous browser");
        assertTrue(icon.headers().firstValue("Content-Type").orElse("").startsWith("image/"),
                icon.headers().firstValue("Content-Type").orElse(""));

        // as a logged-in browser would send it (anonymous, Liberty's security answers first with the login page)
        String cookies = "JSESSIONID=" + hr.cookie("JSESSIONID").orElse("") + "; LtpaToken2="
                + hr.cookie("LtpaToken2").orElse("");
        HttpResponse<String> trace = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(base.toURI().resolve("index.xhtml")).header("Cookie", cookies)
                        .method("TRACE", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(trace.statusCode() == 405 || trace.statusCode() == 403, trace.statusCode() + " " + trace.body());
        assertTrue(!trace.body().contains("TRACE /"), "the request is not echoed");
    }

    @Test
    void aPostThatMustFirstLogInIsNotKeptInACookie() throws Exception {
        // Liberty keeps the parameters of a post that is sent to the login page first, by default in a cookie:
        // a posted password would end up in the browser's cookies
        HttpResponse<String> posted = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(base.toURI().resolve("account/password.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("password%3Anext=Secret-Pass-2026&password%3Acurrent=x"))
                        .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, posted.statusCode(), "sent to the login page");
        for (String cookie : posted.headers().allValues("Set-Cookie")) {
            assertTrue(!cookie.startsWith("WASPostParam") && !cookie.contains("Secret-Pass-2026"), cookie);
        }
    }

    @Test
    void theContainersOwnRedirectsAndRefusalsCarryTheHeadersToo() throws Exception {
        // answered by Liberty's security before any filter of the portal runs
        HttpResponse<byte[]> toLogin = new PortalClient(base.toURI()).raw("programmes/overview.xhtml");
        assertEquals(302, toLogin.statusCode(), "an anonymous request is sent to the login page");
        assertSecurityHeaders(toLogin.headers(), "redirect to the login page");

        HttpResponse<byte[]> refused = as("employee").raw("admin/backup.xhtml");
        assertEquals(403, refused.statusCode());
        assertSecurityHeaders(refused.headers(), "403 of a security constraint");
    }

    @Test
    void httpsAnswersWithHsts() throws Exception {
        int httpsPort = Integer.parseInt(System.getProperty("liberty.it.https.port", "9444"));
        URL login = URI.create("https://localhost:" + httpsPort + base.getPath() + "login.xhtml").toURL();
        HttpsURLConnection https = (HttpsURLConnection) login.openConnection();
        https.setSSLSocketFactory(trustingTheSelfSignedCertificate().getSocketFactory());
        https.setHostnameVerifier((host, session) -> "localhost".equals(host));
        try {
            assertEquals(200, https.getResponseCode());
            assertEquals("max-age=31536000", https.getHeaderField("Strict-Transport-Security"));
            assertEquals("DENY", https.getHeaderField("X-Frame-Options"));
        } finally {
            https.disconnect();
        }
    }

    /**
     * Found by an outside check: the answers Liberty makes itself over HTTPS (the redirect to the login page, the
     * first HTTPS answer a browser usually gets; /metrics' 401; a 404 outside the portal) had the other headers but
     * no HSTS. They carry it now, the portal's own pages once only, and plain HTTP still never does.
     */
    @Test
    void libertysOwnHttpsAnswersCarryHstsToo() throws Exception {
        int httpsPort = Integer.parseInt(System.getProperty("liberty.it.https.port", "9444"));
        String portal = "https://localhost:" + httpsPort + base.getPath();
        for (String[] answer : List.of(new String[] {portal + "programmes/overview.xhtml", "302"},
                new String[] {"https://localhost:" + httpsPort + "/metrics", "401"},
                new String[] {"https://localhost:" + httpsPort + "/no-such-address", "404"},
                new String[] {portal + "login.xhtml", "200"})) {
            HttpsURLConnection https = (HttpsURLConnection) URI.create(answer[0]).toURL().openConnection();
            https.setSSLSocketFactory(trustingTheSelfSignedCertificate().getSocketFactory());
            https.setHostnameVerifier((host, session) -> "localhost".equals(host));
            https.setInstanceFollowRedirects(false);
            try {
                assertEquals(Integer.parseInt(answer[1]), https.getResponseCode(), answer[0]);
                assertEquals(List.of("max-age=31536000"), https.getHeaderFields().get("Strict-Transport-Security"),
                        answer[0] + ": HSTS, once");
                assertEquals("DENY", https.getHeaderField("X-Frame-Options"), answer[0]);
                assertEquals("nosniff", https.getHeaderField("X-Content-Type-Options"), answer[0]);
            } finally {
                https.disconnect();
            }
        }
        HttpResponse<byte[]> plain = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(base.toURI().resolve("/no-such-address")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(404, plain.statusCode());
        assertTrue(plain.headers().firstValue("Strict-Transport-Security").isEmpty(), "no HSTS over plain HTTP");
    }

    /**
     * Found by an outside check: with HTTP/2 on TLS a browser's page load on a loaded machine parked every request
     * thread in an HTTP/2 write and the portal answered nobody. Liberty speaks HTTP/1.1 only: a client offering h2
     * (ALPN over TLS, the upgrade over plain HTTP) gets HTTP/1.1.
     */
    @Test
    void aClientOfferingHttp2IsAnsweredInHttp11() throws Exception {
        int httpsPort = Integer.parseInt(System.getProperty("liberty.it.https.port", "9444"));
        javax.net.ssl.SSLSocketFactory factory = trustingTheSelfSignedCertificate().getSocketFactory();
        try (javax.net.ssl.SSLSocket tls = (javax.net.ssl.SSLSocket) factory.createSocket("localhost", httpsPort)) {
            javax.net.ssl.SSLParameters offer = tls.getSSLParameters();
            offer.setApplicationProtocols(new String[] {"h2", "http/1.1"}); // as a browser offers them (ALPN)
            tls.setSSLParameters(offer);
            tls.startHandshake();
            assertNotEquals("h2", tls.getApplicationProtocol(), "no h2 over TLS");
        }
        HttpClient h2 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        HttpResponse<String> plain = h2.send(HttpRequest.newBuilder(base.toURI().resolve("login.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, plain.statusCode());
        assertEquals(HttpClient.Version.HTTP_1_1, plain.version(), "no h2c upgrade");
    }

    /** The outside probe: the login cookie had no SameSite; both cookies are HttpOnly and SameSite=Lax. */
    @Test
    void theSessionAndLoginCookiesAreHttpOnlyAndSameSite() throws Exception {
        PortalClient browser = new PortalClient(base.toURI());
        browser.login("employee", PASSWORD);
        for (String name : List.of("JSESSIONID", "LtpaToken2")) {
            List<String> sent = browser.setCookieHeaders().stream().filter(h -> h.startsWith(name + "=")).toList();
            assertFalse(sent.isEmpty(), name + " was set: " + browser.setCookieHeaders());
            for (String header : sent) {
                assertTrue(header.contains("HttpOnly"), header);
                assertTrue(header.toLowerCase().contains("samesite=lax"), header);
            }
        }
    }

    @Test
    void theSessionIdChangesAtLogin() throws Exception {
        PortalClient browser = new PortalClient(base.toURI());
        browser.get("login.xhtml");
        String before = browser.cookie("JSESSIONID").orElseThrow(() -> new AssertionError("no session before login"));
        browser.login("employee", PASSWORD);
        String after = browser.cookie("JSESSIONID").orElseThrow();
        assertNotEquals(before.replaceAll(":.*", ""), after.replaceAll(":.*", ""),
                "a session id known before the login is worthless after it");
        assertEquals(200, browser.get("pledges/mine.xhtml").status());
        assertFalse(browser.get("pledges/mine.xhtml").uri().getPath().endsWith("/login.xhtml"));
    }

    /** Test only: the test server's certificate is self-signed, so this client trusts any. */
    /** The outside probe: TLS 1.2 also offered suites without forward secrecy. */
    @Test
    void tlsIsVersion13OrForwardSecret12() throws Exception {
        int httpsPort = Integer.parseInt(System.getProperty("liberty.it.https.port", "9444"));
        javax.net.ssl.SSLSocketFactory factory = trustingTheSelfSignedCertificate().getSocketFactory();
        try (javax.net.ssl.SSLSocket tls13 = (javax.net.ssl.SSLSocket) factory.createSocket("localhost", httpsPort)) {
            tls13.setEnabledProtocols(new String[] {"TLSv1.3"});
            tls13.startHandshake();
            assertEquals("TLSv1.3", tls13.getSession().getProtocol());
        }
        try (javax.net.ssl.SSLSocket fs = (javax.net.ssl.SSLSocket) factory.createSocket("localhost", httpsPort)) {
            fs.setEnabledProtocols(new String[] {"TLSv1.2"});
            fs.startHandshake();
            assertTrue(fs.getSession().getCipherSuite().startsWith("TLS_ECDHE_"), fs.getSession().getCipherSuite());
        }
        for (String[] refused : List.of(new String[] {"TLSv1.2", "TLS_RSA_WITH_AES_128_GCM_SHA256"},
                new String[] {"TLSv1.2", "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256"})) {
            try (javax.net.ssl.SSLSocket old = (javax.net.ssl.SSLSocket) factory.createSocket("localhost", httpsPort)) {
                old.setEnabledProtocols(new String[] {refused[0]});
                old.setEnabledCipherSuites(new String[] {refused[1]});
                org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, old::startHandshake,
                        refused[1] + " is refused");
            }
        }
    }

    private static SSLContext trustingTheSelfSignedCertificate() throws Exception {
        TrustManager trustAll = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, new TrustManager[] {trustAll}, null);
        return ssl;
    }
}

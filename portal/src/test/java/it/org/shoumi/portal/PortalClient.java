package it.org.shoumi.portal;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a screen for the tests: keeps cookies, follows redirects, and submits Faces forms with
 * the hidden fields the page rendered (view state, form marker), as a real browser would.
 */
public final class PortalClient {

    /** A page as the browser ended up with it, after redirects. */
    public record Page(int status, URI uri, String body) {

        public boolean contains(String text) {
            return body.contains(text);
        }

        /** The words a reader sees: scripts and tags taken out, white space made single. */
        public String visible() {
            return body.replaceAll("(?s)<script.*?</script>", " ").replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
        }
    }

    private static final Pattern FORM = Pattern.compile("<form[^>]*\\bid=\"([^\"]+)\"[^>]*>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern ACTION = Pattern.compile("<form[^>]*\\baction=\"([^\"]+)\"");
    private static final Pattern HIDDEN = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>");
    private static final Pattern NONCE = Pattern.compile("<script[^>]*\\bnonce=\"([^\"]+)\"");
    private static final Pattern ATTR = Pattern.compile("\\b(name|value)=\"([^\"]*)\"");

    private final HttpClient http;
    private final URI base;
    private final java.util.List<String> setCookies;
    private final CookieManager cookies;

    /** @param base the application's root, ending with a slash: http://localhost:9081/portal/ */
    public PortalClient(URI base) {
        this.base = base;
        this.setCookies = new java.util.concurrent.CopyOnWriteArrayList<>();
        this.cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL) {
            @Override
            public void put(URI uri, Map<String, java.util.List<String>> headers) throws IOException {
                headers.forEach((name, values) -> {
                    if ("Set-Cookie".equalsIgnoreCase(name)) {
                        setCookies.addAll(values);
                    }
                });
                super.put(uri, headers);
            }
        };
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(20))
                .build();
    }

    private PortalClient(URI base, PortalClient same) {
        this.base = base;
        this.setCookies = same.setCookies;
        this.cookies = same.cookies;
        this.http = same.http;
    }

    /**
     * The same browser (the same cookies) sent to another address of the portal, as a load balancer sends it to
     * another node: {@code http://localhost:9783/portal/}. Cookies are not bound to a port, so both share them.
     */
    public PortalClient at(URI otherBase) {
        return new PortalClient(otherBase, this);
    }

    /** The CSP nonce of a page, which PrimeFaces' script sends back with each form post of that page. */
    public static Optional<String> nonce(Page page) {
        Matcher nonce = NONCE.matcher(page.body());
        return nonce.find() ? Optional.of(unescape(nonce.group(1))) : Optional.empty();
    }

    /** One GET with this browser's cookies, redirects not followed: for looking at status and headers. */
    public HttpResponse<byte[]> raw(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).GET().timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A HEAD request, as a link checker or a prefetch sends it: the answer's status and headers, no body. */
    public HttpResponse<Void> head(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).method("HEAD", HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.discarding());
    }

    /** Every Set-Cookie header this browser was sent, as sent (with its attributes), oldest first. */
    public java.util.List<String> setCookieHeaders() {
        return java.util.List.copyOf(setCookies);
    }

    /** The value of a cookie this browser holds for the portal, e.g. JSESSIONID. */
    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().get(base).stream().filter(c -> c.getName().equals(name))
                .map(java.net.HttpCookie::getValue).findFirst();
    }

    /** Forgets a cookie, as a browser does when it expires: e.g. JSESSIONID while the login cookie lives on. */
    public void forgetCookie(String name) {
        cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).toList()
                .forEach(c -> cookies.getCookieStore().remove(null, c));
    }

    public Page get(String path) throws IOException, InterruptedException {
        return follow(HttpRequest.newBuilder(base.resolve(path)).GET().timeout(Duration.ofSeconds(60)).build());
    }

    /**
     * Fills and submits form {@code formId} of {@code page}, pressing button {@code button}; the page's address goes
     * with it as the Referer, as a browser sends it.
     */
    public Page submit(Page page, String formId, String button, Map<String, String> fields)
            throws IOException, InterruptedException {
        return submit(page, formId, button, fields, Map.of("Referer", page.uri().toString()));
    }

    private Page submit(Page page, String formId, String button, Map<String, String> fields, Map<String, String> headers)
            throws IOException, InterruptedException {
        Matcher form = FORM.matcher(page.body());
        String formHtml = null;
        String formTag = null;
        while (form.find()) {
            if (form.group(1).equals(formId)) {
                formHtml = form.group(2);
                formTag = form.group(0);
                break;
            }
        }
        if (formHtml == null) {
            throw new IllegalStateException("no form " + formId + " on " + page.uri() + " (" + page.body().length()
                    + " characters, ending: " + page.body().substring(Math.max(0, page.body().length() - 300)) + ")");
        }
        Map<String, String> data = new LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(formHtml);
        while (hidden.find()) {
            String name = null;
            String value = "";
            Matcher attr = ATTR.matcher(hidden.group());
            while (attr.find()) {
                if (attr.group(1).equals("name")) {
                    name = unescape(attr.group(2));
                } else {
                    value = unescape(attr.group(2));
                }
            }
            if (name != null) {
                data.put(name, value);
            }
        }
        // PrimeFaces' CSP mode: its script adds the page's nonce to every form post, and the server refuses a
        // postback without it
        Matcher nonce = NONCE.matcher(page.body());
        if (nonce.find()) {
            data.putIfAbsent("primefaces.nonce", unescape(nonce.group(1)));
        }
        data.putAll(fields);
        if (button != null) {
            data.put(button, "");
        }
        Matcher action = ACTION.matcher(formTag);
        URI target = action.find() ? page.uri().resolve(unescape(action.group(1))) : page.uri();
        String body = data.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder post = HttpRequest.newBuilder(target)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .timeout(Duration.ofSeconds(60));
        headers.forEach(post::header);
        return follow(post.build());
    }

    /**
     * A Faces ajax request as PrimeFaces' script sends it when input {@code source} of form {@code formId} fires
     * the behaviour event {@code event} ({@code valueChange} for a {@code p:ajax} without an event on an input,
     * sent on the DOM event {@code change}): the form's hidden fields (view state, nonce), {@code fields},
     * executing the source and rendering {@code render}. Returns the partial response (XML) as it came.
     */
    public Page ajax(Page page, String formId, String source, String event, String render, Map<String, String> fields)
            throws IOException, InterruptedException {
        Map<String, String> data = new LinkedHashMap<>(fields);
        data.put("jakarta.faces.partial.ajax", "true");
        data.put("jakarta.faces.source", source);
        data.put("jakarta.faces.partial.execute", source);
        data.put("jakarta.faces.partial.render", render);
        data.put("jakarta.faces.behavior.event", event);
        data.put("jakarta.faces.partial.event", "valueChange".equals(event) ? "change" : event);
        return submit(page, formId, null, data, Map.of("Faces-Request", "partial/ajax"));
    }

    /**
     * One form POST as a page's script sends it (fields may repeat), with extra headers; redirects not followed:
     * for endpoints that answer a script, such as the take page's answer endpoint.
     */
    public HttpResponse<String> post(String path, java.util.List<Map.Entry<String, String>> fields,
                                     Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(fields.stream()
                        .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"))))
                .timeout(Duration.ofSeconds(60));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * One request with a body as written (a malformed escape such as {@code %ZZ} goes as it is) and extra headers;
     * redirects not followed.
     */
    public HttpResponse<String> send(String method, String path, String body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .timeout(Duration.ofSeconds(60));
        if (body != null) {
            request.header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8");
        }
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * The status line and the rest of the answer to a GET of {@code pathAndQuery} (from the server's root) sent as
     * written over a plain socket, with this browser's cookies: for an address java.net.URI refuses, such as a query
     * with {@code %ZZ}.
     */
    public String rawGet(String pathAndQuery) throws IOException {
        String cookieHeader = cookies.getCookieStore().get(base).stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(60_000);
            socket.getOutputStream().write(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: " + base.getHost() + ":"
                    + base.getPort() + "\r\nConnection: close\r\n"
                    + (cookieHeader.isEmpty() ? "" : "Cookie: " + cookieHeader + "\r\n") + "\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Opens the login page and logs in; returns the page the portal shows afterwards. */
    public Page login(String username, String password) throws IOException, InterruptedException {
        Page loginPage = get("login.xhtml");
        return submit(loginPage, "login", "login:submit",
                Map.of("login:username", username, "login:password", password));
    }

    public Page logout(Page current) throws IOException, InterruptedException {
        return submit(current, "topbar", "topbar:logout", Map.of());
    }

    private Page follow(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        for (int hops = 0; hops < 10 && response.statusCode() / 100 == 3; hops++) {
            URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
            response = http.send(HttpRequest.newBuilder(next).GET().timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
        return new Page(response.statusCode(), response.uri(), response.body());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String unescape(String s) {
        return s.replace("&amp;", "&").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&#39;", "'").replace("&#x2F;", "/").replace("&#47;", "/");
    }
}

package it.org.shoumi.portal;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The portal war that `package` just built, plus the test classes that run inside the server. */
public final class Deployments {

    private Deployments() {
    }

    /** A resource of the deployment holding the test server's HTTPS port (for tests that call it from inside). */
    public static final String HTTPS_PORT = "it-https-port";

    /** The start of the names of the pages only the test deployment has (not in the authorization matrix). */
    public static final String TEST_PAGE_PREFIX = "it-";

    /** The test servlets of the run, public in the test deployment only, with their URL patterns. */
    private static final String[] TEST_PATHS = {"/test-clock/*", "/test-answers", "/test-backdate"};

    /**
     * Packages only the client side has (browsers, the mail server, servers a test starts): a class that refers to
     * one stays out of the deployment. Written with dots, so that this class does not refer to them itself.
     */
    private static final List<String> CLIENT_ONLY = Stream.of("org.openqa.", "com.icegreen.", "io.zonky.").map(p -> p.replace('.', '/')).toList();

    /**
     * The one deployment of an integration-test run (see {@link OneDeployment}): the war that {@code package}
     * just built, plus every test class that may run inside the server (the integration tests, their helpers and
     * the test servlets; classes that drive a browser, a mail server or a server of their own stay out, as does
     * the crash test's driver), with the test paths public.
     */
    public static WebArchive portal() {
        WebArchive war = ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/portal.war"));
        Path root = Paths.get("target/test-classes");
        try (Stream<Path> files = Files.walk(root.resolve("it"))) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                String name = root.relativize(file).toString().replace(File.separatorChar, '/');
                if (!name.startsWith("it/org/shoumi/portal/crash/") && !clientOnly(file)) {
                    war.addAsResource(file.toFile(), "/" + name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String[] paths = new String[TEST_PATHS.length + 2];
        paths[0] = "/ArquillianServletRunnerEE9";
        paths[1] = "/ArquillianServletRunner";
        System.arraycopy(TEST_PATHS, 0, paths, 2, TEST_PATHS.length);
        // a page that fails half-way through rendering (web.RenderFailureIT)
        war.addAsWebResource(new StringAsset("<html xmlns=\"http://www.w3.org/1999/xhtml\" "
                + "xmlns:ui=\"jakarta.faces.facelets\"><body><ui:repeat value=\"#{renderFailure.lines}\" var=\"l\">"
                + "<p>#{l}</p></ui:repeat><p>#{renderFailure.boom}</p></body></html>"), TEST_PAGE_PREFIX + "render-failure.xhtml");
        // the test server's HTTPS port, which only the client side (Failsafe) knows
        war.addAsResource(new StringAsset(System.getProperty("liberty.it.https.port", "9444")), HTTPS_PORT);
        return war.setWebXML(new StringAsset(withPublicPaths(war, paths)));
    }

    private static boolean clientOnly(Path classFile) throws IOException {
        String bytes = new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1);
        return CLIENT_ONLY.stream().anyMatch(bytes::contains);
    }

    /** The war's web.xml with these URL patterns added to the public (login page) collection. */
    public static String withPublicPaths(WebArchive war, String... patterns) {
        String webXml;
        try (InputStream in = war.get("WEB-INF/web.xml").getAsset().openStream()) {
            webXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String marker = "<url-pattern>/login.xhtml</url-pattern>";
        if (!webXml.contains(marker)) {
            throw new IllegalStateException("web.xml no longer lists the public login page");
        }
        StringBuilder added = new StringBuilder(marker);
        for (String pattern : patterns) {
            added.append("<url-pattern>").append(pattern).append("</url-pattern>");
        }
        return webXml.replace(marker, added.toString());
    }

    /** A unique, valid user name for one test, so tests never share an account. */
    public static String uniqueName(String prefix) {
        return (prefix + "-" + Long.toString(System.nanoTime(), 36)).toLowerCase();
    }
}

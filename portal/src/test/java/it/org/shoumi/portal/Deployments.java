package it.org.shoumi.portal;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The portal war that `package` just built, plus the test classes that run inside the server. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive portal(Class<?>... testClasses) {
        WebArchive war = ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/portal.war"));
        return war.addClasses(testClasses)
                .addClasses(PortalClient.class, PortalClient.Page.class, Deployments.class, TestData.class)
                .setWebXML(new StringAsset(withOpenTestRunner(war)));
    }

    /**
     * The portal protects every URL; Arquillian's in-container runner servlet must be reachable without a
     * login, so the test copy of web.xml declares it public. Nothing else changes.
     */
    private static String withOpenTestRunner(WebArchive war) {
        return withPublicPaths(war, "/ArquillianServletRunnerEE9", "/ArquillianServletRunner");
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

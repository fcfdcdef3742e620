package it.org.shoumi.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that runs inside the started portal (Arquillian's servlet protocol), with the portal's beans injected
 * ({@code @Inject}): the war as built plus the test classes ({@link Deployments#portal()}, deployed once for the
 * whole run). What the Arquillian boilerplate of such a class was, written once; {@link FromOutside} is its
 * counterpart for tests that act over HTTP from outside.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class FromInside {

    @Deployment
    public static WebArchive deployment() {
        return Deployments.portal();
    }

    /**
     * The portal's address on this server for a test that calls it over HTTP as a browser would (the port and
     * context of the request the test runs in).
     */
    protected static URI portalAddress(HttpServletRequest request) {
        return URI.create("http://localhost:" + request.getLocalPort() + request.getContextPath() + "/");
    }
}

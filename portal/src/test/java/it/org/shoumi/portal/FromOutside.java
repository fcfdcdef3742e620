package it.org.shoumi.portal;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that acts on the started portal from outside, over HTTP, as a browser without a screen does
 * ({@link PortalClient}): the war as built ({@link Deployments#portal()}), {@link #base} its address. What the
 * Arquillian boilerplate of such a class was, written once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class FromOutside {

    /** The password of every demo login. */
    protected static final String DEMO_PASSWORD = "Shoumi@2026";

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    protected URL base;

    /** A new client (no cookies) on the portal. */
    protected PortalClient client() throws java.net.URISyntaxException {
        return new PortalClient(base.toURI());
    }

    /** A new client logged in as one of the demo logins. */
    protected PortalClient loggedIn(String demoLogin) throws Exception {
        PortalClient client = client();
        client.login(demoLogin, DEMO_PASSWORD);
        return client;
    }
}

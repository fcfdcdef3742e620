package it.org.shoumi.portal;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** Test only: the one deployment of an integration-test run (see {@link OneDeployment}). */
public final class SuiteDeployment {

    private SuiteDeployment() {
    }

    @Deployment
    public static WebArchive deployment() {
        return Deployments.portal();
    }
}

package it.org.shoumi.portal.quizzes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.shoumi.portal.Deployments;
import it.org.shoumi.portal.PortalClient;
import it.org.shoumi.portal.PortalClient.Page;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The secrecy officer's quiz form offers the bank's categories by the rule or duty their questions come from, not
 * by the content pack's file names alone ("archives", "duties.archivist" was all the pick list said).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QuizManagePageIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @Test
    void theCategoriesAreNamedByTheirDocuments() throws Exception {
        PortalClient officer = new PortalClient(base.toURI());
        officer.login("officer", "Shoumi@2026");
        Page manage = officer.get("quizzes/manage.xhtml");
        assertEquals(200, manage.status());
        assertTrue(manage.contains("<option value=\"archives\">《档案保密管理规定》（archives）</option>"), manage.body());
        assertTrue(manage.body().matches("(?s).*<option value=\"duties\\.archivist\">《[^<》]+》（duties\\.archivist）</option>.*"),
                "a duty's questions by the duty's title");
    }
}

package it.org.shoumi.portal.quizzes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.shoumi.portal.FromOutside;
import it.org.shoumi.portal.PortalClient;
import it.org.shoumi.portal.PortalClient.Page;
import org.junit.jupiter.api.Test;

/**
 * The secrecy officer's quiz form offers the bank's categories by the rule or duty their questions come from, not
 * by the content pack's file names alone ("archives", "duties.archivist" was all the pick list said).
 */
class QuizManagePageIT extends FromOutside {

    @Test
    void theCategoriesAreNamedByTheirDocuments() throws Exception {
        PortalClient officer = loggedIn("officer");
        Page manage = officer.get("quizzes/manage.xhtml");
        assertEquals(200, manage.status());
        assertTrue(manage.contains("<option value=\"archives\">《档案保密管理规定》（archives）</option>"), manage.body());
        assertTrue(manage.body().matches("(?s).*<option value=\"duties\\.archivist\">《[^<》]+》（duties\\.archivist）</option>.*"),
                "a duty's questions by the duty's title");
    }
}

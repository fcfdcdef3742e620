package org.shoumi.portal.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.faces.FacesException;
import jakarta.faces.event.PhaseId;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLTransactionRollbackException;
import org.junit.jupiter.api.Test;

/** Which failed posts are answered on their own page with a message, and which go on to the error page. */
class PortalExceptionHandlerTest {

    private static String key(PhaseId phase, Throwable failure) {
        return PortalExceptionHandlerFactory.Handler.messageKey(phase, failure);
    }

    @Test
    void aFormThatCannotBeReadIsAnsweredOnItsPage() {
        assertEquals("common.formRejected", key(PhaseId.PROCESS_VALIDATIONS, new FacesException("no such value")));
    }

    @Test
    void aChangeThatMetSomeoneElsesSaysSo() {
        assertEquals("common.changedMeanwhile", key(PhaseId.INVOKE_APPLICATION,
                new FacesException(new OptimisticLockException("version 3, not 2"))));
    }

    /** Derby's lock timeout (40XL1), as EclipseLink passes it up through the action: the user may do it again. */
    @Test
    void aStepTheDatabaseRolledBackForAPassingConflictAsksToTryAgain() {
        PersistenceException rolledBack = new PersistenceException("insert failed", new SQLTransactionRollbackException(
                "A lock could not be obtained within the time requested", "40XL1"));
        assertEquals("common.busy", key(PhaseId.INVOKE_APPLICATION, new FacesException(rolledBack)));
    }

    @Test
    void anythingElseGoesToTheErrorPage() {
        assertNull(key(PhaseId.INVOKE_APPLICATION, new FacesException(new IllegalStateException("a bug"))));
        assertNull(key(PhaseId.INVOKE_APPLICATION, new FacesException(new PersistenceException("disk full",
                new java.sql.SQLException("no space", "XSDG1")))));
    }
}

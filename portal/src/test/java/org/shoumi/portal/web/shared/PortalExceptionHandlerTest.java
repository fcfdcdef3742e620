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

    /**
     * Found by an outside check: the hire form (and the quiz form) sent four times at once stored one person and
     * answered two of the posts with the error page (Derby's duplicate key, 23505, through the transaction).
     */
    @Test
    void aRecordStoredMeanwhileByTheSameFormSaysSo() {
        PersistenceException duplicate = new PersistenceException("insert failed",
                new java.sql.SQLIntegrityConstraintViolationException(
                        "The statement was aborted because it would have caused a duplicate key value", "23505"));
        assertEquals("common.storedMeanwhile", key(PhaseId.INVOKE_APPLICATION,
                new FacesException(new jakarta.transaction.TransactionalException("commit", duplicate))));
        assertNull(key(PhaseId.INVOKE_APPLICATION, new FacesException(new PersistenceException("foreign key",
                new java.sql.SQLIntegrityConstraintViolationException("no such parent", "23503")))));
    }

    @Test
    void anythingElseGoesToTheErrorPage() {
        assertNull(key(PhaseId.INVOKE_APPLICATION, new FacesException(new IllegalStateException("a bug"))));
        assertNull(key(PhaseId.INVOKE_APPLICATION, new FacesException(new PersistenceException("disk full",
                new java.sql.SQLException("no space", "XSDG1")))));
    }
}

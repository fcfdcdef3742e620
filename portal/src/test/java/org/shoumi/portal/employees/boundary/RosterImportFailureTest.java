package org.shoumi.portal.employees.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.persistence.PersistenceException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.shoumi.portal.employees.boundary.RosterImportJob.Failure;

/** Why an import that stored nothing failed, as HR is told (it said only "导入失败"). */
class RosterImportFailureTest {

    @Test
    void aRefusalAnywhereInTheCausesIsNamed() {
        HireRefusedException taken = new HireRefusedException(HireRefusedException.Reason.USERNAME_TAKEN);
        Failure why = Failure.of(new IllegalStateException("wrapped", new PersistenceException(taken)),
                Duration.ofSeconds(2000), 900);
        assertEquals(Failure.Kind.REFUSED, why.kind(), "a refusal is named even after the time allowed");
        assertSame(taken, why.refusal());
    }

    @Test
    void aFailureAfterTheTimeAllowedIsATimeOut() {
        Failure why = Failure.of(new PersistenceException("rolled back"), Duration.ofSeconds(900), 900);
        assertEquals(Failure.Kind.TIMED_OUT, why.kind());
        assertEquals(900, why.timeoutSeconds());
    }

    @Test
    void anyOtherFailureIsUnexpected() {
        assertEquals(Failure.Kind.UNEXPECTED,
                Failure.of(new PersistenceException("disk full"), Duration.ofSeconds(899), 900).kind());
        assertEquals(Failure.Kind.UNEXPECTED,
                Failure.of(new IllegalStateException(), Duration.ofHours(1), 0).kind(), "no time limit set");
    }
}

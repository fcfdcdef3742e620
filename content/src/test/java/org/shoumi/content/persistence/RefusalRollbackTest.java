package org.shoumi.content.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.inject.Stereotype;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;

/** Which refusals a boundary method keeps its work on: only those its own @Transactional names by class. */
class RefusalRollbackTest {

    static final class Late extends RuntimeException implements Refusal {
        private static final long serialVersionUID = 1L;
    }

    static final class WrongPassword extends RuntimeException implements Refusal {
        private static final long serialVersionUID = 1L;
    }

    static class Methods {
        public void plain() {
        }

        @Transactional(dontRollbackOn = {Refusal.class, WrongPassword.class})
        public void keepsOnWrongPassword() {
        }

        @Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = Refusal.class)
        public void ownTransaction() {
        }
    }

    @Test
    void aMethodWithoutItsOwnAnnotationKeepsNothing() throws Exception {
        assertFalse(RefusalRollback.keeps(Methods.class.getMethod("plain"), new Late()));
    }

    @Test
    void listingRefusalOnlyKeepsLibertyQuietNotTheWork() throws Exception {
        assertFalse(RefusalRollback.keeps(Methods.class.getMethod("ownTransaction"), new Late()));
    }

    @Test
    void aRefusalNamedByItsClassKeepsTheWorkAndNoOther() throws Exception {
        assertTrue(RefusalRollback.keeps(Methods.class.getMethod("keepsOnWrongPassword"), new WrongPassword()));
        assertFalse(RefusalRollback.keeps(Methods.class.getMethod("keepsOnWrongPassword"), new Late()));
    }

    @Test
    void theStereotypeDeclaresTheTransactionLibertyReadsAndTheRollbackBinding() {
        assertNotNull(Boundary.class.getAnnotation(Stereotype.class));
        Transactional t = Boundary.class.getAnnotation(Transactional.class);
        assertTrue(t.value() == Transactional.TxType.REQUIRED);
        assertTrue(java.util.List.of(t.dontRollbackOn()).contains(Refusal.class));
        assertNotNull(Boundary.class.getAnnotation(RefusalRollback.Bound.class));
    }
}

package org.shoumi.portal.evidence.control;

import java.io.Serializable;

import org.shoumi.portal.evidence.entity.EvidenceKind;

/**
 * One problem verification found: what kind, at which sequence number (null for a record with no entry), and
 * which record (kind, id, person; null where unknown, e.g. the entry of a gap is gone).
 */
public record Problem(Type type, Long sequence, EvidenceKind recordKind, Long recordId, String employeeNo) implements Serializable {

    public enum Type {
        /** The record differs from the content its entry holds. */
        ALTERED_RECORD,
        /** An entry's record no longer exists. */
        MISSING_RECORD,
        /** An entry's hashes do not recompute, or it does not link to the entry before (altered entry). */
        BROKEN_CHAIN,
        /** A sequence number is missing (an entry was removed). */
        GAP,
        /** A record has no entry. */
        UNLOGGED_RECORD
    }
}

package org.shoumi.portal.evidence.control;

import org.shoumi.portal.evidence.entity.EvidenceKind;

/** An entry of the evidence log as read back for verification. */
public record LoggedEntry(long sequence, EvidenceKind kind, long recordId, String employeeNo, long recordedAtMillis,
                          String content, String contentHash, String previousHash, String chainHash) {

    public LiveRecord.RecordKey key() {
        return new LiveRecord.RecordKey(kind, recordId);
    }
}

package org.shoumi.portal.evidence.control;

/** Building the chain: the entry that logs a record after the entry with {@code previousChainHash}. */
public final class EvidenceChain {

    private EvidenceChain() {
    }

    public static LoggedEntry link(String previousChainHash, long sequence, LiveRecord record, long recordedAtMillis) {
        String contentHash = EvidenceHashes.sha256(record.content());
        return new LoggedEntry(sequence, record.kind(), record.id(), record.employeeNo(), recordedAtMillis,
                record.content(), contentHash, previousChainHash,
                EvidenceHashes.chain(previousChainHash, contentHash, sequence, recordedAtMillis));
    }
}

package org.shoumi.portal.events;

/**
 * An entry was appended to the evidence chain: {@code kind} is the name of its evidence kind, {@code sequence} its
 * place in the chain, {@code chainHash} the chain's hash up to it, {@code recordedAt} the entry's time and
 * {@code employeeNo} the person it is about (null for none). Fired inside the transaction of the record it logs; the
 * metrics count it after the commit, and the chain's anchor outside the database moves to it (keeping the entries of
 * a departure, so that a restore that takes them is named: outside check ex-s38d 1).
 */
public record EvidenceAppended(String kind, long sequence, String chainHash, java.time.Instant recordedAt,
                               String employeeNo) {
}

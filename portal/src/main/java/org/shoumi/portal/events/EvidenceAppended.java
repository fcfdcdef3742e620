package org.shoumi.portal.events;

/**
 * An entry was appended to the evidence chain: {@code kind} is the name of its evidence kind, {@code sequence} its
 * place in the chain, {@code chainHash} the chain's hash up to it. Fired inside the transaction of the record it
 * logs; the metrics count it after the commit, and the chain's anchor outside the database moves to it.
 */
public record EvidenceAppended(String kind, long sequence, String chainHash) {
}

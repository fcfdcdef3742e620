package org.shoumi.portal.events;

/**
 * An entry was appended to the evidence chain: {@code kind} is the name of its evidence kind, {@code sequence} its
 * place in the chain. Fired inside the transaction of the record it logs; the metrics count it after the commit.
 */
public record EvidenceAppended(String kind, long sequence) {
}

package org.shoumi.portal.events;

import java.time.Instant;

/**
 * A person signed a pledge (承诺书) online: {@code signedId} is the stored signed pledge, {@code kind} the name of its
 * kind (YEARLY, EXIT, TOPIC...), {@code signedAt} the moment of the signature. Fired inside the signing transaction,
 * before its evidence entry: the departure of an exit pledge records it there, the programmes re-check the
 * signer's steps and the metrics count it after the commit.
 */
public record PledgeSigned(long signedId, String employeeNo, String kind, Instant signedAt) {
}

package org.shoumi.portal.events;

/**
 * A person signed a pledge (承诺书) online: {@code signedId} is the stored signed pledge, {@code kind} the name of its
 * kind (YEARLY, EXIT, TOPIC...). Fired inside the signing transaction; the metrics count it after the commit.
 */
public record PledgeSigned(long signedId, String employeeNo, String kind) {
}

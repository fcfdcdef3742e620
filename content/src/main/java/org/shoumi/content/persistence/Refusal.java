package org.shoumi.content.persistence;

/**
 * Marks the exception a boundary throws when it declines what it was asked (a step taken too early, a deadline
 * passed, a duplicate): an answer for the user, not a fault of the server. A {@link Boundary} rolls its transaction
 * back on it as on any other runtime exception, but Liberty does not write an FFDC incident for it.
 */
public interface Refusal {
}

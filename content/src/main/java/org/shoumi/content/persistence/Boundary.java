package org.shoumi.content.persistence;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.enterprise.inject.Stereotype;
import jakarta.transaction.Transactional;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A feature's transaction boundary: each public method runs in a transaction ({@code @Transactional}, REQUIRED),
 * and a {@link Refusal} thrown through it rolls that transaction back without being reported as a fault.
 *
 * <p>Liberty writes an FFDC incident (and "FFDC1015I" in messages.log) for every runtime exception that leaves a
 * {@code @Transactional} method, unless the exception is listed in {@code dontRollbackOn}; to an operator that reads
 * as a server error, though a refusal is the expected answer to a step taken too early. So refusals are listed
 * there, and {@link RefusalRollback} marks the transaction for rollback itself. A method that declares its own
 * {@code @Transactional} (another type, or work to keep) lists {@link Refusal} in its {@code dontRollbackOn} too;
 * a refusal it lists by its own class keeps the transaction's work (the pledge signature's failed password check).
 */
@Stereotype
@Transactional(dontRollbackOn = Refusal.class)
@RefusalRollback.Bound
@Documented
@Retention(RUNTIME)
@Target(TYPE)
public @interface Boundary {
}

/**
 * The events features publish to each other, below every feature: plain records of what happened (a person's
 * record changed, a departure was approved), carrying business keys and ids only, never entities. A feature
 * fires them with CDI {@code Event<T>} inside its transaction; the interested features observe them
 * synchronously in the same transaction, so either the change and everything it triggers is stored, or
 * nothing is. Nothing here imports a feature package.
 */
package org.shoumi.portal.events;

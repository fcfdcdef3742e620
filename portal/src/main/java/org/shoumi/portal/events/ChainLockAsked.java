package org.shoumi.portal.events;

/**
 * Asks the evidence feature to take the evidence chain's lock now, in the caller's transaction, before it locks rows
 * of its own. Every append takes the chain's lock, and a change that appends first and locks rows afterwards (a
 * departure approved for a leaver with a login, whose login is then switched off) takes them in that order; a change
 * that locks rows first and appends afterwards (ADMIN withdrawn, with every administrator's row locked) fires this
 * first, so that two such changes at the same moment wait for each other instead of deadlocking.
 */
public final class ChainLockAsked {
}

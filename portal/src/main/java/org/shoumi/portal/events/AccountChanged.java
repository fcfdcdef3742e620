package org.shoumi.portal.events;

/**
 * A change of what a login may do was kept (a login opened, a role granted or withdrawn, a password reset, a lock
 * lifted, a leaver's login switched off …): {@code changeId} is the id of the new {@code account_change} row. Fired in
 * the transaction of the change; the evidence log appends it there, so a restore that undoes the change shortens the
 * chain and is noticed, and a row deleted or altered afterwards is named by verification.
 */
public record AccountChanged(long changeId) {
}

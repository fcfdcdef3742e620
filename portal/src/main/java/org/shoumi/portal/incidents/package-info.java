/**
 * Incidents, violations and their consequences (泄密事件、违规行为与奖惩): anyone logged in reports a lost or stolen
 * carrier, a suspected leak, a violation or something else, named or anonymously (an anonymous report keeps
 * nothing that leads back to a login); the secrecy office sees, for each open report, the time left to report it
 * upwards (24 hours by default), records that report, adds dated investigation notes and closes the case only
 * when the four "不放过" are answered. Commendations, rewards and sanctions are entered for a staff number as
 * immutable entries (a correction is a new entry) and go into the person's secrecy file. Every step and entry
 * is appended to the evidence log.
 */
package org.shoumi.portal.incidents;

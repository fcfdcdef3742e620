/**
 * The evidence log: an append-only, hash-chained record of every piece of evidence the portal keeps
 * (acknowledgements, finished quiz attempts, signed pledges, approved departures with their 脱密期). Each entry is
 * written in the same transaction as its record and holds a canonical serialisation of the record, so an
 * auditor can verify that no record was altered, removed or added without evidence, and that no entry was
 * altered or removed. Nothing here is ever updated (except the one chain-head row) or deleted.
 */
package org.shoumi.portal.evidence;

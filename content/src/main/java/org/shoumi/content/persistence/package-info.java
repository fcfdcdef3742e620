/**
 * Persistence support every module relies on: the converter that stores instants as timestamps (listed once in
 * the portal's persistence unit), and the transaction boundary, {@link org.shoumi.content.persistence.Boundary},
 * with its rule for refusals.
 */
package org.shoumi.content.persistence;
